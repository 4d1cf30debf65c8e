// `npm run sideload`: registers manifest.xml with Excel desktop and opens Excel, through office-addin-debugging
// (`office-addin-debugging start manifest.xml desktop [more options]`), and exits non-zero when that fails.
//   node scripts/sideload.mjs [options passed on to office-addin-debugging start]
//
// Why a wrapper: office-addin-debugging 7 catches every failure of `start`, prints "Error: Unable to start
// debugging." and the reason on stderr, and exits 0 (lib/commands.js `start` logs through logErrorMessage and
// sets no exit code). So its run counts as failed when it exits non-zero, when its stderr holds that line, or
// when its stdout lacks the line `startDebugging` prints last ("Debugging started." / "Started.").
//
// Desktop sideloading needs Excel desktop, which exists for Windows and Mac only: elsewhere (Linux) the script
// says so, points to Excel on the web, and exits 1 without running the tool.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptText } from "./scriptText.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The platforms Excel desktop runs on (Node's process.platform names). */
export const DESKTOP_PLATFORMS = ["win32", "darwin"];

/**
 * Whether an office-addin-debugging `start` run failed, from its exit code and output.
 * @param {{ code: number | null, stdout: string, stderr: string }} run
 * @example
 * sideloadFailed({ code: 0, stdout: "", stderr: "Error: Unable to start debugging.\nError: …" }) //=> true
 */
export function sideloadFailed({ code, stdout, stderr }) {
  return code !== 0 || /Unable to start debugging/.test(stderr) || !/^(Debugging started|Started)\.$/m.test(stdout);
}

/** Runs office-addin-debugging start, echoing its output as it comes; resolves with its exit code and output. */
function runTool(args) {
  const cli = join(dirname(createRequire(import.meta.url).resolve("office-addin-debugging/package.json")), "cli.js");
  const child = spawn(process.execPath, [cli, "start", join(ROOT, "manifest.xml"), "desktop", ...args], { cwd: ROOT, stdio: ["inherit", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
    process.stdout.write(chunk);
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  return new Promise((done) => {
    child.on("error", (error) => done({ code: 1, stdout, stderr: `${stderr}${error.message}\n` }));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!DESKTOP_PLATFORMS.includes(process.platform)) {
    console.error(scriptText("sideloadPlatform", { platform: process.platform }));
    process.exitCode = 1;
  } else {
    const run = await runTool(process.argv.slice(2));
    if (sideloadFailed(run)) {
      console.error(scriptText("sideloadFailed"));
      process.exitCode = run.code !== 0 && run.code !== null ? run.code : 1;
    }
  }
}

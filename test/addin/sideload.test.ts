import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// `npm run sideload` (office-addin-debugging start manifest.xml desktop) must say when it failed: the tool
// reports a failure on stderr and exits 0. Here, on Linux, desktop Excel does not exist: the script says so and
// exits non-zero; and the failure detection is checked against the tool's own report of a real failure.

const ROOT = process.cwd();
const LANGUAGE = { LC_ALL: "", LC_MESSAGES: "" };

describe.runIf(process.platform === "linux")("npm run sideload on Linux", () => {
  it("exits non-zero and says desktop sideloading works on Windows and Mac only (en)", () => {
    const result = spawnSync("npm", ["run", "--silent", "sideload"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...LANGUAGE, LANG: "en_US.UTF-8" } });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Windows and Mac only/);
    expect(result.stderr).toMatch(/linux/);
    expect(result.stderr).toMatch(/Excel on the web/);
  });

  it("in Chinese when the user's language is Chinese", () => {
    const result = spawnSync(process.execPath, ["scripts/sideload.mjs"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...LANGUAGE, LANG: "zh_CN.UTF-8" } });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/只有 Windows 和 Mac 版/);
  });

  it("office-addin-debugging's own failure report (exit 0, 'Unable to start debugging') counts as a failure; its success line does not", async () => {
    // The real tool, run where it cannot work: this is how it reports a failure.
    const tool = spawnSync(process.execPath, [join(ROOT, "node_modules/office-addin-debugging/cli.js"), "start", "manifest.xml", "desktop"], { cwd: ROOT, encoding: "utf8", input: "" });
    expect(tool.status).toBe(0);
    expect(tool.stderr).toMatch(/Unable to start debugging/);
    const { sideloadFailed } = (await import(pathToFileURL(join(ROOT, "scripts/sideload.mjs")).href)) as { sideloadFailed: (run: { code: number | null; stdout: string; stderr: string }) => boolean };
    expect(sideloadFailed({ code: tool.status, stdout: tool.stdout, stderr: tool.stderr })).toBe(true);
    expect(sideloadFailed({ code: 1, stdout: "Debugging started.\n", stderr: "" })).toBe(true);
    expect(sideloadFailed({ code: 0, stdout: "Sideloading the Office Add-in...\nDebugging started.\n", stderr: "" })).toBe(false);
  });
});

import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Headless LibreOffice Calc as a real spreadsheet engine for tests.
 *
 * One `soffice` call converts many .xlsx files (start-up is ~5 s, so batch them). Each call gets a fresh, throw-away
 * profile whose registrymodifications.xcu forces "always recalculate" on load, so cached results written by any
 * tool (or deliberately wrong ones) are replaced by LibreOffice's own. soffice refuses to share a profile with a
 * running instance, which a fresh profile per call also avoids.
 */

/** Calc's "Recalculation on file load" settings: 0 = always, 1 = never, 2 = prompt (headless: treated as never). */
export const REGISTRY_MODIFICATIONS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface RecalcOptions {
  /** Whole soffice call, start-up included. Default 120 s. */
  timeoutMs?: number;
  /** What to save the recalculated files as: .xlsx (the default) or .pdf (printed as their page setup says). */
  format?: "xlsx" | "pdf";
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** The soffice executable on PATH (or $SOFFICE if set), or null when LibreOffice is not installed. */
export function sofficePath(): string | null {
  const override = process.env.SOFFICE;
  if (override) return isExecutable(override) ? override : null;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, "soffice");
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

export function sofficeAvailable(): boolean {
  return sofficePath() !== null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Opens every file in LibreOffice Calc (one headless soffice process), recalculates all formulas and saves each
 * as `outDir/<same base name>.xlsx`. Returns the output paths in the order of `files`. Throws, with soffice's
 * stdout/stderr, when soffice fails, times out, or any expected output is missing.
 */
export async function recalculate(files: string[], outDir: string, options: RecalcOptions = {}): Promise<string[]> {
  if (files.length === 0) return [];
  const inputs = files.map((file) => resolve(file));
  const out = resolve(outDir);
  const format = options.format ?? "xlsx";
  const outputs = inputs.map((file) => join(out, `${basename(file, extname(file))}.${format}`));
  const seen = new Map<string, string>();
  inputs.forEach((input, i) => {
    if (!existsSync(input)) throw new Error(`recalculate: input file not found: ${input}`);
    const clash = seen.get(outputs[i]);
    if (clash) throw new Error(`recalculate: ${clash} and ${input} would both be written to ${outputs[i]}`);
    seen.set(outputs[i], input);
    if (outputs[i] === input) throw new Error(`recalculate: the result would overwrite the input ${input}; use another outDir`);
  });

  const exe = sofficePath();
  if (!exe) {
    throw new Error("recalculate: LibreOffice `soffice` is not on PATH (install libreoffice-calc, as .ci/run does)");
  }

  mkdirSync(out, { recursive: true });
  // A stale output from an earlier run must not pass for a fresh one.
  for (const output of outputs) rmSync(output, { force: true });

  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), REGISTRY_MODIFICATIONS, "utf8");
    const home = join(profile, "home");
    mkdirSync(home);

    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--nologo",
      "--nodefault",
      "--convert-to",
      format === "pdf" ? "pdf:calc_pdf_Export" : "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      ...inputs,
    ];
    const result = await run(exe, args, { HOME: home }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const transcript = `\n--- soffice ${args.join(" ")}\n--- exit ${result.code ?? result.signal}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`;
    if (result.timedOut) {
      throw new Error(`recalculate: soffice did not finish within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms and was killed${transcript}`);
    }
    if (result.code !== 0) throw new Error(`recalculate: soffice failed${transcript}`);
    const missing = outputs.filter((output) => !existsSync(output));
    if (missing.length > 0) {
      throw new Error(`recalculate: soffice wrote no output for ${missing.length} of ${outputs.length} file(s): ${missing.join(", ")}${transcript}`);
    }
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Spawns in its own process group so that the whole tree (soffice → oosplash → soffice.bin) can be killed. */
function run(exe: string, args: string[], env: Record<string, string>, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(exe, args, {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // ESRCH: the group is already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`recalculate: could not start ${exe}: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      // Nothing of ours may outlive the call. The group normally ends with its leader, but after a kill on timeout
      // soffice.bin can take a moment to die: kill again and wait for the group to be gone.
      killGroup();
      void waitForGroupExit(child.pid!, GROUP_EXIT_WAIT_MS).then((gone) => {
        if (!gone) stderr += `\n[recalculate: process group ${child.pid} still alive ${GROUP_EXIT_WAIT_MS} ms after SIGKILL]\n`;
        resolvePromise({ code, signal, stdout, stderr, timedOut });
      });
    });
  });
}

const GROUP_EXIT_WAIT_MS = 10_000;

/** Polls until no process is left in the group (zombies count until reaped). */
async function waitForGroupExit(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return true;
    }
    if (Date.now() >= deadline) return false;
    await new Promise((wake) => setTimeout(wake, 50));
  }
}

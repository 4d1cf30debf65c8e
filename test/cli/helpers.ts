import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Builds dist/cli.js once per test file with the project's own build script. */
export async function buildCli(): Promise<string> {
  await run(process.execPath, ["scripts/build.mjs"], { cwd: process.cwd() });
  return join(process.cwd(), "dist", "cli.js");
}

/** Runs the built CLI as a user would; never throws on a non-zero exit. */
export async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["dist/cli.js", ...args], {
      env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "sales-tracker-"));
}

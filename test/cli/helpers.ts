import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Builds dist/cli.js once per test file with the project's own build script. */
export async function buildCli(): Promise<string> {
  await run(process.execPath, ["scripts/build.mjs"], { cwd: process.cwd() });
  return join(process.cwd(), "dist", "cli.js");
}

/** How to run the CLI beyond its arguments and environment. */
export interface CliRun {
  /** The folder it runs in (default: the repository). */
  readonly cwd?: string;
  /** The script to run (default: the repository's dist/cli.js). */
  readonly script?: string;
  /** Milliseconds before it is killed (then `code` is null and `signal` says why): a hang fails instead of hanging. */
  readonly timeout?: number;
}

/** Runs the built CLI as a user would; never throws on a non-zero exit. */
export async function cli(
  args: string[],
  env: Record<string, string> = {},
  how: CliRun = {},
): Promise<{ code: number; stdout: string; stderr: string; signal?: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [how.script ?? join(process.cwd(), "dist", "cli.js"), ...args], {
      env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", ...env },
      maxBuffer: 64 * 1024 * 1024,
      cwd: how.cwd,
      timeout: how.timeout,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string; signal?: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, signal: failed.signal ?? undefined };
  }
}

/**
 * Runs the built CLI with its heap capped at `heapMb` (so a runaway allocation fails fast instead of eating the
 * machine) and reports its peak resident memory in MB, measured by the process itself at exit (peakMemory.mjs);
 * `peakMb` is undefined when it died before exiting normally (a V8 abort, a kill).
 */
export async function cliMeasured(
  args: string[],
  options: { env?: Record<string, string>; heapMb?: number; timeout?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string; signal?: string; peakMb?: number }> {
  const preload = pathToFileURL(join(process.cwd(), "test", "cli", "peakMemory.mjs")).href;
  const nodeOptions = `--import ${preload} --max-old-space-size=${options.heapMb ?? 512}`;
  const result = await cli(args, { ...options.env, NODE_OPTIONS: nodeOptions }, { timeout: options.timeout ?? 60_000 });
  const match = /\npeak-rss-kb=(\d+)\n$/.exec(result.stderr ?? "");
  return {
    ...result,
    stderr: match === null ? result.stderr : result.stderr.slice(0, match.index),
    peakMb: match === null ? undefined : Number(match[1]) / 1024,
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "sales-tracker-"));
}

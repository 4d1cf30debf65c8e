/**
 * How the benchmarks speak (`npm run bench`, test/bench/run.ts): a line as each step starts, so a slow machine
 * shows progress, and every figure beside its goal, marked `ok` or `MISS`. A bench file that misses a goal
 * still prints every figure, then exits with code 1; the runner lists every MISS line at the end.
 */

/** The mark of a figure that misses its goal, searched for by the runner. */
export const MISS = "MISS";

/** Says that a step starts (before any slow work). */
export function step(text: string): void {
  console.log(`… ${text}`);
}

/** Prints a figure with its goal; a miss sets the exit code to 1. */
export function figure(label: string, value: string, goal: string, met: boolean): void {
  console.log(`  ${met ? "ok  " : MISS} ${label}  ${value}   (goal ${goal})`);
  if (!met) process.exitCode = 1;
}

/** Prints a figure that has no goal of its own. */
export function info(label: string, value: string): void {
  console.log(`       ${label}  ${value}`);
}

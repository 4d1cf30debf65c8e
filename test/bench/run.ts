/**
 * `npm run bench`: runs each benchmark in its own Node process (one's garbage does not slow the next), says which
 * starts, passes its output through as it comes, and ends with a summary: every figure that missed its goal (the
 * `MISS` lines, see goals.ts) and every bench that failed. Exits with code 1 when anything missed or failed.
 * `tsx test/bench/run.ts FILE…` runs only the given bench files.
 */
import { spawn } from "node:child_process";
import { MISS } from "./goals";

const BENCHES: readonly (readonly [string, string])[] = [
  ["the core on 1,000,000 and 100,000 deals", "test/bench/core.bench.ts"],
  ["big files: 1,000,000 deals against DuckDB", "test/bench/files.bench.ts"],
  ["custom functions on whole columns vs bounded ranges", "test/bench/functions.bench.ts"],
  ["the template at 5,000, 20,000 and 50,000 deals, recalculated by LibreOffice (slow: several minutes)", "test/bench/templateScale.bench.ts"],
  ["Excel: syncs to generate the template", "test/addin/bench/syncs.bench.ts"],
  ["Sheets: service calls and what the sidebar sends", "test/appsscript/bench/calls.bench.ts"],
  ["bundle sizes", "test/bench/bundles.bench.ts"],
];

/** Runs one bench file; resolves with its exit code and the lines it marked as misses. */
function runBench(file: string): Promise<{ code: number; misses: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", file], { stdio: ["ignore", "pipe", "inherit"] });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      text += chunk.toString("utf8");
    });
    child.on("close", (code, signal) => {
      const misses = text.split("\n").filter((line) => line.trimStart().startsWith(MISS));
      resolve({ code: code ?? (signal ? 1 : 0), misses });
    });
  });
}

const given = process.argv.slice(2);
const benches = given.length > 0 ? given.map((file) => [file, file] as const) : BENCHES;
const misses: string[] = [];
const failed: string[] = [];
for (const [index, [label, file]] of benches.entries()) {
  console.log(`\n▶ [${index + 1}/${benches.length}] ${label}${label === file ? "" : ` (${file})`}`);
  const result = await runBench(file);
  misses.push(...result.misses.map((line) => `${line.trim()}  [${file}]`));
  if (result.code !== 0 && result.misses.length === 0) failed.push(`${file} exited with code ${result.code}`);
}

console.log("\n■ Summary");
if (misses.length === 0 && failed.length === 0) {
  console.log("  every figure met its goal");
} else {
  for (const line of misses) console.log(`  ${line}`);
  for (const line of failed) console.log(`  FAILED ${line}`);
  console.log(`  ${misses.length} figure(s) missed their goal, ${failed.length} bench(es) failed`);
  process.exitCode = 1;
}

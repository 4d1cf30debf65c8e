/**
 * Big files, as a manager's export comes: `sales-tracker analyze --json` on a 1,000,000-deal CSV (16 columns,
 * about 100 MB), against DuckDB answering the same question from the same file in the same run (the funnel, the
 * win rate, the cycle time's median and P90; test/bench/duckdbFunnel.mjs). Both run as their own processes,
 * three times each; the figures are the median wall time and the highest peak memory (maxRSS).
 *
 * Goals (issue 10): the CLI ≤ 3× DuckDB's time, ≤ 500 MB. The two must agree on every figure first.
 *
 * The same CSV through `analyze --engine duckdb` (issue 15: the emitted SQL on DuckDB) must print the core's JSON;
 * its time beside the core's is recorded. The 10,000,000-deal run (issue 15) is opt-in, `SALES_TRACKER_BENCH_10M=1`:
 * on a 2-core machine the 1.5 GB file alone takes minutes to make, and both runs several more.
 *
 * Then a 1,000,000-deal × 14-column .xlsx (bigXlsx.ts): `analyze` against a bare pass of the streamed reader
 * (xlsxBarePass.ts); goals ≤ 60 s and ≤ 1.5 GB, and at most twice the bare pass. (DuckDB reads .xlsx only with an
 * extension it downloads, so it is no baseline here.) The files are made once per machine in the system's
 * temporary folder.
 */
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { bigCsvFile } from "./bigCsv";
import { bigXlsxFile } from "./bigXlsx";
import { figure, info, step } from "./goals";

interface Run {
  readonly ms: number;
  readonly stdout: string;
  readonly maxRssKb: number;
}

/** Runs `node ARGS…` to its end; its wall time, output and peak memory (from peakMemory.mjs or its own JSON). */
function runNode(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("close", (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`node ${args.join(" ")} exited with ${code}: ${stderr.slice(-500)}`));
      const fromStderr = /MAXRSS (\d+)/.exec(stderr)?.[1];
      const maxRssKb = fromStderr !== undefined ? Number(fromStderr) : (JSON.parse(stdout) as { maxRssKb: number }).maxRssKb;
      resolve({ ms, stdout, maxRssKb });
    });
  });
}

async function timed(runs: number, args: readonly string[]): Promise<{ ms: number; maxRssKb: number; stdout: string }> {
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await runNode(args));
  const times = results.map((run) => run.ms).sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], maxRssKb: Math.max(...results.map((run) => run.maxRssKb)), stdout: results[0].stdout };
}

/** Two reports equal field by field, numbers to 1e-9 (relative past 1). */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

// ── 1. CSV, 1,000,000 deals: the CLI against DuckDB ────────────────────────────────────────────────────
{
  step("a 1,000,000-deal CSV (made once per machine, about 10 s)");
  const { path, stages } = await bigCsvFile(1_000_000);
  info("file", `${path} (${Math.round(statSync(path).size / 2 ** 20)} MB)`);
  step("DuckDB: funnel, win rate, cycle median and P90 from the file, 3 runs");
  const duck = await timed(3, ["test/bench/duckdbFunnel.mjs", path, stages.join(",")]);
  info("DuckDB", `${fmt(duck.ms)}, ${mb(duck.maxRssKb)}`);
  step("sales-tracker analyze --json on the same file, 3 runs");
  const cli = await timed(3, ["test/bench/peakMemory.mjs", "dist/cli.js", "analyze", path, "--json"]);
  info("sales-tracker analyze", `${fmt(cli.ms)}, ${mb(cli.maxRssKb)}`);
  // The two must agree before their times mean anything.
  const ours = JSON.parse(cli.stdout) as { funnel: { reached: number }[]; winRate: number; cycleTimeDays: { median: number; p90: number } };
  const theirs = JSON.parse(duck.stdout) as { reached: number[]; winRate: number; cycleMedian: number; cycleP90: number };
  const agree =
    JSON.stringify(ours.funnel.map((row) => row.reached)) === JSON.stringify(theirs.reached) &&
    Math.abs(ours.winRate - theirs.winRate) <= 1e-9 &&
    Math.abs(ours.cycleTimeDays.median - theirs.cycleMedian) <= 1e-9 &&
    Math.abs(ours.cycleTimeDays.p90 - theirs.cycleP90) <= 1e-9;
  if (!agree) throw new Error(`the CLI and DuckDB disagree: ${JSON.stringify({ ours: { reached: ours.funnel.map((row) => row.reached), winRate: ours.winRate, cycle: ours.cycleTimeDays }, theirs })}`);
  info("figures", "the CLI and DuckDB agree (funnel, win rate, cycle median and P90)");
  const ratio = cli.ms / duck.ms;
  figure("CSV 1M deals: ratio CLI / DuckDB", `${ratio.toFixed(2)}×`, "≤ 3×", ratio <= 3);
  figure("CSV 1M deals: CLI peak memory", mb(cli.maxRssKb), "≤ 500 MB", cli.maxRssKb <= 500 * 1024);
  // Issue 15: the same report computed by DuckDB with the emitted SQL (analyze --engine duckdb) must be the same JSON.
  step("sales-tracker analyze --json --engine duckdb on the same file, 1 run");
  const engine = await timed(1, ["test/bench/peakMemory.mjs", "dist/cli.js", "analyze", path, "--json", "--engine", "duckdb"]);
  info("analyze --engine duckdb", `${fmt(engine.ms)}, ${mb(engine.maxRssKb)}`);
  const same = sameJson(JSON.parse(engine.stdout), JSON.parse(cli.stdout));
  figure("CSV 1M deals: --engine duckdb JSON = the core's (1e-9)", same ? "same" : "differs", "same", same);
  info("ratio --engine duckdb / core", `${(engine.ms / cli.ms).toFixed(2)}×`);
}

// ── 1b. CSV, 10,000,000 deals (opt-in): analyze --engine duckdb beside the core's own streamed reader ─────────
if (process.env.SALES_TRACKER_BENCH_10M === "1") {
  step("a 10,000,000-deal CSV (made once per machine: minutes, about 1.5 GB)");
  const { path } = await bigCsvFile(10_000_000);
  info("file", `${path} (${Math.round(statSync(path).size / 2 ** 20)} MB)`);
  step("sales-tracker analyze --json --engine duckdb, 1 run");
  const engine = await timed(1, ["test/bench/peakMemory.mjs", "dist/cli.js", "analyze", path, "--json", "--engine", "duckdb"]);
  info("analyze --engine duckdb", `${fmt(engine.ms)}, ${mb(engine.maxRssKb)}`);
  step("sales-tracker analyze --json (the core's reader), 1 run");
  const cli = await timed(1, ["--max-old-space-size=16384", "test/bench/peakMemory.mjs", "dist/cli.js", "analyze", path, "--json"]);
  info("sales-tracker analyze", `${fmt(cli.ms)}, ${mb(cli.maxRssKb)}`);
  const same = sameJson(JSON.parse(engine.stdout), JSON.parse(cli.stdout));
  figure("CSV 10M deals: --engine duckdb JSON = the core's (1e-9)", same ? "same" : "differs", "same", same);
  info("ratio --engine duckdb / core", `${(engine.ms / cli.ms).toFixed(2)}×`);
} else {
  info("CSV 10M deals", "skipped (set SALES_TRACKER_BENCH_10M=1 to run it)");
}

// ── 2. .xlsx, 1,000,000 deals × 14 columns: the CLI against a bare pass of the streamed reader ─────────────────
{
  step("a 1,000,000-deal × 14-column .xlsx (written once per machine with exceljs: about a minute, 1.6 GB)");
  const path = await bigXlsxFile(1_000_000);
  info("file", `${path} (${Math.round(statSync(path).size / 2 ** 20)} MB)`);
  step("bare pass: open the workbook and stream every row of its sheet, 1 run");
  const bare = await timed(1, ["--import", "tsx", "test/bench/xlsxBarePass.ts", path]);
  info("bare pass", `${fmt(bare.ms)}, ${mb(bare.maxRssKb)}`);
  step("sales-tracker analyze --json on the same file, 1 run");
  const cli = await timed(1, ["test/bench/peakMemory.mjs", "dist/cli.js", "analyze", path, "--json"]);
  info("sales-tracker analyze", `${fmt(cli.ms)}, ${mb(cli.maxRssKb)}`);
  const deals = (JSON.parse(cli.stdout) as { deals: number }).deals;
  const rows = (JSON.parse(bare.stdout) as { rows: number }).rows;
  if (deals !== rows - 1) throw new Error(`the CLI counted ${deals} deals in ${rows - 1} rows under the header`);
  figure(".xlsx 1M × 14: ratio CLI / bare pass", `${(cli.ms / bare.ms).toFixed(2)}×`, "≤ 2×", cli.ms <= 2 * bare.ms);
  figure(".xlsx 1M × 14: CLI time", fmt(cli.ms), "≤ 60 s", cli.ms <= 60_000);
  figure(".xlsx 1M × 14: CLI peak memory", mb(cli.maxRssKb), "≤ 1.5 GB", cli.maxRssKb <= 1.5 * 1024 * 1024);
}

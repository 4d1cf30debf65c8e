/**
 * The same question as `sales-tracker analyze` asks of a CSV deal log, answered by DuckDB (the tool a user with a
 * big file would pick instead): the funnel (deals that reached each stage), the win rate, and the cycle time's
 * median and P90 (linear interpolation, as DEFINITIONS §4). Run as its own process by files.bench.ts:
 *   node test/bench/duckdbFunnel.mjs FILE.csv Stage1,Stage2,…
 * Prints one line of JSON: the figures and the process's peak memory (maxRSS, kB).
 */
import { DuckDBInstance } from "@duckdb/node-api";

const [file, stageList] = process.argv.slice(2);
const stages = stageList.split(",");
const quoted = (name) => `"${name.replaceAll('"', '""')}"`;
const furthest = `CASE ${stages.map((stage, index) => [stage, index]).reverse().map(([stage, index]) => `WHEN ${quoted(stage)} IS NOT NULL THEN ${index}`).join(" ")} ELSE -1 END`;
const first = `COALESCE(${stages.map(quoted).join(", ")})`;
const last = quoted(stages.at(-1));
const sql = `
  WITH deals AS (SELECT ${furthest} AS furthest, Status AS status, date_diff('day', ${first}, ${last}) AS cycle
                 FROM read_csv(${`'${file.replaceAll("'", "''")}'`}))
  SELECT ${stages.map((_, index) => `count(*) FILTER (WHERE furthest >= ${index}) AS reached${index}`).join(", ")},
         count(*) FILTER (WHERE status = 'Won') / count(*) FILTER (WHERE status IN ('Won', 'Lost')) AS win_rate,
         median(cycle) FILTER (WHERE status = 'Won' AND cycle IS NOT NULL) AS cycle_median,
         quantile_cont(cycle, 0.9) FILTER (WHERE status = 'Won' AND cycle IS NOT NULL) AS cycle_p90
  FROM deals`;
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const [row] = (await connection.runAndReadAll(sql)).getRowObjectsJson();
console.log(JSON.stringify({
  reached: stages.map((_, index) => Number(row[`reached${index}`])),
  winRate: Number(row.win_rate),
  cycleMedian: Number(row.cycle_median),
  cycleP90: Number(row.cycle_p90),
  maxRssKb: process.resourceUsage().maxRSS,
}));

/**
 * The core's speed on what hosts hand it: a 2-D grid with a header row and serial dates.
 *
 *   1. 1,000,000 deals: funnel + cycle time + time in stage for every stage, from the raw grid (parse included),
 *      against one bare pass over the same grid (goal ≤ 5×) and against 1 s.
 *   2. 100,000 deals: the same figures from the core, against HyperFormula evaluating the equivalent native
 *      dashboard (per-row helper formulas + COUNTIF/SUMIFS/MEDIAN/PERCENTILE, as the template does) —
 *      goal: the core ≥ 50× faster.
 *
 * Run with `npm run bench`. Every figure is a median of several runs measured in this run; ratios, not
 * absolute times, are what to compare across machines. Each step says when it starts, and each figure is
 * marked ok or MISS against its goal (goals.ts; a miss exits with code 1).
 */
import { HyperFormula } from "hyperformula";
import { cycleDurations } from "../../core/metrics/cycleTime";
import { funnel } from "../../core/metrics/funnel";
import { summarizeAll } from "../../core/metrics/statistics";
import { timeInStageDurations } from "../../core/metrics/timeInStage";
import { columnLetter, type Grid } from "../../core/model/cells";
import { parseDealLog } from "../../core/parse/dealLog";
import { sampleDeals } from "../../core/sample/sampleDeals";
import { sampleGrid } from "../../core/sample/sampleGrid";
import { figure, info, step } from "./goals";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

/** The baseline: touch every cell once and do the least possible with it. */
function barePass(grid: Grid): number {
  let sum = 0;
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number") sum += cell;
      else if (typeof cell === "string") sum += cell.length;
    }
  }
  return sum;
}

/** What the bench asks of the core: the diagnosis figures from a raw grid. */
function coreFigures(grid: Grid) {
  const deals = parseDealLog(grid)!.deals;
  const stages = deals.stages.names.length;
  return {
    funnel: funnel(deals),
    cycle: summarizeAll(cycleDurations(deals)),
    timeInStage: Array.from({ length: stages - 1 }, (_, stage) => summarizeAll(timeInStageDurations(deals, stage))),
  };
}

function makeGrid(count: number): unknown[][] {
  return sampleGrid(sampleDeals({ count, seed: 42 }), { dates: "serial" }).grid;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

// ── 1. One million deals ──────────────────────────────────────────────────────────────────────────────────
{
  step("1,000,000 sample deals as a host passes them (2-D grid, serial dates): building the grid");
  const grid = makeGrid(1_000_000);
  step(`one bare pass over the grid (${grid[0].length} columns), 5 runs`);
  const bare = time(5, () => barePass(grid));
  info("bare pass over the grid", fmt(bare.ms));
  step("the core: parse + funnel + cycle time + time in every stage, 5 runs");
  const core = time(5, () => coreFigures(grid));
  info("core: parse + funnel + cycle + time in stage (all stages)", fmt(core.ms));
  const ratio = core.ms / bare.ms;
  figure("ratio core / bare pass", `${ratio.toFixed(2)}×`, "≤ 5×", ratio <= 5);
  figure("core time", fmt(core.ms), "≤ 1 s", core.ms <= 1000);
}

// ── 2. HyperFormula dashboard on 100,000 deals ────────────────────────────────────────────────────────────
{
  const count = 100_000;
  step("100,000 sample deals: building the grid and the native dashboard's formulas");
  const grid = makeGrid(count);
  const header = grid[0] as string[];
  const deals = parseDealLog(grid)!.deals;
  const stageNames = deals.stages.names;
  const stageColumns = stageNames.map((name) => header.indexOf(name));
  const statusColumn = header.indexOf("状态");
  const width = header.length;
  const L = (index: number) => columnLetter(index + 1);
  const first = L(stageColumns[0]);
  const last = L(stageColumns[stageColumns.length - 1]);
  // Helper columns per row, as the template's Deals sheet computes them with native formulas.
  const helperFormulas = (r: number): string[] => {
    const furthest = `=MAX(${stageColumns.map((c, i) => `(${L(c)}${r}<>"")*${i + 1}`).join(",")})`;
    const won = `=IF(AND(${L(statusColumn)}${r}="赢单",${last}${r}<>""),${last}${r}-MIN(${first}${r}:${last}${r}),"")`;
    const inStage = stageColumns.slice(0, -1).map((c, i) => {
      const later = `${L(stageColumns[i + 1])}${r}:${last}${r}`;
      return `=IF(AND(${L(c)}${r}<>"",COUNT(${later})>0),MIN(${later})-${L(c)}${r},"")`;
    });
    return [furthest, won, ...inStage];
  };
  const sheet: (string | number | null)[][] = grid.map((row, index) =>
    (index === 0 ? [...row, "furthest", "cycle", ...stageNames.slice(0, -1)] : [...row.slice(0, width), ...helperFormulas(index + 1)]) as (string | number | null)[],
  );
  const n = count + 1;
  const col = (offset: number) => `Deals!$${L(width + offset)}$2:$${L(width + offset)}$${n}`;
  const dashboard: string[][] = [
    ...stageNames.map((_, i) => [`=COUNTIF(${col(0)},">="&${i + 1})`]),
    [`=MEDIAN(${col(1)})`],
    [`=SUMIFS(${col(1)},${col(1)},">=0")/COUNTIFS(${col(1)},">=0")`],
    [`=PERCENTILE(${col(1)},0.9)`],
    ...stageNames.slice(0, -1).flatMap((_, i) => [[`=MEDIAN(${col(2 + i)})`], [`=SUMIFS(${col(2 + i)},${col(2 + i)},">=0")/COUNTIFS(${col(2 + i)},">=0")`]]),
  ];
  const helperCount = ((stageNames.length + 2) * count).toLocaleString("en-US");
  step(`HyperFormula: building and evaluating ${helperCount} helper formulas + ${dashboard.length} dashboard formulas (slow), 1 run`);
  const hf = time(1, () => {
    const engine = HyperFormula.buildFromSheets({ Deals: sheet, Dashboard: dashboard }, { licenseKey: "gpl-v3", maxRows: 200_000 });
    const values = engine.getSheetValues(engine.getSheetId("Dashboard")!);
    engine.destroy();
    return values;
  });
  step("the core on the same deals, 5 runs");
  const core = time(5, () => coreFigures(grid));
  // The two must agree before their times mean anything.
  const reachedHf = hf.result.slice(0, stageNames.length).map((row) => row[0]);
  const reachedCore = core.result.funnel.map((row) => row.reached);
  const cycleHf = hf.result[stageNames.length][0] as number;
  if (JSON.stringify(reachedHf) !== JSON.stringify(reachedCore) || Math.abs(cycleHf - core.result.cycle.median!) > 1e-9) {
    throw new Error(`HyperFormula and the core disagree: ${JSON.stringify({ reachedHf, reachedCore, cycleHf, core: core.result.cycle.median })}`);
  }
  info("HyperFormula build + evaluate", fmt(hf.ms));
  info("core, same figures (they agree)", fmt(core.ms));
  const ratio = hf.ms / core.ms;
  figure("ratio HyperFormula / core", `${ratio.toFixed(0)}×`, "≥ 50×", ratio >= 50);
}

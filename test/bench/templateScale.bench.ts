/**
 * The tracking template at a manager's real size (issue 12): templates of 5,000, 20,000 and 50,000 sample deals,
 * written as .xlsx and recalculated by LibreOffice Calc (headless, one soffice call each), beside the core on the
 * same deals (`analyze --json` on the same file, its own process). For each size: LibreOffice's time less its
 * start-up (an empty template's call in the same run), in seconds per 10,000 deals, and how that time grows
 * (the exponent k of time ∝ deals^k between the smallest and the largest size: 1 is linear). The recalculated
 * Dashboard must agree with the core (deals counted, win rate, cycle median, each stage's reached count) before
 * any time means anything.
 *
 * Goal: growth no worse than linear (k ≤ 1.2); a helper formula that makes it worse is to be rewritten.
 * `tsx test/bench/templateScale.bench.ts [SIZES…]` (default 5000 20000 50000).
 */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { a1 } from "../../core/template/a1";
import { buildTemplate } from "../../core/template/buildTemplate";
import { templateLayout } from "../../core/template/layout";
import { recalculate, sofficeAvailable } from "../libreoffice/recalc";
import { readValues, valueAt } from "../libreoffice/readBack";
import { figure, info, step } from "./goals";

const run = promisify(execFile);
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [5_000, 20_000, 50_000];
const dir = mkdtempSync(join(tmpdir(), "template-scale-"));

interface Report {
  deals: number;
  winRate: number | null;
  cycleTimeDays: { median: number | null };
  funnel: { stage: string; reached: number }[];
}

async function template(deals: number): Promise<string> {
  const path = join(dir, `template-${deals}.xlsx`);
  await writeFile(path, await workbookToXlsx(buildTemplate({ locale: "en", sampleDeals: deals, seed: 7 })));
  return path;
}

async function timedRecalc(path: string): Promise<{ ms: number; out: string }> {
  const started = performance.now();
  const [out] = await recalculate([path], join(dir, "recalculated"), { timeoutMs: 30 * 60_000 });
  return { ms: performance.now() - started, out };
}

if (!sofficeAvailable()) {
  console.log("  LibreOffice (soffice) is not installed: nothing to measure (apt-get install libreoffice-calc)");
} else {
  step("an empty template recalculated, twice: the first warms LibreOffice up; the second is its start-up, subtracted below");
  const emptyPath = await template(0);
  await timedRecalc(emptyPath);
  const empty = await timedRecalc(emptyPath);
  info("empty template", `${(empty.ms / 1000).toFixed(1)} s`);
  const measured: { deals: number; seconds: number }[] = [];
  for (const deals of SIZES) {
    step(`${deals.toLocaleString("en-US")} sample deals: writing the template, recalculating it in LibreOffice`);
    const path = await template(deals);
    const calc = await timedRecalc(path);
    const coreStart = performance.now();
    const { stdout } = await run(process.execPath, ["dist/cli.js", "analyze", path, "--json"], { maxBuffer: 1 << 28 });
    const coreMs = performance.now() - coreStart;
    const core = JSON.parse(stdout) as Report;
    // The recalculated Dashboard against the core, first.
    const values = await readValues(calc.out);
    const layout = templateLayout("en", core.funnel.length, 0);
    const sheet = layout.sheetName("dashboard");
    const key = (name: "dealsCounted" | "winRate" | "cycleMedian") => valueAt(values, sheet, a1(2, layout.dashboard.keyFigureRow[name]));
    const reached = core.funnel.map((_, i) => valueAt(values, sheet, a1(layout.dashboard.funnel.reached, layout.dashboard.funnelHeaderRow + 1 + i)));
    const close = (shown: unknown, expected: number | null) => (expected === null ? shown === null || typeof shown === "string" : typeof shown === "number" && Math.abs(shown - expected) <= 1e-9);
    const agree =
      close(key("dealsCounted"), core.deals) &&
      close(key("winRate"), core.winRate) &&
      close(key("cycleMedian"), core.cycleTimeDays.median) &&
      core.funnel.every((row, i) => close(reached[i], row.reached));
    if (!agree) {
      throw new Error(`LibreOffice and the core disagree at ${deals} deals: ${JSON.stringify({ shown: [key("dealsCounted"), key("winRate"), key("cycleMedian"), reached], core })}`);
    }
    const seconds = Math.max(0.001, (calc.ms - empty.ms) / 1000);
    measured.push({ deals, seconds });
    info(
      `${deals.toLocaleString("en-US")} deals`,
      `LibreOffice ${(calc.ms / 1000).toFixed(1)} s (${((seconds * 10_000) / deals).toFixed(2)} s per 10,000 deals past start-up); ` +
        `the core (analyze, its own process) ${(coreMs / 1000).toFixed(2)} s; the Dashboard agrees`,
    );
  }
  if (measured.length >= 2) {
    const first = measured[0];
    const last = measured[measured.length - 1];
    const k = Math.log(last.seconds / first.seconds) / Math.log(last.deals / first.deals);
    figure(`LibreOffice recalculation growth, ${first.deals.toLocaleString("en-US")} → ${last.deals.toLocaleString("en-US")} deals`, `time ∝ deals^${k.toFixed(2)}`, "k ≤ 1.2 (linear)", k <= 1.2);
  }
}

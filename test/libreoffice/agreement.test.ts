/**
 * The template's own formulas, recalculated by a real spreadsheet engine (LibreOffice Calc, headless), agree
 * with the core on the same data to 1e-9 (docs/DEFINITIONS.md: the four surfaces agree). The core reads the Deals sheet
 * back from the recalculated file exactly as the CLI does, so this also checks that `analyze` on the file gives
 * the same figures the file shows.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../cli/xlsx/readWorkbook";
import { findDealSheet } from "../../cli/xlsx/findDealSheet";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { a1 } from "../../core/template/a1";
import { DASHBOARD_COPY } from "../../core/template/sheets/dashboardCopy";
import { buildTemplate } from "../../core/template/buildTemplate";
import { templateLayout, sheetLayouts } from "../../core/template/layout";
import type { TemplateCell, TemplateOptions, WorkbookSpec } from "../../core/template/types";
import { DEAL_STATUS_WORDS } from "../../core/model/words";
import { STATUS_CODE } from "../../core/model/dealTable";
import { stageList } from "../../core/model/stages";
import { parseDealLog } from "../../core/parse/dealLog";
import { analyzeDeals, type DealReport } from "../../core/report/analyzeDeals";
import { summarize } from "../../core/metrics/statistics";
import { elapsedShare, goalProgress, onTrack } from "../../core/metrics/goalProgress";
import { pilotLift } from "../../core/metrics/pilotLift";
import { callFunction } from "../../core/functions/registry";
import { isCellError } from "../../core/functions/errors";
import { buildCli, tempDir } from "../cli/helpers";
import { zipEntry, zipNames } from "../cli/zipEntry";
import { recalculate, sofficeAvailable } from "./recalc";
import { expectKeyFigures } from "./keyFigures";
import { expectSame, readValues, valueAt, type SheetValues } from "./readBack";

/** A rate difference as the template shows it: in percentage points (core/template/points.ts), the core's fraction × 100. */
const points = (difference: number | null): number | null => (difference === null ? null : difference * 100);

const run = promisify(execFile);

interface Case {
  readonly label: string;
  readonly options: TemplateOptions;
  /** Won sample deals turned lost, their last-stage date kept: a contradiction at no loss point. */
  readonly lostAtLastStage?: number;
}

const CASES: readonly Case[] = [
  {
    label: "zh-CN, 3,000 sample deals with bad rows and lost deals dated 成交",
    options: { locale: "zh-CN", sampleDeals: 3000, sampleBadRows: 9, seed: 11 },
    lostAtLastStage: 7,
  },
  { label: "en, 2,000 sample deals", options: { locale: "en", sampleDeals: 2000, seed: 5 } },
  {
    label: "en, the team's own four stages, lost deals dated Signed",
    options: { locale: "en", stages: ["Discovery", "Demo", "Trial", "Signed"], sampleDeals: 800, sampleBadRows: 3, seed: 3 },
    lostAtLastStage: 4,
  },
  { label: "zh-CN, empty template", options: { locale: "zh-CN" } },
];

/**
 * The template with `count` of its clean won sample deals (every 50th such row) marked lost, the last-stage date
 * kept: what a manager's log may hold, which the core reports and every surface leaves out of loss points.
 */
function withLostAtLastStage(spec: WorkbookSpec, options: TemplateOptions, count: number): WorkbookSpec {
  if (count === 0) return spec;
  const stages = stageList(options.stages, options.locale);
  const layout = templateLayout(options.locale, stages.names.length, 0);
  const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
  const valueOf = (cell: TemplateCell) => (cell === null ? "" : "text" in cell ? cell.text : "number" in cell ? cell.number : "day" in cell ? cell.day : "");
  const header = deals.blocks.find((block) => block.at === "A1")!.rows[0].map(valueOf);
  const statusIndex = layout.deals.field.status - 1;
  let left = count;
  let seen = 0;
  const blocks = deals.blocks.map((block) => {
    if (block.at !== "A2") return block;
    const rows = block.rows.map((row) => {
      if (left === 0) return row;
      const log = parseDealLog([header, row.map(valueOf)], { stages })!;
      const clean = log.problems.length === 0 && log.deals.count === 1;
      if (!clean || log.deals.status[0] !== STATUS_CODE.won || log.deals.furthest[0] !== stages.names.length - 1 || seen++ % 50 !== 0) return row;
      left--;
      return row.map((cell, index) => (index === statusIndex ? { text: DEAL_STATUS_WORDS.lost[options.locale] } : cell));
    });
    return { ...block, rows };
  });
  expect(left, "won deals to turn lost").toBe(0);
  return { ...spec, sheets: spec.sheets.map((sheet) => (sheet === deals ? { ...deals, blocks } : sheet)) };
}

interface Recalculated {
  readonly spec: WorkbookSpec;
  readonly original: string;
  readonly recalculated: string;
  readonly values: SheetValues;
}

const results = new Map<string, Recalculated>();
const available = sofficeAvailable();
if (!available && process.env.CI) throw new Error("CI is set but LibreOffice `soffice` is not installed");

beforeAll(async () => {
  if (!available) return;
  await buildCli();
  const dir = tempDir();
  const specs = CASES.map((testCase, index) => ({
    testCase,
    spec: withLostAtLastStage(buildTemplate(testCase.options), testCase.options, testCase.lostAtLastStage ?? 0),
    file: join(dir, `case${index}.xlsx`),
  }));
  for (const { spec, file } of specs) await writeFile(file, await workbookToXlsx(spec));
  const started = performance.now();
  const outputs = await recalculate(specs.map((entry) => entry.file), join(dir, "out"));
  console.log(`LibreOffice recalculated ${outputs.length} templates in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (let i = 0; i < specs.length; i++) {
    results.set(specs[i].testCase.label, {
      spec: specs[i].spec,
      original: specs[i].file,
      recalculated: outputs[i],
      values: await readValues(outputs[i]),
    });
  }
}, 300_000);


describe.skipIf(!available)("the template's formulas in LibreOffice agree with the core", () => {
  for (const testCase of CASES) {
    describe(testCase.label, () => {
      let report: DealReport;
      let recalculated: Recalculated;
      let openDeals = 0;
      let meanWonAmount: number | null = null;

      beforeAll(async () => {
        recalculated = results.get(testCase.label)!;
        const sheets = await readWorkbook(recalculated.recalculated);
        const stages = stageList(testCase.options.stages, testCase.options.locale);
        const deals = findDealSheet(sheets, stages)!;
        expect(deals.name).toBe(recalculated.spec.sheets.find((sheet) => sheet.key === "deals")!.name);
        report = analyzeDeals(deals.grid, { locale: testCase.options.locale, stages, firstRow: deals.firstRow })!;
        const table = parseDealLog(deals.grid, { stages, firstRow: deals.firstRow })!.deals;
        const wonAmounts: number[] = [];
        for (let i = 0; i < table.count; i++) {
          if (table.status[i] === STATUS_CODE.open) openDeals++;
          if (table.status[i] === STATUS_CODE.won && !Number.isNaN(table.amount[i])) wonAmounts.push(table.amount[i]);
        }
        meanWonAmount = summarize(wonAmounts, "mean");
      });

      it("reports exactly the injected bad rows and lost deals dated in the last stage, and counts the rest", () => {
        expect(report.problems.length).toBe((testCase.options.sampleBadRows ?? 0) + (testCase.lostAtLastStage ?? 0));
        const contradiction = testCase.options.locale === "en" ? /but dated in the last stage/ : /却有最后阶段/;
        expect(report.problems.filter((problem) => contradiction.test(problem.message))).toHaveLength(testCase.lostAtLastStage ?? 0);
        expect(report.deals).toBeGreaterThanOrEqual((testCase.options.sampleDeals ?? 0) - (testCase.options.sampleBadRows ?? 0));
      });

      it("the Dashboard's funnel chart, as LibreOffice draws it: the stages top to bottom, the core's counts", () => {
        // One soffice process numbers the chart parts of all the files it converts: chart1, chart2, …
        const file = readFileSync(recalculated.recalculated);
        const parts = zipNames(file).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
        // The funnel, the monthly trend, lost by stage, lost by reason (dashboardPrint.test.ts checks the others).
        expect(parts).toHaveLength(4);
        const title = `<a:t>${DASHBOARD_COPY.funnelChart[testCase.options.locale]}</a:t>`;
        const charts = parts.map((part) => zipEntry(file, part).replace(/&apos;/g, "'")).filter((chart) => chart.includes(title));
        expect(charts).toHaveLength(1);
        const chart = charts[0];
        const cache = (kind: "strCache" | "numCache") =>
          [...(new RegExp(`<c:${kind}>(.*?)</c:${kind}>`).exec(chart)?.[1] ?? "").matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => match[1]);
        expect(chart).toContain('<c:barDir val="bar"/>');
        expect(chart).toContain('<c:orientation val="maxMin"/>');
        expect(cache("strCache")).toEqual(report.funnel.map((row) => row.stage));
        expect(cache("numCache").map(Number)).toEqual(report.funnel.map((row) => row.reached));
      });

      it("the funnel, loss points and time in stage on the Dashboard", () => {
        const { spec, values } = recalculated;
        const layout = templateLayout(spec.locale, report.stages.length, 0);
        const sheet = layout.sheetName("dashboard");
        const column = layout.dashboard.funnel;
        report.funnel.forEach((row, i) => {
          const at = (name: keyof typeof column) => valueAt(values, sheet, a1(column[name], layout.dashboard.funnelHeaderRow + 1 + i));
          expect(at("stage")).toBe(row.stage);
          expectSame(at("reached"), row.reached, `${row.stage} reached`);
          if (i > 0) expectSame(at("stepConversion"), row.stepConversion, `${row.stage} step`);
          expectSame(at("overallConversion"), row.overallConversion, `${row.stage} overall`);
          if (row.dropOff !== null) expectSame(at("dropOff"), row.dropOff, `${row.stage} drop-off`);
          if (i < report.funnel.length - 1) {
            expect(report.lossPoints[i].stage).toBe(row.stage);
            expectSame(at("lost"), report.lossPoints[i].lost, `${row.stage} lost`);
            expectSame(at("lostShare"), report.lossPoints[i].share, `${row.stage} lost share`);
          } else {
            // Nothing is lost at the last stage: no loss point there, on either side.
            expect(report.lossPoints).toHaveLength(i);
            expect(at("lost")).toBeNull();
            expect(at("lostShare")).toBeNull();
          }
          const stay = report.timeInStageDays[row.stage];
          if (i < report.funnel.length - 1) {
            expectSame(at("stayMedian"), stay.median, `${row.stage} stay median`);
            expectSame(at("stayMean"), stay.mean, `${row.stage} stay mean`);
            expectSame(at("stayCount"), stay.n, `${row.stage} stay count`);
          }
        });
      });

      it("the key figures: win rate, cycle time, open deals, velocity", () => {
        expectKeyFigures(recalculated.values, recalculated.spec.locale, report, openDeals, meanWonAmount);
      });

      it("the action plan's status rollups by stage and by owner equal STATUS_ROLLUP on its rows", () => {
        const { values } = recalculated;
        const plan = sheetLayouts(testCase.options).actionPlan;
        const column = (index: number) =>
          Array.from({ length: plan.lastItemRow - plan.firstItemRow + 1 }, (_, i) => [valueAt(values, plan.sheet, a1(index, plan.firstItemRow + i)) ?? ""]);
        const statuses = column(plan.columns.status);
        for (const block of [plan.rollups.stage, plan.rollups.owner]) {
          const groups = column(block.by === "stage" ? plan.columns.stage : plan.columns.owner);
          const table = callFunction("STATUS_ROLLUP", [statuses, groups], { locale: testCase.options.locale }) as unknown[][];
          expect(Array.isArray(table), JSON.stringify(table)).toBe(true);
          const rows = table.slice(1, -1);
          expect(rows.length, `${block.by} groups`).toBeGreaterThan(0);
          const shownRow = (row: number) =>
            (["group", "notStarted", "inProgress", "done", "donePercent"] as const).map((name) => valueAt(values, plan.sheet, a1(block.columns[name], row)));
          rows.forEach((expected, i) => {
            const shown = shownRow(block.firstRow + i);
            expect(shown[0]).toBe(expected[0]);
            for (let c = 1; c <= 4; c++) expectSame(shown[c], isCellError(expected[c]) ? null : (expected[c] as number), `${block.by} ${expected[0]} col ${c}`);
          });
          const total = table[table.length - 1];
          const shownTotal = shownRow(block.totalRow);
          for (let c = 1; c <= 4; c++) expectSame(shownTotal[c], isCellError(total[c]) ? null : (total[c] as number), `${block.by} total col ${c}`);
        }
      });

      it("goal progress, time elapsed and on-track on the Goals sheet", () => {
        const { values } = recalculated;
        const goals = sheetLayouts(testCase.options).goals;
        const asOf = valueAt(values, goals.sheet, goals.asOf) as number;
        let checked = 0;
        for (const row of goals.rows) {
          const at = (name: keyof typeof goals.columns) => valueAt(values, goals.sheet, a1(goals.columns[name], row));
          const [baseline, target, current] = [at("baseline"), at("target"), at("current")];
          if (typeof baseline !== "number" || typeof target !== "number" || typeof current !== "number") continue;
          const progress = goalProgress(baseline, target, current);
          expectSame(at("progress"), progress, `goal row ${row} progress`);
          const [start, deadline] = [at("start"), at("deadline")];
          if (typeof start !== "number" || typeof deadline !== "number") continue;
          const elapsed = elapsedShare(start, deadline, asOf);
          if (elapsed !== null) expectSame(at("elapsed"), elapsed, `goal row ${row} elapsed`);
          const track = onTrack(progress, elapsed);
          if (track !== null) expect(at("onTrack")).toBe(track ? goals.onTrackWords.yes : goals.onTrackWords.no);
          checked++;
        }
        if ((testCase.options.sampleDeals ?? 0) > 0) expect(checked).toBeGreaterThanOrEqual(3);
      });

      it("the pilot's lift, relative lift and p-value equal PILOT_LIFT on its totals", () => {
        const { values } = recalculated;
        const pilot = sheetLayouts(testCase.options).pilot;
        const count = (ref: string) => valueAt(values, pilot.sheet, ref);
        const counts = {
          pilotConverted: count(pilot.converted.pilotConverted),
          pilotTotal: count(pilot.converted.pilotTotal),
          controlConverted: count(pilot.converted.controlConverted),
          controlTotal: count(pilot.converted.controlTotal),
        };
        if (Object.values(counts).some((value) => typeof value !== "number")) {
          expect(testCase.options.sampleDeals ?? 0).toBe(0);
          return;
        }
        const core = pilotLift(counts as Record<keyof typeof counts, number>);
        const shown = (name: keyof typeof pilot.figures) => valueAt(values, pilot.sheet, pilot.figures[name]);
        expectSame(shown("pilotRate"), core.pilotRate, "pilot rate");
        expectSame(shown("controlRate"), core.controlRate, "control rate");
        expectSame(shown("lift"), points(core.lift), "lift (percentage points)");
        expectSame(shown("relativeLift"), core.relativeLift, "relative lift");
        expectSame(shown("pValue"), core.pValue, "p-value");
        if (core.method !== null) expect(shown("method")).toBe(core.method === "fisher" ? pilot.methodWords.fisher : pilot.methodWords.zTest);
      });

      it("`analyze` on the recalculated file prints the same figures", async () => {
        const { stdout } = await run(process.execPath, [
          "dist/cli.js",
          "analyze",
          recalculated.recalculated,
          "--json",
          "--lang",
          testCase.options.locale,
          // No --stages: a template with the team's own stages is read by its own Stages sheet.
        ]);
        const printed = JSON.parse(stdout) as DealReport;
        expect(printed).toEqual(JSON.parse(JSON.stringify(report)));
      });
    });
  }
});

/**
 * What a review of the template in LibreOffice found, checked in LibreOffice: deals and action items typed below
 * the prepared rows are announced on the Dashboard and the Action plan (and still not counted); stage dates with a
 * time of day count whole calendar days, so the Dashboard agrees with the core (and `analyze`) on them; the
 * Diagnosis shows no cycle benchmark and no gap for a team's own stages, and no problem row twice.
 * test/core/template/reviewFixes.test.ts holds the same in the spec and in HyperFormula.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findDealSheet } from "../../cli/xlsx/findDealSheet";
import { readWorkbook } from "../../cli/xlsx/readWorkbook";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import type { Locale } from "../../core/model/locale";
import { stageList } from "../../core/model/stages";
import { analyzeDeals, type DealReport } from "../../core/report/analyzeDeals";
import { a1 } from "../../core/template/a1";
import { buildTemplate } from "../../core/template/buildTemplate";
import { TEMPLATE_LABELS } from "../../core/template/labels";
import { templateLayout, type TemplateLayout, sheetLayouts } from "../../core/template/layout";
import { day, num, text } from "../../core/template/sheetBuilder";
import type { SheetKey, TemplateCell, TemplateOptions, WorkbookSpec } from "../../core/template/types";
import { tempDir } from "../cli/helpers";
import { expectSame, readValues, valueAt, type CellValue, type SheetValues } from "./readBack";
import { recalculate, sofficeAvailable } from "./recalc";

const available = sofficeAvailable();
if (!available && process.env.CI) throw new Error("CI is set but LibreOffice `soffice` is not installed");

/** 2026-01-05 as a day number, and a time of day on a day. */
const JAN_05 = 46027;
const at = (dayNumber: number, hours = 0, minutes = 0) => dayNumber + (hours * 60 + minutes) / 1440;

/** The spec with cells typed in, as a user would: one block per cell, written after the template's own. */
function typed(spec: WorkbookSpec, key: SheetKey, cells: readonly (readonly [string, TemplateCell])[]): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => (sheet.key === key ? { ...sheet, blocks: [...sheet.blocks, ...cells.map(([address, cell]) => ({ at: address, rows: [[cell]] }))] } : sheet)),
  };
}

interface Case {
  readonly options: TemplateOptions;
  readonly edit: (spec: WorkbookSpec, layout: TemplateLayout) => WorkbookSpec;
}

/** Deals with times of day (zh-CN, default stages): a same-day later stage earlier in the clock; one truly backwards. */
function dateTimeDeals(spec: WorkbookSpec, { deals }: TemplateLayout): WorkbookSpec {
  const stage = (index: number, row: number, value: number) => [a1(deals.stage(index), row), day(value)] as const;
  const status = (row: number, word: string) => [a1(deals.field.status, row), text(word)] as const;
  return typed(spec, "deals", [
    stage(0, 2, at(JAN_05, 14, 30)), stage(1, 2, at(JAN_05, 9)), stage(5, 2, at(JAN_05 + 46, 9)), status(2, "赢单"), [a1(deals.field.amount, 2), num(1000)],
    stage(0, 3, at(JAN_05 + 1, 23, 59)), stage(1, 3, at(JAN_05 + 2, 0, 1)), stage(2, 3, at(JAN_05 + 15, 12)), status(3, "丢单"),
    stage(0, 4, at(JAN_05 + 5, 8)), stage(1, 4, at(JAN_05 + 4, 20)), status(4, "丢单"),
    stage(0, 5, at(JAN_05 + 3)), stage(1, 5, at(JAN_05 + 7, 18)), stage(2, 5, at(JAN_05 + 10, 6)), stage(3, 5, at(JAN_05 + 15)),
    stage(4, 5, at(JAN_05 + 20, 23)), stage(5, 5, at(JAN_05 + 29, 1)), status(5, "赢单"), [a1(deals.field.amount, 5), num(2000)],
    stage(0, 6, at(JAN_05 + 4, 12)), status(6, "进行中"),
  ]);
}

/** One deal inside the prepared rows, two below them (one with two stage dates), and an action item below row 44. */
function belowTheRange(spec: WorkbookSpec, { deals, lastDealRow, locale }: TemplateLayout): WorkbookSpec {
  const plan = sheetLayouts({ locale }).actionPlan;
  const withDeals = typed(spec, "deals", [
    [a1(deals.stage(0), 2), day(JAN_05)],
    [a1(deals.stage(0), lastDealRow + 2), day(JAN_05)],
    [a1(deals.stage(0), lastDealRow + 4), day(JAN_05)],
    [a1(deals.stage(2), lastDealRow + 4), day(JAN_05 + 3)],
  ]);
  return typed(withDeals, "actionPlan", [
    [a1(plan.columns.painPoint, plan.lastItemRow + 2), text(locale === "en" ? "Slow quotes" : "报价慢")],
    [a1(plan.columns.status, plan.lastItemRow + 2), text(locale === "en" ? "In progress" : "进行中")],
  ]);
}

const OWN_STAGES = ["Discovery", "Demo", "Trial", "Signed"];
const CASES = {
  dateTimes: { options: { locale: "zh-CN", dealRows: 20 }, edit: dateTimeDeals },
  belowZh: { options: { locale: "zh-CN", dealRows: 20 }, edit: belowTheRange },
  belowEn: { options: { locale: "en", dealRows: 20 }, edit: belowTheRange },
  ownStages: { options: { locale: "en", stages: OWN_STAGES, sampleDeals: 60, dealRows: 80, seed: 4 }, edit: (spec) => spec },
} as const satisfies Record<string, Case>;
type CaseName = keyof typeof CASES;

const results = new Map<CaseName, { spec: WorkbookSpec; layout: TemplateLayout; file: string; values: SheetValues }>();

beforeAll(async () => {
  if (!available) return;
  const dir = tempDir();
  const entries = (Object.entries(CASES) as [CaseName, Case][]).map(([name, { options, edit }]) => {
    const built = buildTemplate(options);
    const stageCount = stageList(options.stages, options.locale).names.length;
    const lastDealRow = 1 + options.dealRows!;
    const layout = templateLayout(options.locale, stageCount, lastDealRow);
    return { name, layout, spec: edit(built, layout), file: join(dir, `${name}.xlsx`) };
  });
  for (const { spec, file } of entries) await writeFile(file, await workbookToXlsx(spec));
  const outputs = await recalculate(entries.map((entry) => entry.file), join(dir, "out"));
  for (const [index, { name, layout, spec }] of entries.entries()) {
    results.set(name, { spec, layout, file: outputs[index], values: await readValues(outputs[index]) });
  }
}, 300_000);


describe.skipIf(!available)("the template after review, in LibreOffice", () => {
  describe("deals and action items below the prepared rows", () => {
    // The Action plan's 40 items on rows 28 … 67, under the summary (rows 5 … 25) and the item header (row 27).
    const expected: Record<Locale, { deals: string; actions: string }> = {
      "zh-CN": {
        deals: "“交易”表第 21 行以下有 2 笔交易未计入：请在表格内（第 21 行以上）插入行，并向下填充右侧辅助列的公式（辅助列已隐藏：点击列上方的 + 展开）。",
        actions: "第 67 行以下有 1 条行动项未计入：请在表格内（第 67 行以上）插入行，并向下填充“逾期”列和隐藏辅助列的公式。",
      },
      en: {
        deals: "Deals below row 21 of the Deals sheet are not counted (found: 2): insert rows inside the table, above row 21, and fill the helper columns down (they are hidden on the right: click + above them to show them).",
        actions: "Items below row 67 are not counted (found: 1): insert rows inside the table, above row 67, and fill the Overdue and hidden helper columns down.",
      },
    };
    for (const name of ["belowZh", "belowEn"] as const) {
      it(`are announced on the Dashboard and the Action plan (${CASES[name].options.locale}), and still not counted`, () => {
        const { layout, values } = results.get(name)!;
        const locale = layout.locale;
        const plan = sheetLayouts({ locale }).actionPlan;
        expect(valueAt(values, layout.sheetName("dashboard"), layout.dashboard.warning)).toBe(expected[locale].deals);
        expect(valueAt(values, plan.sheet, plan.warning)).toBe(expected[locale].actions);
        expect(valueAt(values, layout.sheetName("dashboard"), a1(2, layout.dashboard.keyFigureRow.dealsCounted))).toBe(1);
        expect(valueAt(values, plan.sheet, a1(plan.rollups.stage.columns.inProgress, plan.rollups.stage.totalRow))).toBe(0);
      });
    }

    it("say nothing when nothing is below", () => {
      const { layout, values } = results.get("ownStages")!;
      const plan = sheetLayouts({ locale: layout.locale }).actionPlan;
      expect(valueAt(values, layout.sheetName("dashboard"), layout.dashboard.warning)).toBe("");
      expect(valueAt(values, plan.sheet, plan.warning)).toBe("");
    });
  });

  describe("stage dates with a time of day", () => {
    let report: DealReport;
    beforeAll(async () => {
      const { file } = results.get("dateTimes")!;
      const stages = stageList(undefined, "zh-CN");
      const deals = findDealSheet(await readWorkbook(file), stages)!;
      report = analyzeDeals(deals.grid, { locale: "zh-CN", stages, firstRow: deals.firstRow })!;
    });

    it("count whole calendar days: 2026-01-05 14:30 → 2026-02-20 09:00 is 46 days, the same day earlier in the clock is not backwards", () => {
      const { layout, values } = results.get("dateTimes")!;
      const sheet = layout.sheetName("deals");
      const { deals } = layout;
      expect([2, 3, 4, 5, 6].map((row) => valueAt(values, sheet, a1(deals.valid, row)))).toEqual([1, 1, 0, 1, 1]);
      expect(valueAt(values, sheet, a1(deals.cycle, 2))).toBe(46);
      expect(valueAt(values, sheet, a1(deals.stay(0), 2))).toBe(0);
      expect(valueAt(values, sheet, a1(deals.stay(0), 3))).toBe(1);
      expect(valueAt(values, sheet, a1(deals.cycle, 5))).toBe(26); // 01-08 00:00 → 02-03 01:00
      expect(report.problems.map((problem) => problem.row)).toEqual([4]);
    });

    it("and the Dashboard agrees with the core on them", () => {
      const { layout, values } = results.get("dateTimes")!;
      const sheet = layout.sheetName("dashboard");
      const column = layout.dashboard.funnel;
      report.funnel.forEach((row, i) => {
        const cell = (name: keyof typeof column) => valueAt(values, sheet, a1(column[name], layout.dashboard.funnelHeaderRow + 1 + i));
        expectSame(cell("reached"), row.reached, `${row.stage} reached`);
        if (i < report.funnel.length - 1) {
          const stay = report.timeInStageDays[row.stage];
          expectSame(cell("stayMedian"), stay.median, `${row.stage} stay median`);
          expectSame(cell("stayMean"), stay.mean, `${row.stage} stay mean`);
          expectSame(cell("stayCount"), stay.n, `${row.stage} stay count`);
        }
      });
      const key = (figure: keyof typeof layout.dashboard.keyFigureRow) => valueAt(values, sheet, a1(2, layout.dashboard.keyFigureRow[figure]));
      expectSame(key("dealsCounted"), report.deals, "deals counted");
      expectSame(key("winRate"), report.winRate, "win rate");
      expectSame(key("cycleMedian"), report.cycleTimeDays.median, "cycle median");
      expectSame(key("cycleMean"), report.cycleTimeDays.mean, "cycle mean");
      expectSame(key("cycleCount"), report.cycleTimeDays.n, "cycle count");
      expect(report.cycleTimeDays.n).toBe(2);
    });
  });

  describe("the Diagnosis with a team's own four stages", () => {
    /** The rows of the core-problem table (from row 5 down to the first row without a position number). */
    function problems(name: CaseName) {
      const { values, layout } = results.get(name)!;
      const sheet = layout.sheetName("diagnosis");
      const rows: { metric: CellValue; benchmark: CellValue; gap: CellValue; value: CellValue }[] = [];
      for (let row = 5; typeof valueAt(values, sheet, a1(1, row)) === "number"; row++) {
        const cell = (column: number) => valueAt(values, sheet, a1(column, row));
        rows.push({ metric: cell(3), value: cell(4), benchmark: cell(5), gap: cell(6) });
      }
      return rows;
    }

    it("shows no cycle benchmark and no gap (so no red) when the Stages sheet has no target days", () => {
      const cycle = problems("ownStages").find((row) => row.metric === TEMPLATE_LABELS.cycleMedian.en)!;
      expect(typeof cycle.value).toBe("number");
      expect(cycle.benchmark).toBe("");
      expect(cycle.gap).toBe("");
    });

    it("times two different stages", () => {
      const metrics = problems("ownStages").map((row) => row.metric);
      expect(metrics).toContain("Demo: median days in stage");
      expect(metrics).toContain("Trial: median days in stage");
      expect(new Set(metrics).size).toBe(metrics.length);
    });

    it("keeps the ideal cycle of the default stages (the sum of their target days but the last's)", () => {
      const cycle = problems("belowZh").find((row) => row.metric === TEMPLATE_LABELS.cycleMedian["zh-CN"])!;
      expect(cycle.benchmark).toBe(1 + 7 + 10 + 5 + 10);
    });
  });
});


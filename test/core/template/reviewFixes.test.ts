/**
 * What a review of the template in real use (LibreOffice) found, held in the spec and evaluated by HyperFormula:
 * deals and action items typed below the prepared rows are announced, stage dates with a time of day count whole
 * days, the Diagnosis has no benchmark (and no red) where the Stages sheet gives none and no problem row twice, the
 * empty template explains its error values, and the Stages sheet says its names must match the Deals headers.
 * test/libreoffice/reviewFixes.test.ts checks the same in a real spreadsheet.
 */
import type { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../../core/model/locale";
import { a1, parseA1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { TEMPLATE_LABELS } from "../../../core/template/labels";
import { templateLayout, sheetLayouts } from "../../../core/template/layout";
import { stagesFromSheet } from "../../../core/parse/stagesSheet";
import { stayStages } from "../../../core/template/sheets/diagnosis";
import type { SheetKey, SheetSpec, TemplateCell, TemplateOptions, WorkbookSpec } from "../../../core/template/types";
import { loadWorkbook, setValues, valueOf } from "./hyperformulaWorkbook";
import { cellAt } from "./specCells";

const sheetOf = (spec: WorkbookSpec, key: SheetKey) => spec.sheets.find((sheet) => sheet.key === key)!;


const texts = (sheet: SheetSpec) => sheet.blocks.flatMap((block) => block.rows.flat()).flatMap((cell) => (cell !== null && "text" in cell ? [cell.text] : []));

/** The day number of 2026-01-05 (Excel serial), and a time of day as a fraction. */
const JAN_05 = 46027;
const at = (day: number, hours: number, minutes = 0) => day + (hours * 60 + minutes) / 1440;

describe("deals and action items below the prepared rows", () => {
  const options = { locale: "en", dealRows: 20 } as const satisfies TemplateOptions;
  const spec = buildTemplate(options);
  const layout = templateLayout("en", 6, 21);
  const plan = sheetLayouts(options).actionPlan;

  it("puts a red warning across the funnel table in the Dashboard's frozen rows", () => {
    const dashboard = sheetOf(spec, "dashboard");
    const cell = cellAt(dashboard, layout.dashboard.warning);
    expect(cell !== null && "formula" in cell && cell.formula).toMatch(/^IF\(MAX\(COUNTA\('Deals'!\$H:\$H\)-COUNTA\('Deals'!\$H\$1:\$H\$21\),/);
    expect(parseA1(layout.dashboard.warning).row).toBeLessThanOrEqual(dashboard.freeze!.rows);
    expect(parseA1(layout.dashboard.warning).column).toBeGreaterThan(dashboard.freeze!.columns);
    expect(dashboard.conditionalFormats).toContainEqual({ kind: "formula", ref: "C3:L3", formula: '$C$3<>""', look: "bad" });
  });

  it("and one above the Action plan's table, outside the columns it counts", () => {
    const sheet = sheetOf(spec, "actionPlan");
    const cell = cellAt(sheet, plan.warning);
    // Six stages: the summary on rows 5 … 25 (the goal list under the stage rollup ends on 25), a blank row, the item
    // header on 27, the 40 items on 28 … 67. COUNTA($B$1:$B$67) takes the summary's cells in column B off too.
    expect(cell !== null && "formula" in cell && cell.formula).toMatch(/^IF\(MAX\(COUNTA\(\$B:\$B\)-COUNTA\(\$B\$1:\$B\$67\),/);
    expect(plan.warning).toBe("A3");
    expect(sheet.conditionalFormats).toContainEqual({ kind: "formula", ref: "A3:K3", formula: '$A$3<>""', look: "bad" }); // A … K: the item table with its Goal and Resources columns, to Overdue
  });

  it("says nothing until something is typed below, then how many and where, in the workbook's language", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const built = buildTemplate({ locale, dealRows: 20 });
      const deals = templateLayout(locale, 6, 21);
      const actions = sheetLayouts({ locale }).actionPlan;
      const hf = loadWorkbook(built);
      const dashboard = deals.sheetName("dashboard");
      expect(valueOf(hf, dashboard, deals.dashboard.warning)).toBe("");
      expect(valueOf(hf, actions.sheet, actions.warning)).toBe("");
      // One deal inside the prepared rows, two below row 21 (a row apart; one of them with two stage dates).
      setValues(hf, deals.sheetName("deals"), [
        [a1(deals.deals.stage(0), 5), JAN_05],
        [a1(deals.deals.stage(0), 23), JAN_05],
        [a1(deals.deals.stage(0), 25), JAN_05],
        [a1(deals.deals.stage(2), 25), JAN_05 + 3],
      ]);
      setValues(hf, actions.sheet, [[a1(actions.columns.status, actions.lastItemRow + 3), locale === "en" ? "Done" : "已完成"]]);
      const expected: Record<Locale, [string, string]> = {
        en: [
          "Deals below row 21 of the Deals sheet are not counted (found: 2): insert rows inside the table, above row 21, and fill the helper columns down (they are hidden on the right: click + above them to show them).",
          "Items below row 67 are not counted (found: 1): insert rows inside the table, above row 67, and fill the Overdue and hidden helper columns down.",
        ],
        "zh-CN": [
          "“交易”表第 21 行以下有 2 笔交易未计入：请在表格内（第 21 行以上）插入行，并向下填充右侧辅助列的公式（辅助列已隐藏：点击列上方的 + 展开）。",
          "第 67 行以下有 1 条行动项未计入：请在表格内（第 67 行以上）插入行，并向下填充“逾期”列和隐藏辅助列的公式。",
        ],
      };
      expect(valueOf(hf, dashboard, deals.dashboard.warning)).toBe(expected[locale][0]);
      expect(valueOf(hf, actions.sheet, actions.warning)).toBe(expected[locale][1]);
      expect(valueOf(hf, dashboard, a1(2, deals.dashboard.keyFigureRow.dealsCounted))).toBe(1);
    }
  });
});

describe("stage dates with a time of day count whole calendar days (DEFINITIONS §3)", () => {
  const layout = templateLayout("en", 6, 21);
  const { deals } = layout;
  let hf: HyperFormula;
  const dealsSheet = layout.sheetName("deals");
  const read = (column: number, row: number) => valueOf(hf, dealsSheet, a1(column, row));

  it("2026-01-05 14:30 → 2026-02-20 09:00 is a 46-day cycle; a later stage earlier on the same day is not backwards", () => {
    hf = loadWorkbook(buildTemplate({ locale: "en", dealRows: 20 }));
    setValues(hf, dealsSheet, [
      [a1(deals.stage(0), 2), at(JAN_05, 14, 30)],
      [a1(deals.stage(1), 2), at(JAN_05, 9)],
      [a1(deals.stage(5), 2), at(JAN_05 + 46, 9)],
      [a1(deals.field.status, 2), "Won"],
      // The next day, one minute after midnight: one day in the first stage.
      [a1(deals.stage(0), 3), at(JAN_05 + 1, 23, 59)],
      [a1(deals.stage(1), 3), at(JAN_05 + 2, 0, 1)],
      // A day earlier, later in the clock: backwards.
      [a1(deals.stage(0), 4), at(JAN_05 + 5, 8)],
      [a1(deals.stage(1), 4), at(JAN_05 + 4, 20)],
    ]);
    expect(read(deals.valid, 2)).toBe(1);
    expect(read(deals.cycle, 2)).toBe(46);
    expect(read(deals.stay(0), 2)).toBe(0);
    expect(read(deals.stay(1), 2)).toBe(46);
    expect(read(deals.valid, 3)).toBe(1);
    expect(read(deals.stay(0), 3)).toBe(1);
    expect(read(deals.valid, 4)).toBe(0);
  });

  it("a stage cell holding text still makes the row bad (0), never an error", () => {
    setValues(hf, dealsSheet, [
      [a1(deals.stage(0), 5), at(JAN_05, 10)],
      [a1(deals.stage(1), 5), "'2026-01-09"],
    ]);
    expect(read(deals.valid, 5)).toBe(0);
    expect(read(deals.stay(0), 5)).toBe("");
  });
});

describe("the Diagnosis", () => {
  /** The rows of the core-problem table: metric cell and benchmark cell, from the header down. */
  function problemRows(spec: WorkbookSpec) {
    const sheet = sheetOf(spec, "diagnosis");
    const rows: { metric: TemplateCell; benchmark: TemplateCell; row: number }[] = [];
    for (let row = 5; cellAt(sheet, a1(1, row)) !== null; row++) rows.push({ metric: cellAt(sheet, a1(3, row)), benchmark: cellAt(sheet, a1(5, row)), row });
    return rows;
  }

  it("times a different stage in each time-in-stage row", () => {
    expect(stayStages(6)).toEqual([3, 4]);
    expect(stayStages(5)).toEqual([2, 3]);
    expect(stayStages(12)).toEqual([3, 4]);
    expect(stayStages(4)).toEqual([1, 2]);
    expect(stayStages(3)).toEqual([0, 1]);
    expect(stayStages(2)).toEqual([0]);
    for (const stages of [["Discovery", "Demo", "Trial", "Signed"], ["Lead", "Qualified", "Won"], ["线索", "成交"], undefined]) {
      const metrics = problemRows(buildTemplate({ locale: "zh-CN", stages })).map(({ metric }) => JSON.stringify(metric));
      expect(new Set(metrics).size, String(stages)).toBe(metrics.length);
    }
  });

  it("shows no cycle benchmark, gap or red until every stage but the last has target days", () => {
    const cycleLabel = TEMPLATE_LABELS.cycleMedian.en;
    const cycleRow = (spec: WorkbookSpec) => problemRows(spec).find(({ metric }) => metric !== null && "text" in metric && metric.text === cycleLabel)!.row;
    const own = buildTemplate({ locale: "en", stages: ["Discovery", "Demo", "Trial", "Signed"], sampleDeals: 60, dealRows: 80, seed: 4 });
    const hf = loadWorkbook(own);
    const row = cycleRow(own);
    expect(typeof valueOf(hf, "Dashboard", "B" + templateLayout("en", 4, 0).dashboard.keyFigureRow.cycleMedian)).toBe("number");
    expect(valueOf(hf, "Diagnosis", a1(5, row))).toBe("");
    expect(valueOf(hf, "Diagnosis", a1(6, row))).toBe("");
    // Some target days are not enough; all of them give the ideal cycle.
    setValues(hf, "Stages", [["F2", 3], ["F3", 5]]);
    expect(valueOf(hf, "Diagnosis", a1(5, row))).toBe("");
    setValues(hf, "Stages", [["F4", 7]]);
    expect(valueOf(hf, "Diagnosis", a1(5, row))).toBe(15);
    expect(typeof valueOf(hf, "Diagnosis", a1(6, row))).toBe("number");
    const standard = buildTemplate({ locale: "en" });
    expect(valueOf(loadWorkbook(standard), "Diagnosis", a1(5, cycleRow(standard)))).toBe(1 + 7 + 10 + 5 + 10);
  });
});

describe("words", () => {
  const explained: Record<Locale, RegExp> = { en: /showing “—” has nothing to count yet/, "zh-CN": /显示“—”.*尚无可算的交易/ };
  const guideExplains: Record<Locale, RegExp> = { en: /shows “—” has nothing to count yet.*not an error/, "zh-CN": /显示“—”.*尚无可算的交易.*不是出错/ };

  it("the Dashboard's note and the Guide say what “—” means, and no sheet apologises for raw errors (issue 12 part 5)", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const spec = buildTemplate({ locale });
      const note = cellAt(sheetOf(spec, "dashboard"), "A2");
      expect(note !== null && "text" in note && note.text).toMatch(explained[locale]);
      expect(texts(sheetOf(spec, "guide")).some((text) => guideExplains[locale].test(text))).toBe(true);
      const apologies = spec.sheets.flatMap((sheet) => texts(sheet).filter((text) => /#(DIV\/0!|VALUE!|NUM!)/.test(text)));
      expect(apologies, locale).toEqual([]);
    }
  });

  it("the Stages sheet and the Guide say the names must match the Deals headers, and the stage list still reads", () => {
    const match: Record<Locale, RegExp> = { en: /must match the Deals sheet's( stage)? headers/, "zh-CN": /须与“交易”表的(阶段)?列标题一致/ };
    for (const locale of ["en", "zh-CN"] as const) {
      const stages = ["Discovery", "Demo", "Trial", "Signed"];
      const spec = buildTemplate({ locale, stages });
      const sheet = sheetOf(spec, "stages");
      expect(texts(sheet).some((text) => match[locale].test(text)), locale).toBe(true);
      expect(texts(sheetOf(spec, "guide")).some((text) => match[locale].test(text)), locale).toBe(true);
      expect(texts(sheetOf(spec, "guide")).some((text) => /every formula counts by it|所有公式按此计数/.test(text))).toBe(false);
      const grid: unknown[][] = [];
      for (const block of sheet.blocks) {
        const origin = parseA1(block.at);
        block.rows.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            (grid[origin.row - 1 + r] ??= [])[origin.column - 1 + c] = cell === null ? "" : "text" in cell ? cell.text : "number" in cell ? cell.number : "";
          }),
        );
      }
      expect(stagesFromSheet(Array.from(grid, (row) => row ?? []))?.names).toEqual(stages);
    }
  });
});

/**
 * Issue 12, no fill-down, for the Goals sheet's hidden cycle helper and the Dashboard's hidden print helpers (close
 * day, cycle keys): deals typed or pasted below the prepared rows are in the Goals' current values and the
 * Dashboard's monthly trend, as the Reviews keys are (reviewsKeysGrowth.test.ts).
 * - Excel: one formula per helper column in row 2 over the Deals table's columns, spilling as many rows as the table
 *   has; against the Excel fake (its table grows on a paste below it), calculated by HyperFormula.
 * - Sheets: one ARRAYFORMULA per helper column over open-ended ranges; in HyperFormula the open ends are bounded far
 *   below the deals.
 * Hand-worked, as of 2026-11-30 (the trend's months are 2025-12 … 2026-11), goals with no start day:
 * - won 2026-01-18 after 40 days and 2026-01-09 after 30 days; lost at stage 3 on 2025-12-29;
 * - January 2026: won 2, lost 0, median cycle (30 + 40) / 2 = 35; December 2025: won 0, lost 1;
 * - Goals: median cycle 35, win rate 2 / 3.
 * - Lead → opportunity goal: days in the first stage 3, 1, 7 → median 3, so a lead counts when dated on or before
 *   2026-11-27; the open lead of 2026-11-29 is too young: 3 of 3 leads converted → 1 (all four leads would say 3/4).
 */
import { describe, expect, it } from "vitest";
import { renderWorkbook } from "../../addin/render/renderWorkbook";
import { renderWorkbook as renderSheets } from "../../appsscript/render/renderWorkbook";
import { arrayResultAt, spillIsClear } from "../appsscript/fakes/arrayFormulas";
import { SheetsFake } from "../appsscript/fakes/sheetsFake";
import { a1, parseA1 } from "../../core/template/a1";
import { buildTemplate } from "../../core/template/buildTemplate";
import { dashboardPrintLayout } from "../../core/template/dashboardPrintLayout";
import { EMPTY_FIGURE } from "../../core/template/emptyFigure";
import { templateLayout } from "../../core/template/layout";
import type { TemplateCell, WorkbookSpec } from "../../core/template/types";
import { loadWorkbook, valueOf } from "../core/template/hyperformulaWorkbook";
import { asExcelContext, FakeRequestContext } from "./fakes/excelFake";
import { typeBelowTable } from "./fakes/fakeTables";
import { calculateFake } from "./fakes/fakeWorkbookFormulas";
import { FakeWorkbookModel } from "./fakes/fakeWorkbook";

const PREPARED = 30;
const LAST = PREPARED + 1;
/** 2026-11-30. */
const AS_OF = 46356;
type Layout = ReturnType<typeof templateLayout>;

function dealRows(layout: Layout): (string | number | null)[][] {
  const deal = (dates: readonly number[], status: string) => {
    const row = new Array<string | number | null>(layout.deals.lastInput).fill(null);
    dates.forEach((day, i) => (row[layout.deals.stage(i) - 1] = day));
    row[layout.deals.field.status - 1] = status;
    return row;
  };
  return [deal([46000, 46003, 46010, 46020, 46030, 46040], "Won"), deal([46001, 46002, 46004, 46008, 46016, 46031], "Won"), deal([46005, 46012, 46020], "Lost"), deal([46355], "Open")];
}

/** Goals' median cycle, win rate and lead → opportunity conversion; the Dashboard's December lost, January won and median cycle; the first pasted row's close day. */
function figures(layout: Layout, value: (sheet: string, address: string) => unknown): unknown[] {
  const { goals } = layout;
  const place = dashboardPrintLayout(layout);
  const dashboard = layout.sheetName("dashboard");
  const winRate = value(goals.sheet, a1(goals.columns.current, goals.rows[2]));
  return [
    value(goals.sheet, a1(goals.columns.current, goals.rows[1])),
    typeof winRate === "number" ? Math.round(winRate * 1e6) / 1e6 : winRate,
    value(goals.sheet, a1(goals.columns.current, goals.rows[0])),
    value(dashboard, a1(place.trend.lost, place.firstMonthRow)),
    value(dashboard, a1(place.trend.won, place.firstMonthRow + 1)),
    value(dashboard, a1(place.trend.cycleMedian, place.firstMonthRow + 1)),
  ];
}
const AFTER = [35, Math.round((2 / 3) * 1e6) / 1e6, 1, 1, 2, 35];

describe("the Goals cycle helper and the Dashboard's print helpers follow the deals below the prepared rows", () => {
  it("Excel: deals pasted under the Deals table are in the Goals' current values and the Dashboard's trend", async () => {
    const spec = buildTemplate({ locale: "en", host: "excel", dealRows: PREPARED, today: AS_OF });
    const layout = templateLayout("en", 6, LAST, "excel");
    const model = new FakeWorkbookModel();
    await renderWorkbook(asExcelContext(new FakeRequestContext(model)), spec, { supports: (version) => model.supports(version) });
    const asOf = parseA1(layout.goals.asOf);
    model.sheet(layout.goals.sheet)!.setCell(asOf.row, asOf.column, { kind: "number", value: AS_OF });
    expect(figures(layout, calculateFake(model))).toEqual([EMPTY_FIGURE, EMPTY_FIGURE, EMPTY_FIGURE, 0, 0, EMPTY_FIGURE]);
    expect(typeBelowTable(model, layout.sheetName("deals"), { row: LAST + 1, column: 1 }, dealRows(layout)).map((table) => table.name)).toEqual(["DealsTable"]);
    const value = calculateFake(model);
    expect(figures(layout, value)).toEqual(AFTER);
    const place = dashboardPrintLayout(layout);
    expect([LAST + 1, LAST + 3].map((row) => value(layout.sheetName("dashboard"), a1(place.closeHelper, row)))).toEqual([46040, 46020]);
  });

  it("Sheets: the helpers are one ARRAYFORMULA per column over open-ended ranges, and deals far below the prepared rows count", () => {
    const spec = buildTemplate({ locale: "en", host: "sheets", dealRows: PREPARED, today: AS_OF });
    const layout = templateLayout("en", 6, LAST, "sheets");
    const place = dashboardPrintLayout(layout);
    const sheetOf = (key: string) => spec.sheets.find((sheet) => sheet.key === key)!;
    const helpers = [
      ...sheetOf("goals").blocks.filter((block) => block.at === a1(layout.goals.cycleHelper, 1)),
      ...sheetOf("dashboard").blocks.filter((block) => block.at === a1(place.closeHelper, 1)),
    ];
    expect(helpers).toHaveLength(2);
    for (const block of helpers) {
      expect(block.rows).toHaveLength(2);
      for (const cell of block.rows[1]) {
        const formula = (cell as { formula: string }).formula;
        expect(formula).toMatch(/^ARRAYFORMULA\(/);
        expect(formula.replace(/"[^"]*"/g, "")).not.toMatch(/\b(MAX|MIN|AND|OR|COUNT|COUNTA|SUM|INDEX)\(/);
      }
    }
    // COUNTIFS needs ranges of one size: open-ended ranges on two sheets are as long as each sheet's grid.
    const trendWon = sheetOf("dashboard").blocks.flatMap((block) => block.rows.flat()).map((cell) => (cell !== null && "formula" in cell ? cell.formula : ""));
    for (const formula of trendWon.filter((text) => text.startsWith("COUNTIFS(") && text.includes(layout.sheetName("dashboard")))) {
      expect(formula).not.toContain(`'${layout.sheetName("deals")}'!`);
    }
    const far = 200;
    const deals = sheetOf("deals");
    const goals = sheetOf("goals");
    const withDeals: WorkbookSpec = {
      ...spec,
      sheets: spec.sheets.map((sheet) =>
        sheet === deals
          ? { ...sheet, blocks: [...sheet.blocks, { at: `A${far}`, rows: dealRows(layout).map((row) => row.map(cellOf)) }] }
          : sheet === goals
            ? { ...sheet, blocks: [...sheet.blocks, { at: layout.goals.asOf, rows: [[{ number: AS_OF }]] }] }
            : sheet,
      ),
    };
    const hf = loadWorkbook(bounded(withDeals, far + 10));
    const value = (sheet: string, address: string) => valueOf(hf, sheet, address);
    expect(figures(layout, value)).toEqual(AFTER);
    expect([far, far + 2].map((row) => value(layout.sheetName("dashboard"), a1(place.closeHelper, row)))).toEqual([46040, 46020]);
  });

  it("Sheets fake: the helpers' array formulas are accepted (none folds its array), their columns are clear below, and their results reach the grid's last row", () => {
    const spec = buildTemplate({ locale: "en", host: "sheets", dealRows: PREPARED, today: AS_OF });
    const layout = templateLayout("en", 6, LAST, "sheets");
    const place = dashboardPrintLayout(layout);
    const fake = new SheetsFake();
    expect(renderSheets(spec, fake.spreadsheet, { app: fake.app, charts: fake.charts }).status).toBe("done");
    const columns: [string, number][] = [
      [layout.goals.sheet, layout.goals.cycleHelper],
      ...[place.closeHelper, place.keyHelper, place.outcomeHelper].map((column): [string, number] => [layout.sheetName("dashboard"), column]),
    ];
    for (const [name, column] of columns) {
      const sheet = fake.sheet(name)!;
      expect(sheet.cell(2, column)?.formula, `${name} ${column}`).toMatch(/^=ARRAYFORMULA\(/);
      expect(spillIsClear(sheet, 2, column)).toBe(true);
      for (const row of [3, LAST + 1, sheet.maxRows]) expect(arrayResultAt(sheet, row, column), `${name} ${column} row ${row}`).toBe(2);
    }
  });
});

const cellOf = (value: string | number | null): TemplateCell => (value === null ? null : typeof value === "number" ? { number: value } : { text: value });

/** Every open-ended range (`H2:H`, `$S$2:$S`) ended at `lastRow` (as dealArrayFormulas.test.ts does). */
function bounded(spec: WorkbookSpec, lastRow: number): WorkbookSpec {
  const end = (formula: string) => formula.replace(/(\$?[A-Z]{1,3}\$?[12]:(\$?)[A-Z]{1,3})(?![$0-9A-Za-z_(!])/g, `$1$2${lastRow}`);
  const cell = (value: TemplateCell): TemplateCell => (value !== null && "formula" in value ? { formula: end(value.formula) } : value);
  return { ...spec, sheets: spec.sheets.map((sheet) => ({ ...sheet, blocks: sheet.blocks.map((block) => ({ ...block, rows: block.rows.map((row) => row.map(cell)) })) })) };
}

/**
 * Issue 12, no fill-down, for the Reviews sheet's hidden cycle keys (reviews.ts reviewsKeyRows): deals typed or pasted
 * below the prepared rows are in the monthly median cycles.
 * - Excel (the add-in's build): one formula per key column in row 2 over the Deals table's columns, spilling as many
 *   rows as the table has; the medians read the spill (`$AD$2#`). Against the Excel fake (its tables grow as Excel's
 *   do), calculated by HyperFormula with the table name and the spills resolved to the rows the table holds now.
 * - Sheets: one ARRAYFORMULA per key column over open-ended ranges; in HyperFormula the open ends are bounded far
 *   below the deals (HyperFormula has no `X2:X`).
 * Hand-worked: two deals won in January 2026 after 40 and 30 days, led in December 2025 → both months' median 35.
 */
import { describe, expect, it } from "vitest";
import { renderWorkbook } from "../../addin/render/renderWorkbook";
import { a1 } from "../../core/template/a1";
import { buildTemplate } from "../../core/template/buildTemplate";
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
/** 2025-12-09, 2025-12-10 (leads); won 2026-01-18 and 2026-01-09, cycles 40 and 30 days. */
const WON: readonly (readonly number[])[] = [
  [46000, 46003, 46010, 46020, 46030, 46040],
  [46001, 46002, 46004, 46008, 46016, 46031],
];

function dealRows(layout: ReturnType<typeof templateLayout>): (string | number | null)[][] {
  return WON.map((dates) => {
    const row = new Array<string | number | null>(layout.deals.lastInput).fill(null);
    dates.forEach((day, i) => (row[layout.deals.stage(i) - 1] = day));
    row[layout.deals.field.status - 1] = "Won";
    return row;
  });
}

/** The Reviews medians of the template's first two months: the December cohort's and January's close month. */
function medians(layout: ReturnType<typeof templateLayout>, value: (sheet: string, address: string) => unknown): unknown[] {
  const { reviews } = layout;
  return [value(reviews.sheet, a1(reviews.cohort.columns.cycle, reviews.cohort.first)), value(reviews.sheet, a1(reviews.close.columns.cycle, reviews.close.first + 1))];
}

describe("the Reviews cycle keys follow the deals below the prepared rows", () => {
  it("Excel: deals pasted under the Deals table are in the monthly medians (the keys spill over the table)", async () => {
    const spec = buildTemplate({ locale: "en", host: "excel", dealRows: PREPARED, today: 46356 });
    const layout = templateLayout("en", 6, LAST, "excel");
    const model = new FakeWorkbookModel();
    await renderWorkbook(asExcelContext(new FakeRequestContext(model)), spec, { supports: (version) => model.supports(version) });
    expect(medians(layout, calculateFake(model))).toEqual([EMPTY_FIGURE, EMPTY_FIGURE]);
    expect(typeBelowTable(model, layout.sheetName("deals"), { row: LAST + 1, column: 1 }, dealRows(layout)).map((table) => table.name)).toEqual(["DealsTable"]);
    expect(medians(layout, calculateFake(model))).toEqual([35, 35]);
  });

  it("Sheets: the keys are one ARRAYFORMULA per column over open-ended ranges, and deals far below the prepared rows count", () => {
    const spec = buildTemplate({ locale: "en", host: "sheets", dealRows: PREPARED, today: 46356 });
    const layout = templateLayout("en", 6, LAST, "sheets");
    const reviews = spec.sheets.find((sheet) => sheet.key === "reviews")!;
    const keys = reviews.blocks.find((block) => block.at === a1(layout.reviews.keys.leadKey, 1))!;
    expect(keys.rows).toHaveLength(2);
    for (const cell of keys.rows[1]) {
      const formula = (cell as { formula: string }).formula;
      expect(formula).toMatch(/^ARRAYFORMULA\(/);
      expect(formula.replace(/"[^"]*"/g, "")).not.toMatch(/\b(MAX|MIN|AND|OR|COUNT|COUNTA|SUM)\(/);
    }
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    const far = 200;
    const withDeals: WorkbookSpec = {
      ...spec,
      sheets: spec.sheets.map((sheet) => (sheet === deals ? { ...sheet, blocks: [...sheet.blocks, { at: `A${far}`, rows: dealRows(layout).map((row) => row.map(cellOf)) }] } : sheet)),
    };
    const hf = loadWorkbook(bounded(withDeals, far + 10));
    expect(medians(layout, (sheet, address) => valueOf(hf, sheet, address))).toEqual([35, 35]);
  });
});

const cellOf = (value: string | number | null): TemplateCell => (value === null ? null : typeof value === "number" ? { number: value } : { text: value });

/** Every open-ended range (`H2:H`, `$S$2:$S`) ended at `lastRow` (as dealArrayFormulas.test.ts does). */
function bounded(spec: WorkbookSpec, lastRow: number): WorkbookSpec {
  const end = (formula: string) => formula.replace(/(\$?[A-Z]{1,3}\$?[12]:(\$?)[A-Z]{1,3})(?![$0-9A-Za-z_(!])/g, `$1$2${lastRow}`);
  const cell = (value: TemplateCell): TemplateCell => (value !== null && "formula" in value ? { formula: end(value.formula) } : value);
  return { ...spec, sheets: spec.sheets.map((sheet) => ({ ...sheet, blocks: sheet.blocks.map((block) => ({ ...block, rows: block.rows.map((row) => row.map(cell)) })) })) };
}


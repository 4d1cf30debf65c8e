/**
 * Issue 12 in Google Sheets: the Deals sheet's dropdowns (source, status), amount check, bad-row and lost-but-won
 * highlights and column formats cover every row of the grid (open-ended ranges, `A2:A`), not only the prepared
 * rows, so a deal typed or pasted below them is checked and highlighted like the others — rows the manager adds
 * to the grid too. Against the Sheets fake, whose open-ended ranges reach the grid's last row however it grows.
 * (Excel extends them with the Deals table; a file keeps its prepared rows.)
 */
import { describe, expect, it } from "vitest";
import { a1 } from "../../core/template/a1";
import { buildTemplate } from "../../core/template/buildTemplate";
import { templateLayout } from "../../core/template/layout";
import { renderWorkbook } from "../../appsscript/render/renderWorkbook";
import { SheetsFake, a1Of } from "./fakes/sheetsFake";

const layout = templateLayout("en", 6, 0, "sheets");

function rendered(sampleDeals: number) {
  const spec = buildTemplate({ locale: "en", host: "sheets", sampleDeals });
  const fake = new SheetsFake();
  const result = renderWorkbook(spec, fake.spreadsheet, { app: fake.app, charts: fake.charts });
  expect(result.status).toBe("done");
  const name = layout.sheetName("deals");
  return { fake, spec, state: fake.sheet(name)!, sheet: fake.spreadsheet.getSheetByName(name)! };
}

describe("Sheets: the Deals checks and highlights cover rows below the prepared ones", () => {
  it("a row far below the prepared ones, in rows added to the grid, has the dropdowns and the amount check", () => {
    const { state, sheet } = rendered(40);
    const before = state.maxRows;
    sheet.insertRowsAfter(before, 4000);
    for (const row of [before + 10, before + 3999]) {
      expect(state.at(a1(layout.deals.field.status, row)).validation?.criterion.type, `status, row ${row}`).toBe("VALUE_IN_LIST");
      expect(state.at(a1(layout.deals.field.source, row)).validation?.criterion.type, `source, row ${row}`).toBe("VALUE_IN_LIST");
      expect(state.at(a1(layout.deals.field.amount, row)).validation?.criterion.type, `amount, row ${row}`).toBe("NUMBER_GREATER_THAN_OR_EQUAL_TO");
    }
    // Never the header.
    expect(state.at(a1(layout.deals.field.status, 1)).validation).toBeNull();
  });

  it("the bad-row and lost-but-won highlights are open-ended from row 2, so they reach every row of the grid", () => {
    const { state, sheet } = rendered(0);
    sheet.insertRowsAfter(state.maxRows, 4000);
    const ranges = state.conditionalRules.flatMap((rule) => rule.ranges.map((range) => ({ a1: a1Of(range.rect), last: state.lastRowOf(range.rect) })));
    expect(ranges.length).toBe(2);
    for (const range of ranges) {
      expect(range.a1).toMatch(/^[A-Z]+2:[A-Z]+$/);
      expect(range.last).toBe(state.maxRows);
    }
  });

  it("the date and amount formats, and the column looks, are open-ended from row 2 (cosmetic, the same calls)", () => {
    const { spec } = rendered(0);
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    const dateColumn = deals.numberFormats.find((format) => format.format.includes("yyyy"))!;
    expect(dateColumn.ref).toMatch(/^[A-Z]+2:[A-Z]+$/);
    for (const styled of deals.styles.filter((entry) => entry.style !== "header")) expect(styled.ref).toMatch(/^[A-Z]+2:[A-Z]+$/);
  });

  it("costs the same service calls for 0, 40 and 3,000 sample deals", () => {
    const calls = (sampleDeals: number) => rendered(sampleDeals).fake.calls.byMethod();
    const few = calls(40);
    expect(calls(3000)).toEqual(few);
    // The empty template's one extra kind of call: the paste guide, a note on the Deals sheet's A1.
    expect(Object.keys(calls(0)).filter((method) => method !== "Range.setNote").sort()).toEqual(Object.keys(few).sort());
    expect(calls(0)["Range.setNote"]).toBe(1);
  });
});

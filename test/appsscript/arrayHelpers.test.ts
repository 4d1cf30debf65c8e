/**
 * Issue 12, no fill-down in Google Sheets: the template built for Sheets has one ARRAYFORMULA per Deals helper
 * column over open-ended ranges, and the figures read open-ended ranges, so a deal pasted on any row — below
 * the prepared ones, in rows the manager adds to the grid — has its helpers and is counted. Against the Sheets
 * fake, which refuses an array formula that folds its array (MAX, AND…) and knows which cells an array
 * formula's result fills (fakes/arrayFormulas.ts). That the array formulas compute what the row formulas do is
 * test/core/template/dealArrayFormulas.test.ts.
 */
import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../core/template/buildTemplate";
import { templateLayout } from "../../core/template/layout";
import { renderWorkbook } from "../../appsscript/render/renderWorkbook";
import { arrayResultAt, spillIsClear } from "./fakes/arrayFormulas";
import { SheetsFake } from "./fakes/sheetsFake";

const layout = templateLayout("en", 6, 0, "sheets");

function rendered() {
  const spec = buildTemplate({ locale: "en", host: "sheets", sampleDeals: 40 });
  const fake = new SheetsFake();
  const result = renderWorkbook(spec, fake.spreadsheet, { app: fake.app, charts: fake.charts });
  expect(result.status).toBe("done");
  return { spec, fake, deals: fake.sheet(layout.sheetName("deals"))! };
}

const helperColumns = Array.from({ length: layout.deals.lastColumn - layout.deals.valid + 1 }, (_, i) => layout.deals.valid + i);

describe("Sheets: the Deals helpers are array formulas over every row", () => {
  it("one ARRAYFORMULA per helper column in row 2, its column clear below, its result on every row of the grid", () => {
    const { deals } = rendered();
    for (const column of helperColumns) {
      expect(deals.cell(2, column)?.formula).toMatch(/^=ARRAYFORMULA\(/);
      expect(spillIsClear(deals, 2, column)).toBe(true);
      for (const row of [3, 41, 1001, deals.maxRows]) expect(arrayResultAt(deals, row, column), `row ${row}`).toBe(2);
    }
  });

  it("deals pasted below the prepared rows, in rows added to the grid, get the helpers, and the figures read them", () => {
    const { fake, deals } = rendered();
    const before = deals.maxRows;
    fake.spreadsheet.getSheetByName(layout.sheetName("deals"))!.insertRowsAfter(before, 500);
    const sheet = fake.spreadsheet.getSheetByName(layout.sheetName("deals"))!;
    const pasted = before + 200;
    sheet.getRange(pasted, layout.deals.stage(0), 1, 2).setValues([[46000, 46010]]);
    for (const column of helperColumns) expect(arrayResultAt(deals, pasted, column), `column ${column}`).toBe(2);
    // Every Dashboard formula over the Deals sheet reads its columns to the end, whatever the grid's size.
    const dashboard = fake.sheet(layout.sheetName("dashboard"))!;
    const references = dashboard.cells.flat().flatMap((cell) => [...(cell?.formula ?? "").matchAll(/'Deals'!(\$[A-Z]+\$\d+:\$[A-Z]+\$?\d*)/g)].map((match) => match[1]));
    expect(references.length).toBeGreaterThan(20);
    for (const reference of references) expect(reference).toMatch(/^\$[A-Z]+\$[12]:\$[A-Z]+$/);
  });

  it("the fake refuses an array formula that folds its array into one value (as the row formulas' MAX and AND would)", () => {
    const fake = new SheetsFake();
    const range = fake.spreadsheet.getSheets()[0].getRange("A1");
    expect(() => range.setFormulas([["=ARRAYFORMULA(IF(AND(B2:B<>\"\",C2:C<>\"\"),1,0))"]])).toThrow(/AND/);
    expect(() => range.setFormulas([["=ARRAYFORMULA(IF((B2:B<>\"\")*(C2:C<>\"\"),MAX(B2:B),0))"]])).toThrow(/MAX/);
    expect(() => range.setFormulas([["=ARRAYFORMULA(IF((B2:B<>\"\")*(C2:C<>\"\"),\"MAX(\",0))"]])).not.toThrow();
  });
});

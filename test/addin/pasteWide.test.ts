import { describe, expect, it } from "vitest";
import { renderWorkbook } from "../../addin/render/renderWorkbook";
import { buildTemplate } from "../../core/template/buildTemplate";
import { templateLayout } from "../../core/template/layout";
import { asExcelContext, FakeRequestContext } from "./fakes/excelFake";
import { typeBelowTable } from "./fakes/fakeTables";
import { calculateFake } from "./fakes/fakeWorkbookFormulas";
import { FakeWorkbookModel } from "./fakes/fakeWorkbook";

/**
 * Safe to paste (issue 13 part 6), in Excel: a CRM export 20 columns wide pasted at A2 of the add-in's Deals sheet
 * fills the 16 input columns and 4 spare ones, and leaves the helper columns (the table's calculated columns) and
 * the Dashboard's figures as they should be.
 */
const PREPARED = 30;

describe("Excel: a 20-column export pasted at A2 of the Deals sheet", () => {
  it("overwrites no helper formula, and the Dashboard counts the pasted deals", async () => {
    const spec = buildTemplate({ locale: "en", host: "excel", dealRows: PREPARED });
    const model = new FakeWorkbookModel();
    const result = await renderWorkbook(asExcelContext(new FakeRequestContext(model)), spec, { supports: (version) => model.supports(version) });
    expect(result.status).toBe("created");
    const layout = templateLayout("en", 6, PREPARED + 1, "excel");
    const { deals } = layout;
    // Five deals (lead … won as day numbers, then the status) and four more columns an export carries.
    const rows: [number[], string][] = [
      [[46000, 46003, 46010, 46020, 46030, 46040], "Won"],
      [[46001, 46002, 46004, 46008, 46016, 46031], "Won"],
      [[46005, 46009], "Lost"],
      [[46006, 46007, 46012], "Open"],
      [[46010], "Open"],
    ];
    const pasted = rows.map(([dates, status], index) => {
      const row = new Array<string | number | null>(20).fill(null);
      row[deals.field.id - 1] = `D${index + 1}`;
      dates.forEach((day, i) => (row[deals.stage(i) - 1] = day));
      row[deals.field.status - 1] = status;
      row.fill("extra", deals.lastInput, 20); // owner e-mail, probability, created by … : read by nothing
      return row;
    });
    expect(pasted[0]).toHaveLength(20);
    const sheet = model.sheet(layout.sheetName("deals"))!;
    const before = Array.from({ length: deals.lastColumn - deals.valid + 1 }, (_, c) => sheet.cell(2, deals.valid + c));
    typeBelowTable(model, layout.sheetName("deals"), { row: 2, column: 1 }, pasted);

    for (let row = 2; row <= 6; row++) {
      for (let column = deals.valid; column <= deals.lastColumn; column++) expect(sheet.cell(row, column)?.kind, `row ${row} column ${column}`).toBe("formula");
    }
    expect(Array.from({ length: deals.lastColumn - deals.valid + 1 }, (_, c) => sheet.cell(2, deals.valid + c))).toEqual(before);
    const value = calculateFake(model);
    const dashboard = layout.sheetName("dashboard");
    const keyCell = (figure: keyof typeof layout.dashboard.keyFigureRow) => `B${layout.dashboard.keyFigureRow[figure]}`;
    // By hand: 5 deals, all valid; won 2, lost 1 → 2/3; open 2; cycles 40 and 30 days → mean 35.
    expect(value(dashboard, keyCell("dealsCounted"))).toBe(5);
    expect(value(dashboard, keyCell("winRate"))).toBeCloseTo(2 / 3, 12);
    expect(value(dashboard, keyCell("openDeals"))).toBe(2);
    expect(value(dashboard, keyCell("cycleMean"))).toBe(35);
  });
});

import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { columnLetter } from "../../core/model/cells";
import { buildTemplate } from "../../core/template/buildTemplate";
import { templateLayout } from "../../core/template/layout";
import { pasteGuide } from "../../core/template/sheets/deals";

const layout = templateLayout("en", 6, 1001);
let deals: ExcelJS.Worksheet;

beforeAll(async () => {
  const bytes = await workbookToXlsx(buildTemplate({ locale: "en" }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  deals = workbook.getWorksheet(layout.sheetName("deals"))!;
});

describe("the .xlsx template's Deals sheet, read back (exceljs)", () => {
  it("hides and groups the helper columns, and only them", () => {
    for (let column = 1; column <= layout.deals.lastColumn; column++) {
      const helper = column >= layout.deals.valid;
      expect(deals.getColumn(column).hidden, columnLetter(column)).toBe(helper);
      expect(deals.getColumn(column).outlineLevel ?? 0, columnLetter(column)).toBe(helper ? 1 : 0);
    }
  });

  it("carries the paste guide as a note on A1, and A1 keeps its header", () => {
    const note = deals.getCell("A1").note;
    const text = typeof note === "string" ? note : note?.texts?.map((part) => part.text).join("");
    expect(text).toBe(pasteGuide(layout));
    expect(text).toContain("Columns A–P are read");
    expect(deals.getCell("A1").value).toBe("Deal ID");
  });
});

/**
 * The .xlsx writer puts the Deals sheet's number check (amounts ≥ 0, decimals allowed, Stop alert with a title
 * and message in the workbook's language) on every prepared amount cell and no other; LibreOffice reads it and
 * writes it back (a review in LibreOffice found "¥80,000" typed as text silently left out of the figures).
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forEachCell, parseA1Rect } from "../../core/template/a1Rect";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import type { Locale } from "../../core/model/locale";
import { buildTemplate } from "../../core/template/buildTemplate";
import type { NumberValidation, WorkbookSpec } from "../../core/template/types";
import { recalculate, sofficeAvailable } from "../libreoffice/recalc";
import { tempDir } from "./helpers";
import { zipEntry } from "./zipEntry";

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return workbook;
}

/** The Deals sheet's name and its one number validation. */
function amountCheck(spec: WorkbookSpec): { sheet: string; validation: NumberValidation } {
  const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
  const [validation] = deals.validations.flatMap((entry) => ("number" in entry ? [entry] : []));
  return { sheet: deals.name, validation };
}

/** Every amount cell holds the check; the cells just above, below, left and right of the column do not. */
function expectOnAmounts(worksheet: ExcelJS.Worksheet, validation: NumberValidation): void {
  const wrong: string[] = [];
  forEachCell(parseA1Rect(validation.ref), (row, column) => {
    const found = worksheet.getCell(row, column).dataValidation;
    if (found?.type !== "decimal" || found.operator !== "greaterThanOrEqual" || Number(found.formulae?.[0]) !== 0) wrong.push(`R${row}C${column}`);
  });
  expect(wrong.slice(0, 10)).toEqual([]);
  const { top, bottom, left } = parseA1Rect(validation.ref);
  for (const [row, column] of [[top - 1, left], [bottom + 1, left], [top, left - 1], [top, left + 1]]) {
    expect(worksheet.getCell(row, column).dataValidation?.type, `R${row}C${column}`).not.toBe("decimal");
  }
  expect(worksheet.getCell(top, left).dataValidation).toMatchObject({
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: validation.title,
    error: validation.error,
  });
}

describe("workbookToXlsx: the Deals sheet's amounts are numbers ≥ 0", () => {
  it.each(["zh-CN", "en"] as const)("%s: a decimal ≥ 0 check with a Stop alert on exactly the amount cells", async (locale: Locale) => {
    const spec = buildTemplate({ locale, sampleDeals: 30, dealRows: 60 });
    const { sheet, validation } = amountCheck(spec);
    const bytes = await workbookToXlsx(spec);
    expectOnAmounts((await load(bytes)).getWorksheet(sheet)!, validation);
    // One range-wide rule in the file, not one per cell.
    const position = spec.sheets.findIndex((entry) => entry.key === "deals") + 1;
    const xml = zipEntry(bytes, `xl/worksheets/sheet${position}.xml`);
    expect(xml.match(/<dataValidation [^>]*type="decimal"[^>]*>/g)).toHaveLength(1);
  });
});

describe.skipIf(!sofficeAvailable())("LibreOffice reads the amount check back", () => {
  it("keeps the decimal ≥ 0 rule, its Stop alert and its words on the amount cells (zh-CN and en)", async () => {
    const dir = tempDir();
    const specs = (["zh-CN", "en"] as const).map((locale) => buildTemplate({ locale, dealRows: 20 }));
    const files = specs.map((spec, index) => join(dir, `amounts-${index}.xlsx`));
    for (const [index, spec] of specs.entries()) writeFileSync(files[index], await workbookToXlsx(spec));
    const outputs = await recalculate(files, join(dir, "out"));
    for (const [index, spec] of specs.entries()) {
      const { sheet, validation } = amountCheck(spec);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(outputs[index]);
      expectOnAmounts(workbook.getWorksheet(sheet)!, validation);
    }
  }, 120_000);
});

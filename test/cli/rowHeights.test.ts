import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { buildTemplate } from "../../core/template/buildTemplate";
import { actionPlanLayout } from "../../core/template/layout";
import { SheetBuilder, text } from "../../core/template/sheetBuilder";

// The .xlsx gives rows of wrapped text their height (issue 13 §6): LibreOffice and Excel keep a file's row
// heights, so without one a wrapped sentence runs over the rows below it.

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return workbook;
}

describe("workbookToXlsx: row heights for wrapped text", () => {
  it("writes two lines' height for a zh-CN sentence and an en one in a 28-wide column, none for a short one (hand-worked)", async () => {
    const sheet = new SheetBuilder("actionPlan", "Plan")
      .widths(28)
      .put("A1", [[text("线索质量参差不齐，分配耗时长")], [text("Customer preferences are not handed to after-sales")], [text("short")]])
      .wrap("A1:A3")
      .build();
    const written = (await load(await workbookToXlsx({ locale: "en", sheets: [sheet], names: [] }))).getWorksheet("Plan")!;
    expect([1, 2, 3].map((row) => written.getRow(row).height)).toEqual([35, 33, undefined]);
  });

  it.each(["zh-CN", "en"] as const)("%s sample: the Action plan's item rows with long text are taller than one line (rows in the streamed body too)", async (locale) => {
    const spec = buildTemplate({ locale, sampleDeals: 40 });
    const name = spec.sheets.find((sheet) => sheet.key === "actionPlan")!.name;
    const plan = (await load(await workbookToXlsx(spec))).getWorksheet(name)!;
    const layout = actionPlanLayout(locale, 6);
    const heights = Array.from({ length: 9 }, (_, index) => plan.getRow(layout.firstItemRow + index).height ?? 15);
    expect(heights.filter((height) => height >= 30).length, heights.join(",")).toBeGreaterThanOrEqual(3);
    // The header row: "Owner (department / person)" / "责任部门/人" in a 16-wide header wraps, and the header look wraps.
    if (locale === "en") expect(plan.getRow(layout.headerRow).height).toBeGreaterThanOrEqual(30);
  });
});

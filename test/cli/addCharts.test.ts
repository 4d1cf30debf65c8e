import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addCharts, withDrawing } from "../../cli/xlsx/addCharts";
import { SheetBuilder, text } from "../../core/template/sheetBuilder";
import { zipEntry, zipNames } from "./zipEntry";
import { chartRange, escapeText } from "../../cli/xlsx/chartXml";

const ROOT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

describe("withDrawing: the <drawing> element at its place in the worksheet's order", () => {
  it("goes before tableParts and extLst, not before an extLst nested in a rule", () => {
    const sheet =
      `${ROOT}<sheetData/><conditionalFormatting sqref="A1"><cfRule type="dataBar"><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>` +
      `<pageMargins left="0.7"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst><ext uri="y"/></extLst></worksheet>`;
    expect(withDrawing(sheet, "rId2")).toBe(sheet.replace("<tableParts", '<drawing r:id="rId2"/><tableParts'));
    const noTables = sheet.replace(/<tableParts.*?<\/tableParts>/, "");
    expect(withDrawing(noTables, "rId2")).toBe(noTables.replace("<extLst><ext uri=\"y\"", '<drawing r:id="rId2"/><extLst><ext uri="y"'));
  });

  it("goes last when nothing must follow it, and declares the r: prefix when the sheet does not", () => {
    expect(withDrawing(`${ROOT}<sheetData><row r="1"/></sheetData><pageSetup/></worksheet>`, "rId1")).toBe(
      `${ROOT}<sheetData><row r="1"/></sheetData><pageSetup/><drawing r:id="rId1"/></worksheet>`,
    );
    expect(withDrawing('<?xml version="1.0"?>\n<worksheet xmlns="x"><sheetData/></worksheet>', "rId1")).toBe(
      '<?xml version="1.0"?>\n<worksheet xmlns="x"><sheetData/><drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></worksheet>',
    );
  });

  it("refuses a sheet that has a drawing already, and what is not a worksheet", () => {
    expect(() => withDrawing(`${ROOT}<sheetData/><drawing r:id="rId1"/></worksheet>`, "rId2")).toThrow(/drawing already/);
    expect(() => withDrawing("<worksheet/>", "rId1")).toThrow(/not a worksheet/);
  });
});

describe("chart text", () => {
  it("writes a range of a sheet as a chart formula: quoted, absolute", () => {
    expect(chartRange("Dashboard", "A5:A10")).toBe("'Dashboard'!$A$5:$A$10");
    expect(chartRange("It's 仪表盘", "$B$5:B10")).toBe("'It''s 仪表盘'!$B$5:$B$10");
  });

  it("escapes what XML text cannot hold", () => {
    expect(escapeText(`Win & loss <by stage> "'"`)).toBe(`Win &amp; loss &lt;by stage&gt; "'"`);
  });
});

describe("addCharts beside parts exceljs wrote", () => {
  it("takes part names that are free: a sheet's image keeps its drawing", async () => {
    const workbook = new ExcelJS.Workbook();
    const pictures = workbook.addWorksheet("Pictures");
    const onePixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    pictures.addImage(workbook.addImage({ base64: onePixel, extension: "png" }), "B2:C3");
    workbook.addWorksheet("Charts").getCell("A1").value = "Lead";
    const written = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = zipEntry(written, "xl/drawings/drawing1.xml");

    const charts = new SheetBuilder("dashboard", "Charts")
      .put("A1", [[text("Lead")]])
      .chart({ kind: "funnel", title: "Funnel", categories: "A1:A2", values: "B1:B2", at: "D2", columns: 4, rows: 8 })
      .build();
    const bytes = await addCharts(written, { locale: "en", sheets: [new SheetBuilder("guide", "Pictures").build(), charts], names: [] });
    expect(zipEntry(bytes, "xl/drawings/drawing1.xml")).toBe(before);
    expect(zipEntry(bytes, "xl/drawings/drawing2.xml")).toContain('r:id="rId1"');
    expect(zipNames(bytes).filter((name) => name.startsWith("xl/charts/"))).toEqual(["xl/charts/chart1.xml"]);
    const overrides = [...zipEntry(bytes, "[Content_Types].xml").matchAll(/PartName="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(overrides).size).toBe(overrides.length);
    expect(overrides).toEqual(expect.arrayContaining(["/xl/drawings/drawing2.xml", "/xl/charts/chart1.xml"]));
  });
});

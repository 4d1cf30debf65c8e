import { beforeAll, describe, expect, it } from "vitest";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { columnLetter } from "../../core/model/cells";
import { buildTemplate } from "../../core/template/buildTemplate";
import { dashboardPrintLayout } from "../../core/template/dashboardPrintLayout";
import { templateLayout } from "../../core/template/layout";
import { zipEntry, zipNames } from "./zipEntry";

/**
 * The .xlsx Dashboard prints on one landscape page (issue 13): `fitToPage` in sheetPr/pageSetUpPr — the switch
 * without which Excel ignores fitToWidth/fitToHeight — a landscape page setup fitted 1 × 1, the print area as the
 * sheet's _xlnm.Print_Area; and the trend chart is a line chart with the median cycle on a right axis of its own.
 * test/libreoffice/dashboardPrint.test.ts prints it through LibreOffice.
 */
describe("the Dashboard's page setup and trend chart in the .xlsx", () => {
  let bytes: Buffer;
  const layout = templateLayout("en", 6, 1001);
  beforeAll(async () => {
    bytes = await workbookToXlsx(buildTemplate({ locale: "en" }));
  });

  /** The part of a sheet by its name, through the workbook and its relationships. */
  function sheetPart(name: string): string {
    const workbook = zipEntry(bytes, "xl/workbook.xml");
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(zipEntry(bytes, "xl/_rels/workbook.xml.rels"))![1];
    return zipEntry(bytes, `xl/${target.replace(/^\/?xl\//, "")}`);
  }

  it("fits the Dashboard to one landscape page and prints its area only", () => {
    const dashboard = sheetPart(layout.sheetName("dashboard"));
    expect(dashboard).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    expect(dashboard).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="1"/);
    const [, last] = dashboardPrintLayout(layout).printArea.split(":");
    // Absolute rows too: LibreOffice takes "$A1:$L42" (exceljs's own form) as a plain name and prints the whole sheet.
    expect(zipEntry(bytes, "xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="3">&apos;Dashboard&apos;!$A$1:$${last.replace(/\d+/, "")}$${last.replace(/\D+/, "")}</definedName>`);
  });

  it("fits every other sheet to one page wide and as many tall as needed, the Deals header on every page", () => {
    const goals = sheetPart(layout.sheetName("goals"));
    expect(goals).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    expect(goals).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    const deals = sheetPart(layout.sheetName("deals"));
    expect(deals).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
    const workbook = zipEntry(bytes, "xl/workbook.xml");
    // Deals is the third sheet (localSheetId 2): its input columns, the header row only (the template is empty).
    const lastInput = columnLetter(layout.deals.lastInput);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="2">&apos;Deals&apos;!$A$1:$${lastInput}$1</definedName>`);
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Deals&apos;!\$1:\$1<\/definedName>/);
  });

  it("wraps the Goals intro across the printed width in a taller row", () => {
    const goals = sheetPart(layout.sheetName("goals"));
    expect(goals).toMatch(/<mergeCell ref="A2:[A-Z]+2"\/>/);
    const height = Number(/<row r="2"[^>]*ht="([\d.]+)"[^>]*customHeight="1"/.exec(goals)?.[1]);
    expect(height).toBeGreaterThanOrEqual(32);
  });

  it("draws four charts on the Dashboard, the trend as two lines on two axes", () => {
    const charts = zipNames(bytes).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name)).map((name) => zipEntry(bytes, name));
    expect(charts).toHaveLength(4);
    const trend = charts.filter((chart) => chart.includes("<c:lineChart>"));
    expect(trend).toHaveLength(1);
    expect(trend[0].match(/<c:lineChart>/g)).toHaveLength(2);
    expect(trend[0]).toContain('<c:axPos val="r"/>');
    expect(trend[0]).toContain("<c:tx><c:v>Win rate</c:v></c:tx>");
    // The left axis reads as the rate it is (0%–35%, not 0–0.35): its own format, not the cells' General.
    expect(trend[0]).toMatch(/<c:axPos val="l"\/><c:majorGridlines\/><c:numFmt formatCode="0%" sourceLinked="0"\/>/);
  });
});

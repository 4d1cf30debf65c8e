import { beforeAll, describe, expect, it } from "vitest";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
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
    expect(zipEntry(bytes, "xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="3">&apos;Dashboard&apos;!$A1:$${last.replace(/\d+/, "")}${last.replace(/\D+/, "")}</definedName>`);
    // The other sheets print as before.
    expect(sheetPart(layout.sheetName("goals"))).not.toContain("fitToPage");
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

import ExcelJS from "exceljs";
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../cli/xlsx/readWorkbook";
import { DAY_FORMAT, WorkbookSpecError, workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { forEachCell, parseA1Rect } from "../../core/template/a1Rect";
import { buildTemplate } from "../../core/template/buildTemplate";
import { SheetBuilder, num, text } from "../../core/template/sheetBuilder";
import { recalculate, sofficeAvailable } from "../libreoffice/recalc";
import { zipEntry, zipNames } from "./zipEntry";
import { DASH_SHEET, DEALS_SHEET, FEB_04, FORMULA_LIKE, JAN_05, JAN_06, STAGES_SHEET, allFeaturesSpec } from "./specFixtures";

let bytes: Buffer;
let workbook: ExcelJS.Workbook;
let deals: ExcelJS.Worksheet;
let dash: ExcelJS.Worksheet;

beforeAll(async () => {
  bytes = await workbookToXlsx(allFeaturesSpec());
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  deals = workbook.getWorksheet(DEALS_SHEET)!;
  dash = workbook.getWorksheet(DASH_SHEET)!;
});

/** exceljs reads conditional formats into `conditionalFormattings`, which its typings leave out. */
const formatsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;

const sheetXml = (position: number) => zipEntry(bytes, `xl/worksheets/sheet${position}.xml`);

function xmllintAvailable(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The solid fill colour of a cell, if any. */
const fill = (cell: ExcelJS.Cell) => (cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined);

describe("workbookToXlsx: what goes in comes back out (read back by exceljs)", () => {
  it("writes the sheets in order, with their names and tab colours", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([DEALS_SHEET, DASH_SHEET, STAGES_SHEET]);
    expect(deals.properties.tabColor?.argb).toBe("FF70AD47");
    expect(dash.properties.tabColor?.argb).toBe("FFED7D31");
  });

  it("keeps text that starts with = + - @ as text: a string cell, never a formula", () => {
    const cells = ["A2", "A3", "A4", "A5", "A6"].map((address) => deals.getCell(address));
    expect(cells.map((cell) => cell.value)).toEqual([...FORMULA_LIKE]);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });

  it("writes formula-like text as shared strings in the file", () => {
    expect(sheetXml(1)).toMatch(/<c r="A2"[^>]* t="s"><v>\d+<\/v><\/c>/);
    expect(sheetXml(1)).not.toMatch(/<c r="A[2-6]"[^>]*><f>/);
    expect(zipEntry(bytes, "xl/sharedStrings.xml")).toContain("<t>=1+1</t>");
  });

  it("writes day cells as their exact serial with a date format", async () => {
    expect(sheetXml(1)).toMatch(/<c r="B2"[^>]*><v>46027<\/v><\/c>/);
    expect(deals.getCell("B2").numFmt).toBe(DAY_FORMAT);
    expect(deals.getCell("C2").numFmt).toBe("yyyy/m/d"); // the spec's own format wins over the default
    // exceljs hands date-formatted cells back as UTC-midnight Dates.
    expect(deals.getCell("B2").value).toEqual(new Date(Date.UTC(2026, 0, 5)));
    const [sheet] = await readWorkbook(bytes);
    expect(sheet.grid.slice(1, 5).map((row) => [row[1], row[2]])).toEqual([
      [JAN_05, FEB_04],
      [JAN_06, ""],
      [JAN_06, FEB_04],
      ["", ""],
    ]);
  });

  it("writes numbers, and formulas without a cached result", () => {
    expect(deals.getCell("E2").value).toBe(1234.5);
    expect(deals.getCell("E5").value).toBe(-5);
    expect(deals.getCell("F2").formula).toBe('IF(C2="","",C2-B2)');
    expect(deals.getCell("F4").formula).toBe('IF(C4="","",C4-B4)'); // a leading "=" is dropped
    expect(deals.getCell("F2").result).toBeUndefined();
    // In the file: the formula with no <v> (cached value), and a full recalculation asked for on load.
    expect(sheetXml(1)).toMatch(/<c r="F2"[^>]*><f>IF\(C2=&quot;&quot;,&quot;&quot;,C2-B2\)<\/f><\/c>/);
    expect(zipEntry(bytes, "xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it("adds the _xlfn. prefix to post-2007 functions, and only to calls", () => {
    expect(dash.getCell("B3").formula).toBe(`_xlfn.PERCENTILE.INC('${DEALS_SHEET}'!E2:E5,0.9)`);
    expect(dash.getCell("B4").formula).toBe("_xlfn.NORM.S.DIST(1.96,TRUE)");
    expect(dash.getCell("B5").formula).toBe(`PERCENTILE('${DEALS_SHEET}'!E2:E5,0.9)`);
    expect(dash.getCell("B6").formula).toBe('"PERCENTILE.INC(x) "&"ok"');
  });

  it("styles cells by their named look", () => {
    const header = deals.getCell("C1");
    expect(header.font.bold).toBe(true);
    expect(fill(header)).toBe("FF305496"); // palette.ts header
    expect(fill(deals.getCell("B3"))).toBe("FFFFF2CC"); // input
    expect(fill(deals.getCell("F5"))).toBe("FFDDEBF7"); // computed
    expect(dash.getCell("A1").font.size).toBe(16); // title (core/template/looks.ts)
    expect(dash.getCell("A2").font.italic).toBe(true); // note
    expect(dash.getCell("A3").font.bold).toBe(true); // subtitle
    expect(dash.getCell("B8").font.bold).toBe(true); // total
    expect(deals.getCell("E3").numFmt).toBe("#,##0");
    expect(dash.getCell("B4").numFmt).toBe("0.0%");
    // A style does not wipe a number format set by the cell's kind.
    expect(deals.getCell("B3").numFmt).toBe(DAY_FORMAT);
  });

  it("writes dropdowns: an inline list and a range, both refusing other values", () => {
    expect(deals.getCell("D4").dataValidation).toMatchObject({
      type: "list",
      allowBlank: true,
      formulae: ['"Open,Won,Lost"'],
      showErrorMessage: true,
      error: "Pick Open, Won or Lost",
    });
    expect(deals.getCell("A6").dataValidation).toMatchObject({ type: "list", formulae: [`'${STAGES_SHEET}'!$B$2:$B$4`], showErrorMessage: true });
    expect(deals.getCell("G2").dataValidation).toBeUndefined();
  });

  it("writes conditional formats: a data bar and fills by look", () => {
    const rules = formatsOf(deals).flatMap((format) => format.rules.map((rule) => ({ ref: format.ref, rule })));
    const bar = rules.find(({ rule }) => rule.type === "dataBar");
    expect(bar?.ref).toBe("E2:E6");
    // The 2007 rule points to its Excel 2010 extension by an id that exists (exceljs issue #3015).
    const id = /<x14:id>(\{[0-9A-F-]+\})<\/x14:id>/.exec(sheetXml(1))?.[1];
    expect(id).toBeDefined();
    expect(sheetXml(1)).toContain(`<x14:cfRule type="dataBar" id="${id}">`);
    const bad = rules.find(({ rule }) => rule.type === "expression");
    expect(bad?.ref).toBe("F2:F6");
    expect(bad?.rule).toMatchObject({ formulae: ["AND(ISNUMBER(F2),F2>30)"], style: { fill: { bgColor: { argb: "FFFFC7CE" } } } });
    const dashRules = formatsOf(dash).flatMap((format) => format.rules);
    expect(dashRules.map((rule) => (rule as ExcelJS.ExpressionRuleType).style?.fill)).toMatchObject([
      { bgColor: { argb: "FFC6EFCE" } },
      { bgColor: { argb: "FFF4B183" } }, // palette.ts warn: orange, not the input yellow
    ]);
  });

  it("writes the table over the cells already there, formulas included", () => {
    const table = deals.getTable("DealsTable") as unknown as { table?: { tableRef?: string; columns: { name: string }[] } };
    expect(table.table?.tableRef).toBe("A1:F6");
    expect(table.table?.columns.map((column) => column.name)).toEqual(["Deal ID", "Lead", "Won", "Status", "Amount", "Cycle"]);
    expect(deals.getCell("F3").formula).toBe('IF(C3="","",C3-B3)');
    expect(deals.getCell("A2").value).toBe(FORMULA_LIKE[0]);
  });

  it("freezes panes, merges, hides columns, sets widths", () => {
    expect(deals.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(workbook.getWorksheet(STAGES_SHEET)!.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 1 });
    expect(dash.views?.[0]?.state).not.toBe("frozen");
    expect(dash.getCell("C1").isMerged).toBe(true);
    expect(dash.getCell("C1").master.address).toBe("A1");
    expect(dash.getCell("D2").master.address).toBe("A2");
    expect(dash.getCell("C1").font.size).toBe(16); // the merge carries the title's look across
    expect(deals.getColumn("F").hidden).toBe(true);
    expect(deals.getColumn("E").hidden).toBe(false);
    // Hidden columns are grouped one level deep (the "+" above them shows them again), collapsed.
    expect(deals.getColumn("F").outlineLevel).toBe(1);
    expect(deals.getColumn("E").outlineLevel ?? 0).toBe(0);
    expect(deals.properties.outlineLevelCol).toBe(1);
    expect(dash.properties.outlineLevelCol ?? 0).toBe(0);
    // The file's width counts the padding (ECMA-376 §18.3.1.13): reading it back with the standard's own rule,
    // pixels = trunc(((256 × width + trunc(128 / 7)) / 256) × 7), gives the 7 px × n + 5 px Excel and Sheets draw.
    const pixelsOf = (width: number) => Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
    expect(pixelsOf(deals.getColumn(1).width!)).toBe(16 * 7 + 5);
    expect(pixelsOf(dash.getColumn(2).width!)).toBe(14 * 7 + 5);
  });

  it("adds the defined names", () => {
    expect(workbook.definedNames.model).toEqual(
      expect.arrayContaining([
        { name: "Amounts", ranges: [`'${DEALS_SHEET}'!$E$2:$E$6`] },
        { name: "P90", ranges: [`'${DASH_SHEET}'!$B$3`] },
      ]),
    );
  });

  it("adds the chart exceljs cannot write: a bar chart sorted like a funnel, anchored where the spec says", () => {
    const chart = zipEntry(bytes, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain(`<c:cat><c:strRef><c:f>'${DASH_SHEET}'!$A$3:$A$5</c:f></c:strRef></c:cat>`);
    expect(chart).toContain(`<c:val><c:numRef><c:f>'${DASH_SHEET}'!$B$3:$B$5</c:f></c:numRef></c:val>`);
    expect(chart).toContain('<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/>'); // first stage on top
    expect(chart).toContain("<a:t>Funnel</a:t>");
    // D3, 6 columns × 12 rows: zero-based (3, 2) to (9, 14).
    const drawing = zipEntry(bytes, "xl/drawings/drawing1.xml");
    expect(drawing).toContain("<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row>");
    expect(zipEntry(bytes, "xl/drawings/_rels/drawing1.xml.rels")).toMatch(/Id="rId1" Type="[^"]+\/chart" Target="..\/charts\/chart1.xml"/);
    // The Dashboard points to the drawing, its <drawing> after pageSetup and before extLst.
    const position = allFeaturesSpec().sheets.findIndex((sheet) => sheet.name === DASH_SHEET) + 1;
    const rels = zipEntry(bytes, `xl/worksheets/_rels/sheet${position}.xml.rels`);
    const id = /Id="(rId\d+)" Type="[^"]+\/drawing" Target="..\/drawings\/drawing1.xml"/.exec(rels)?.[1];
    expect(id).toBeDefined();
    expect(sheetXml(position)).toMatch(new RegExp(`<pageSetup[^>]*/><drawing r:id="${id}"/>(<extLst>|<tableParts|</worksheet>)`));
    const types = zipEntry(bytes, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    // Files only for what is added (exceljs lists its own folders; Excel writes none).
    expect(zipNames(bytes).filter((name) => /^xl\/(charts|drawings)\/(_rels\/)?$/.test(name))).toEqual([]);
    // Only the one sheet with a chart has a drawing; exceljs still reads the file (beforeAll), charts aside.
    expect(sheetXml(position === 1 ? 2 : 1)).not.toContain("<drawing");
    expect(dash.getCell("D3").value).toBeNull();
  });

  it.skipIf(!xmllintAvailable())("writes every part it adds as well-formed XML", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sales-tracker-parts-"));
    const position = allFeaturesSpec().sheets.findIndex((sheet) => sheet.name === DASH_SHEET) + 1;
    const parts = ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", `xl/worksheets/_rels/sheet${position}.xml.rels`, `xl/worksheets/sheet${position}.xml`, "[Content_Types].xml"];
    const files = parts.map((part, index) => {
      const file = join(dir, `${index}.xml`);
      writeFileSync(file, zipEntry(bytes, part));
      return file;
    });
    await promisify(execFile)("xmllint", ["--noout", ...files]);
  });
});

describe("workbookToXlsx: long text wraps (SheetSpec.wrapped)", () => {
  it.each(["zh-CN", "en"] as const)("%s: the Guide's and Action plan's sentence columns wrap at the top and keep their fill", async (locale) => {
    const spec = buildTemplate({ locale, sampleDeals: 20 });
    const written = new ExcelJS.Workbook();
    await written.xlsx.load((await workbookToXlsx(spec)) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
    for (const key of ["guide", "actionPlan"] as const) {
      const sheetSpec = spec.sheets.find((sheet) => sheet.key === key)!;
      const sheet = written.getWorksheet(sheetSpec.name)!;
      expect(sheetSpec.wrapped?.length, key).toBeGreaterThan(0);
      const inputFills = sheetSpec.styles.filter((styled) => styled.style === "input").map((styled) => parseA1Rect(styled.ref));
      for (const ref of sheetSpec.wrapped ?? []) {
        forEachCell(parseA1Rect(ref), (row, column) => {
          const cell = sheet.getCell(row, column);
          expect(cell.alignment, `${sheetSpec.name}!${cell.address}`).toMatchObject({ wrapText: true, vertical: "top" });
          const input = inputFills.some((area) => row >= area.top && row <= area.bottom && column >= area.left && column <= area.right);
          if (input) expect(fill(cell), `${sheetSpec.name}!${cell.address} keeps its input fill`).toBe("FFFFF2CC");
        });
      }
    }
    // The Action plan's first pain point: wrapped, still a yellow input cell; its stage cell beside it sits at the top too
    // (a table with a column of sentences wraps every column: columns.ts).
    const plan = written.getWorksheet(spec.sheets.find((sheet) => sheet.key === "actionPlan")!.name)!;
    // Row 28: the item table under the summary (title, note, warning, rollups and goal list on rows 1 … 25, header on 27).
    expect([plan.getCell("C28").alignment?.wrapText, fill(plan.getCell("C28"))]).toEqual([true, "FFFFF2CC"]);
    expect(plan.getCell("B28").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });

  it("keeps the rest of a cell's look and alignment: a wrapped header stays bold on its fill", async () => {
    const spec = { locale: "en" as const, sheets: [new SheetBuilder("guide", "Guide").put("A1", [[text("A long header")]]).style("A1", "header").wrap("A1").build()], names: [] };
    const written = new ExcelJS.Workbook();
    await written.xlsx.load((await workbookToXlsx(spec)) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
    const cell = written.getWorksheet("Guide")!.getCell("A1");
    expect(cell.alignment).toEqual({ wrapText: true, vertical: "top" });
    expect([cell.font.bold, fill(cell)]).toEqual([true, "FF305496"]);
  });
});

describe("workbookToXlsx refuses specs it cannot write", () => {
  const oneSheet = (build: (sheet: SheetBuilder) => SheetBuilder) => ({
    locale: "en" as const,
    sheets: [build(new SheetBuilder("guide", "Guide")).build()],
    names: [],
  });

  it("a number that is not finite", async () => {
    await expect(workbookToXlsx(oneSheet((sheet) => sheet.put("A1", [[num(Number.NaN)]])))).rejects.toThrow(WorkbookSpecError);
  });

  it("an inline list Excel cannot hold", async () => {
    await expect(workbookToXlsx(oneSheet((sheet) => sheet.list("A1:A9", ["a,b", "c"], "no")))).rejects.toThrow(/comma/);
    const long = Array.from({ length: 40 }, (_, i) => `choice ${i}`);
    await expect(workbookToXlsx(oneSheet((sheet) => sheet.list("A1:A9", long, "no")))).rejects.toThrow(/255/);
  });

  it("a malformed reference, naming the sheet and the reference", async () => {
    await expect(workbookToXlsx(oneSheet((sheet) => sheet.style("Sheet2!A1", "note")))).rejects.toThrow(/Guide!Sheet2!A1/);
    await expect(workbookToXlsx(oneSheet((sheet) => sheet.put("A1", [[text("x")]])))).resolves.toBeInstanceOf(Buffer);
  });
});

describe.skipIf(!sofficeAvailable())("LibreOffice opens the file and computes every formula", () => {
  it("recalculates the hand-built workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sales-tracker-xlsx-"));
    const file = join(dir, "all-features.xlsx");
    writeFileSync(file, bytes);
    const [converted] = await recalculate([file], join(dir, "out"));
    const sheets = await readWorkbook(converted);
    const byName = new Map(sheets.map((sheet) => [sheet.name, sheet.grid]));
    const dealsGrid = byName.get(DEALS_SHEET)!;
    expect(dealsGrid.slice(1, 5).map((row) => row[5])).toEqual([FEB_04 - JAN_05, "", FEB_04 - JAN_06, ""]);
    expect(dealsGrid[1][0]).toBe("=1+1");
    const dashGrid = byName.get(DASH_SHEET)!;
    // Amounts 1234.5, 0, 99, -5: PERCENTILE.INC at 0.9 = 99 + 0.7 × (1234.5 − 99) = 893.85.
    expect(dashGrid[2][1]).toBeCloseTo(893.85, 9);
    expect(dashGrid[3][1]).toBeCloseTo(0.9750021048517795, 12);
    expect(dashGrid[4][1]).toBeCloseTo(893.85, 9);
    expect(dashGrid[5][1]).toBe("PERCENTILE.INC(x) ok");
    expect(dashGrid[6][1]).toBe("—");
    expect(dashGrid[7][1]).toBeCloseTo(1328.5, 9);
    // LibreOffice read the chart: it writes it back over the same cells, with the values it computed cached.
    const chart = zipEntry(readFileSync(converted), "xl/charts/chart1.xml").replace(/&apos;/g, "'");
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toMatch(new RegExp(`<c:f>'?${DASH_SHEET}'?!\\$B\\$3:\\$B\\$5</c:f>`));
    const cached = [...(/<c:numCache>(.*?)<\/c:numCache>/.exec(chart)?.[1] ?? "").matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => Number(match[1]));
    expect(cached).toHaveLength(3);
    cached.forEach((value, index) => expect(value).toBeCloseTo(dashGrid[2 + index][1] as number, 9));
  });
});

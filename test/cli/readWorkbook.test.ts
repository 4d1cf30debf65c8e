import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDealSheet, HEADER_SEARCH_ROWS } from "../../cli/xlsx/findDealSheet";
import { readWorkbook, serialFromDate } from "../../cli/xlsx/readWorkbook";
import { stageList } from "../../core/model/stages";
import { analyzeDeals } from "../../core/report/analyzeDeals";

// 2026-01-05 = serial 46027 (days since 1899-12-30; 2026-01-01 = 46023). 18:00 is 0.75 of a day.
const JAN_05 = 46027;

/** A workbook as a user's Excel would save it: dates as date-formatted serials, formulas with cached results. */
async function userWorkbook(date1904 = false): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet("Cells");
  const dateCell = (address: string, value: ExcelJS.CellValue, format = "yyyy-mm-dd") => {
    sheet.getCell(address).value = value;
    sheet.getCell(address).numFmt = format;
  };
  dateCell("A1", new Date(Date.UTC(2026, 0, 5))); // exceljs writes a Date as its UTC serial
  dateCell("A2", JAN_05); // a serial typed with a date format
  dateCell("A3", JAN_05 + 0.75, "yyyy-mm-dd hh:mm");
  dateCell("A4", JAN_05, "mm-dd-yy"); // built-in format 14, Excel's short date
  dateCell("A5", { formula: "A2+1", result: new Date(Date.UTC(2026, 0, 6)) });
  dateCell("A6", 61); // 1900-03-01, the first serial Excel and the calendar agree on
  sheet.getCell("B1").value = { richText: [{ text: "Rich " }, { text: "text", font: { bold: true } }] };
  sheet.getCell("B2").value = { text: "a link", hyperlink: "https://example.com" };
  sheet.getCell("B3").value = { error: "#DIV/0!" };
  sheet.getCell("B4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  sheet.getCell("B5").value = { formula: "\"=x\"", result: "=x" };
  sheet.getCell("B6").value = true;
  sheet.getCell("C1").value = { formula: "SUM(1,2)" }; // no cached result
  sheet.getCell("C2").value = { formula: "SUM(1,2)", result: 3 };
  sheet.getCell("C3").value = "=1+1";
  sheet.getCell("C4").value = { formula: "ROW()-4", result: 0 }; // a cached 0: exceljs leaves it out of .value
  sheet.getCell("D1").value = "merged";
  sheet.mergeCells("D1:E2");
  sheet.getCell("F9").numFmt = "0.00"; // formatting only: not part of the grid
  workbook.addWorksheet("Empty");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("readWorkbook: cells as hosts hand them over", () => {
  it("reads values, formulas' cached results, rich text, links, errors and merges", async () => {
    const [cells, empty] = await readWorkbook(await userWorkbook());
    expect(cells.name).toBe("Cells");
    // Trimmed to the last filled column (D: the merge's hidden cells E1:E2 and D2 read as blanks).
    expect(cells.grid).toEqual([
      [JAN_05, "Rich text", "", "merged"],
      [JAN_05, "a link", 3, ""],
      [JAN_05 + 0.75, "#DIV/0!", "=1+1", ""],
      [JAN_05, "#DIV/0!", 0, ""],
      [JAN_05 + 1, "=x", "", ""],
      [61, true, "", ""],
    ]);
    expect(empty).toEqual({ name: "Empty", grid: [] });
  });

  it("gives 1900-system serials for a workbook in the 1904 date system", async () => {
    const [cells] = await readWorkbook(await userWorkbook(true));
    // A1 was written as a Date, so it keeps its calendar date; A2 was typed as 46027 in a 1904 workbook,
    // which Excel shows as 2030-01-06 (1462 days later), the date the serial now says.
    expect(cells.grid[0][0]).toBe(JAN_05);
    expect(cells.grid[1][0]).toBe(JAN_05 + 1462);
  });

  it("serialFromDate is exact for UTC instants", () => {
    expect(serialFromDate(new Date(Date.UTC(2026, 0, 5)))).toBe(JAN_05);
    expect(serialFromDate(new Date(Date.UTC(2026, 0, 5, 18)))).toBe(JAN_05 + 0.75);
    expect(serialFromDate(new Date(Date.UTC(1899, 11, 30)))).toBe(0);
  });
});

describe("readWorkbook does not shift dates in a zone west of UTC", () => {
  const savedZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "America/New_York"; // Node applies a TZ change at once
  });
  afterAll(() => {
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
  });

  it("reads the same serials under TZ=America/New_York", async () => {
    expect(new Date(2026, 0, 5).getTimezoneOffset()).toBe(300); // really UTC−5 now
    const [cells] = await readWorkbook(await userWorkbook());
    expect(cells.grid.map((row) => row[0])).toEqual([JAN_05, JAN_05, JAN_05 + 0.75, JAN_05, JAN_05 + 1, 61]);
    const [cells1904] = await readWorkbook(await userWorkbook(true));
    expect(cells1904.grid[0][0]).toBe(JAN_05);
  });

  it("and the figures of a date-typed deal log are those of its text twin", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Deals");
    sheet.addRow(["Lead", "Won", "Status"]);
    sheet.addRow([new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2026, 1, 4)), "Won"]);
    sheet.addRow([new Date(Date.UTC(2026, 0, 6)), null, "Lost"]);
    sheet.getColumn(1).numFmt = "yyyy-mm-dd";
    sheet.getColumn(2).numFmt = "yyyy-mm-dd";
    const [deals] = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(deals.grid).toEqual([
      ["Lead", "Won", "Status"],
      [JAN_05, JAN_05 + 30, "Won"],
      [JAN_05 + 1, "", "Lost"],
    ]);
    const fromXlsx = analyzeDeals(deals.grid, { locale: "en" });
    const fromText = analyzeDeals([["Lead", "Won", "Status"], ["2026-01-05", "2026-02-04", "Won"], ["2026-01-06", "", "Lost"]], { locale: "en" });
    expect(fromXlsx).toEqual(fromText);
    expect(fromXlsx?.cycleTimeDays.median).toBe(30);
  });
});

describe("findDealSheet", () => {
  const guide = { name: "Guide", grid: [["How to use this workbook"], ["Step 1: Lead → Opportunity → Won"]] };
  // A stages table whose rows name two stages ("Quote" … "Negotiation"): not a deal log.
  const stages = {
    name: "Stages",
    grid: [
      ["#", "Stage", "Output"],
      [1, "Lead", "Opportunity"],
      [4, "Quote", "Negotiation"],
    ],
  };
  const deals = {
    name: "Pipeline",
    grid: [
      ["Pipeline 2026", "", "", ""],
      ["", "", "", ""],
      ["Deal ID", "Lead", "Won", "Status"],
      ["D1", 46027, 46057, "Won"],
    ],
  };

  it("finds the log on the third sheet, below a title row, and says where its header sits", () => {
    const found = findDealSheet([guide, stages, deals]);
    expect(found).toEqual({ name: "Pipeline", index: 2, firstRow: 3, grid: deals.grid.slice(2) });
  });

  it("takes the first such sheet, recognises other-language and custom stage names", () => {
    const zh = { name: "交易", grid: [["线索", "成交"], [46027, 46057]] };
    expect(findDealSheet([guide, zh, deals])?.name).toBe("交易");
    const own = { name: "Own", grid: [["Discovery", "Demo", "Closed"], [46027, 46030, ""]] };
    expect(findDealSheet([guide, own, deals], stageList(["Discovery", "Demo", "Closed"]))?.name).toBe("Own");
    expect(findDealSheet([guide, own])).toBeUndefined();
  });

  it("looks only at the first rows of a sheet", () => {
    const low = { name: "Low", grid: [...Array.from({ length: HEADER_SEARCH_ROWS }, () => ["note"]), ["Lead", "Won"], [46027, 46057]] };
    expect(findDealSheet([low])).toBeUndefined();
    const justInside = { name: "In", grid: low.grid.slice(1) };
    expect(findDealSheet([justInside])?.firstRow).toBe(HEADER_SEARCH_ROWS);
  });

  it("gives problems their real sheet row numbers through firstRow", () => {
    const withBadRow = { ...deals, grid: [...deals.grid, ["D2", "soon", "", "Lost"], ["D3", 46040, 46030, "Won"]] };
    const found = findDealSheet([guide, stages, withBadRow])!;
    const report = analyzeDeals(found.grid, { locale: "en", firstRow: found.firstRow });
    expect(report?.deals).toBe(1);
    expect(report?.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [5, "B"],
      [6, "C"],
    ]);
  });

  it("passes over a summary sheet of counts before the deal log", () => {
    // 汇总 names three stages over counts (120 read as a serial is 1900-04-29, not a deal's date); 交易 holds
    // three deals with dates: 交易 is the log.
    const summary = { name: "汇总", grid: [["月份", "线索", "商机", "成交"], ["1月", 120, 260, 300], ["2月", 150, 280, 310]] };
    const log = {
      name: "交易",
      grid: [
        ["编号", "线索", "商机", "成交", "状态"],
        ["A1", 46027, 46030, 46057, "赢单"],
        ["A2", "2026/1/6", "", "", "丢单"],
        ["A3", 46028, 46031, "", "进行中"],
      ],
    };
    expect(findDealSheet([summary, log])).toEqual({ name: "交易", index: 1, firstRow: 1, grid: log.grid });
    expect(findDealSheet([log, summary])?.name).toBe("交易");
  });

  it("takes the sheet with the most dated rows, the first on a tie, and a single candidate whatever it holds", () => {
    const sheet = (name: string, rows: number) => ({ name, grid: [["Lead", "Won"], ...Array.from({ length: rows }, () => [46027, ""])] });
    expect(findDealSheet([sheet("Q1", 2), sheet("Q2", 3)])?.name).toBe("Q2");
    expect(findDealSheet([sheet("Q1", 2), sheet("Q2", 2)])?.name).toBe("Q1");
    expect(findDealSheet([sheet("Empty", 0), sheet("Also empty", 0)])?.name).toBe("Empty");
    const summaryOnly = { name: "汇总", grid: [["月份", "线索", "成交"], ["1月", 120, 30]] };
    expect(findDealSheet([guide, summaryOnly])?.name).toBe("汇总");
  });

  it("counts text dates in any order as dated rows, those that read both ways too (03/04/2026)", () => {
    const text = (name: string, dates: string[]) => ({ name, grid: [["Lead", "Won"], ...dates.map((date) => [date, ""])] });
    expect(findDealSheet([text("Q1", ["1/13/2026", "1/14/2026"]), text("Q2", ["03/04/2026", "03/05/2026", "Jan 7, 2026"])])?.name).toBe("Q2");
  });

  it("finds the header below a title with a second cell, or below two title rows", () => {
    const twoCells = { name: "台账", grid: [["2026 销售台账", "", "", "单位：元"], ["编号", "线索", "商机", "成交"], ["A1", 46027, 46030, 46057]] };
    expect(findDealSheet([twoCells])).toMatchObject({ firstRow: 2, grid: twoCells.grid.slice(1) });
    const twoTitles = { name: "台账", grid: [["2026 销售台账"], ["华东区", "制表：王"], ["编号", "线索", "成交"], ["A1", 46027, 46057]] };
    expect(findDealSheet([twoTitles])).toMatchObject({ firstRow: 3, grid: twoTitles.grid.slice(2) });
  });

  it("does not take a stages table whose rows put a number beside two stage names for a deal log", () => {
    // The English template's Stages sheet: its Negotiation row's Input is "Quote".
    const templateStages = {
      name: "Stages",
      grid: [
        ["#", "Stage", "Owner department", "Input", "Output"],
        [4, "Quote", "Sales, finance", "Solution proposal", "Tiered quote"],
        [5, "Negotiation", "Sales", "Quote", "Draft contract"],
      ],
    };
    const emptyDeals = { name: "Deals", grid: [["Deal ID", "Lead", "Opportunity", "Won"]] };
    expect(findDealSheet([guide, templateStages, emptyDeals])?.name).toBe("Deals");
    expect(findDealSheet([guide, templateStages])).toBeUndefined();
  });

  it("gives a summary-first workbook's deal rows their real row numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("汇总").addRows([["月份", "线索", "商机", "成交"], ["1月", 120, 260, 300]]);
    workbook.addWorksheet("交易").addRows([["2026 台账"], ["编号", "线索", "商机", "成交", "状态"], ["A1", 46027, 46030, 46057, "赢单"], ["A2", 46028, 46020, "", "丢单"]]);
    const found = findDealSheet(await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer())))!;
    expect([found.name, found.firstRow]).toEqual(["交易", 2]);
    const report = analyzeDeals(found.grid, { locale: "en", firstRow: found.firstRow });
    expect(report?.deals).toBe(1);
    // A2 (sheet row 4): 商机 46020 is before 线索 46028.
    expect(report?.problems.map((problem) => [problem.row, problem.column])).toEqual([[4, "C"]]);
  });
});

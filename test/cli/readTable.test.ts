import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliText } from "../../cli/cliText";
import { ReadTableError, csvDelimiter, parseCsv, readTable } from "../../cli/readTable";
import { analyzeDeals } from "../../core/report/analyzeDeals";
import { tempDir } from "./helpers";

/** The error a call throws (undefined when it throws none). */
async function thrown(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("csvDelimiter", () => {
  it("takes the semicolon of European Excel's CSV, the tab of its Text export, else the comma", () => {
    expect(csvDelimiter("Deal ID;Lead;Opportunity;Won\r\nD1;2026-01-05;;\r\n")).toBe(";");
    expect(csvDelimiter("Deal ID\tLead\tWon\n")).toBe("\t");
    expect(csvDelimiter("编号,线索,成交\n")).toBe(",");
    expect(csvDelimiter("线索\n2026/1/5\n")).toBe(","); // one column
    expect(csvDelimiter("")).toBe(",");
  });

  it("counts outside quotes only", () => {
    // Two semicolons inside quotes, one comma outside: a comma file.
    expect(csvDelimiter('"a;b;c",d\n')).toBe(",");
    expect(csvDelimiter('"Deal, ID";Lead;Won\n')).toBe(";");
  });

  it("keeps the comma on a tie, and the tab before the semicolon", () => {
    expect(csvDelimiter("a,b;c\n")).toBe(",");
    expect(csvDelimiter("a\tb;c\n")).toBe("\t");
  });

  it("looks past blank lines and a title line that has no delimiter", () => {
    expect(csvDelimiter("\r\n2026 pipeline\r\nDeal ID;Lead;Won\r\n")).toBe(";");
  });
});

describe("parseCsv", () => {
  it("splits a semicolon file into its columns", () => {
    expect(parseCsv("Deal ID;Lead;Won;Status\nD1;2026-01-05;2026-02-01;Won\n")).toEqual([
      ["Deal ID", "Lead", "Won", "Status"],
      ["D1", "2026-01-05", "2026-02-01", "Won"],
    ]);
  });

  it("reads a quote inside an unquoted field as an ordinary character, as Excel does", () => {
    expect(parseCsv('Deal ID,Lead,Customer\nD1,2026-01-05,Acme "Big" Co\n')).toEqual([
      ["Deal ID", "Lead", "Customer"],
      ["D1", "2026-01-05", 'Acme "Big" Co'],
    ]);
  });

  it("says on which line a quote opens that never closes", () => {
    // Line 3 opens a quoted field; the file ends two lines later still inside it.
    const text = 'Deal ID,Lead,Customer\nD1,2026-01-05,Acme\nD2,2026-01-06,"Beta\nD3,2026-01-07,Gamma\nD4,2026-01-08,Delta\n';
    const error = (() => {
      try {
        parseCsv(text);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ReadTableError);
    expect(error).toMatchObject({ reason: "csvQuotes", detail: "3" });
  });
});

describe("readTable: CSV", () => {
  it("passes over a title line above the header and keeps the file's row numbers", async () => {
    const file = join(tempDir(), "title.csv");
    // Row 1 the title, row 2 the header; row 4's 商机 is before its 线索 (a bad row).
    writeFileSync(file, "2026年一季度销售台账\n编号,线索,商机,成交,状态\nA1,2026/1/5,2026/1/8,2026/2/1,赢单\nA2,2026/1/6,2026/1/3,,丢单\n");
    const table = await readTable(file);
    expect(table.firstRow).toBe(2);
    expect(table.grid[0]).toEqual(["编号", "线索", "商机", "成交", "状态"]);
    const report = analyzeDeals(table.grid, { locale: "en", firstRow: table.firstRow });
    expect(report?.deals).toBe(1);
    expect(report?.problems.map((problem) => [problem.row, problem.column])).toEqual([[4, "C"]]);
  });

  it("passes over two title rows and a blank one", async () => {
    const file = join(tempDir(), "title2.csv");
    writeFileSync(file, "2026年一季度销售台账,,,,\n,,,,\n编号,线索,商机,成交,状态\nA1,2026/1/5,2026/1/8,2026/2/1,赢单\n");
    const table = await readTable(file);
    expect(table.firstRow).toBe(3);
    expect(analyzeDeals(table.grid, { locale: "en", firstRow: table.firstRow })?.deals).toBe(1);
  });

  it("keeps the whole file when no row names the stages (a one-column log, or not a log)", async () => {
    const file = join(tempDir(), "one.csv");
    writeFileSync(file, "阶段\n线索\n成交\n");
    const table = await readTable(file);
    expect(table.firstRow).toBe(1);
    expect(table.grid).toEqual([["阶段"], ["线索"], ["成交"]]);
  });
});

describe("readTable: a damaged workbook", () => {
  it("is a ReadTableError whose text, in either language, carries no library text or address", async () => {
    const file = join(tempDir(), "fake.xlsx");
    writeFileSync(file, "this is not a zip file\n");
    const error = await thrown(() => readTable(file));
    expect(error).toBeInstanceOf(ReadTableError);
    const { reason } = error as ReadTableError;
    expect(reason).toBe("damagedWorkbook");
    for (const locale of ["zh-CN", "en"] as const) {
      const text = cliText(locale, reason, { detail: (error as ReadTableError).detail });
      expect(text).not.toMatch(/https?:|zip|central directory/i);
    }
    expect(cliText("zh-CN", reason)).toMatch(/损坏/);
  });

  it("still reads a real workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("交易").addRows([["线索", "成交"], [46027, 46057]]);
    const file = join(tempDir(), "real.xlsx");
    await workbook.xlsx.writeFile(file);
    expect((await readTable(file)).sheet).toBe("交易");
  });
});

describe("readTable: a workbook whose Stages sheet fits no sheet", () => {
  it("falls back to the default stages, as the Excel pane does, instead of finding no deal log", async () => {
    const workbook = new ExcelJS.Workbook();
    // A Stages sheet of another process (its names head no sheet's columns), then a log under default stages.
    workbook.addWorksheet("Stages").addRows([["#", "Stage", "Owner"], [1, "Prospecting", "SDR"], [2, "Pitch", "AE"]]);
    workbook.addWorksheet("Deals").addRows([["Deal ID", "Lead", "Opportunity", "Won"], ["D1", 46027, 46030, 46057], ["D2", 46028, "", ""]]);
    const file = join(tempDir(), "other-stages.xlsx");
    await workbook.xlsx.writeFile(file);
    const table = await readTable(file);
    expect(table.sheet).toBe("Deals");
    // By hand: Lead 2, Opportunity 1, Won 1.
    const report = analyzeDeals(table.grid, { locale: "en", stages: table.stages, firstRow: table.firstRow });
    expect(report?.funnel.map((row) => [row.stage, row.reached])).toEqual([["Lead", 2], ["Opportunity", 1], ["Won", 1]]);
  });
});

import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../cli/xlsx/readWorkbook";
import { buildCli, cli, tempDir } from "./helpers";

beforeAll(async () => {
  await buildCli();
});

const EXPORTS = "test/fixtures/exports";

describe("template --deals FILE", () => {
  it("takes --sample or --deals, not both: a usage error (exit 2) in either language, nothing written", async () => {
    const dir = tempDir();
    const out = join(dir, "t.xlsx");
    const en = await cli(["template", "--sample", "--deals", `${EXPORTS}/own-layout-us-excel.csv`, "--out", out, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr.split("\n")[0]).toBe("sales-tracker: --sample and --deals do not go together: a template holds sample deals or your own");
    expect(en.stderr).toMatch(/^usage: /m);
    const zh = await cli(["template", "--deals", `${EXPORTS}/own-layout-us-excel.csv`, "--sample", "--out", out, "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr.split("\n")[0]).toBe("sales-tracker: --sample 与 --deals 只能选一个：模板要么填示例交易，要么填你自己的交易");
    expect(zh.stderr).toMatch(/^用法：/m);
    expect(existsSync(out)).toBe(false);
  });

  it("names --deals in the usage, in both languages", async () => {
    expect((await cli(["--help", "--lang", "en"])).stdout).toContain("sales-tracker template --deals FILE.csv|FILE.xlsx [--lang zh-CN|en] [--stages a,b,...] [--date-order mdy|dmy|ymd] --out FILE.xlsx [--force]");
    expect((await cli(["--help", "--lang", "zh-CN"])).stdout).toContain("sales-tracker template --deals 文件.csv|文件.xlsx");
  });

  it("refuses what analyze refuses, with the same line and exit code, and writes nothing", async () => {
    const dir = tempDir();
    const notALog = join(dir, "notes.csv");
    writeFileSync(notALog, "Shopping,Qty\nmilk,2\n");
    // 03/04/2026 in every row: nothing settles the order.
    const ambiguous = join(dir, "ambiguous.csv");
    writeFileSync(ambiguous, "Deal ID,Lead,Won\nD1,03/04/2026,05/06/2026\nD2,01/02/2026,\n");
    // Every row bad: not one deal counted.
    const allBad = join(dir, "all-bad.csv");
    writeFileSync(allBad, "Deal ID,Lead,Won\nD1,soon,\nD2,later,\n");
    const cases: string[][] = [
      [notALog],
      [ambiguous],
      [allBad],
      [join(dir, "missing.csv")],
      [`${EXPORTS}/own-layout-us-excel.csv`, "--stages", "Lead,Opportunity,Proposl"],
      // A current-stage export whose stages fit no known order.
      [`${EXPORTS}/hand-tracker-gb18030.csv`],
    ];
    for (const [file, ...rest] of cases) {
      for (const lang of ["en", "zh-CN"]) {
        const out = join(dir, "t.xlsx");
        const analyzed = await cli(["analyze", file, ...rest, "--lang", lang]);
        const built = await cli(["template", "--deals", file, ...rest, "--lang", lang, "--out", out]);
        expect(analyzed.code, `${file} ${lang}`).toBe(1);
        expect(built.code, `${file} ${lang}`).toBe(1);
        expect(built.stderr, `${file} ${lang}`).toBe(analyzed.stderr);
        expect(built.stderr.trimEnd().split("\n"), `${file} ${lang}`).toHaveLength(1);
        expect(existsSync(out)).toBe(false);
      }
    }
  });

  it("refuses a current-stage export (no date per stage) in one line, saying what to do", async () => {
    const dir = tempDir();
    const out = join(dir, "t.xlsx");
    const file = `${EXPORTS}/salesforce-opportunities-ymd.csv`;
    expect((await cli(["analyze", file, "--lang", "en"])).code).toBe(0);
    const built = await cli(["template", "--deals", file, "--stages", "Lead,Demo,Won", "--lang", "en", "--out", out]);
    expect(built.code).toBe(1);
    expect(built.stderr).toBe(`sales-tracker: ${file}: this log has no date per stage (only each deal's current stage), and the template needs one: export each stage's entry date, or use analyze on this file\n`);
    expect(existsSync(out)).toBe(false);
  });

  it("writes the log's own stages, fields, dates, amounts and status words; an unread row's cells stay text", async () => {
    const dir = tempDir();
    const log = join(dir, "log.csv");
    writeFileSync(log, "编号,客户,负责人,初访,方案,签约,金额,状态\nA1,甲公司,王,2026-01-05,2026-01-09,2026-02-01,1200,赢单\nA2,乙公司,李,=HYPERLINK(\"x\"),,,300,进行中\n");
    const out = join(dir, "t.xlsx");
    const built = await cli(["template", "--deals", log, "--stages", "初访,方案,签约", "--lang", "en", "--out", out]);
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    const deals = (await readWorkbook(out)).find((sheet) => sheet.name === "Deals")!;
    // Deal ID, Customer, Source, Owner, Team, Region, Industry, 初访, 方案, 签约, Amount, Status, Lost reason.
    expect(deals.grid[0].slice(0, 13)).toEqual(["Deal ID", "Customer", "Source", "Owner", "Team", "Region", "Industry", "初访", "方案", "签约", "Amount", "Status", "Lost reason"]);
    expect(deals.grid[1].slice(0, 13)).toEqual(["A1", "甲公司", "", "王", "", "", "", 46027, 46031, 46054, 1200, "Won", ""]);
    expect(deals.grid[2].slice(0, 8)).toEqual(["Row 3 (not read)", "", "", "", "", "", "", 'A2,乙公司,李,"=HYPERLINK(""x"")",,,300,进行中']);
    expect(String(deals.grid[2][12])).toMatch(/^D: /);
  });

  it("reads an .xlsx log's chosen sheet, and writes its unread row from that sheet's cells", async () => {
    const dir = tempDir();
    const file = join(dir, "log.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["nothing here"]);
    const sheet = workbook.addWorksheet("Pipeline");
    sheet.addRow(["Deal ID", "Owner", "Lead", "Demo", "Won", "Amount", "Status"]);
    sheet.addRow(["X1", "Ann", new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2026, 0, 9)), null, 500, "Lost"]);
    sheet.addRow(["X2", "Bo", "@soon", null, null, 700, "Open"]);
    await workbook.xlsx.writeFile(file);
    const out = join(dir, "t.xlsx");
    const built = await cli(["template", "--deals", file, "--stages", "Lead,Demo,Won", "--lang", "en", "--out", out]);
    expect(built.stderr).toBe("");
    const deals = (await readWorkbook(out)).find((candidate) => candidate.name === "Deals")!;
    expect(deals.grid[0].slice(7, 10)).toEqual(["Lead", "Demo", "Won"]);
    expect(deals.grid[1].slice(0, 13)).toEqual(["X1", "", "", "Ann", "", "", "", 46027, 46031, "", 500, "Lost", ""]);
    expect(deals.grid[2].slice(0, 8)).toEqual(["Row 3 (not read)", "", "", "", "", "", "", "X2,Bo,@soon,,,700,Open"]);
  });
});

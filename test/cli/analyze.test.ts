import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeCsv, parseCsv } from "../../cli/readTable";
import { toCsv } from "../../cli/writeCsv";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { buildCli, cli, tempDir } from "./helpers";

// test/fixtures/deals-*.csv were encoded by Python's codecs (gb18030, utf-8 with BOM), not by this project.
// Worked by hand: furthest stages D1 成交, D2 成交, D3 方案, D4 线索, D5 商机 → reached 5, 4, 3, 2;
// won D1 (2026-01-01 → 02-01 = 31 days), D2 (01-02 → 01-31 = 29); lost D3, D4.
const expectedFunnel = [5, 4, 3, 2];

beforeAll(async () => {
  await buildCli();
});

describe("reading CSV files", () => {
  it("detects GB18030, UTF-8 with BOM and plain UTF-8 without being told", () => {
    const gb = decodeCsv(readFileSync("test/fixtures/deals-gb18030.csv"));
    const bom = decodeCsv(readFileSync("test/fixtures/deals-utf8-bom.csv"));
    expect(gb.encoding).toBe("gb18030");
    expect(bom.encoding).toBe("utf-8-bom");
    expect(gb.text).toBe(bom.text);
    expect(decodeCsv(new TextEncoder().encode("线索,成交\r\n")).encoding).toBe("utf-8");
    expect(parseCsv(gb.text)[0]).toEqual(["编号", "客户", "线索", "商机", "方案", "成交", "状态", "金额"]);
  });

  it("reads Excel's Unicode Text (UTF-16 with a BOM, tab-separated)", () => {
    // test/fixtures/deals-utf16.txt was written by Python's csv (tab) and utf-16-le codec with an FF FE mark.
    const decoded = decodeCsv(readFileSync("test/fixtures/deals-utf16.txt"));
    expect(decoded.encoding).toBe("utf-16");
    expect(parseCsv(decoded.text)).toEqual([
      ["线索", "成交", "状态"],
      ["2026-01-01", "2026-01-31", "赢单"],
      ["2026-01-02", "", "丢单"],
    ]);
  });

  it("round-trips quotes, commas and line breaks", () => {
    const rows = [["a,b", 'say "hi"', "line\nbreak", "=1+1", ""], [1, 2.5, "", null, "线索"]];
    expect(parseCsv(toCsv(rows))).toEqual([["a,b", 'say "hi"', "line\nbreak", "=1+1", ""], ["1", "2.5", "", "", "线索"]]);
  });
});

describe("sales-tracker analyze", () => {
  for (const file of ["deals-gb18030.csv", "deals-utf8-bom.csv"]) {
    it(`prints the DEFINITIONS §7 JSON for ${file}`, async () => {
      const { code, stdout } = await cli(["analyze", `test/fixtures/${file}`, "--json"]);
      expect(code).toBe(0);
      const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
      expect(report.deals).toBe(5);
      expect(report.funnel.map((row) => row.stage)).toEqual(["线索", "商机", "方案", "成交"]);
      expect(report.funnel.map((row) => row.reached)).toEqual(expectedFunnel);
      expect(report.funnel[0].stepConversion).toBeNull();
      expect(report.winRate).toBe(0.5);
      expect(report.cycleTimeDays).toEqual({ median: 30, mean: 30, p90: 30.8, n: 2 });
      // D4 lost at 线索, D3 at 方案; no row for 成交, the last stage.
      expect(report.lossPoints.map((row) => [row.stage, row.lost])).toEqual([["线索", 1], ["商机", 0], ["方案", 1]]);
      expect(report.problems).toEqual([]);
    });
  }

  it("prints a readable report in the user's language", async () => {
    const zh = await cli(["analyze", "test/fixtures/deals-gb18030.csv"], { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("销售漏斗");
    expect(zh.stdout).toContain("赢单率：50.0%");
    // Reached 5, 4, 3, 2: the lowest step conversion is 方案 → 成交, 2 of 3.
    expect(zh.stdout).toContain("转化率最低的一步：方案 → 成交（66.7%）");
    expect(zh.stdout).toMatch(/阶段\s+到达数\s+阶段转化率\s+累计转化率\s+未推进数/);
    expect(zh.stdout).toContain("P90");
    // Full-width "：" and "（）" after Chinese, never ASCII.
    expect(zh.stdout).not.toMatch(/[\u4e00-\u9fff）]: |[\u4e00-\u9fff] ?\(/);
    const en = await cli(["analyze", "test/fixtures/deals-gb18030.csv", "--lang", "en"], { LANG: "zh_CN.UTF-8" });
    expect(en.stdout).toContain("Win rate: 50.0%");
    expect(en.stdout).toContain("Lowest step conversion: 方案 → 成交 (66.7%)");
    expect(en.stdout).toMatch(/线索\s+5\s+—\s+100\.0%\s+1\s+█{30}/);
  });

  it("prints the cycle-time line with the --json figures and n, rounded as the decimals the JSON shows", async () => {
    const dir = tempDir();
    // Worked by hand: 20 won deals, 19 of 3 days and one of `long` days. Mean (19·3 + long) / 20: 3.05 for long = 4;
    // with 8-day deals and one of 9, 8.05. Median and P90 (PERCENTILE.INC: rank 0.9 · 19 = 17.1, both neighbours
    // the short cycle) are the short cycle. Half a tenth rounds away from zero, as Excel's ROUND does: 3.1 and 8.1
    // (the binary double nearest 3.05 lies below it, so toFixed printed 3.0 and the line disagreed with the JSON).
    for (const [short, long, mean, text] of [[3, 4, 3.05, "3.1"], [8, 9, 8.05, "8.1"]] as const) {
      const rows = Array.from({ length: 20 }, (_, i) => `2026-01-01,2026-01-${String(1 + (i === 0 ? long : short)).padStart(2, "0")},Won`);
      const file = join(dir, `cycle-${short}.csv`);
      writeFileSync(file, ["Lead,Won,Status", ...rows].join("\n") + "\n");
      const json = DEAL_REPORT_SCHEMA.parse(JSON.parse((await cli(["analyze", file, "--json"])).stdout));
      expect(json.cycleTimeDays.n).toBe(20);
      expect(json.cycleTimeDays.median).toBe(short);
      expect(json.cycleTimeDays.mean).toBeCloseTo(mean, 12);
      expect(json.cycleTimeDays.p90).toBe(short);
      const { stdout } = await cli(["analyze", file, "--lang", "en"]);
      expect(stdout).toContain(`■ Cycle time (days): median ${short}.0 · mean ${text} · P90 ${short}.0 · n 20\n`);
      const zh = await cli(["analyze", file, "--lang", "zh-CN"]);
      expect(zh.stdout).toContain(`■ 成交周期（天）：中位数 ${short}.0 · 平均 ${text} · P90 ${short}.0 · 笔数 20\n`);
    }
  });

  it("reports bad rows by row and column and keeps the other figures", async () => {
    const dir = tempDir();
    const good = readFileSync("test/fixtures/deals-utf8-bom.csv", "utf8");
    const bad = good.replace("D4,蓝海物流,2026-01-04", "D4,蓝海物流,soon") + "D6,x,2026-02-01,2026-01-01,,,,\r\n";
    writeFileSync(join(dir, "bad.csv"), bad);
    const { code, stdout } = await cli(["analyze", join(dir, "bad.csv"), "--json"]);
    expect(code).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    expect(report.deals).toBe(4);
    expect(report.problems.map((problem) => [problem.row, problem.column])).toEqual([[5, "C"], [7, "D"]]);
    expect(report.problems[0].message).toBe('Unreadable date "soon"');
    expect(report.funnel.map((row) => row.reached)).toEqual([4, 4, 3, 2]);
  });

  it("prints loss points for every stage but the last, and a lost deal dated in the last stage as a problem row", async () => {
    const dir = tempDir();
    const good = readFileSync("test/fixtures/deals-utf8-bom.csv", "utf8");
    // D6 is marked lost but dated 成交: lost in the win rate (2 won, 3 lost: 40%), at no loss point.
    writeFileSync(join(dir, "contradiction.csv"), good + "D6,x,2026-02-01,2026-02-03,,2026-02-20,丢单,\r\n");
    const { code, stdout } = await cli(["analyze", join(dir, "contradiction.csv"), "--lang", "zh-CN"]);
    expect(code).toBe(0);
    const section = stdout.split("■ 丢单阶段")[1].split("■")[0].trim().split("\n");
    // D4 at 线索, D3 at 方案: one each of the two lost deals counted here.
    expect(section.slice(1).map((line) => line.trim().split(/\s+/))).toEqual([
      ["线索", "1", "50.0%"],
      ["商机", "0", "0.0%"],
      ["方案", "1", "50.0%"],
    ]);
    expect(stdout).toContain("赢单率：40.0%");
    expect(stdout).toMatch(/7\s+G\s+状态为“丢单”，却有最后阶段“成交”的日期：计为丢单，但不计入任何丢单阶段/);
  });

  it("fails with one line and a non-zero exit when it cannot read the file", async () => {
    const missing = await cli(["analyze", "nope.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr.trim()).toBe("sales-tracker: nope.csv: no such file or folder");
    const missingZh = await cli(["analyze", "nope.csv", "--lang", "zh-CN"]);
    expect(missingZh.stderr.trim()).toBe("sales-tracker: nope.csv: 找不到该文件或文件夹");
    const dir = tempDir();
    writeFileSync(join(dir, "notes.csv"), "hello,world\r\n1,2\r\n");
    const notLog = await cli(["analyze", join(dir, "notes.csv")]);
    expect(notLog.code).toBe(1);
    expect(notLog.stderr).toMatch(/no deal log found/);
    const repeated = await cli(["analyze", "test/fixtures/deals-gb18030.csv", "--stages", "线索,线索", "--lang", "zh-CN"]);
    expect(repeated.code).toBe(1);
    expect(repeated.stderr.trim()).toBe("sales-tracker: --stages：阶段“线索”重复了。");
    const usage = await cli(["frobnicate"]);
    expect(usage.code).toBe(2);
  });

  it("takes the team's own stage list with --stages", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "own.csv"), "Discovery,Demo,Closed,Status\r\n2026-01-01,2026-01-03,2026-01-10,Won\r\n2026-01-02,,,Lost\r\n");
    const { stdout } = await cli(["analyze", join(dir, "own.csv"), "--stages", "Discovery,Demo,Closed", "--json"]);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    expect(report.funnel.map((row) => [row.stage, row.reached])).toEqual([["Discovery", 2], ["Demo", 1], ["Closed", 1]]);
    expect(report.cycleTimeDays.median).toBe(9);
  });
});

describe("sales-tracker analyze: users' own files", () => {
  it("reads a semicolon CSV with a title line and a quote inside a field, naming real rows", async () => {
    const dir = tempDir();
    // Row 1 a title; D2 (row 4) has an amount with a decimal comma, reported and treated as missing.
    const text = 'Pipeline 2026\nDeal ID;Lead;Opportunity;Won;Amount;Status;Customer\n' +
      'D1;2026-01-05;2026-01-08;2026-02-01;1,200.50;Won;Acme "Big" Co\nD2;2026-01-06;;;2.000,00;Lost;Beta\n';
    writeFileSync(join(dir, "euro.csv"), text);
    const { code, stdout } = await cli(["analyze", join(dir, "euro.csv"), "--json"]);
    expect(code).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    expect(report.deals).toBe(2);
    expect(report.funnel.map((row) => [row.stage, row.reached])).toEqual([["Lead", 2], ["Opportunity", 1], ["Won", 1]]);
    expect(report.problems.map((problem) => [problem.row, problem.column])).toEqual([[4, "E"]]);
  });

  it("says an unclosed quote in the user's language, with its line, in one line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "quote.csv"), 'Deal ID,Lead,Won,Customer\nD1,2026-01-05,2026-02-01,"Acme\nD2,2026-01-06,,Beta\n');
    const en = await cli(["analyze", join(dir, "quote.csv")]);
    expect(en.code).toBe(1);
    expect(en.stderr.trim().split("\n")).toHaveLength(1);
    expect(en.stderr).toMatch(/line 2 opens a quote/);
    const zh = await cli(["analyze", join(dir, "quote.csv"), "--lang", "zh-CN"]);
    expect(zh.stderr).toMatch(/第 2 行/);
    expect(zh.stderr).not.toMatch(/CSV_|Quote Not Closed/);
  });

  it("says a damaged workbook in the user's language, without the zip library's text", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "fake.xlsx"), "not a workbook");
    const zh = await cli(["analyze", join(dir, "fake.xlsx"), "--lang", "zh-CN"]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/损坏/);
    expect(zh.stderr).not.toMatch(/https?:|zip|central directory/i);
  });

  it("reads the deal sheet of a workbook whose summary sheet comes first", async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("汇总").addRows([["月份", "线索", "商机", "成交"], ["1月", 120, 260, 300], ["2月", 150, 280, 310]]);
    // Four deals, A1 and A3 won: reached 线索 4 (all), 商机 3 (A1–A3), 成交 2 (A1, A3).
    workbook.addWorksheet("交易").addRows([
      ["编号", "线索", "商机", "成交", "状态"],
      ["A1", 46027, 46030, 46057, "赢单"],
      ["A2", 46027, 46030, "", "丢单"],
      ["A3", 46028, 46031, 46058, "赢单"],
      ["A4", 46029, "", "", "进行中"],
    ]);
    await workbook.xlsx.writeFile(join(dir, "book.xlsx"));
    const { code, stdout } = await cli(["analyze", join(dir, "book.xlsx"), "--json"]);
    expect(code).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    expect(report.deals).toBe(4);
    expect(report.funnel.map((row) => row.reached)).toEqual([4, 3, 2]);
  });
});

describe("sales-tracker demo", () => {
  it("writes its sample CSV, and never over a file of the user's outside dist/ without --force", async () => {
    const dir = tempDir();
    const first = await cli(["demo", "--out", dir, "--lang", "en"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Deals counted:");
    writeFileSync(join(dir, "sample-deals.en.csv"), "mine");
    const again = await cli(["demo", "--out", dir, "--lang", "en"]);
    expect(again.code).toBe(1);
    expect(readFileSync(join(dir, "sample-deals.en.csv"), "utf8")).toBe("mine");
    expect((await cli(["demo", "--out", dir, "--lang", "en", "--force"])).code).toBe(0);
  });
});

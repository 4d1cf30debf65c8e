import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { buildCli, cli, tempDir } from "./helpers";

// The fixtures and their hand-worked figures: test/core/parse/stageHistoryFixtures.test.ts.
const ZH_LOG = "test/fixtures/exports/history/zh-stage-log.csv";

beforeAll(async () => {
  await buildCli();
});

describe("analyze on a stage history", () => {
  it("reads a Chinese 阶段变更记录 and says how it read it (en)", async () => {
    const { code, stdout } = await cli(["analyze", ZH_LOG, "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Deals counted: 10");
    expect(stdout).toContain("· Read as a stage history: each deal's first entry into each stage");
    expect(stdout).toContain(
      "· Stage order taken from the day deals typically first enter each stage, won last: 初步接洽 → 需求确认 → 方案报价 → 商务谈判 → 签约; to change it, give the stage list (--stages)",
    );
    expect(stdout).toContain("· Deals that went back to an earlier stage: 1");
    expect(stdout).toContain("· 1 lost deals have no known stage");
    expect(stdout).toContain("Win rate: 50.0%");
  });

  it("says the same in Chinese, and as JSON", async () => {
    const zh = await cli(["analyze", ZH_LOG, "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("计入交易数：10");
    expect(zh.stdout).toContain("· 按阶段变更记录读取");
    expect(zh.stdout).toContain("· 阶段顺序按交易通常在第几天首次进入各阶段排列，成交阶段最后：初步接洽 → 需求确认");
    expect(zh.stdout).toContain("· 1 笔交易曾退回较早的阶段");
    const json = await cli(["analyze", ZH_LOG, "--json"]);
    const report = JSON.parse(json.stdout);
    DEAL_REPORT_SCHEMA.parse(report);
    expect(report.shape).toBe("history");
    expect(report.reading.stageOrder).toEqual({ source: "firstEntry" });
    expect(report.funnel.map((row: { reached: number }) => row.reached)).toEqual([10, 8, 6, 5, 3]);
  });

  it("takes --stages as the order, without asking for a column per stage", async () => {
    const { code, stdout } = await cli(["analyze", ZH_LOG, "--json", "--stages", "初步接洽,需求确认,方案报价,商务谈判,签约"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).reading.stageOrder).toEqual({ source: "given" });
  });

  it("finds a history sheet below a title in a workbook, beside a summary sheet", async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("汇总").addRows([["月份", "线索", "商机", "成交"], ["1月", 120, 260, 300]]);
    const rows = readFileSync(ZH_LOG, "utf8").trim().split("\n").map((line) => line.split(","));
    workbook.addWorksheet("阶段变更记录").addRows([["2026年一季度阶段变更记录"], [], ...rows]);
    await workbook.xlsx.writeFile(join(dir, "book.xlsx"));
    const { code, stdout } = await cli(["analyze", join(dir, "book.xlsx"), "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.deals).toBe(10);
    expect(report.winRate).toBe(0.5);
  });

  it("names the sheet rows of a history's bad rows", async () => {
    const dir = tempDir();
    // Header on line 2 (a title above it): the unreadable date is on sheet row 4.
    writeFileSync(join(dir, "log.csv"), "阶段变更记录\n商机编号,阶段,进入日期\n1,线索,2026/1/5\n1,商机,明天\n1,成交,2026/2/4\n");
    const { stdout } = await cli(["analyze", join(dir, "log.csv"), "--json"]);
    const report = JSON.parse(stdout);
    expect(report.problems).toEqual([{ row: 4, column: "C", message: 'Unreadable date "明天"' }]);
    expect(report.cycleTimeDays.median).toBe(30);
  });
});

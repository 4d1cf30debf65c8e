/**
 * The sidebar reads the deal sheet in pages (appsscript/sheetPages.ts on the server, sidebar/analyzeSheets.ts in
 * the browser): a log too large for one call is read whole, with the core's figures; every call stays within the
 * sidebar's ceiling; each page costs the same few service calls; dates cross as `{ d: ms }` and come back as the
 * same instants; a sheet that changes under the analysis is said to have changed.
 */
import { describe, expect, it } from "vitest";
import { analyzeDeals } from "../../core/report/analyzeDeals";
import { sampleDeals } from "../../core/sample/sampleDeals";
import { sampleGrid } from "../../core/sample/sampleGrid";
import { sidebarSheetHeads, sidebarSheetValues } from "../../appsscript/sheetPages";
import { analyzeSheets } from "../../appsscript/sidebar/analyzeSheets";
import { MAX_ANSWER_CHARS, type AnalyzeResponse } from "../../appsscript/shared/protocol";
import { fromWireValue, pageRows, PAGE_CELLS, toWireValue } from "../../appsscript/shared/wireValues";
import { SheetsFake } from "./fakes/sheetsFake";
import { analyzeOnFake, pagesThrough, type WireCall } from "./support/analyzeOnFake";
import { dayOfUtcMidnight, isDate, zonedMidnight } from "./support/zonedDates";

const ZONE = "Asia/Shanghai";
type OkAnswer = Extract<AnalyzeResponse, { status: "ok" }>;

/** A spreadsheet holding `grid` on `sheet`, its date cells the instants of midnight in {@link ZONE}, as Sheets gives them. */
function spreadsheet(sheet: string, grid: readonly (readonly unknown[])[], options: { locale?: string; userLocale?: string } = {}): SheetsFake {
  const fake = new SheetsFake({ locale: options.locale ?? "zh_CN", userLocale: options.userLocale ?? "zh-CN", timeZone: ZONE, sheets: [sheet] });
  const zoned = grid.map((row) => row.map((cell) => (isDate(cell) ? new Date(zonedMidnight(dayOfUtcMidnight(cell), ZONE)) : cell)));
  for (let from = 0; from < zoned.length; from += 5_000) fake.put(sheet, `A${from + 1}`, zoned.slice(from, from + 5_000));
  return fake;
}

describe("dates on the wire", () => {
  it("cross as milliseconds and come back as the same instant", () => {
    // Midnight of 5 January 2026 in Shanghai (UTC+8) is 16:00 UTC on the 4th: 1,767,542,400,000 ms (worked by hand:
    // 20,457 days from 1970-01-01 to 2026-01-04, × 86,400,000, + 16 h × 3,600,000).
    const midnight = new Date(Date.UTC(2026, 0, 4, 16));
    expect(20_457 * 86_400_000 + 16 * 3_600_000).toBe(1_767_542_400_000);
    expect(toWireValue(midnight)).toEqual({ d: 1_767_542_400_000 });
    expect((fromWireValue({ d: 1_767_542_400_000 }) as Date).getTime()).toBe(midnight.getTime());
    expect(JSON.parse(JSON.stringify(toWireValue(new Date(Date.UTC(2026, 2, 4, 9, 30, 15, 250)))))).toEqual({ d: Date.UTC(2026, 2, 4, 9, 30, 15, 250) });
    expect([toWireValue("Lead"), toWireValue(12.5), toWireValue(true), toWireValue("")]).toEqual(["Lead", 12.5, true, ""]);
  });

  it("a page of the log carries no Date, and its dates rebuilt read the same days in the spreadsheet's zone", async () => {
    const { grid } = sampleGrid(sampleDeals({ count: 40, seed: 3, locale: "en" }), { locale: "en", dates: "date", badRows: 2, seed: 4 });
    const fake = spreadsheet("Deals", grid, { locale: "en_US", userLocale: "en" });
    const page = sidebarSheetValues(fake.globals(), "Deals", 1, 41, grid[0].length);
    expect(page.status).toBe("ok");
    const values = page.status === "ok" ? page.values : [];
    expect(JSON.stringify(values)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const answer = (await analyzeOnFake(fake)) as OkAnswer;
    const report = analyzeDeals(grid, { locale: "en", timeZone: "UTC" })!;
    expect(answer).toMatchObject({ status: "ok", deals: report.deals, winRate: report.winRate, cycleTimeDays: JSON.parse(JSON.stringify(report.cycleTimeDays)) });
  });
});

describe("a deal log larger than one call can carry", () => {
  // 30,000 deals × 14 columns: about 6 MB of JSON, half again over the 4 MB a call may carry.
  const { grid } = sampleGrid(sampleDeals({ count: 30_000, seed: 21, locale: "zh-CN" }), { locale: "zh-CN", dates: "date", badRows: 30, seed: 8 });

  it("is read in pages, whole: the core's figures, every call within the ceiling", async () => {
    expect(JSON.stringify(grid).length).toBeGreaterThan(MAX_ANSWER_CHARS);
    const fake = spreadsheet("交易", grid);
    const log: WireCall[] = [];
    const answer = (await analyzeOnFake(fake, log)) as OkAnswer;
    const report = analyzeDeals(grid, { locale: "zh-CN", timeZone: "UTC" })!;
    expect(answer).toMatchObject({
      status: "ok",
      sheet: "交易",
      deals: report.deals,
      funnel: JSON.parse(JSON.stringify(report.funnel)),
      winRate: report.winRate,
      cycleTimeDays: JSON.parse(JSON.stringify(report.cycleTimeDays)),
      pipelineVelocity: report.pipelineVelocity,
      problemCount: report.problems.length,
    });
    expect(answer.problems).toEqual(JSON.parse(JSON.stringify(report.problems.slice(0, answer.problems.length))));
    // One call for the heads, then ⌈30,000 rows below the header / rows per page⌉ pages.
    const perPage = pageRows(grid[0].length);
    expect(perPage).toBe(Math.floor(PAGE_CELLS / grid[0].length));
    expect(log.map((call) => call.name)).toEqual(["sidebarSheetHeads", ...Array.from({ length: Math.ceil((grid.length - 1) / perPage) }, () => "sidebarSheetValues")]);
    for (const call of log) expect(call.answered, call.name).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  });

  it("costs the same service calls per page, whatever the page's size: one getValues each", () => {
    const fake = spreadsheet("交易", grid);
    const host = fake.globals();
    const costs = [10, 1_000, pageRows(grid[0].length)].map((rows) => {
      const before = fake.calls.total;
      const getValues = fake.calls.count("Range.getValues");
      const page = sidebarSheetValues(host, "交易", 2, rows, grid[0].length);
      expect(page.status === "ok" && page.values.length).toBe(rows);
      expect(fake.calls.count("Range.getValues") - getValues).toBe(1);
      return fake.calls.total - before;
    });
    expect(costs).toEqual([costs[0], costs[0], costs[0]]);
    expect(costs[0]).toBe(5);
  });
});

describe("pages within the ceiling, and a sheet that changes", () => {
  it("a page whose long text would pass the ceiling comes back shorter; the rest is asked for from there", async () => {
    const note = "备注".repeat(20_000); // 40,000 characters a cell, two a row: 100 rows are 8 million characters
    const rows = [["编号", "线索", "成交", "备注", "说明"], ...Array.from({ length: 100 }, (_, index) => [`D${index + 1}`, new Date(Date.UTC(2026, 0, 5 + index)), index % 2 === 0 ? new Date(Date.UTC(2026, 3, 5 + index)) : "", note, note])];
    const fake = spreadsheet("交易", rows);
    const first = sidebarSheetValues(fake.globals(), "交易", 2, 100, 5);
    expect(first.status === "ok" && first.values.length).toBeLessThan(100);
    expect(first.status === "ok" && first.values.length).toBeGreaterThan(0);
    expect(JSON.stringify(first).length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    const log: WireCall[] = [];
    const answer = (await analyzeOnFake(fake, log)) as OkAnswer;
    expect(answer.deals).toBe(100);
    expect(answer.funnel.map((row) => row.reached)).toEqual([100, 50]);
    expect(log.filter((call) => call.name === "sidebarSheetValues").length).toBeGreaterThan(1);
  });

  it("odd arguments from the browser read as no such sheet, and touch nothing", () => {
    const fake = spreadsheet("交易", [["编号", "线索"], ["D1", new Date(Date.UTC(2026, 0, 5))]]);
    const host = fake.globals();
    const odd: [unknown, unknown, unknown, unknown][] = [[7, 1, 1, 1], ["交易", 0, 1, 1], ["交易", 1.5, 1, 1], ["交易", 1, 0, 1], ["交易", 1, 1, 0], ["交易", 1, PAGE_CELLS, 2], ["交易", "1", 1, 1]];
    for (const args of odd) {
      expect(sidebarSheetValues(host, ...args), JSON.stringify(args)).toEqual({ status: "missing" });
    }
    expect(fake.calls.count("Range.getValues")).toBe(0);
    expect(sidebarSheetValues(host, "没有这张表", 1, 1, 1)).toEqual({ status: "missing" });
    // Past the last row: nothing, without a range outside the sheet.
    expect(sidebarSheetValues(host, "交易", 3, 10, 2)).toEqual({ status: "ok", values: [] });
  });

  it.each([
    ["zh-CN", "zh_CN", "“交易”在读取时被重命名或删除，未显示结果。请再点一次“分析”。"],
    ["en", "en_US", '"交易" was renamed or deleted while it was being read; nothing is shown. Analyze again.'],
  ] as const)("%s: renamed between the heads and its pages, the analysis says so and shows nothing", async (userLocale, locale, message) => {
    const fake = spreadsheet("交易", [["编号", "线索", "成交"], ["D1", new Date(Date.UTC(2026, 0, 5)), ""]], { locale, userLocale });
    const through = pagesThrough(fake);
    const renaming: typeof through = ((name: string, ...args: unknown[]) => {
      if (name === "sidebarSheetValues") fake.sheet("交易").name = "交易（旧）";
      return (through as (name: string, ...args: unknown[]) => Promise<unknown>)(name, ...args);
    }) as typeof through;
    expect(await analyzeSheets(renaming)).toEqual({ status: "sheetChanged", locale: userLocale, sheet: "交易", message });
  });

  it("the heads: each sheet's first rows and size, the active sheet, the zone and the locales, all wire-safe", () => {
    const fake = spreadsheet("交易", [["编号", "线索"], ...Array.from({ length: 40 }, (_, index) => [`D${index}`, new Date(Date.UTC(2026, 0, 5))])], { locale: "en_GB", userLocale: "en" });
    const heads = JSON.parse(JSON.stringify(sidebarSheetHeads(fake.globals())));
    expect(heads).toMatchObject({ locale: "en", spreadsheetLocale: "en_GB", timeZone: ZONE, active: "交易" });
    expect(heads.sheets).toHaveLength(1);
    expect(heads.sheets[0]).toMatchObject({ name: "交易", rows: 41, columns: 2 });
    expect(heads.sheets[0].head.length).toBeLessThan(41);
    expect(heads.sheets[0].head[1]).toEqual(["D0", { d: zonedMidnight(dayOfUtcMidnight(new Date(Date.UTC(2026, 0, 5))), ZONE) }]);
  });
});

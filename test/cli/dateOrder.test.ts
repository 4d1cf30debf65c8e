import { beforeAll, describe, expect, it } from "vitest";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { buildCli, cli } from "./helpers";

beforeAll(async () => {
  await buildCli();
});

// Our own English layout saved as CSV by US-locale Excel (test/fixtures/exports/README-dates.md).
const SETTLED = "test/fixtures/exports/own-layout-us-excel.csv";
const EARLY_DAYS = "test/fixtures/exports/own-layout-us-excel-early-days.csv";

describe("a CSV saved by US-locale Excel (dates like 12/29/2025)", () => {
  it("reads month first with no option when each column has a day above 12", async () => {
    const { code, stdout, stderr } = await cli(["analyze", SETTLED, "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    // By hand: 6 deals; reached Lead 6, Opportunity 5 (all but D-5), Proposal 4 (D-1, D-3, D-4, D-6),
    // Quote 3 (D-1, D-3, D-4), Negotiation 2 and Won 2 (D-1, D-4). Win rate 2 won / (2 won + 2 lost) = 0.5.
    // Cycle: D-1 2025-12-29 → 2026-02-17 = 3 + 31 + 16 = 50 days; D-4 2026-01-08 → 03-02 = 23 + 28 + 2 = 53 days;
    // median and mean (50 + 53) / 2 = 51.5.
    expect(report.problems).toEqual([]);
    expect(report.deals).toBe(6);
    expect(report.funnel.map((row) => row.reached)).toEqual([6, 5, 4, 3, 2, 2]);
    expect(report.winRate).toBe(0.5);
    expect(report.cycleTimeDays).toEqual({ median: 51.5, mean: 51.5, p90: expect.any(Number), n: 2 });
    expect(report.reading?.dateOrders).toEqual(
      ["Lead", "Opportunity", "Proposal", "Quote", "Negotiation", "Won"].map((column) => ({ column, order: "mdy", source: "values" })),
    );
  });

  it("says in the text report how each column was read", async () => {
    const en = await cli(["analyze", SETTLED]);
    expect(en.stdout).toContain(
      '· Dates of "Lead", "Opportunity", "Proposal", "Quote", "Negotiation", "Won" read month-first (M/D/Y): settled by its own values (a day above 12)\n',
    );
    const zh = await cli(["analyze", SETTLED, "--lang", "zh-CN"]);
    expect(zh.stdout).toMatch(/· “Lead”、.*、“Won”列的日期按月\/日\/年读取：由该列自身的日期确定（有大于 12 的日）\n/);
  });

  it("fails in one line, non-zero, when no day is above 12 and no order is given", async () => {
    const { code, stdout, stderr } = await cli(["analyze", EARLY_DAYS]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    // Lead: 1/2, 1/6, 1/7 read both ways, 2/2/2026 reads the same either way: 3 of its 4 dates.
    expect(lines[0]).toMatch(/^sales-tracker: test\/fixtures\/exports\/own-layout-us-excel-early-days\.csv: 3 of the 4 dates of column "Lead" could be month-first or day-first; all 4 dates of column "Opportunity" could be/);
    expect(lines[0]).toMatch(/: add --date-order mdy or dmy$/);
    expect((await cli(["analyze", EARLY_DAYS, "--json"])).code).toBe(1);
    const zh = await cli(["analyze", EARLY_DAYS, "--lang", "zh-CN"]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/“Opportunity”列的全部 4 个日期都既可读作月\/日\/年，也可读作日\/月\/年/);
    expect(zh.stderr.trimEnd()).toMatch(/：请加 --date-order mdy（月\/日\/年）或 dmy（日\/月\/年）$/);
  });

  it("reads right with --date-order mdy", async () => {
    const { code, stdout } = await cli(["analyze", EARLY_DAYS, "--json", "--date-order", "mdy"]);
    expect(code).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    // By hand: 4 deals; reached Lead 4, Opportunity 4, Proposal 3 (E-1, E-3, E-4), Quote, Negotiation, Won 2.
    // Win rate 2 / (2 + 1) = 2/3. Cycle: E-1 2026-01-02 → 03-04 = 31 + 28 + 2 = 61; E-4 01-07 → 04-01 =
    // 31 + 28 + 25 = 84; median (61 + 84) / 2 = 72.5.
    expect(report.problems).toEqual([]);
    expect(report.funnel.map((row) => row.reached)).toEqual([4, 4, 3, 2, 2, 2]);
    expect(report.winRate).toBeCloseTo(2 / 3, 12);
    expect(report.cycleTimeDays.median).toBe(72.5);
    expect(report.reading?.dateOrders?.[0]).toEqual({ column: "Lead", order: "mdy", source: "option" });
    const text = await cli(["analyze", EARLY_DAYS, "--date-order", "MDY"]);
    expect(text.stdout).toContain('· Dates of "Lead", "Opportunity", "Proposal", "Quote", "Negotiation", "Won" read month-first (M/D/Y): as the date order given says');
  });

  it("reads day first with --date-order dmy, which runs these dates backwards (reported, not guessed away)", async () => {
    const { code, stdout } = await cli(["analyze", EARLY_DAYS, "--json", "--date-order", "dmy"]);
    expect(code).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    // E-1 day first: Lead 1 Feb, Opportunity 1 May, Proposal 1 Sep, Quote 2 Mar — before Proposal.
    expect(report.problems.some((problem) => problem.row === 2 && problem.column === "G")).toBe(true);
  });

  it("refuses a --date-order it does not know, exit 2, in the user's language", async () => {
    const en = await cli(["analyze", SETTLED, "--date-order", "dym"]);
    expect(en.code).toBe(2);
    expect(en.stderr.split("\n")[0]).toBe('sales-tracker: --date-order: no date order "dym": use mdy (month first), dmy (day first) or ymd (year first)');
    expect(en.stderr).toMatch(/^usage:/m);
    const zh = await cli(["analyze", SETTLED, "--date-order=us", "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr.split("\n")[0]).toBe("sales-tracker: --date-order：没有“us”这种日期顺序：请用 mdy（月/日/年）、dmy（日/月/年）或 ymd（年/月/日）");
    expect((await cli(["analyze", SETTLED, "--date-order"])).code).toBe(2);
  });
});

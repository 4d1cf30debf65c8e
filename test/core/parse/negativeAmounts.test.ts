import { describe, expect, it } from "vitest";
import { callFunction } from "../../../core/functions/registry";
import { describeProblem } from "../../../core/model/problem";
import { stageList } from "../../../core/model/stages";
import { readAmountCell } from "../../../core/parse/amounts";
import { parseDealLog } from "../../../core/parse/dealLog";
import { analyzeDeals } from "../../../core/report/analyzeDeals";

// A deal amount below zero is not a deal value (a refund or a credit note belongs elsewhere): `-500` and the
// accountants' `(1,200)` are one problem, `amount.negative`, with row and column and what to do; the deal still
// counts in the funnel, its amount missing, as an unreadable amount is (DEFINITIONS §5).

describe("readAmountCell: amounts below zero", () => {
  it("reports a minus sign and accountants' brackets alike", () => {
    for (const cell of [-500, "-500", "-1,200", "(1,200)", "(¥1,200)", "¥-1,200", "-¥1,200", "USD -24,250.00", "(24,250.00) EUR", "-1.2万", "(1.2万)"]) {
      expect(readAmountCell(cell), String(cell)).toBe("amount.negative");
    }
    expect(readAmountCell(-0.01)).toBe("amount.negative");
    expect(readAmountCell("-3", 4)).toBe("amount.negative"); // 金额（万元）: −30,000
  });
  it("keeps zero, positive figures, and what was unreadable before", () => {
    expect(readAmountCell(0)).toBe(0);
    expect(readAmountCell("0")).toBe(0);
    expect(readAmountCell("1,200")).toBe(1200);
    expect(readAmountCell("+1,200")).toBe(1200);
    expect(readAmountCell("(n/a)")).toBe("amount.unreadable");
    expect(readAmountCell("(1,20)")).toBe("amount.unreadable");
    expect(readAmountCell("((1,200))")).toBe("amount.unreadable");
  });
});

describe("a deal log with amounts below zero", () => {
  // By hand. Row 2 won 1,000; row 3 won −500; row 4 won (1,200); row 5 open 300; row 6 open "-200".
  // Every deal counts in the funnel (5 reached Lead); the won amount is 1,000 (only row 2's), the open pipeline
  // 300 (only row 5's).
  const grid = [
    ["Lead", "Won", "Status", "Amount"],
    [46027, 46040, "Won", 1000],
    [46027, 46041, "Won", -500],
    [46027, 46042, "Won", "(1,200)"],
    [46027, "", "Open", 300],
    [46028, "", "Open", "-200"],
  ];

  it("reports each with row and column, in English and Chinese, saying what to do", () => {
    const log = parseDealLog(grid)!;
    expect(log.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, "D", "amount.negative"],
      [4, "D", "amount.negative"],
      [6, "D", "amount.negative"],
    ]);
    expect(describeProblem(log.problems[1], "en").message).toBe(
      'Amount "(1,200)" is below zero, treated as missing: a deal\'s amount is its value — record refunds and credit notes elsewhere, or enter the amount without a minus sign',
    );
    expect(describeProblem(log.problems[0], "zh-CN").message).toBe("金额“-500”小于零，按空值处理：交易金额是成交价值——退款、冲销请另行记录，或填写不带负号的金额");
    expect(log.deals.count).toBe(5);
  });

  it("leaves them out of the amount figures only", () => {
    const report = analyzeDeals(grid, { locale: "en", stages: stageList(["Lead", "Won"], "en") })!;
    expect(report.deals).toBe(5);
    expect(report.funnel.map((row) => row.reached)).toEqual([5, 3]);
    expect(report.averageWonAmount).toBe(1000);
    expect(report.openPipelineAmount).toBe(300);
  });

  it("is left out by the functions too (AVERAGE_WON_AMOUNT, OPEN_PIPELINE_AMOUNT)", () => {
    const statuses = [["Status"], ["Won"], ["Won"], ["Won"], ["Open"], ["Open"]];
    const amounts = [["Amount"], [1000], [-500], ["(1,200)"], [300], ["-200"]];
    expect(callFunction("AVERAGE_WON_AMOUNT", [statuses, amounts], { locale: "en" })).toBe(1000);
    expect(callFunction("OPEN_PIPELINE_AMOUNT", [statuses, amounts], { locale: "en" })).toBe(300);
  });
});

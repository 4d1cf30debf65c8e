import { describe, expect, it } from "vitest";
import { analyzeDeals } from "../../../core/report/analyzeDeals";

describe("analyzeDeals: loss points", () => {
  // Worked by hand: row 2 won; row 3 lost at Lead; row 4 lost but dated Won (a contradiction); row 5 lost at
  // Proposal; row 6 open. Win rate 1 won / (1 won + 3 lost) = 0.25. Loss points: Lead 1, Proposal 1 of the
  // 2 lost deals counted there; no row for Won.
  const grid = [
    ["Lead", "Proposal", "Won", "Status"],
    [46023, 46030, 46040, "Won"],
    [46023, "", "", "Lost"],
    [46023, 46030, 46040, "Lost"],
    [46023, 46030, "", "Lost"],
    [46023, 46030, "", "Open"],
  ];

  it("lists every stage but the last; a lost deal dated in the last stage is a problem row, lost in the win rate", () => {
    const report = analyzeDeals(grid, { locale: "en" })!;
    expect(report.deals).toBe(5);
    expect(report.funnel.map((row) => row.reached)).toEqual([5, 4, 2]);
    expect(report.winRate).toBe(0.25);
    expect(report.lossPoints).toEqual([
      { stage: "Lead", lost: 1, share: 0.5 },
      { stage: "Proposal", lost: 1, share: 0.5 },
    ]);
    expect(report.problems).toEqual([{ row: 4, column: "D", message: 'Status "Lost" but dated in the last stage "Won": counted as lost, in no loss point' }]);
  });

  it("says the contradiction in Chinese too", () => {
    const report = analyzeDeals(grid, { locale: "zh-CN" })!;
    expect(report.problems.map((problem) => problem.message)).toEqual(["状态为“Lost”，却有最后阶段“Won”的日期：计为丢单，但不计入任何丢单阶段"]);
  });
});

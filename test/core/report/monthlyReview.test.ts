import { describe, expect, it } from "vitest";
import { stageList } from "../../../core/model/stages";
import { parseDealLog } from "../../../core/parse/dealLog";
import { dayFromCivil } from "../../../core/parse/dates";
import { monthlyReview, monthState } from "../../../core/report/monthlyReview";

/**
 * A hand-worked close-month review. Stages Lead · Opportunity · Proposal · Won.
 * - D1 lead 01-05, won 02-04 (cycle 30)        → Jan lead, Feb won
 * - D2 lead 01-08, won 03-02 (cycle 53)        → Jan lead, Mar won
 * - D3 lead 01-10, furthest Proposal 02-05, lost, "Price too high"   → Feb lost at Proposal
 * - D4 lead 01-15, furthest Opportunity 02-01, lost, "price too HIGH" → Feb lost at Opportunity
 * - D5 lead 02-01, open                         → Feb lead, still open
 * - D6 lead 02-10, won 02-27 (cycle 17)        → Feb lead, Feb won
 * - D7 lead 01-20 only, lost, "No budget"       → Jan lost at Lead (not a loss point after the first stage)
 * Jan: leads 5, won 0, lost 1, open 0, win rate 0, no cycle, goal 0.5 → −0.5, no loss point after Lead, reason No budget.
 * Feb: leads 2, won 2, lost 2, open 1, win rate 0.5 (+0.5 on Jan, 0 on the goal), median cycle (17 + 30) / 2 = 23.5,
 *      top loss point Opportunity (1 each at Opportunity and Proposal: the earlier), reason Price too high (2).
 * Mar: leads 0, won 1, lost 0, win rate 1 (+0.5, +0.5), cycle 53, in progress on 03-15.
 */
const LOG = [
  ["Deal", "Lead", "Opportunity", "Proposal", "Won", "Status", "Lost reason"],
  ["D1", "2026-01-05", "2026-01-12", "2026-01-20", "2026-02-04", "Won", ""],
  ["D2", "2026-01-08", "2026-01-15", "2026-02-01", "2026-03-02", "Won", ""],
  ["D3", "2026-01-10", "2026-01-20", "2026-02-05", "", "Lost", "Price too high"],
  ["D4", "2026-01-15", "2026-02-01", "", "", "Lost", "price too HIGH"],
  ["D5", "2026-02-01", "", "", "", "Open", ""],
  ["D6", "2026-02-10", "2026-02-12", "2026-02-20", "2026-02-27", "Won", ""],
  ["D7", "2026-01-20", "", "", "", "Lost", "No budget"],
];

describe("monthlyReview (close months)", () => {
  const deals = parseDealLog(LOG, { stages: stageList(["Lead", "Opportunity", "Proposal", "Won"], "en") })!.deals;
  const review = monthlyReview(deals, {
    firstMonth: dayFromCivil(2026, 1, 1),
    months: 3,
    asOf: dayFromCivil(2026, 3, 15),
    winRateGoal: 0.5,
    reasons: ["No budget", "Price too high"],
  });

  it("counts each month as worked by hand", () => {
    expect(review.map((month) => month.month)).toEqual([dayFromCivil(2026, 1, 1), dayFromCivil(2026, 2, 1), dayFromCivil(2026, 3, 1)]);
    expect(review.map((month) => [month.newLeads, month.won, month.lost, month.stillOpen])).toEqual([
      [5, 0, 1, 0],
      [2, 2, 2, 1],
      [0, 1, 0, 0],
    ]);
    expect(review.map((month) => month.winRate)).toEqual([0, 0.5, 1]);
    expect(review.map((month) => month.cycleMedian)).toEqual([null, 23.5, 53]);
    expect(review.map((month) => month.changeFromLastMonth)).toEqual([null, 0.5, 0.5]);
    expect(review.map((month) => month.againstGoal)).toEqual([-0.5, 0, 0.5]);
    expect(review.map((month) => month.topLossStage)).toEqual([null, 1, null]);
    expect(review.map((month) => month.topLostReason)).toEqual(["No budget", "Price too high", null]);
    expect(review.map((month) => month.state)).toEqual(["complete", "complete", "inProgress"]);
  });

  it("has no goal comparison without a goal", () => {
    const withoutGoal = monthlyReview(deals, { firstMonth: dayFromCivil(2026, 1, 1), months: 3, asOf: dayFromCivil(2026, 3, 15), reasons: [] });
    expect(withoutGoal.map((month) => month.againstGoal)).toEqual([null, null, null]);
    expect(withoutGoal.map((month) => month.topLostReason)).toEqual([null, null, null]);
  });

  it("month states: future, in progress, maturing cohorts, complete", () => {
    const oct = dayFromCivil(2026, 10, 1);
    expect(monthState(oct, dayFromCivil(2026, 9, 30), 0)).toBe("future");
    expect(monthState(oct, dayFromCivil(2026, 10, 30), 0)).toBe("inProgress");
    expect(monthState(oct, dayFromCivil(2026, 10, 31), 0)).toBe("complete");
    // A cohort: 10-31 + 30 days = 11-30.
    expect(monthState(oct, dayFromCivil(2026, 11, 29), 30)).toBe("maturing");
    expect(monthState(oct, dayFromCivil(2026, 11, 30), 30)).toBe("complete");
  });
});

import { describe, expect, it } from "vitest";
import { pilotLift } from "../../../core/metrics/pilotLift";
import { stageList } from "../../../core/model/stages";
import { parseDealLog } from "../../../core/parse/dealLog";
import { dayFromCivil } from "../../../core/parse/dates";
import { pilotFromDeals, pilotVerdict } from "../../../core/report/pilotFromDeals";

/**
 * Hand-worked: pilot from 2026-03-02 (weeks start 03-02, 03-09, 03-16, 03-23, 03-30), as of 03-31, deals settle in 10
 * days: weeks 1–2 mature (last days 03-08, 03-15 + 10 ≤ 03-31), weeks 3–4 maturing, week 5 in progress.
 * Pilot East 1: w1 P1 (won), P2 (lost at Opportunity); w2 P3 (won), P4 ("east 1", lead only, open).
 * Before the start: P5 won, P6 lost at Opportunity, P7 lead only → 2 opportunities, 1 deal, rate 0.5.
 * Control: w1 C1 lost, C2 won (South); w2 C3 open (East 2); w3 C5 (South, maturing); C4 has no team: in neither.
 * Mature totals: pilot 4 leads, 3 opportunities, 2 deals; control 3, 3, 1. Lift 2/3 − 1/3; Fisher's test: the
 * table [[2,1],[1,2]] has P(k) = 1, 9, 9, 1 (÷ 20) for k = 0…3, every one ≤ 9/20, so p = 1: no difference yet.
 * After (the mature totals): 2 ÷ 3, change 2/3 − 1/2 = 1/6.
 */
const LOG = [
  ["Deal", "Team", "Lead", "Opportunity", "Won", "Status"],
  ["P1", "East 1", "2026-03-02", "2026-03-03", "2026-03-20", "Won"],
  ["P2", "East 1", "2026-03-04", "2026-03-05", "", "Lost"],
  ["P3", "East 1", "2026-03-10", "2026-03-11", "2026-03-25", "Won"],
  ["P4", "east 1", "2026-03-12", "", "", "Open"],
  ["P5", "East 1", "2026-02-10", "2026-02-12", "2026-03-01", "Won"],
  ["P6", "East 1", "2026-02-15", "2026-02-16", "", "Lost"],
  ["P7", "East 1", "2026-02-20", "", "", "Lost"],
  ["C1", "South", "2026-03-03", "2026-03-04", "", "Lost"],
  ["C2", "South", "2026-03-05", "2026-03-06", "2026-03-28", "Won"],
  ["C3", "East 2", "2026-03-09", "2026-03-10", "", "Open"],
  ["C4", "", "2026-03-03", "2026-03-04", "2026-03-10", "Won"],
  ["C5", "South", "2026-03-17", "2026-03-18", "", "Open"],
];

describe("pilotFromDeals", () => {
  const deals = parseDealLog(LOG, { stages: stageList(["Lead", "Opportunity", "Won"], "en") })!.deals;
  const pilot = pilotFromDeals(deals, { pilotTeam: "East 1", start: dayFromCivil(2026, 3, 2), asOf: dayFromCivil(2026, 3, 31), maxWeeks: 16, settleDays: 10 });

  it("counts each week per group and marks the weeks still settling", () => {
    expect(pilot.weeks.map((week) => week.start)).toEqual([2, 9, 16, 23, 30].map((day) => dayFromCivil(2026, 3, day)));
    expect(pilot.weeks.map((week) => week.state)).toEqual(["mature", "mature", "maturing", "maturing", "inProgress"]);
    const counts = (group: "pilot" | "control") => pilot.weeks.map((week) => [week[group].leads, week[group].opportunities, week[group].deals]);
    expect(counts("pilot")).toEqual([[2, 2, 1], [2, 1, 1], [0, 0, 0], [0, 0, 0], [0, 0, 0]]);
    expect(counts("control")).toEqual([[2, 2, 1], [1, 1, 0], [1, 1, 0], [0, 0, 0], [0, 0, 0]]);
  });

  it("totals the mature weeks, tests them, and gives the pilot team's baseline", () => {
    expect(pilot.totals).toEqual({ pilot: { leads: 4, opportunities: 3, deals: 2 }, control: { leads: 3, opportunities: 3, deals: 1 } });
    expect(pilot.lift.method).toBe("fisher");
    expect(pilot.lift.pValue).toBeCloseTo(1, 12);
    expect(pilot.verdict).toBe("noDifference");
    expect(pilot.baseline.before).toEqual({ opportunities: 2, deals: 1, rate: 0.5 });
    expect(pilot.baseline.after).toEqual({ opportunities: 3, deals: 2, rate: 2 / 3 });
    expect(pilot.baseline.change).toBeCloseTo(1 / 6, 12);
  });

  it("has no weeks before the start and nothing without a pilot team", () => {
    expect(pilotFromDeals(deals, { pilotTeam: "East 1", start: dayFromCivil(2026, 4, 1), asOf: dayFromCivil(2026, 3, 31), maxWeeks: 16, settleDays: 0 }).weeks).toEqual([]);
    const none = pilotFromDeals(deals, { pilotTeam: "", start: dayFromCivil(2026, 3, 2), asOf: dayFromCivil(2026, 3, 31), maxWeeks: 16, settleDays: 0 });
    expect(none.verdict).toBe("noData");
    expect(none.baseline.change).toBeNull();
  });
});

describe("pilotVerdict", () => {
  it("says better or worse only when p < 0.05, and no data for an empty group", () => {
    // 120/200 vs 60/200: z ≈ 6.0, p ≈ 2e-9.
    expect(pilotVerdict(pilotLift({ pilotConverted: 120, pilotTotal: 200, controlConverted: 60, controlTotal: 200 }))).toBe("better");
    expect(pilotVerdict(pilotLift({ pilotConverted: 60, pilotTotal: 200, controlConverted: 120, controlTotal: 200 }))).toBe("worse");
    // 60/200 vs 45/200: p ≈ 0.088.
    expect(pilotVerdict(pilotLift({ pilotConverted: 60, pilotTotal: 200, controlConverted: 45, controlTotal: 200 }))).toBe("noDifference");
    expect(pilotVerdict(pilotLift({ pilotConverted: 0, pilotTotal: 0, controlConverted: 45, controlTotal: 200 }))).toBe("noData");
  });
});

import { describe, expect, it } from "vitest";
import { leadSettleDays, matureLeadPeriod } from "../../../core/metrics/matureLeads";
import { goalBaseline, goalCurrent } from "../../../core/metrics/periodFigures";
import { parseDealLog } from "../../../core/parse/dealLog";

// Hand-worked (DEFINITIONS §4 "a goal's current value": a conversion goal counts only leads that had time to convert).
// Days in the first stage (first-stage date → the next dated stage): D1 2, D2 4, D3 6 (skipped 商机, reached 方案),
// D6 1, D7 1 → sorted 1, 1, 2, 4, 6: median N = 2 days. As of 03-15 a lead is mature when its date + 2 ≤ 03-15,
// i.e. dated on or before 03-13: D1–D6 (D6 on the boundary); D7 (03-14) and D8 (03-15) are too young.
const LOG = [
  ["线索", "商机", "方案", "成交", "状态"],
  ["2026-03-01", "2026-03-03", "", "", "进行中"], // D1 converted, mature
  ["2026-03-05", "2026-03-09", "", "", "进行中"], // D2 converted, mature
  ["2026-03-03", "", "2026-03-09", "", "进行中"], // D3 converted (reached 方案), mature
  ["2026-03-10", "", "", "", "丢单"], //             D4 not converted, mature
  ["2026-03-12", "", "", "", "进行中"], //           D5 not converted, mature
  ["2026-03-13", "2026-03-14", "", "", "进行中"], // D6 converted, mature (13 + 2 = 15)
  ["2026-03-14", "2026-03-15", "", "", "进行中"], // D7 converted, too young
  ["2026-03-15", "", "", "", "进行中"], //           D8 not converted, too young
];
const deals = parseDealLog(LOG)!.deals;
// Day numbers: 2026-03-01 is 46082.
const MAR = (day: number) => 46081 + day;
const AS_OF = MAR(15);

describe("a conversion goal counts only the leads that had time to convert (hand-worked)", () => {
  it("the settle days are the log's median days in the first stage", () => {
    expect(leadSettleDays(deals)).toBe(2);
    expect(matureLeadPeriod(deals, { from: MAR(2), to: AS_OF })).toEqual({ from: MAR(2), to: MAR(13) });
  });

  it("the goal's current value counts the mature leads of its period", () => {
    // From 03-02: D2, D3, D4, D5, D6 mature (D7, D8 not): D2, D3, D6 converted → 3/5 (all leads would say 4/7).
    expect(goalCurrent(deals, "conversion", MAR(2), AS_OF)).toBe(0.6);
    // No start: D1–D6, of which D1, D2, D3, D6 converted → 4/6.
    expect(goalCurrent(deals, "conversion", null, AS_OF)).toBeCloseTo(2 / 3, 15);
    // A goal started two days ago has no lead old enough yet.
    expect(goalCurrent(deals, "conversion", MAR(14), AS_OF)).toBeNull();
    // A day later D7 has matured too: from 03-02, D2–D7 → 4/6.
    expect(goalCurrent(deals, "conversion", MAR(2), MAR(16))).toBeCloseTo(4 / 6, 15);
  });

  it("the baseline counts the leads before the start by the same rule, measured on the as-of day", () => {
    // Before 03-05: D1, D3, both mature and converted → 1.
    expect(goalBaseline(deals, "conversion", MAR(5), AS_OF)).toBe(1);
    // Before 03-15, as of 03-15: D7 (03-14) is too young → D1–D6: 4/6.
    expect(goalBaseline(deals, "conversion", MAR(15), AS_OF)).toBeCloseTo(4 / 6, 15);
    // The other kinds' baselines are the figure before the start, as before.
    expect(goalBaseline(deals, "winRate", MAR(15), AS_OF)).toBe(0); // D4 lost on 03-10
  });

  it("a log with no timed lead waits 0 days: every lead counts, as the Pilot's maturing does without a median", () => {
    const young = parseDealLog([
      ["线索", "商机", "状态"],
      ["2026-03-14", "", "进行中"],
      ["2026-03-15", "", "丢单"],
    ])!.deals;
    expect(leadSettleDays(young)).toBe(0);
    expect(goalCurrent(young, "conversion", MAR(1), AS_OF)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { closedInPeriod, goalCurrent, periodConversion, periodCycleMedian, periodWinRate } from "../../../core/metrics/periodFigures";
import { parseDealLog } from "../../../core/parse/dealLog";

// The README's log (DEFINITIONS §4's worked example). Close days: D1 won 02-04 (cycle 30), D2 won 03-02 (cycle 53),
// D3 lost 02-05 (its 方案 date), D4 lost 02-01 (its 商机 date), D5 open.
const LOG = [
  ["线索", "商机", "方案", "成交", "金额", "状态"],
  ["2026-01-05", "2026-01-12", "2026-01-20", "2026-02-04", "¥120,000", "赢单"],
  ["2026-01-08", "2026-01-15", "2026-02-01", "2026-03-02", "8.5万", "赢单"],
  ["2026-01-10", "2026-01-20", "2026-02-05", "", "60,000", "丢单"],
  ["2026-01-15", "2026-02-01", "", "", "", "丢单"],
  ["2026-02-01", "", "", "", "", "进行中"],
];
const deals = parseDealLog(LOG)!.deals;
// Day numbers: 2026-01-01 is 46023.
const JAN = { from: 46023, to: 46053 };
const FEB = { from: 46054, to: 46081 };
const MAR = { from: 46082, to: 46112 };

describe("figures over a period (DEFINITIONS §4 \"goals over their own period\"), hand-worked", () => {
  it("win rate counts the deals closed in the period, by close day", () => {
    expect(closedInPeriod(deals, FEB)).toEqual({ won: 1, lost: 2 });
    expect(periodWinRate(deals, FEB)).toBeCloseTo(1 / 3, 15);
    expect(periodWinRate(deals, MAR)).toBe(1);
    expect(periodWinRate(deals, JAN)).toBeNull(); // nothing closed in January
    expect(periodWinRate(deals, { from: null, to: 46112 })).toBe(0.5);
    // Both ends included: D4 closed on 02-01, D1 on 02-04.
    expect(periodWinRate(deals, { from: 46054, to: 46056 })).toBe(0);
    expect(periodWinRate(deals, { from: 46057, to: 46057 })).toBe(1);
  });

  it("median cycle time counts the deals won in the period", () => {
    expect(periodCycleMedian(deals, FEB)).toBe(30);
    expect(periodCycleMedian(deals, MAR)).toBe(53);
    expect(periodCycleMedian(deals, { from: null, to: 46112 })).toBe(41.5);
    expect(periodCycleMedian(deals, JAN)).toBeNull();
  });

  it("conversion counts the deals that entered the from-stage in the period", () => {
    expect(periodConversion(deals, 0, 1, JAN)).toBe(1); // D1–D4 all became opportunities
    expect(periodConversion(deals, 0, 1, FEB)).toBe(0); // D5 did not (yet)
    expect(periodConversion(deals, 0, 1, { from: null, to: 46112 })).toBe(0.8);
    expect(periodConversion(deals, 1, 3, JAN)).toBeCloseTo(2 / 3, 15); // opportunities D1–D3 in January, D1 and D2 won
    expect(periodConversion(deals, 0, 1, MAR)).toBeNull();
  });

  it("a goal's current value: the figure of its kind from its start to the as-of day", () => {
    expect(goalCurrent(deals, "winRate", 46054, 46081)).toBeCloseTo(1 / 3, 15);
    expect(goalCurrent(deals, "cycle", 46054, 46112)).toBe(41.5);
    expect(goalCurrent(deals, "conversion", 46023, 46053)).toBe(1);
    expect(goalCurrent(deals, "conversion", null, 46112)).toBe(0.8);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dealsOfColumns } from "../../../core/functions/columnDeals";
import { cycleDurations } from "../../../core/metrics/cycleTime";
import { summarize, STATISTICS } from "../../../core/metrics/statistics";
import { parseDealLog } from "../../../core/parse/dealLog";
import { HAND_FIGURES, HAND_LOG } from "../../fixtures/handLog";
import { oracleCycles, oracleMean, oraclePercentileInc } from "../../oracle/bruteForce";
import { dealLists, gridOf } from "../../oracle/arbitraries";

describe("cycle time", () => {
  it("takes won deals from their first to their last stage date (hand-worked)", () => {
    const durations = cycleDurations(parseDealLog(HAND_LOG)!.deals);
    expect([...durations].sort((a, b) => a - b)).toEqual([12, 29, 31]);
    for (const statistic of STATISTICS) expect(summarize(durations, statistic)).toBeCloseTo(HAND_FIGURES.cycle[statistic], 12);
  });

  it("without a status column, a date in the last stage means won", () => {
    const log = parseDealLog([
      ["Lead", "Proposal", "Won"],
      ["2026-01-01", "2026-01-10", "2026-01-21"],
      ["2026-01-02", "2026-01-03", ""],
    ])!;
    expect([...cycleDurations(log.deals)]).toEqual([20]);
  });

  it("leaves out a won deal with no last-stage date", () => {
    const log = parseDealLog([
      ["Lead", "Won", "Status"],
      ["2026-01-01", "", "Won"],
    ])!;
    expect(cycleDurations(log.deals).length).toBe(0);
    expect(summarize(cycleDurations(log.deals), "median")).toBeNull();
    expect(summarize(cycleDurations(log.deals), "count")).toBe(0);
  });

  it("pairs only rows with both dates, end not before start", () => {
    expect([...cycleDurations(dealsOfColumns({ startDays: [46027, 46030, null, 46000], endDays: [46057, 46029, 46100, 46000] }))]).toEqual([30, 0]);
  });

  it("agrees with a brute-force oracle; every statistic lies between min and max", () => {
    fc.assert(
      fc.property(dealLists, ([stageCount, deals]) => {
        const durations = cycleDurations(parseDealLog(gridOf(deals, stageCount))!.deals);
        const expected = oracleCycles(deals);
        expect([...durations].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
        if (expected.length === 0) return;
        const close = (a: number | null, b: number | null) => expect(Math.abs(a! - b!)).toBeLessThan(1e-9);
        close(summarize(durations, "median"), oraclePercentileInc(expected, 0.5));
        close(summarize(durations, "p90"), oraclePercentileInc(expected, 0.9));
        close(summarize(durations, "mean"), oracleMean(expected));
        const low = summarize(durations, "min")!;
        const high = summarize(durations, "max")!;
        for (const statistic of ["median", "mean", "p90"] as const) {
          const value = summarize(durations, statistic)!;
          expect(value).toBeGreaterThanOrEqual(low - 1e-9);
          expect(value).toBeLessThanOrEqual(high + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });
});

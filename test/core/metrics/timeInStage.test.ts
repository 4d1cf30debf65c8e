import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarize, summarizeAll } from "../../../core/metrics/statistics";
import { timeInStageDurations, timeInStageSummaries } from "../../../core/metrics/timeInStage";
import { parseDealLog } from "../../../core/parse/dealLog";
import { HAND_FIGURES, HAND_LOG } from "../../fixtures/handLog";
import { oracleMean, oraclePercentileInc, oracleTimeInStage } from "../../oracle/bruteForce";
import { dealLists, gridOf } from "../../oracle/arbitraries";

describe("time in stage", () => {
  it("measures from the stage's date to the earliest later date (hand-worked)", () => {
    const deals = parseDealLog(HAND_LOG)!.deals;
    HAND_FIGURES.timeInStage.forEach((expected, stage) => {
      const durations = timeInStageDurations(deals, stage);
      expect(durations.length).toBe(expected.n);
      expect(summarize(durations, "median")).toBeCloseTo(expected.median, 12);
      expect(summarize(durations, "mean")).toBeCloseTo(expected.mean, 12);
    });
    expect(timeInStageDurations(deals, 3).length).toBe(0);
  });

  it("summarises every stage but the last at once (hand-worked)", () => {
    const summaries = timeInStageSummaries(parseDealLog(HAND_LOG)!.deals);
    expect(summaries.map((summary) => ({ median: summary.median, mean: summary.mean, n: summary.count }))).toEqual(HAND_FIGURES.timeInStage);
    // 线索: 1, 2, 4, 5, 8 → p90 rank 3.6 → 5 + 0.6 × 3; min 1, max 8.
    expect(summaries[0].p90).toBeCloseTo(6.8, 12);
    expect([summaries[0].min, summaries[0].max]).toEqual([1, 8]);
  });

  it("summaries equal the oracle's figures of each stage's durations, and summarizeAll of them", () => {
    fc.assert(
      fc.property(dealLists, ([stageCount, deals]) => {
        const table = parseDealLog(gridOf(deals, stageCount))!.deals;
        const summaries = timeInStageSummaries(table);
        expect(summaries).toHaveLength(stageCount - 1);
        summaries.forEach((summary, stage) => {
          const durations = oracleTimeInStage(deals, stage);
          expect(summary.count).toBe(durations.length);
          expect(summary.median).toBe(oraclePercentileInc(durations, 0.5));
          expect(summary.p90).toBe(oraclePercentileInc(durations, 0.9));
          expect(summary.mean).toBe(oracleMean(durations));
          expect(summary).toEqual(summarizeAll(timeInStageDurations(table, stage)));
        });
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a stage outside the list", () => {
    const deals = parseDealLog(HAND_LOG)!.deals;
    expect(() => timeInStageDurations(deals, 4)).toThrow(RangeError);
  });

  it("agrees with a brute-force oracle and is never negative", () => {
    fc.assert(
      fc.property(dealLists, ([stageCount, deals]) => {
        const table = parseDealLog(gridOf(deals, stageCount))!.deals;
        for (let stage = 0; stage < stageCount; stage++) {
          const got = [...timeInStageDurations(table, stage)].sort((a, b) => a - b);
          expect(got).toEqual(oracleTimeInStage(deals, stage).sort((a, b) => a - b));
          for (const days of got) expect(days).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarize } from "../../../core/metrics/statistics";
import { timeInStageDurations } from "../../../core/metrics/timeInStage";
import { parseDealLog } from "../../../core/parse/dealLog";
import { HAND_FIGURES, HAND_LOG } from "../../fixtures/handLog";
import { oracleTimeInStage } from "../../oracle/bruteForce";
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

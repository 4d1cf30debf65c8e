import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { funnel, funnelFromReached, reachedCounts } from "../../../core/metrics/funnel";
import { parseDealLog } from "../../../core/parse/dealLog";
import { HAND_FIGURES, HAND_LOG } from "../../fixtures/handLog";
import { oracleReached } from "../../oracle/bruteForce";
import { dealLists, gridOf } from "../../oracle/arbitraries";

describe("funnel", () => {
  it("counts the hand-worked log: skipped stages count as reached", () => {
    const log = parseDealLog(HAND_LOG)!;
    const rows = funnel(log.deals);
    expect(rows.map((row) => row.stage)).toEqual(HAND_FIGURES.stages);
    expect(rows.map((row) => row.reached)).toEqual(HAND_FIGURES.reached);
    rows.forEach((row, i) => {
      const step = HAND_FIGURES.stepConversion[i];
      if (step === null) expect(row.stepConversion).toBeNull();
      else expect(row.stepConversion).toBeCloseTo(step, 12);
      expect(row.overallConversion).toBeCloseTo(HAND_FIGURES.overallConversion[i], 12);
      expect(row.dropOff).toBe(HAND_FIGURES.dropOff[i]);
    });
  });

  it("gives null, never 0 or NaN, for empty denominators", () => {
    const rows = funnelFromReached(["A", "B", "C"], [0, 0, 0]);
    expect(rows.map((row) => [row.stepConversion, row.overallConversion])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    const middle = funnelFromReached(["A", "B", "C"], [3, 0, 0]);
    expect(middle[2].stepConversion).toBeNull();
    expect(middle[1].stepConversion).toBe(0);
  });

  it("agrees with a brute-force count on random logs, never rises, stays in [0, 1]", () => {
    fc.assert(
      fc.property(dealLists, ([stageCount, deals]) => {
        const log = parseDealLog(gridOf(deals, stageCount))!;
        // No bad rows; only a lost deal dated in the last stage is reported (and counted).
        const contradictions = deals.filter((deal) => deal.status === "lost" && deal.stageDays[stageCount - 1] !== null).length;
        expect(log.problems.map((problem) => problem.code)).toEqual(new Array(contradictions).fill("status.lostAtLastStage"));
        const reached = reachedCounts(log.deals);
        expect(reached).toEqual(Array.from({ length: stageCount }, (_, s) => oracleReached(deals, s)));
        expect(reached[0]).toBe(log.deals.count);
        for (let s = 1; s < stageCount; s++) expect(reached[s]).toBeLessThanOrEqual(reached[s - 1]);
        for (const row of funnel(log.deals)) {
          for (const share of [row.stepConversion, row.overallConversion]) {
            if (share !== null) {
              expect(share).toBeGreaterThanOrEqual(0);
              expect(share).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not change when rows are permuted", () => {
    fc.assert(
      fc.property(
        dealLists.chain(([stageCount, deals]) =>
          fc.tuple(fc.constant(stageCount), fc.constant(deals), fc.shuffledSubarray(deals, { minLength: deals.length })),
        ),
        ([stageCount, deals, shuffled]) => {
          const a = funnel(parseDealLog(gridOf(deals, stageCount))!.deals);
          const b = funnel(parseDealLog(gridOf(shuffled, stageCount))!.deals);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 100 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lossPoints } from "../../../core/metrics/lossPoints";
import { STATUS_CODE } from "../../../core/model/dealTable";
import { parseDealLog } from "../../../core/parse/dealLog";
import { HAND_FIGURES, HAND_LOG } from "../../fixtures/handLog";
import { oracleLossPoints } from "../../oracle/bruteForce";
import { dealLists, gridOf } from "../../oracle/arbitraries";

describe("loss points", () => {
  it("counts lost deals at their furthest stage (hand-worked)", () => {
    const deals = parseDealLog(HAND_LOG)!.deals;
    const rows = lossPoints(deals.stages.names, deals.furthest, (i) => deals.status[i] === STATUS_CODE.lost);
    expect(rows.map((row) => row.lost)).toEqual(HAND_FIGURES.lossPoints);
    expect(rows.map((row) => row.share)).toEqual([1 / 3, 1 / 3, 1 / 3, 0]);
  });

  it("shares are null when nothing was lost", () => {
    expect(lossPoints(["A", "B"], [0, 1], [false, false]).map((row) => row.share)).toEqual([null, null]);
  });

  it("agrees with a brute-force oracle; shares sum to 1", () => {
    fc.assert(
      fc.property(dealLists, ([stageCount, deals]) => {
        const table = parseDealLog(gridOf(deals, stageCount))!.deals;
        const rows = lossPoints(table.stages.names, table.furthest, (i) => table.status[i] === STATUS_CODE.lost);
        expect(rows.map((row) => row.lost)).toEqual(oracleLossPoints(deals, stageCount));
        const total = rows.reduce((sum, row) => sum + (row.share ?? 0), 0);
        if (rows.some((row) => row.lost > 0)) expect(total).toBeCloseTo(1, 12);
      }),
      { numRuns: 200 },
    );
  });
});

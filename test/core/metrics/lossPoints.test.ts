import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lossPoints } from "../../../core/metrics/lossPoints";
import { STATUS_CODE } from "../../../core/model/dealTable";
import { parseDealLog } from "../../../core/parse/dealLog";
import { HAND_FIGURES, HAND_LOG } from "../../fixtures/handLog";
import { oracleLossPoints } from "../../oracle/bruteForce";
import { dealLists, gridOf } from "../../oracle/arbitraries";

describe("loss points", () => {
  it("counts lost deals at their furthest stage, one row per stage but the last (hand-worked)", () => {
    const deals = parseDealLog(HAND_LOG)!.deals;
    const rows = lossPoints(deals.stages.names, deals.furthest, (i) => deals.status[i] === STATUS_CODE.lost);
    expect(rows.map((row) => row.stage)).toEqual(["线索", "商机", "方案"]);
    expect(rows.map((row) => row.lost)).toEqual(HAND_FIGURES.lossPoints);
    expect(rows.map((row) => row.share)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it("leaves out a lost deal dated in the last stage (a contradiction), sharing among the others", () => {
    // Deal 0 lost at Lead, deal 1 lost but dated Won (left out), deal 2 lost at Proposal, deals 3–4 not lost:
    // Lead 1 of 2, Proposal 1 of 2.
    const rows = lossPoints(["Lead", "Proposal", "Won"], [0, 2, 1, 2, 0], [true, true, true, false, false]);
    expect(rows).toEqual([
      { stage: "Lead", lost: 1, share: 0.5 },
      { stage: "Proposal", lost: 1, share: 0.5 },
    ]);
  });

  it("shares are null when no lost deal is counted", () => {
    expect(lossPoints(["A", "B"], [0, 1], [false, false])).toEqual([{ stage: "A", lost: 0, share: null }]);
    // The only lost deal is dated in the last stage.
    expect(lossPoints(["A", "B", "C"], [2, 0], [true, false])).toEqual([
      { stage: "A", lost: 0, share: null },
      { stage: "B", lost: 0, share: null },
    ]);
  });

  it("agrees with a brute-force oracle (no row for the last stage); shares sum to 1", () => {
    fc.assert(
      fc.property(dealLists, ([stageCount, deals]) => {
        const table = parseDealLog(gridOf(deals, stageCount))!.deals;
        const rows = lossPoints(table.stages.names, table.furthest, (i) => table.status[i] === STATUS_CODE.lost);
        const oracle = oracleLossPoints(deals, stageCount);
        expect(rows.map((row) => row.stage)).toEqual(table.stages.names.slice(0, -1));
        expect(rows.map((row) => row.lost)).toEqual(oracle.lost);
        rows.forEach((row, index) => {
          if (oracle.shares[index] === null) expect(row.share).toBeNull();
          else expect(row.share).toBeCloseTo(oracle.shares[index]!, 15);
        });
        const total = rows.reduce((sum, row) => sum + (row.share ?? 0), 0);
        if (rows.some((row) => row.lost > 0)) expect(total).toBeCloseTo(1, 12);
      }),
      { numRuns: 200 },
    );
  });
});

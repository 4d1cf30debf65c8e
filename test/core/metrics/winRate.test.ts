import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { winRate } from "../../../core/metrics/winRate";
import { STATUS_CODE } from "../../../core/model/dealTable";
import { parseDealLog } from "../../../core/parse/dealLog";
import { HAND_FIGURES, HAND_LOG } from "../../fixtures/handLog";
import { oracleWinRate } from "../../oracle/bruteForce";
import { dealLists, gridOf } from "../../oracle/arbitraries";

const { won, lost, open } = STATUS_CODE;

describe("win rate", () => {
  it("is won / (won + lost), open left out", () => {
    expect(winRate([won, lost, open, won])).toBeCloseTo(2 / 3, 15);
    expect(winRate(parseDealLog(HAND_LOG)!.deals.status)).toBe(HAND_FIGURES.winRate);
  });

  it("is null with nothing decided", () => {
    expect(winRate([])).toBeNull();
    expect(winRate([open, open])).toBeNull();
  });

  it("agrees with a brute-force oracle", () => {
    fc.assert(
      fc.property(dealLists, ([stageCount, deals]) => {
        expect(winRate(parseDealLog(gridOf(deals, stageCount))!.deals.status)).toBe(oracleWinRate(deals));
      }),
    );
  });
});

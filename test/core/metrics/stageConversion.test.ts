import { describe, expect, it } from "vitest";
import { dropOff } from "../../../core/metrics/dropOff";
import { reachedCounts } from "../../../core/metrics/funnel";
import { stageConversion } from "../../../core/metrics/stageConversion";
import { parseDealLog } from "../../../core/parse/dealLog";
import { HAND_LOG } from "../../fixtures/handLog";

describe("stage conversion and drop-off", () => {
  const reached = reachedCounts(parseDealLog(HAND_LOG)!.deals); // [8, 6, 4, 3], worked in fixtures/handLog

  it("converts between any two stages in order", () => {
    expect(stageConversion(reached, 1, 3)).toBe(3 / 6);
    expect(stageConversion(reached, 0, 1)).toBe(6 / 8);
    expect(stageConversion([0, 0], 0, 1)).toBeNull();
  });

  it("refuses stages out of order (a caller's mistake)", () => {
    expect(() => stageConversion(reached, 2, 1)).toThrow(RangeError);
    expect(() => stageConversion(reached, 1, 1)).toThrow(RangeError);
    expect(() => stageConversion(reached, 0, 9)).toThrow(RangeError);
  });

  it("drops off between neighbours; nothing after the last stage", () => {
    expect([0, 1, 2, 3].map((stage) => dropOff(reached, stage))).toEqual([2, 2, 1, null]);
    expect(() => dropOff(reached, 4)).toThrow(RangeError);
  });
});

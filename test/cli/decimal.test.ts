import { describe, expect, it } from "vitest";
import { fixed } from "../../cli/decimal";

describe("fixed: the text report's figures", () => {
  it("round the decimal the JSON shows, half away from zero, whichever side of it the binary double lies", () => {
    // 3.05, 1.45 and 0.15 are stored just below themselves, 8.05 and 2.25 just above or exactly: all round up.
    expect([3.05, 1.45, 0.15, 8.05, 2.25].map((value) => fixed(value, 1))).toEqual(["3.1", "1.5", "0.2", "8.1", "2.3"]);
    expect(fixed(-0.25, 1)).toBe("-0.3");
    expect(fixed(-0.01, 1)).toBe("0.0");
    expect(fixed(55, 1)).toBe("55.0");
  });

  it("scale to a percent before rounding", () => {
    // 2/3 → 66.666…%; 0.0005 → 0.05% → 0.1%; 1 → 100.0%.
    expect([2 / 3, 0.0005, 1, 0].map((value) => fixed(value, 1, 2))).toEqual(["66.7", "0.1", "100.0", "0.0"]);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { holmAdjust } from "../../../core/metrics/holm";

describe("holmAdjust", () => {
  it("adjusts a worked example (Holm 1979, step-down)", () => {
    // p = 0.01, 0.04, 0.03, 0.005 (m = 4). Sorted: 0.005, 0.01, 0.03, 0.04.
    // Multipliers m − i + 1 = 4, 3, 2, 1: 0.02, 0.03, 0.06, 0.04. Running maximum: 0.02, 0.03, 0.06, 0.06.
    // Back in the given order: 0.01 → 0.03, 0.04 → 0.06, 0.03 → 0.06, 0.005 → 0.02.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    const expected = [0.03, 0.06, 0.06, 0.02];
    adjusted.forEach((p, i) => expect(p).toBeCloseTo(expected[i], 15));
  });

  it("leaves nulls out of the family and keeps them null", () => {
    // Two p-values (m = 2): 0.01 × 2 = 0.02; 0.04 × 1 = 0.04.
    const adjusted = holmAdjust([null, 0.04, 0.01, null]);
    expect(adjusted[0]).toBeNull();
    expect(adjusted[3]).toBeNull();
    expect(adjusted[1]).toBeCloseTo(0.04, 15);
    expect(adjusted[2]).toBeCloseTo(0.02, 15);
  });

  it("caps at 1, keeps ties equal, and leaves a single p-value as it is", () => {
    // 0.6 × 2 = 1.2 → 1; 0.7 × 1 = 0.7, raised to the running maximum 1.
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    // Tied 0.02, 0.02: 0.04 and then max(0.04, 0.02) = 0.04.
    expect(holmAdjust([0.02, 0.02])).toEqual([0.04, 0.04]);
    expect(holmAdjust([0.2])).toEqual([0.2]);
    expect(holmAdjust([])).toEqual([]);
  });

  it("never lowers a p-value, never passes 1, and keeps the order of the raw p-values", () => {
    const p = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(p, { maxLength: 30 }), (raw) => {
        const adjusted = holmAdjust(raw);
        const m = raw.filter((value) => value !== null).length;
        raw.forEach((value, i) => {
          if (value === null) return expect(adjusted[i]).toBeNull();
          expect(adjusted[i]).toBeGreaterThanOrEqual(value);
          expect(adjusted[i]).toBeLessThanOrEqual(Math.min(1, m * value) + 1e-15);
          raw.forEach((other, j) => {
            if (other !== null && other < value) expect(adjusted[j]!).toBeLessThanOrEqual(adjusted[i]!);
          });
        });
      }),
    );
  });
});

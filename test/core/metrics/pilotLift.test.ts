import { describe, it, expect } from "vitest";
import fc from "fast-check";
import stdlibErfc from "@stdlib/math-base-special-erfc";
import { pilotLift, type PilotCounts } from "../../../core/metrics/pilotLift";
import { fisherExact } from "../../../core/metrics/fisherExact";

/**
 * Oracle: Pearson's χ² without continuity correction equals z² for a 2×2 table, so
 * p = P(χ²₁ > χ²) = erfc(√(χ²/2)).
 */
function pearsonPValue(counts: PilotCounts): number {
  return stdlibErfc(Math.sqrt(pearsonChiSquare(counts) / 2));
}

/** χ² = n(ad − bc)² / (row and column totals multiplied), for the table [[a, b], [c, d]]. */
function pearsonChiSquare({ pilotConverted: a, pilotTotal, controlConverted: c, controlTotal }: PilotCounts): number {
  const b = pilotTotal - a;
  const d = controlTotal - c;
  const n = pilotTotal + controlTotal;
  return (n * (a * d - b * c) ** 2) / (pilotTotal * controlTotal * (a + c) * (b + d));
}

describe("pilotLift", () => {
  it("computes lift and a pooled z-test by hand", () => {
    // Pilot 60/200 = 0.30, control 45/200 = 0.225; lift = 0.075, relative lift = 0.075/0.225 = 1/3.
    // p̂ = 105/400 = 0.2625; se = √(0.2625 × 0.7375 × (1/200 + 1/200)) = √(0.19359375 × 0.01) = 0.043999290;
    // z = 0.075 / 0.043999290 = 1.7045730; p = erfc(1.7045730/√2) = 2(1 − Φ(1.7046)) = 0.0882741.
    // (scipy.stats.chi2_contingency(correction=False): χ² = 2.905569 = z², p = 0.08827409627537733.)
    const counts = { pilotConverted: 60, pilotTotal: 200, controlConverted: 45, controlTotal: 200 };
    const result = pilotLift(counts);
    expect(result.method).toBe("z-test");
    expect(result.pilotRate).toBe(0.3);
    expect(result.controlRate).toBe(0.225);
    expect(result.lift).toBeCloseTo(0.075, 15);
    expect(result.relativeLift).toBeCloseTo(1 / 3, 14);
    expect(result.pValue).toBeCloseTo(0.08827409627537733, 13);
    expect(result.pValue).toBeCloseTo(pearsonPValue(counts), 13);
  });

  it("agrees with Pearson's χ² on random tables large enough for the z-test", () => {
    // With shares in [0.25, 0.75] each column holds at least 0.25·n − 1 deals after rounding (half a deal lost
    // per group), so with at least 40 per group the smallest expected count is at least
    // 40 × (0.25 − 1/80) = 9.5 ≥ 5. (With 20 per group it could be 4.5: 5/20 and 5/21 gave Fisher in CI.)
    const size = fc.integer({ min: 40, max: 100_000 });
    const share = fc.double({ min: 0.25, max: 0.75, noNaN: true });
    fc.assert(
      fc.property(size, size, share, share, (pilotTotal, controlTotal, pilotShare, controlShare) => {
        const counts = {
          pilotConverted: Math.round(pilotTotal * pilotShare),
          pilotTotal,
          controlConverted: Math.round(controlTotal * controlShare),
          controlTotal,
        };
        const n = pilotTotal + controlTotal;
        const converted = counts.pilotConverted + counts.controlConverted;
        const smallestExpected = (Math.min(pilotTotal, controlTotal) * Math.min(converted, n - converted)) / n;
        expect(smallestExpected).toBeGreaterThanOrEqual(5);
        const result = pilotLift(counts);
        expect(result.method).toBe("z-test");
        const expected = pearsonPValue(counts);
        // p = erfc(x) with x² = χ²/2, and d ln p / d ln χ² ≈ −x² in the tail: a rounding of χ² (the oracle's
        // products pass 2^53) shows in p multiplied by x². So the tolerance is relative and grows with x².
        const xSquared = pearsonChiSquare(counts) / 2;
        expect(Math.abs(result.pValue! - expected)).toBeLessThanOrEqual(1e-12 * (1 + xSquared) * expected + 1e-300);
      }),
    );
  });

  it("switches to Fisher's exact test when an expected count is below 5", () => {
    // Pilot 3/20, control 1/20: 4 converted of 40, expected converted per group = 20 × 4 / 40 = 2 < 5.
    const result = pilotLift({ pilotConverted: 3, pilotTotal: 20, controlConverted: 1, controlTotal: 20 });
    expect(result.method).toBe("fisher");
    expect(result.pValue).toBe(fisherExact([[3, 17], [1, 19]]));
    expect(result.pValue).toBeCloseTo(0.6049896049896051, 13); // scipy.stats.fisher_exact, two-sided
    expect(result.lift).toBeCloseTo(0.1, 15);
    expect(result.relativeLift).toBeCloseTo(2, 14);
  });

  it("uses the z-test at an expected count of exactly 5 and Fisher just below", () => {
    // 20 + 20 members, 10 converted: expected 20 × 10 / 40 = 5 → z-test. 9 converted: 4.5 → Fisher.
    expect(pilotLift({ pilotConverted: 7, pilotTotal: 20, controlConverted: 3, controlTotal: 20 }).method).toBe("z-test");
    expect(pilotLift({ pilotConverted: 6, pilotTotal: 20, controlConverted: 3, controlTotal: 20 }).method).toBe("fisher");
    // The not-converted column counts too: 31 of 40 converted leaves 9 → expected 4.5.
    expect(pilotLift({ pilotConverted: 16, pilotTotal: 20, controlConverted: 15, controlTotal: 20 }).method).toBe("fisher");
    // A small group with a large one: 1000 × 40 / 1010 ≈ 39.6, but 10 × 40 / 1010 ≈ 0.4.
    expect(pilotLift({ pilotConverted: 2, pilotTotal: 10, controlConverted: 38, controlTotal: 1000 }).method).toBe("fisher");
  });

  it("gives null, never 0 or NaN, for figures with an empty denominator", () => {
    expect(pilotLift({ pilotConverted: 0, pilotTotal: 0, controlConverted: 5, controlTotal: 50 })).toEqual({
      pilotRate: null,
      controlRate: 0.1,
      lift: null,
      relativeLift: null,
      pValue: null,
      method: null,
    });
    expect(pilotLift({ pilotConverted: 5, pilotTotal: 50, controlConverted: 0, controlTotal: 0 })).toEqual({
      pilotRate: 0.1,
      controlRate: null,
      lift: null,
      relativeLift: null,
      pValue: null,
      method: null,
    });
    // Control rate 0: only the relative lift is undefined. 30 of 200 converted → expected 15 per group → z-test.
    const counts = { pilotConverted: 30, pilotTotal: 100, controlConverted: 0, controlTotal: 100 };
    const noControlConversions = pilotLift(counts);
    expect(noControlConversions.relativeLift).toBeNull();
    expect(noControlConversions.lift).toBe(0.3);
    expect(noControlConversions.method).toBe("z-test");
    expect(noControlConversions.pValue).toBeCloseTo(pearsonPValue(counts), 20);
    expect(noControlConversions.pValue).toBeGreaterThan(0);
  });

  it("gives p = 1 when nobody converted (no evidence either way)", () => {
    expect(pilotLift({ pilotConverted: 0, pilotTotal: 500, controlConverted: 0, controlTotal: 500 })).toEqual({
      pilotRate: 0,
      controlRate: 0,
      lift: 0,
      relativeLift: null,
      pValue: 1,
      method: "fisher",
    });
  });

  it("is symmetric: swapping the groups negates the lift and keeps the p-value", () => {
    const group = fc
      .integer({ min: 1, max: 2000 })
      .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)));
    fc.assert(
      fc.property(group, group, ([pilotConverted, pilotTotal], [controlConverted, controlTotal]) => {
        const forward = pilotLift({ pilotConverted, pilotTotal, controlConverted, controlTotal });
        const backward = pilotLift({
          pilotConverted: controlConverted,
          pilotTotal: controlTotal,
          controlConverted: pilotConverted,
          controlTotal: pilotTotal,
        });
        expect(backward.lift).toBeCloseTo(-forward.lift!, 15);
        expect(backward.method).toBe(forward.method);
        expect(backward.pValue).toBeCloseTo(forward.pValue!, 12);
        // p ≥ 0 rather than > 0: for |z| beyond ~38.5 the p-value (< 1e-300) rounds to 0 in doubles.
        expect(forward.pValue).toBeGreaterThanOrEqual(0);
        expect(forward.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("rejects misuse with a RangeError", () => {
    const valid = { pilotConverted: 1, pilotTotal: 10, controlConverted: 1, controlTotal: 10 };
    expect(() => pilotLift({ ...valid, pilotConverted: -1 })).toThrow(RangeError);
    expect(() => pilotLift({ ...valid, controlTotal: 10.5 })).toThrow(RangeError);
    expect(() => pilotLift({ ...valid, pilotTotal: NaN })).toThrow(RangeError);
    expect(() => pilotLift({ ...valid, controlConverted: 11 })).toThrow(/more than its total/);
  });

  it("is pure: a frozen input is read, not changed, and gives the same answer twice", () => {
    const counts = Object.freeze({ pilotConverted: 12, pilotTotal: 80, controlConverted: 9, controlTotal: 85 });
    const first = pilotLift(counts);
    expect(pilotLift(counts)).toEqual(first);
    expect(counts).toEqual({ pilotConverted: 12, pilotTotal: 80, controlConverted: 9, controlTotal: 85 });
  });
});

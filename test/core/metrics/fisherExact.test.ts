import { describe, it, expect } from "vitest";
import fc from "fast-check";
import factorialln from "@stdlib/math-base-special-factorialln";
import { fisherExact, type TwoByTwo } from "../../../core/metrics/fisherExact";

/** a/b as a double, correctly scaled however large or small the quotient (both positive). */
function ratioToNumber(numerator: bigint, denominator: bigint): number {
  if (numerator === 0n) return 0;
  const shift = denominator.toString(2).length - numerator.toString(2).length + 64;
  const quotient = shift >= 0 ? (numerator << BigInt(shift)) / denominator : numerator / (denominator << BigInt(-shift));
  return Number(quotient) * 2 ** -shift;
}

/**
 * Exact oracle: the hypergeometric weights C(c₁, k)·C(c₂, r₁−k) as BigInts, R's rule "P(k) ≤ P(a)·(1 + 1e-7)"
 * compared exactly, and one rounding at the end.
 */
function exactFisher([[a, b], [c, d]]: TwoByTwo): number {
  const rowTotal = a + b;
  const column1 = a + c;
  const column2 = b + d;
  const low = Math.max(0, rowTotal - column2);
  const high = Math.min(rowTotal, column1);
  const weights: bigint[] = [];
  let left = binomial(column1, low); // C(c₁, k)
  let right = binomial(column2, rowTotal - low); // C(c₂, r₁−k)
  for (let k = low; k <= high; k++) {
    weights.push(left * right);
    if (k === high) break;
    left = (left * BigInt(column1 - k)) / BigInt(k + 1);
    right = (right * BigInt(rowTotal - k)) / BigInt(column2 - rowTotal + k + 1);
  }
  const observed = weights[a - low];
  let all = 0n;
  let asExtreme = 0n;
  for (const weight of weights) {
    all += weight;
    if (weight * 10_000_000n <= observed * 10_000_001n) asExtreme += weight;
  }
  return ratioToNumber(asExtreme, all);
}

function binomial(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 1; i <= Math.min(k, n - k); i++) result = (result * BigInt(n - Math.min(k, n - k) + i)) / BigInt(i);
  return result;
}

/** R's fisher.test for a 2×2 table, transliterated: dhyper on the log scale via log-factorials. */
function rFisher([[a, b], [c, d]]: TwoByTwo): number {
  const m = a + c; // first column total (R: sum(x[, 1]))
  const n = b + d;
  const k = a + b; // first row total
  const low = Math.max(0, k - n);
  const high = Math.min(k, m);
  const logDensity: number[] = [];
  for (let x = low; x <= high; x++) {
    logDensity.push(
      factorialln(m) - factorialln(x) - factorialln(m - x) + factorialln(n) - factorialln(k - x) - factorialln(n - k + x),
    );
  }
  const largest = Math.max(...logDensity);
  const density = logDensity.map((value) => Math.exp(value - largest));
  const sum = density.reduce((total, value) => total + value, 0);
  const cutoff = density[a - low] * (1 + 1e-7);
  return density.filter((value) => value <= cutoff).reduce((total, value) => total + value, 0) / sum;
}

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

const table = (a: number, b: number, c: number, d: number): TwoByTwo => [
  [a, b],
  [c, d],
];

describe("fisherExact", () => {
  it("gives 34/70 for Fisher's lady tasting tea", () => {
    // Margins 4,4 / 4,4: P(k) = C(4,k)·C(4,4−k)/70 = 1, 16, 36, 16, 1 (/70). Observed k = 3 (16/70); the tables
    // as or less likely are k = 0, 1, 3, 4: (1 + 16 + 16 + 1)/70 = 34/70.
    expect(fisherExact(table(3, 1, 1, 3))).toBeCloseTo(34 / 70, 14);
    expect(fisherExact(table(3, 1, 1, 3))).toBeCloseTo(0.4857142857142857, 14);
  });

  it("matches published values", () => {
    // R's ?fisher.test "Convictions" example, matrix(c(2, 10, 15, 3), 2): R prints p-value = 0.0005367;
    // full precision from scipy.stats.fisher_exact.
    expect(relativeError(fisherExact(table(2, 15, 10, 3)), 0.0005367241191434358)).toBeLessThan(1e-12);
    // Wikipedia "Fisher's exact test": men/women × studying/not, [[1, 9], [11, 3]], p ≈ 0.002759.
    expect(relativeError(fisherExact(table(1, 9, 11, 3)), 0.0027594561852200836)).toBeLessThan(1e-12);
  });

  it("agrees with an exact BigInt oracle on random small tables", () => {
    const count = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(count, count, count, count, (a, b, c, d) => {
        const observed = table(a, b, c, d);
        expect(relativeError(fisherExact(observed), exactFisher(observed))).toBeLessThan(1e-12);
      }),
      { numRuns: 500 },
    );
  });

  it("stays exact for large totals", () => {
    const cases = [
      table(2, 4998, 9, 4991),
      table(30, 970, 55, 945),
      table(1200, 800, 1000, 1000),
      table(0, 3000, 12, 2988),
    ];
    for (const observed of cases) {
      expect(relativeError(fisherExact(observed), exactFisher(observed)), JSON.stringify(observed)).toBeLessThan(1e-12);
      // The log-factorial oracle is itself only good to ~1e-11 here: each ln(n!) near 3.6e4 carries an
      // absolute rounding of ~4e-12, and the p-value inherits a few of them (observed: ≤ 6e-13).
      expect(relativeError(fisherExact(observed), rFisher(observed)), JSON.stringify(observed)).toBeLessThan(1e-10);
    }
    expect(fisherExact(table(2, 4998, 9, 4991))).toBeCloseTo(0.06528468251473159, 12);
  });

  it("handles totals in the hundreds of thousands", () => {
    const observed = table(5000, 95000, 5300, 94700);
    const p = fisherExact(observed);
    // Too big for the BigInt oracle in a unit test; ln(n!) near 2.2e6 has an ulp of 4.7e-10, so the log-factorial
    // oracle is good to ~1e-9 here (observed difference: 6e-11).
    expect(relativeError(p, rFisher(observed))).toBeLessThan(1e-8);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });

  it("is a probability, unchanged by swapping rows, columns or transposing", () => {
    const count = fc.integer({ min: 0, max: 200 });
    fc.assert(
      fc.property(count, count, count, count, (a, b, c, d) => {
        const p = fisherExact(table(a, b, c, d));
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(fisherExact(table(c, d, a, b))).toBeCloseTo(p, 12);
        expect(fisherExact(table(b, a, d, c))).toBeCloseTo(p, 12);
        expect(fisherExact(table(a, c, b, d))).toBeCloseTo(p, 12);
      }),
      { numRuns: 300 },
    );
  });

  it("gives 1 when only one table has these margins", () => {
    expect(fisherExact(table(0, 0, 0, 0))).toBe(1);
    expect(fisherExact(table(5, 0, 7, 0))).toBe(1);
    expect(fisherExact(table(0, 0, 3, 4))).toBe(1);
    // The most likely table is never significant.
    expect(fisherExact(table(5, 5, 5, 5))).toBe(1);
  });

  it("underflows to 0 rather than going negative or NaN for absurdly extreme tables", () => {
    expect(fisherExact(table(100_000, 0, 0, 100_000))).toBe(0);
  });

  it("rejects counts that are not whole numbers, 0 or more", () => {
    expect(() => fisherExact(table(-1, 2, 3, 4))).toThrow(RangeError);
    expect(() => fisherExact(table(1.5, 2, 3, 4))).toThrow(RangeError);
    expect(() => fisherExact(table(1, NaN, 3, 4))).toThrow(RangeError);
    expect(() => fisherExact(table(1, 2, Infinity, 4))).toThrow(RangeError);
  });

  it("does not touch its input", () => {
    const observed = Object.freeze([Object.freeze([3, 1] as const), Object.freeze([1, 3] as const)] as const);
    expect(fisherExact(observed)).toBe(fisherExact(observed));
    expect(observed).toEqual([
      [3, 1],
      [1, 3],
    ]);
  });
});

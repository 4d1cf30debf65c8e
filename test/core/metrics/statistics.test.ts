import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarize, summarizeAll, STATISTICS } from "../../../core/metrics/statistics";
import { oracleMean, oraclePercentileInc } from "../../oracle/bruteForce";

describe("summary statistics", () => {
  it("matches PERCENTILE.INC worked by hand", () => {
    // n = 4: p90 rank = 0.9 × 3 = 2.7 → 30 + 0.7 × (40 − 30) = 37; median rank 1.5 → 25.
    expect(summarize([40, 10, 30, 20], "p90")).toBeCloseTo(37, 12);
    expect(summarize([40, 10, 30, 20], "median")).toBe(25);
    expect(summarize([5], "p90")).toBe(5);
    expect(summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "p90")).toBeCloseTo(9.1, 12);
  });

  it("gives null for an empty list, 0 for its count", () => {
    for (const statistic of STATISTICS) expect(summarize([], statistic)).toBe(statistic === "count" ? 0 : null);
    expect(summarizeAll([])).toEqual({ median: null, mean: null, p90: null, min: null, max: null, count: 0 });
  });

  it("agrees with independent formulas and does not mutate its input", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 100000 }), { minLength: 1, maxLength: 200 }), (values) => {
        const frozen = Object.freeze([...values]);
        const all = summarizeAll(frozen);
        expect(Math.abs(all.median! - oraclePercentileInc(values, 0.5)!)).toBeLessThan(1e-9);
        expect(Math.abs(all.p90! - oraclePercentileInc(values, 0.9)!)).toBeLessThan(1e-9);
        expect(Math.abs(all.mean! - oracleMean(values)!)).toBeLessThan(1e-6);
        expect(all.min).toBe(Math.min(...values));
        expect(all.max).toBe(Math.max(...values));
        for (const statistic of STATISTICS) expect(summarize(frozen, statistic)).toBe(all[statistic]);
        expect(frozen).toEqual(values);
      }),
    );
  });

  it("reads durations as the core hands them (a Float64Array) alike, and leaves them as they were", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 300 }), (values) => {
        const typed = Float64Array.from(values);
        expect(summarizeAll(typed)).toEqual(summarizeAll(values));
        expect(Array.from(typed)).toEqual(values);
      }),
    );
  });
});

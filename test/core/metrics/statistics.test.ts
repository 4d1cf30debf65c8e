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

  it("gives whole days in a narrow range (counted, not sorted) exactly the figures of sorting them", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -30, max: 400 }), { minLength: 1, maxLength: 500 }), (values) => {
        const all = summarizeAll(Float64Array.from(values));
        expect(all.median).toBe(oraclePercentileInc(values, 0.5));
        expect(all.p90).toBe(oraclePercentileInc(values, 0.9));
        expect(all.mean).toBe(oracleMean(values));
        expect([all.min, all.max, all.count]).toEqual([Math.min(...values), Math.max(...values), values.length]);
      }),
    );
  });

  it("falls back to selection for fractions and for whole numbers too spread out to count", () => {
    // 0.5, 1.5, 2.5, 10.25: median rank 1.5 → 2; p90 rank 2.7 → 2.5 + 0.7 × 7.75 = 7.925; mean 14.75 / 4.
    const fractions = summarizeAll([2.5, 0.5, 10.25, 1.5]);
    expect(fractions.median).toBe(2);
    expect(fractions.p90).toBeCloseTo(7.925, 12);
    expect(fractions.mean).toBe(3.6875);
    // Two values a billion days apart: a histogram would need a billion counters.
    expect(summarizeAll([0, 1e9])).toEqual({ median: 5e8, mean: 5e8, p90: 9e8, min: 0, max: 1e9, count: 2 });
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

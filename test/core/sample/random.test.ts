import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SeededRandom, weightTable } from "../../../core/sample/random";

const draws = (seed: number, n = 20) => {
  const random = new SeededRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe("SeededRandom", () => {
  it("repeats its sequence for the same seed and not for another", () => {
    expect(draws(1)).toEqual(draws(1));
    expect(draws(1)).not.toEqual(draws(2));
    expect(draws(-5)).not.toEqual(draws(5));
    expect(draws(2 ** 40)).not.toEqual(draws(0));
  });

  it("rejects seeds that are not whole numbers", () => {
    expect(() => new SeededRandom(1.5)).toThrow(RangeError);
    expect(() => new SeededRandom(Number.NaN)).toThrow(RangeError);
  });

  it("draws uniformly in [0, 1)", () => {
    const random = new SeededRandom(3);
    const buckets = new Array(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const value = random.next();
      if (!(value >= 0 && value < 1)) outside++;
      buckets[Math.floor(value * 10)]++;
    }
    expect(outside).toBe(0);
    for (const bucket of buckets) expect(Math.abs(bucket - 10_000)).toBeLessThan(500);
  });

  it("keeps int, dayGap and geometric within their bounds", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 50 }), (seed, min, span) => {
        const random = new SeededRandom(seed);
        for (let i = 0; i < 50; i++) {
          const value = random.int(min, min + span);
          expect(Number.isInteger(value) && value >= min && value <= min + span).toBe(true);
          const gap = random.dayGap(5, 1, 30);
          expect(Number.isInteger(gap) && gap >= 1 && gap <= 30).toBe(true);
          expect(random.geometric(4, 30)).toBeLessThanOrEqual(30);
        }
      }),
    );
  });

  it("picks by weight, never a zero weight, in short and long tables", () => {
    const random = new SeededRandom(9);
    const short = weightTable([0, 1, 3, 0]);
    const long = weightTable(Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? 0 : index)));
    const counts = [0, 0, 0, 0];
    let zeroWeightPicks = 0;
    for (let i = 0; i < 40_000; i++) {
      counts[random.weighted(short)]++;
      if (random.weighted(long) % 2 === 0) zeroWeightPicks++;
    }
    expect(zeroWeightPicks).toBe(0);
    expect(counts[0]).toBe(0);
    expect(counts[3]).toBe(0);
    expect(counts[2] / counts[1]).toBeCloseTo(3, 0);
  });

  it("draws normal numbers with mean 0 and deviation 1", () => {
    const random = new SeededRandom(11);
    let sum = 0;
    let squares = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      const value = random.normal();
      sum += value;
      squares += value * value;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.03);
  });
});

describe("weightTable", () => {
  it("scales running totals to 1", () => {
    expect([...weightTable([1, 3])]).toEqual([0.25, 1]);
  });

  it("rejects empty, negative and all-zero weights", () => {
    expect(() => weightTable([])).toThrow(RangeError);
    expect(() => weightTable([1, -1])).toThrow(RangeError);
    expect(() => weightTable([0, 0])).toThrow(RangeError);
    expect(() => weightTable([Number.NaN])).toThrow(RangeError);
  });
});

import { max, mean, min, quantileSorted } from "simple-statistics";

/** The statistics a duration figure can be summarised by (DEFINITIONS §4 cycle time). */
export const STATISTICS = ["median", "mean", "p90", "min", "max", "count"] as const;
export type Statistic = (typeof STATISTICS)[number];

/**
 * Summarises durations (days) by one statistic: `median`, `mean`, `p90` (the 90th percentile with linear
 * interpolation between closest ranks, = Excel/Sheets/LibreOffice PERCENTILE.INC and R type 7), `min`, `max`,
 * or `count`. An empty list gives `null` for every statistic but `count` (0). O(n log n) for the quantiles.
 *
 * @example
 * summarize([10, 20, 30, 40], "median") //=> 25
 * summarize([10, 20, 30, 40], "p90")    //=> 37 (rank 0.9 × 3 = 2.7 → 30 + 0.7 × 10)
 * summarize([], "mean")                 //=> null
 */
export function summarize(values: ArrayLike<number>, statistic: Statistic): number | null {
  if (statistic === "count") return values.length;
  if (values.length === 0) return null;
  const list = values as number[]; // simple-statistics reads only `length` and indices
  switch (statistic) {
    case "mean":
      return mean(list);
    case "min":
      return min(list);
    case "max":
      return max(list);
    case "median":
      return quantileSorted(sortedCopy(values), 0.5);
    case "p90":
      return quantileSorted(sortedCopy(values), 0.9);
  }
}

/** Every statistic at once, sorting once. */
export function summarizeAll(values: ArrayLike<number>): Record<Statistic, number | null> {
  if (values.length === 0) return { median: null, mean: null, p90: null, min: null, max: null, count: 0 };
  const sorted = sortedCopy(values);
  return {
    median: quantileSorted(sorted, 0.5),
    mean: mean(sorted),
    p90: quantileSorted(sorted, 0.9),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    count: sorted.length,
  };
}

function sortedCopy(values: ArrayLike<number>): number[] {
  // A typed array sorts numerically and fast. simple-statistics reads only `length` and indices, so the sorted
  // typed array is handed over as it is (no copy into a plain array).
  return Float64Array.from(values).sort() as unknown as number[];
}

import { max, mean, min, quantile } from "simple-statistics";

/** The statistics a duration figure can be summarised by (DEFINITIONS §4 cycle time). */
export const STATISTICS = ["median", "mean", "p90", "min", "max", "count"] as const;
export type Statistic = (typeof STATISTICS)[number];

/**
 * Summarises durations (days) by one statistic: `median`, `mean`, `p90` (the 90th percentile with linear
 * interpolation between closest ranks, = Excel/Sheets/LibreOffice PERCENTILE.INC and R type 7), `min`, `max`,
 * or `count`. An empty list gives `null` for every statistic but `count` (0). The quantiles select the order
 * statistics they need from a copy (simple-statistics `quantile`, Floyd–Rivest): O(n), no sort, and the same
 * figures a sort gives. The values are never written to.
 *
 * @example
 * summarize([10, 20, 30, 40], "median") //=> 25
 * summarize([10, 20, 30, 40], "p90")    //=> 37 (rank 0.9 × 3 = 2.7 → 30 + 0.7 × 10)
 * summarize([], "mean")                 //=> null
 */
export function summarize(values: readonly number[] | Float64Array, statistic: Statistic): number | null {
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
      return quantile(list, 0.5);
    case "p90":
      return quantile(list, 0.9);
  }
}

/** Every statistic at once: one selection for both quantiles, no sort. */
export function summarizeAll(values: readonly number[] | Float64Array): Record<Statistic, number | null> {
  if (values.length === 0) return { median: null, mean: null, p90: null, min: null, max: null, count: 0 };
  const list = values as number[]; // simple-statistics reads only `length` and indices (`quantile` slices a copy)
  const [median, p90] = quantile(list, [0.5, 0.9]);
  return { median, mean: mean(list), p90, min: min(list), max: max(list), count: list.length };
}

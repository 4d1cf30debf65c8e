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

/**
 * Every statistic at once, without sorting: whole numbers in a narrow range (durations in days) are counted
 * (no copy, O(n + range)); anything else goes through one selection for both quantiles.
 */
export function summarizeAll(values: readonly number[] | Float64Array): Record<Statistic, number | null> {
  if (values.length === 0) return { median: null, mean: null, p90: null, min: null, max: null, count: 0 };
  const counted = summarizeWholeNumbers(values);
  if (counted !== undefined) return counted;
  const list = values as number[]; // simple-statistics reads only `length` and indices (`quantile` slices a copy)
  const [median, p90] = quantile(list, [0.5, 0.9]);
  return { median, mean: mean(list), p90, min: min(list), max: max(list), count: list.length };
}

/** Widest value range (max − min) counted in a histogram, per value: past it, selection is cheaper. */
const COUNTED_RANGE_PER_VALUE = 4;

/**
 * summarizeAll for whole numbers in a narrow range (durations in whole days), by counting each value: O(n + range),
 * no copy of the values and no sort. The figures are the ones sorting gives, bit for bit: the sum of whole numbers
 * is exact (so the mean is), and the quantiles interpolate the same two order statistics the same way
 * (simple-statistics quantileSorted). `undefined` when a value is not a whole number, the range is too wide, or
 * a partial sum could pass 2^53.
 */
function summarizeWholeNumbers(values: ArrayLike<number>): Record<Statistic, number> | undefined {
  const n = values.length;
  let low = Infinity;
  let high = -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (!Number.isInteger(value)) return undefined;
    if (value < low) low = value;
    if (value > high) high = value;
    sum += value;
  }
  // Every partial sum stays a safe integer (so exact) when n × the largest magnitude does.
  if (high - low > COUNTED_RANGE_PER_VALUE * n + 1024 || Math.max(-low, high) * n > Number.MAX_SAFE_INTEGER) return undefined;
  const counts = new Int32Array(high - low + 1);
  for (let i = 0; i < n; i++) counts[values[i] - low]++;
  // The order statistics the quantiles read (0-based ranks), found in one walk over the counts.
  const ranks = [0.5, 0.9].map((p) => (n - 1) * p);
  const wanted = [...new Set(ranks.flatMap((rank) => [Math.floor(rank), Math.ceil(rank)]))].sort((a, b) => a - b);
  const at = new Map<number, number>();
  let seen = 0;
  for (let offset = 0, next = 0; offset < counts.length && next < wanted.length; offset++) {
    seen += counts[offset];
    while (next < wanted.length && wanted[next] < seen) at.set(wanted[next++], low + offset);
  }
  const quantileAt = (rank: number) => {
    const lower = Math.floor(rank);
    return rank % 1 === 0 ? at.get(rank)! : at.get(lower)! + (rank - lower) * (at.get(Math.ceil(rank))! - at.get(lower)!);
  };
  return { median: quantileAt(ranks[0]), mean: sum / n, p90: quantileAt(ranks[1]), min: low, max: high, count: n };
}

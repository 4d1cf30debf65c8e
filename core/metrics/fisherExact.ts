/** A 2×2 table of counts `[[a, b], [c, d]]`: rows are the two groups, columns the two outcomes. */
export type TwoByTwo = readonly [readonly [number, number], readonly [number, number]];

/** R's `fisher.test` tolerance: tables this close to the observed one's probability count as "as extreme". */
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * The two-sided p-value of Fisher's exact test for a 2×2 table: the probability, given the table's row and
 * column totals, of a table at least as unlikely as the one observed.
 *
 * Formula: with the margins fixed, the top-left count `k` follows the hypergeometric distribution
 * P(k) = C(a+c, k)·C(b+d, a+b−k) / C(n, a+b). The p-value is the sum of P(k) over every `k` with
 * P(k) ≤ P(a)·(1 + 1e-7) — R's `fisher.test` definition and tolerance, so ties between mirror-image tables
 * are not lost to rounding.
 *
 * Computation: relative probabilities from the mode outwards by the ratio
 * P(k+1)/P(k) = (r₁−k)(c₁−k) / ((k+1)(n−r₁−c₁+k+1)), then normalised — no factorials, no overflow, O(support)
 * time, accurate for totals in the millions. A p-value below about 1e-300 rounds to 0.
 *
 * Edge cases: a table with a single possible arrangement (a zero margin, e.g. all zeros) gives 1.
 *
 * @throws {RangeError} when a count is not a non-negative safe integer (a programming error: user input is
 *   validated before it gets here).
 * @example
 * fisherExact([[3, 1], [1, 3]]) //=> 0.48571428571428577 (Fisher's lady tasting tea: 34/70)
 * fisherExact([[0, 0], [0, 0]]) //=> 1
 */
export function fisherExact(table: TwoByTwo): number {
  const [[a, b], [c, d]] = table;
  for (const count of [a, b, c, d]) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`Fisher's exact test needs counts that are whole numbers, 0 or more; got ${count}.`);
    }
  }
  const rowTotal = a + b;
  const columnTotal = a + c;
  const total = a + b + c + d;
  const low = Math.max(0, rowTotal + columnTotal - total);
  const high = Math.min(rowTotal, columnTotal);
  if (low === high) return 1;

  // Relative probabilities w(k) = P(k)/P(mode): 1 at the mode, falling monotonically on both sides, so each
  // side is walked outwards until it underflows. Nothing is stored: memory stays O(1) for any total.
  const mode = Math.min(high, Math.max(low, Math.floor(((rowTotal + 1) * (columnTotal + 1)) / (total + 2))));
  const offset = total - rowTotal - columnTotal;
  const up = (weight: number, k: number) =>
    (weight * (rowTotal - k) * (columnTotal - k)) / ((k + 1) * (offset + k + 1)); // w(k+1) from w(k)
  const down = (weight: number, k: number) =>
    (weight * k * (offset + k)) / ((rowTotal - k + 1) * (columnTotal - k + 1)); // w(k−1) from w(k)

  let observed = 1;
  for (let k = mode; k < a; k++) observed = up(observed, k);
  for (let k = mode; k > a; k--) observed = down(observed, k);
  const cutoff = observed * RELATIVE_TOLERANCE;

  let asExtreme = cutoff >= 1 ? 1 : 0;
  let all = 1;
  for (let k = mode, weight = 1; k < high && weight > 0; k++) {
    weight = up(weight, k);
    all += weight;
    if (weight <= cutoff) asExtreme += weight;
  }
  for (let k = mode, weight = 1; k > low && weight > 0; k--) {
    weight = down(weight, k);
    all += weight;
    if (weight <= cutoff) asExtreme += weight;
  }
  return Math.min(1, asExtreme / all);
}

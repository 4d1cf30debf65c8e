import { nameKey } from "../model/normalize";

/**
 * The order of a stage history's stages when none is given (DEFINITIONS §2): by the typical day each stage is
 * first entered, counted from the deal's own first entry — the median, over the deals that entered the stage, of
 * (first entry of the stage − first entry of any stage). Ties go to the stage more deals entered (a funnel
 * narrows), then to the name. A stage no deal entered with a date (seen only as a from/to history's `From Stage`,
 * where a history starts) comes first. The caller puts the won stage last. Row order never matters.
 *
 * @param firstDays row-major first-entry days, `deals × width`, NaN when not entered; columns `0 … stages−1` are
 *   the stages to order, further columns (the won stage) count only towards each deal's first entry.
 * @returns the stage columns in order.
 * @example
 * // two deals: Demo at +0 and Trial at +5 days, Demo at +0 and Trial at +9 → Demo (median 0), Trial (median 7)
 * firstEntryOrder(Float32Array.of(46027, 46032, 46030, 46039), 2, 2, 2, ["Trial", "Demo"]) //=> [0, 1]
 */
export function firstEntryOrder(firstDays: Float32Array, deals: number, width: number, stages: number, names: readonly string[]): number[] {
  const offsets: number[][] = Array.from({ length: stages }, () => []);
  for (let deal = 0; deal < deals; deal++) {
    const base = deal * width;
    let start = Infinity;
    for (let column = 0; column < width; column++) {
      const day = firstDays[base + column];
      if (day < start) start = day;
    }
    if (start === Infinity) continue;
    for (let stage = 0; stage < stages; stage++) {
      const day = firstDays[base + stage];
      if (!Number.isNaN(day)) offsets[stage].push(day - start);
    }
  }
  const keys = names.map((name) => nameKey(name));
  const medians = offsets.map((values) => median(values));
  return Array.from({ length: stages }, (_, stage) => stage).sort(
    (a, b) =>
      medians[a] - medians[b] ||
      offsets[b].length - offsets[a].length ||
      (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0),
  );
}

/** The median of the values; -Infinity for none (such a stage comes first). */
function median(values: number[]): number {
  if (values.length === 0) return -Infinity;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

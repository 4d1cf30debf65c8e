/**
 * Conversion from one stage to a later one: reached(to) / reached(from) (DEFINITIONS §4), the share of deals
 * that got to `from` and went on to reach `to`. `null` when no deal reached `from`.
 *
 * @throws {RangeError} when `from` is not before `to` or either is outside the list (a caller's mistake: the
 * function registry checks user input first).
 * @example
 * stageConversion([200, 80, 50, 20], 1, 3) //=> 0.25
 */
export function stageConversion(reached: readonly number[], from: number, to: number): number | null {
  if (!(from >= 0 && from < to && to < reached.length)) {
    throw new RangeError(`stageConversion: need 0 <= from < to < ${reached.length}, got ${from} → ${to}`);
  }
  return reached[from] === 0 ? null : reached[to] / reached[from];
}

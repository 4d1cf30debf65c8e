/**
 * Drop-off at a stage: deals that reached it and never reached the next one, reached(S_i) − reached(S_i+1)
 * (DEFINITIONS §4). `null` for the last stage, which has no next one.
 *
 * @example
 * dropOff([200, 80, 50], 0) //=> 120
 * dropOff([200, 80, 50], 2) //=> null
 */
export function dropOff(reached: readonly number[], stage: number): number | null {
  if (!(stage >= 0 && stage < reached.length)) throw new RangeError(`dropOff: no stage ${stage}`);
  return stage === reached.length - 1 ? null : reached[stage] - reached[stage + 1];
}

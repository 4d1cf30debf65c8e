/**
 * How far a goal has moved from its baseline towards its target (DEFINITIONS §4 "goal progress"): 0 at the
 * baseline, 1 at the target.
 *
 * Formula: (current − baseline) / (target − baseline). Because the sign of the denominator follows the goal's
 * direction, the same formula serves falling goals (cut the cycle time from 45 to 30 days).
 *
 * Edge cases: null when target = baseline (no distance to cover, `#DIV/0!` in a cell). Below 0 when the figure
 * moved the wrong way, above 1 when the target was beaten; neither is clamped.
 *
 * @throws {RangeError} when an argument is not a finite number (a programming error: the function registry
 *   reads cells before calling).
 * @example
 * goalProgress(0.20, 0.30, 0.25) //=> 0.5 (win rate 20% → 30%, now 25%)
 * goalProgress(45, 30, 40)       //=> 0.3333333333333333 (cycle time 45 → 30 days, now 40)
 * goalProgress(45, 30, 50)       //=> -0.3333333333333333 (moved the wrong way)
 * goalProgress(10, 10, 12)       //=> null
 */
export function goalProgress(baseline: number, target: number, current: number): number | null {
  checkFinite("goalProgress", { baseline, target, current });
  if (target === baseline) return null;
  // Halving first keeps the differences finite for any finite inputs (±1.8e308); it is exact for normal numbers.
  // `+ 0` turns the −0 of a falling goal still at its baseline (0 / −15) into 0.
  return (current / 2 - baseline / 2) / (target / 2 - baseline / 2) + 0;
}

/**
 * The share of a goal's time that has passed on `todayDay`, from 0 on the start day to 1 on the deadline.
 *
 * Formula: (today − start) / (deadline − start), clamped to [0, 1] (before the start nothing has elapsed;
 * after the deadline all of it has). Days are day numbers (Excel serials, see parse/dates), so the share moves
 * in whole days.
 *
 * Edge cases (chosen here; the contract is silent):
 * - deadline = start (a one-day goal): 0 before that day, 1 on and after it — the goal is due the day it starts.
 * - deadline before start: null (the window runs backwards, so there is no share; `#DIV/0!`-style in a cell).
 *
 * @throws {RangeError} when an argument is not a finite number.
 * @example
 * elapsedShare(46023, 46113, 46053) //=> 0.3333333333333333 (30 of 90 days)
 * elapsedShare(46023, 46113, 46200) //=> 1 (past the deadline)
 * elapsedShare(46023, 46023, 46023) //=> 1 (one-day goal, on its day)
 * elapsedShare(46113, 46023, 46053) //=> null (deadline before start)
 */
export function elapsedShare(startDay: number, deadlineDay: number, todayDay: number): number | null {
  checkFinite("elapsedShare", { startDay, deadlineDay, todayDay });
  if (deadlineDay < startDay) return null;
  if (deadlineDay === startDay) return todayDay >= deadlineDay ? 1 : 0;
  return Math.min(1, Math.max(0, (todayDay - startDay) / (deadlineDay - startDay)));
}

/**
 * Whether a goal is on track (DEFINITIONS §4 "on track"): at least as much of the distance covered as of the time
 * used.
 *
 * Formula: progress ≥ elapsed share, compared exactly (as a spreadsheet's `>=` would). `progress` is
 * {@link goalProgress}, `elapsed` is {@link elapsedShare}.
 *
 * Edge cases: null when either is null (no baseline-to-target distance, or no time window).
 *
 * @example
 * onTrack(0.5, 0.4)  //=> true
 * onTrack(0.3, 0.4)  //=> false
 * onTrack(null, 0.4) //=> null
 */
export function onTrack(progress: number | null, elapsed: number | null): boolean | null {
  if (progress === null || elapsed === null) return null;
  return progress >= elapsed;
}

function checkFinite(name: string, values: Readonly<Record<string, number>>): void {
  for (const [argument, value] of Object.entries(values)) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new RangeError(`${name}: ${argument} must be a finite number; got ${String(value)}.`);
    }
  }
}

/** Where lost deals were lost (DEFINITIONS §4): one row per stage but the last. */
export interface LossPointRow {
  readonly stage: string;
  /** Lost deals whose furthest stage was this one. */
  readonly lost: number;
  /** lost / the lost deals counted in loss points; `null` when none is. */
  readonly share: number | null;
}

/**
 * Loss points: lost deals counted by the furthest stage each reached, and each stage's share of those losses —
 * the "where customers are lost" of the method's diagnosis step.
 *
 * There is one row per stage but the last: a deal is not lost at the last stage (reaching it is winning). A
 * deal marked lost whose furthest stage *is* the last one (a date in the won column) contradicts itself; it is
 * in no row and not in the shares' denominator, so the shares of the rows sum to 1. It still counts as lost in
 * the win rate (the status says so), and the deal-log reader reports it as a problem row
 * (`status.lostAtLastStage`) so the manager can correct it. The template's native formulas and the
 * LOSS_POINTS function count the same way.
 *
 * @example
 * // The third deal is lost but dated in Won: in no row.
 * lossPoints(["Lead", "Proposal", "Won"], [0, 1, 2, 0], [true, true, true, false])
 * //=> [{ stage: "Lead", lost: 1, share: 0.5 }, { stage: "Proposal", lost: 1, share: 0.5 }]
 */
export function lossPoints(
  stages: readonly string[],
  furthest: ArrayLike<number>,
  isLost: ArrayLike<boolean> | ((index: number) => boolean),
): LossPointRow[] {
  const lastStage = stages.length - 1;
  const lostAt = new Array<number>(Math.max(0, lastStage)).fill(0);
  const lostOf = typeof isLost === "function" ? isLost : (index: number) => isLost[index];
  let total = 0;
  for (let i = 0; i < furthest.length; i++) {
    if (furthest[i] < lastStage && lostOf(i)) {
      lostAt[furthest[i]]++;
      total++;
    }
  }
  return lostAt.map((lost, index) => ({
    stage: stages[index],
    lost,
    share: total === 0 ? null : lost / total,
  }));
}

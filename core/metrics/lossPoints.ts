/** Where lost deals were lost (DEFINITIONS §4). */
export interface LossPointRow {
  readonly stage: string;
  /** Lost deals whose furthest stage was this one. */
  readonly lost: number;
  /** lost / all lost deals; `null` when there are no lost deals. */
  readonly share: number | null;
}

/**
 * Loss points: lost deals counted by the furthest stage each reached, and each stage's share of all losses —
 * the "where customers are lost" of the method's diagnosis step.
 *
 * @example
 * lossPoints(["Lead", "Proposal", "Won"], [0, 1, 1, 0], [true, true, false, true])
 * //=> [{ stage: "Lead", lost: 2, share: 0.6666666666666666 }, { stage: "Proposal", lost: 1, share: 0.3333333333333333 }, { stage: "Won", lost: 0, share: 0 }]
 */
export function lossPoints(
  stages: readonly string[],
  furthest: ArrayLike<number>,
  isLost: ArrayLike<boolean> | ((index: number) => boolean),
): LossPointRow[] {
  const lostAt = new Array<number>(stages.length).fill(0);
  const lostOf = typeof isLost === "function" ? isLost : (index: number) => isLost[index];
  let total = 0;
  for (let i = 0; i < furthest.length; i++) {
    if (lostOf(i)) {
      lostAt[furthest[i]]++;
      total++;
    }
  }
  return stages.map((stage, index) => ({
    stage,
    lost: lostAt[index],
    share: total === 0 ? null : lostAt[index] / total,
  }));
}

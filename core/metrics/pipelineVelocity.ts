/** The four inputs of pipeline velocity. */
export interface VelocityInputs {
  /** Deals still open. */
  readonly openDeals: number;
  /** won / (won + lost), or null. */
  readonly winRate: number | null;
  /** Mean amount of won deals that have an amount, or null. */
  readonly meanWonAmount: number | null;
  /** Mean cycle time of won deals in days, or null. */
  readonly meanCycleDays: number | null;
}

/**
 * Pipeline velocity: the amount the open pipeline is expected to turn into per day (DEFINITIONS §4),
 * open deals × win rate × mean won amount ÷ mean cycle time. `null` when any input is missing or the mean
 * cycle time is 0 days.
 *
 * @example
 * pipelineVelocity({ openDeals: 40, winRate: 0.25, meanWonAmount: 300_000, meanCycleDays: 60 }) //=> 50000
 */
export function pipelineVelocity(inputs: VelocityInputs): number | null {
  const { openDeals, winRate, meanWonAmount, meanCycleDays } = inputs;
  if (winRate === null || meanWonAmount === null || meanCycleDays === null || meanCycleDays === 0) return null;
  return (openDeals * winRate * meanWonAmount) / meanCycleDays;
}

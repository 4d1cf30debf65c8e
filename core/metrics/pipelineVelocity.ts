import { STATUS_CODE, type DealTable } from "../model/dealTable";
import { averageWonAmount } from "./averageWonAmount";
import { cycleDurations } from "./cycleTime";
import { summarize } from "./statistics";
import { winRate } from "./winRate";

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
 * The inputs of pipeline velocity for a deal table (DEFINITIONS §4 "Where the report's inputs come from"): the
 * open deals, the win rate of their statuses (`null` without a status column: nothing is known to be lost), the
 * mean amount of the won deals that have one, and the mean cycle time (the report passes the one it has already
 * summarised; by default it is the mean of cycleDurations). The report (core/report/analyzeDeals.ts) and
 * PIPELINE_VELOCITY — given a whole deal table, or columns read as one (core/functions/columnDeals.ts) — all take
 * it from here, so they give the same figure.
 * @example
 * // The README's five deals: D1, D2 won (¥120,000, 8.5万), D3, D4 lost, D5 open; mean cycle 41.5 days.
 * velocityInputs(log.deals) //=> { openDeals: 1, winRate: 0.5, meanWonAmount: 102500, meanCycleDays: 41.5 }
 */
export function velocityInputs(deals: DealTable, meanCycleDays = summarize(cycleDurations(deals), "mean")): VelocityInputs {
  let openDeals = 0;
  for (let i = 0; i < deals.count; i++) if (deals.status[i] === STATUS_CODE.open) openDeals++;
  return {
    openDeals,
    winRate: deals.hasStatus ? winRate(deals.status) : null,
    meanWonAmount: averageWonAmount(deals),
    meanCycleDays,
  };
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

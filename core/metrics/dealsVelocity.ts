import { STATUS_CODE, type DealTable } from "../model/dealTable";
import type { VelocityInputs } from "./pipelineVelocity";
import { summarize } from "./statistics";
import { winRateOfCodes } from "./winRate";

/**
 * The inputs of pipeline velocity for a deal log's deals, as the report takes them (DEFINITIONS §4 "Where the
 * report's inputs come from"): the open deals, the win rate of their statuses (`null` without a status column:
 * nothing is known to be lost), the mean amount of the won deals that have one, and `meanCycleDays` (the report's
 * mean cycle time). The report (core/report/analyzeDeals.ts) and PIPELINE_VELOCITY given a whole deal table both
 * use it, so they give the same figure.
 * @example
 * // The README's five deals: D1, D2 won (¥120,000, 8.5万), D3, D4 lost, D5 open; mean cycle 41.5 days.
 * velocityInputs(log.deals, 41.5) //=> { openDeals: 1, winRate: 0.5, meanWonAmount: 102500, meanCycleDays: 41.5 }
 */
export function velocityInputs(deals: DealTable, meanCycleDays: number | null): VelocityInputs {
  const wonAmounts: number[] = [];
  let openDeals = 0;
  for (let i = 0; i < deals.count; i++) {
    if (deals.status[i] === STATUS_CODE.open) openDeals++;
    else if (deals.status[i] === STATUS_CODE.won && !Number.isNaN(deals.amount[i])) wonAmounts.push(deals.amount[i]);
  }
  return {
    openDeals,
    winRate: deals.hasStatus ? winRateOfCodes(deals.status) : null,
    meanWonAmount: summarize(wonAmounts, "mean"),
    meanCycleDays,
  };
}

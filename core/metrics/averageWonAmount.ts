import { STATUS_CODE, type DealTable } from "../model/dealTable";
import { summarize } from "./statistics";

/**
 * Average won amount (DEFINITIONS §4): the mean amount of the won deals that have one. Lost and open deals, and
 * won deals without a readable amount, are left out. `null` when no won deal has an amount. Pipeline velocity
 * uses it as its "mean won amount" (core/metrics/pipelineVelocity.ts).
 *
 * @example
 * // The README's five deals: D1 ¥120,000 and D2 8.5万 won, D3's 60,000 lost.
 * averageWonAmount(log.deals) //=> 102500
 */
export function averageWonAmount(deals: DealTable): number | null {
  const wonAmounts: number[] = [];
  for (let i = 0; i < deals.count; i++) {
    if (deals.status[i] === STATUS_CODE.won && !Number.isNaN(deals.amount[i])) wonAmounts.push(deals.amount[i]);
  }
  return summarize(wonAmounts, "mean");
}

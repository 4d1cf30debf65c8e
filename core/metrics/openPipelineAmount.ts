import { STATUS_CODE, type DealTable } from "../model/dealTable";

/**
 * Open pipeline amount (DEFINITIONS §4): the sum of the amounts of the open deals that have one — what is still
 * in play. Won and lost deals, and open deals without a readable amount, are left out. 0 when no deal is open;
 * `null` when deals are open but none has an amount (the figure is then unknown, not zero).
 *
 * @example
 * // D5 open ¥30,000, D6 open 5万, D7 open without an amount.
 * openPipelineAmount(log.deals) //=> 80000
 */
export function openPipelineAmount(deals: DealTable): number | null {
  let open = 0;
  let priced = 0;
  let sum = 0;
  for (let i = 0; i < deals.count; i++) {
    if (deals.status[i] !== STATUS_CODE.open) continue;
    open++;
    if (Number.isNaN(deals.amount[i])) continue;
    priced++;
    sum += deals.amount[i];
  }
  return open > 0 && priced === 0 ? null : sum;
}

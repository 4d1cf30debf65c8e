import type { DealTable } from "../model/dealTable";

/**
 * Time each deal spent in a stage, in days (DEFINITIONS §4): for deals with a date in the stage and a date in
 * some later stage, the earliest later-stage date minus the stage's date. Deals still in the stage, or that
 * skipped it, are left out.
 *
 * @example
 * // Lead 2026-01-05, Opportunity blank, Proposal 2026-01-12 → 7 days in Lead
 * timeInStageDurations(table, 0) //=> [7]
 */
export function timeInStageDurations(deals: DealTable, stage: number): Float64Array {
  const stageCount = deals.stages.names.length;
  if (!(stage >= 0 && stage < stageCount)) throw new RangeError(`timeInStageDurations: no stage ${stage}`);
  const out = new Float64Array(deals.count);
  if (!deals.hasDates) return out.subarray(0, 0);
  const days = deals.stageDays;
  let n = 0;
  for (let i = 0; i < deals.count; i++) {
    const base = i * stageCount;
    const entered = days[base + stage];
    if (Number.isNaN(entered)) continue;
    for (let later = stage + 1; later < stageCount; later++) {
      const left = days[base + later];
      if (!Number.isNaN(left)) {
        out[n++] = left - entered;
        break;
      }
    }
  }
  return out.subarray(0, n);
}

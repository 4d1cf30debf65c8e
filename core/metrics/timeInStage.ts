import type { DealTable } from "../model/dealTable";
import { summarizeAll, type Statistic } from "./statistics";

/**
 * Time each deal spent in a stage, in days (DEFINITIONS §4): for deals with a date in the stage and a date in
 * some later stage, the earliest later-stage date minus the stage's date. Deals still in the stage, or that
 * skipped it, are left out; so are a HubSpot export's deals that went back to an earlier stage
 * ({@link DealTable.reentered}): their dates are latest entries of different passes, no time between stages.
 *
 * @example
 * // Lead 2026-01-05, Opportunity blank, Proposal 2026-01-12 → 7 days in Lead
 * timeInStageDurations(table, 0) //=> [7]
 */
export function timeInStageDurations(deals: DealTable, stage: number): Float64Array {
  const stageCount = deals.stages.names.length;
  if (!(stage >= 0 && stage < stageCount)) throw new RangeError(`timeInStageDurations: no stage ${stage}`);
  if (!deals.hasDates) return new Float64Array(0);
  const out = new Float64Array(deals.count);
  return out.subarray(0, fillTimeInStage(deals, stage, out));
}

/**
 * The summary (summarizeAll) of the time in each stage but the last, in stage order — what the report shows.
 * One buffer serves every stage in turn, so a million deals cost one array of durations, not one per stage.
 *
 * @example
 * timeInStageSummaries(table)[0].median //=> 7
 */
export function timeInStageSummaries(deals: DealTable): Record<Statistic, number | null>[] {
  const stageCount = deals.stages.names.length;
  if (!deals.hasDates) return [];
  const buffer = new Float64Array(deals.count);
  return Array.from({ length: stageCount - 1 }, (_, stage) => summarizeAll(buffer.subarray(0, fillTimeInStage(deals, stage, buffer))));
}

/** Writes the time in `stage` of each deal that has one into `out` from its start; answers how many. */
function fillTimeInStage(deals: DealTable, stage: number, out: Float64Array): number {
  const stageCount = deals.stages.names.length;
  const days = deals.stageDays;
  const reentered = deals.reentered;
  let n = 0;
  for (let i = 0; i < deals.count; i++) {
    if (reentered !== undefined && reentered[i] === 1) continue;
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
  return n;
}

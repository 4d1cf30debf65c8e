import type { DealTable } from "../model/dealTable";
import type { DayPeriod } from "./periodFigures";
import { summarize } from "./statistics";
import { timeInStageDurations } from "./timeInStage";

/**
 * Days a lead needs before its first → second stage conversion is judged (DEFINITIONS §4 "a goal's current value",
 * "maturing"): the log's median time in the first stage (time in stage, DEFINITIONS §4: first-stage date → its next
 * dated stage, over the whole log — the Dashboard's median days in the first stage), 0 when no deal is timed (or
 * when the median is below 0: dates out of order). The
 * Pilot's weeks wait the median cycle for their deals in the same way.
 * @example
 * leadSettleDays(table) //=> 2 (days in the first stage 1, 1, 2, 4, 6)
 */
export function leadSettleDays(deals: DealTable): number {
  if (deals.stages.names.length < 2) return 0;
  return Math.max(0, summarize(timeInStageDurations(deals, 0), "median") ?? 0);
}

/**
 * The part of a lead period whose leads have had time to convert on the as-of day: a lead is *mature* when its
 * first-stage date + {@link leadSettleDays} is on or before the as-of day, so the period ends at most at
 * as-of − settle days (empty when that is before its start). `period.to` is the period's own last day (the as-of
 * day for a goal's current value, the day before the start for its baseline).
 * @example
 * matureLeadPeriod(table, { from: 46083, to: 46096 }, 46096) //=> { from: 46083, to: 46094 } (settle 2 days)
 */
export function matureLeadPeriod(deals: DealTable, period: DayPeriod, asOfDay: number = period.to): DayPeriod {
  return { from: period.from, to: Math.min(period.to, asOfDay - leadSettleDays(deals)) };
}

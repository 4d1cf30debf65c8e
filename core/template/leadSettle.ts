import { absolute, sheetRef } from "./a1";
import type { TemplateLayout } from "./layout";

/**
 * Natively, the days a lead needs before its conversion is judged (core/metrics/matureLeads.ts leadSettleDays): the
 * Dashboard's median days in the first stage, 0 when it shows "—" (no deal timed) or is below 0 (dates out of order).
 * @example
 * leadSettleDaysFormula(templateLayout("en", 6, 1001)) //=> `IF(ISNUMBER('Dashboard'!$L$5),MAX(0,'Dashboard'!$L$5),0)` (cell for illustration)
 */
export function leadSettleDaysFormula(layout: Pick<TemplateLayout, "dashboard" | "sheetName">): string {
  const median = sheetRef(layout.sheetName("dashboard"), absolute(layout.dashboard.funnel.stayMedian, layout.dashboard.funnelHeaderRow + 1));
  return `IF(ISNUMBER(${median}),MAX(0,${median}),0)`;
}

/**
 * The day after the last lead date that is mature on the as-of day (core matureLeadPeriod: lead date + settle days ≤
 * as-of day), as a period's `end` (periodFormulas.ts): INT(as-of − settle) + 1, so that a lead typed with a time of day
 * on that last day still counts.
 * @example
 * matureLeadEnd(layout, "$C$3") //=> `INT($C$3-IF(ISNUMBER('Dashboard'!$L$5),MAX(0,'Dashboard'!$L$5),0))+1`
 */
export function matureLeadEnd(layout: Pick<TemplateLayout, "dashboard" | "sheetName">, asOf: string): string {
  return `INT(${asOf}-${leadSettleDaysFormula(layout)})+1`;
}

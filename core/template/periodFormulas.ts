import { columnLetter } from "../model/cells";
import { DEAL_STATUS_WORDS } from "../model/words";
import { quoted, sheetRef } from "./a1";
import { closeDayColumn, closedOutcomeColumn } from "./dashboardPrintLayout";
import { orDash } from "./emptyFigure";
import type { TemplateLayout } from "./layout";

/**
 * Native formulas of the figures over a period (core/metrics/periodFigures.ts, DEFINITIONS §4 "goals over their own
 * period") on the Deals sheet's helper columns, for the Goals sheet and the Dashboard's monthly trend. A period is
 * given by two formula expressions: `from`, its first day, and `end`, the day after its last (the as-of day + 1, or
 * the next month's first day), so that a stage date typed with a time of day still falls inside. Only COUNTIFS, INDEX
 * and arithmetic over helper columns: no array formulas.
 */
export interface PeriodBounds {
  /** An expression of the period's first day (0 for "no start"). */
  readonly from: string;
  /** An expression of the day after the period's last day. */
  readonly end: string;
}

type Layout = Pick<TemplateLayout, "deals" | "locale" | "stageCount" | "dashboard" | "sheetName" | "lastDealRow" | "host">;

/**
 * COUNTIFS criteria: `column` dated within the period.
 * @example
 * within("'Deals'!$D$2:$D$1001", { from: "$E$8", end: "$C$4+1" }) //=> `'Deals'!$D$2:$D$1001,">="&$E$8,'Deals'!$D$2:$D$1001,"<"&$C$4+1`
 */
export function within(column: string, { from, end }: PeriodBounds): string {
  return `${column},">="&${from},${column},"<"&${end}`;
}

/**
 * The deals won (or lost) whose close day — the date of their furthest stage, the Dashboard's hidden close-day column
 * (dashboardPrintLayout.ts) — falls in the period. The outcome is read beside the close day, from the column of the
 * same length (closedOutcomeColumn: the Deals column in a file; in Excel and Sheets the Dashboard's copy of it).
 */
export function closedCount(layout: Layout, status: "won" | "lost", bounds: PeriodBounds): string {
  return `COUNTIFS(${closedOutcomeColumn(layout)},${quoted(DEAL_STATUS_WORDS[status][layout.locale])},${within(closeDayColumn(layout), bounds)})`;
}

/**
 * One Deals row's close day, for the Dashboard's hidden close-day column: the date in its furthest stage column
 * (INDEX of the row's stage dates), "" for a bad row. Open deals get it too: the counts read it with their outcome.
 */
export function closeDayCell({ deals, stageCount }: Layout, dealsSheet: string, dealRow: number): string {
  const stages = sheetRef(dealsSheet, `${columnLetter(deals.stage(0))}${dealRow}:${columnLetter(deals.stage(stageCount - 1))}${dealRow}`);
  return `IFERROR(INDEX(${stages},1,${sheetRef(dealsSheet, `${columnLetter(deals.furthest)}${dealRow}`)}),"")`;
}

/**
 * Every Deals row's close day as one array (Excel's spill, Sheets' ARRAYFORMULA): {@link closeDayCell} with only
 * cell-by-cell functions (INDEX takes no array of columns in Sheets) — the stage date the furthest stage names, ""
 * for a bad or blank row (no furthest stage).
 * @example
 * closeDayArray(templateLayout("en", 2, 1001, "sheets"))
 * //=> `IFERROR(IF('Deals'!$J$2:$J=1,'Deals'!$H$2:$H,IF('Deals'!$J$2:$J=2,'Deals'!$I$2:$I,"")),"")` (columns for illustration)
 */
export function closeDayArray({ deals, stageCount }: Pick<Layout, "deals" | "stageCount">): string {
  const furthest = deals.column(deals.furthest);
  const chain = Array.from({ length: stageCount }, (_, i) => i).reduceRight((inner, i) => `IF(${furthest}=${i + 1},${deals.column(deals.stage(i))},${inner})`, '""');
  return `IFERROR(${chain},"")`;
}

/** Win rate of the deals closed in the period: won ÷ (won + lost) ("—" when none closed: emptyFigure.ts). */
export function periodWinRateFormula(layout: Layout, bounds: PeriodBounds): string {
  const won = closedCount(layout, "won", bounds);
  const closed = `(${won}+${closedCount(layout, "lost", bounds)})`;
  return orDash(`(${won})/${closed}`, `${closed}=0`);
}

/**
 * First stage → second stage conversion of the deals dated in the first stage within the period: of them, those whose
 * furthest stage is the second or later ("—" when none).
 */
export function periodConversionFormula({ deals }: Layout, bounds: PeriodBounds): string {
  const valid = deals.column(deals.valid);
  const entered = `${valid},1,${within(deals.column(deals.stage(0)), bounds)}`;
  return orDash(`COUNTIFS(${entered},${deals.column(deals.furthest)},">="&2)/COUNTIFS(${entered})`, `COUNTIFS(${entered})=0`);
}

/**
 * One Deals row's cycle days when the deal was won in the period (its last-stage date in it), else "": a hidden
 * helper column whose MEDIAN is the period's median cycle time ("—" on the Goals sheet when no deal was won in it).
 */
export function periodCycleCell({ deals, stageCount }: Layout, dealsSheet: string, dealRow: number, bounds: PeriodBounds): string {
  const at = (column: number) => sheetRef(dealsSheet, `${columnLetter(column)}${dealRow}`);
  const cycle = at(deals.cycle);
  const last = at(deals.stage(stageCount - 1));
  return `IF(AND(ISNUMBER(${cycle}),${last}>=${bounds.from},${last}<${bounds.end}),${cycle},"")`;
}

/**
 * {@link periodCycleCell} for every Deals row at once (Excel's spill, Sheets' ARRAYFORMULA), over the host's whole
 * Deals columns: the AND written as a product, since AND folds an array into one value.
 */
export function periodCycleArray({ deals, stageCount }: Pick<Layout, "deals" | "stageCount">, bounds: PeriodBounds): string {
  const cycle = deals.column(deals.cycle);
  const last = deals.column(deals.stage(stageCount - 1));
  return `IF(ISNUMBER(${cycle})*(${last}>=${bounds.from})*(${last}<${bounds.end}),${cycle},"")`;
}

import type { Locale } from "../model/locale";
import { SAMPLE_LOST_REASONS } from "../sample/cast";
import { placeColumns, type ColumnSpec } from "./columns";
import { SHEET_NAMES } from "./labels";
import { POINTS_FORMAT } from "./points";
import { RowCursor } from "./rowCursor";
import { REVIEWS_COPY as COPY } from "./sheets/reviewsCopy";

/** Months of each Reviews table. */
export const REVIEW_MONTH_ROWS = 12;
/** Rows of the lost-reason list the close-month review counts. */
export const LOST_REASON_ROWS = 8;
/** The lost reasons the list starts with (the sample's, which are common ones), in the workbook's language. */
export const DEFAULT_LOST_REASONS = SAMPLE_LOST_REASONS.map((reason) => reason.name);

/** The lead-month cohort table (visible columns). */
export const COHORT_TABLE = [
  { key: "month", header: COPY.month, width: 10, format: "yyyy-mm" },
  { key: "deals", header: COPY.deals, width: 12, role: "computed", align: "right" },
  { key: "won", header: COPY.won, width: 8, role: "computed", align: "right" },
  { key: "lost", header: COPY.lost, width: 8, role: "computed", align: "right" },
  { key: "winRate", header: COPY.winRate, width: 10, role: "computed", format: "0.0%" },
  { key: "cycle", header: COPY.cycleMedian, width: 14, role: "computed", format: "0.0" },
  { key: "drop", header: COPY.biggestDrop, width: 14, role: "computed", align: "center" },
  { key: "state", header: COPY.state, width: 11, role: "computed", align: "center" },
  { key: "notes", header: COPY.notes, width: 36, role: "input", wrap: true },
  { key: "adjustments", header: COPY.adjustments, width: 40, role: "input", wrap: true },
] as const satisfies readonly ColumnSpec[];

/** The close-month table (visible columns; the text figures under the cohort's wide Notes and Adjustments). */
export const CLOSE_TABLE = [
  { key: "month", header: COPY.month, width: 10, format: "yyyy-mm" },
  { key: "newLeads", header: COPY.newLeads, width: 12, role: "computed", align: "right" },
  { key: "won", header: COPY.closedWon, width: 8, role: "computed", align: "right" },
  { key: "lost", header: COPY.closedLost, width: 8, role: "computed", align: "right" },
  { key: "stillOpen", header: COPY.stillOpen, width: 10, role: "computed", align: "right" },
  { key: "winRate", header: COPY.winRate, width: 10, role: "computed", format: "0.0%" },
  { key: "cycle", header: COPY.wonCycleMedian, width: 14, role: "computed", format: "0.0" },
  { key: "state", header: COPY.state, width: 11, role: "computed", align: "center" },
  { key: "topLoss", header: COPY.biggestDrop, width: 36, role: "computed" },
  { key: "topReason", header: COPY.topReason, width: 40, role: "computed" },
  { key: "vsLastMonth", header: COPY.vsLastMonth, width: 14, role: "computed", format: POINTS_FORMAT },
  { key: "vsGoal", header: COPY.vsGoal, width: 14, role: "computed", format: POINTS_FORMAT },
] as const satisfies readonly ColumnSpec[];

/** Hidden working columns: the cohort's next month and lost-at counts, the close months' likewise and reason counts, the cycle keys. */
const COHORT_WORK = [
  { key: "next", header: COPY.nextMonth, width: 10, format: "yyyy-mm-dd", hidden: true },
  { key: "lostAt", count: "stagesButLast", header: (locale, index, names) => COPY.lostAt[locale].replace("{stage}", names[index]), width: 10, hidden: true },
] as const satisfies readonly ColumnSpec[];
const CLOSE_WORK = [
  { key: "next", header: COPY.nextMonth, width: 10, format: "yyyy-mm-dd", hidden: true },
  { key: "lostAt", count: "stages", header: (locale, index, names) => COPY.lostAt[locale].replace("{stage}", names[index]), width: 10, hidden: true },
  { key: "reason", count: LOST_REASON_ROWS, header: (locale, index) => COPY.reasonCount[locale].replace("{n}", String(index + 1)), width: 10, hidden: true },
] as const satisfies readonly ColumnSpec[];
const KEY_TABLE = [
  { key: "leadKey", header: COPY.leadKey, width: 12, hidden: true },
  { key: "closeKey", header: COPY.closeKey, width: 12, hidden: true },
] as const satisfies readonly ColumnSpec[];

/**
 * Where the Reviews sheet's parts are: the lead-month cohort (rows 5–16, as before), the close-month review
 * under it, the lost-reason list under that, and hidden working columns right of every visible one (a hidden
 * column hides every row). Cycle keys: one hidden row per Deals row, (year × 12 + month) × 100,000 + cycle days
 * of each won deal, by lead month and by won month, so a month's median cycle is read with SMALL from the sorted
 * keys — no array formula.
 * @example
 * const reviews = reviewsLayout("en", 6);
 * reviews.cohort.first     //=> 5
 * reviews.close.columns.winRate //=> 6 (column F)
 */
export function reviewsLayout(locale: Locale, stageCount: number) {
  const rows = new RowCursor(4);
  const cohortHeader = rows.next();
  const cohortRows = rows.take(REVIEW_MONTH_ROWS);
  rows.skip();
  const closeTitle = rows.next();
  const closeHeader = rows.next();
  const closeRows = rows.take(REVIEW_MONTH_ROWS);
  rows.skip();
  const reasonsTitle = rows.next();
  const reasonRows = rows.take(LOST_REASON_ROWS);
  const cohort = placeColumns(1, COHORT_TABLE, stageCount);
  const close = placeColumns(1, CLOSE_TABLE, stageCount);
  const cohortWork = placeColumns(Math.max(cohort.last, close.last) + 2, COHORT_WORK, stageCount);
  const closeWork = placeColumns(cohortWork.last + 1, CLOSE_WORK, stageCount);
  const keys = placeColumns(closeWork.last + 2, KEY_TABLE, stageCount);
  return {
    sheet: SHEET_NAMES.reviews[locale],
    tables: { cohort, close, cohortWork, closeWork, keys },
    cohort: { header: cohortHeader, first: cohortRows.first, last: cohortRows.last, columns: cohort.at, work: cohortWork.at },
    close: { title: closeTitle, header: closeHeader, first: closeRows.first, last: closeRows.last, columns: close.at, work: closeWork.at },
    /** The lost reasons counted: input cells in the Top lost reason column. */
    reasons: { title: reasonsTitle, column: close.at.topReason, first: reasonRows.first, last: reasonRows.last },
    /** The cycle keys: header in row 1, one row per Deals row from row 2. */
    keys: keys.at,
    /** The words of the state columns. */
    stateWords: Object.fromEntries(Object.entries(COPY.states).map(([key, words]) => [key, words[locale]])) as Record<keyof typeof COPY.states, string>,
  };
}
export type ReviewsLayout = ReturnType<typeof reviewsLayout>;

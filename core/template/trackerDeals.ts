import { reportMessage } from "../i18n/reportMessages";
import { cellText, type Grid } from "../model/cells";
import type { Locale } from "../model/locale";
import { describeProblem, type ProblemReport } from "../model/problem";
import { stageListMessage, stageListProblem } from "../model/stageListProblem";
import type { DealLog } from "../parse/dealLog";
import { verdictMessage, type Verdict } from "../parse/verdict";
import type { ReportSurface } from "../report/surface";
import { logDealRows, type UnreadRow } from "./logDealRows";
import type { TemplateCell } from "./types";

/** The most characters a cell holds in Excel (and Sheets holds 50,000): a longer text is cut there, ending in "…". */
export const MAX_CELL_TEXT = 32_767;

/**
 * Why a read log cannot fill the tracker, in one line for `surface`, or `undefined` when it can: nothing read
 * (the verdict's line, as analyze says it), a stage list the template cannot hold, or no date per stage (a
 * current-stage export: the template's figures come from one date per stage). The command line's `template
 * --deals` and the panes' "build the tracker from this sheet" refuse alike.
 * @example
 * trackerRefusal(currentStageLog, { readable: true }, "en", "workbook")
 * //=> "This sheet has no date per stage (only each deal's current stage), and the tracker needs one: …"
 */
export function trackerRefusal(log: DealLog, verdict: Verdict, locale: Locale, surface: ReportSurface): string | undefined {
  if (!verdict.readable) return verdictMessage(verdict, locale, surface);
  const problem = stageListProblem(log.deals.stages.names);
  if (problem !== undefined) return stageListMessage(problem, locale);
  if (!log.deals.hasDates) return reportMessage(locale, `tracker.noStageDates.${surface}`);
  return undefined;
}

/**
 * The rows of a log the core left out (each a row some problem names and no counted deal came from), as they
 * came: `rowCells(row)` gives a sheet or file row's cells (undefined when they cannot be had: the row is then kept
 * with no cells), joined as one CSV line — text, never a formula; `note` lists the row's problems (the report's
 * messages, in its language), each after its column.
 * @example
 * unreadRowsOf(log, [{ row: 7, column: "C", message: 'unreadable date "soon"' }], (row) => grid[row - 1], "en")
 * //=> [{ row: 7, cells: "D6,Acme,soon,,Won,1200", note: 'C: unreadable date "soon"' }]
 */
export function unreadRowsOf(
  log: DealLog,
  problems: readonly ProblemReport[],
  rowCells: (row: number) => readonly unknown[] | undefined,
  locale: Locale,
): UnreadRow[] {
  const counted = new Set(log.deals.rows);
  const notes = new Map<number, string[]>();
  for (const problem of problems) {
    if (counted.has(problem.row)) continue;
    const list = notes.get(problem.row) ?? [];
    list.push(problem.column === "" || problem.column === undefined ? problem.message : `${problem.column}: ${problem.message}`);
    notes.set(problem.row, list);
  }
  const separator = locale === "zh-CN" ? "；" : "; ";
  return [...notes.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, list]) => ({ row, cells: cutToCell(csvLine(rowCells(row) ?? [])), note: cutToCell(list.join(separator)) }));
}

/**
 * One row as an RFC 4180 CSV line, without its line end: cells as {@link cellText} shows them, quoted when they
 * hold a comma, a quote or a line break.
 * @example
 * csvLine(["D6", "Acme, Inc.", 1200, null]) //=> 'D6,"Acme, Inc.",1200,'
 */
export function csvLine(cells: readonly unknown[]): string {
  return cells
    .map((cell) => {
      const text = cellText(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(",");
}

/** Text cut to what one cell holds. */
function cutToCell(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
}

/**
 * A grid read from a sheet, as rows by sheet row number: `grid[0]` is sheet row `firstRow` (the range read
 * may start below row 1).
 */
export function gridRows(grid: Grid, firstRow = 1): (row: number) => readonly unknown[] | undefined {
  return (row) => grid[row - firstRow];
}

/** What fills the tracker's Deals sheet: where the deals came from, its stages and rows (counted deals, then the unread rows). */
export interface TrackerDeals {
  /** The sheet (or file) read. */
  readonly sheet: string;
  readonly stages: readonly string[];
  readonly rows: readonly (readonly TemplateCell[])[];
  /** Deals counted. */
  readonly deals: number;
  /** Rows kept as they came, out of the figures. */
  readonly unread: number;
}

/**
 * A read log as the tracker's Deals rows, or the one line that says why it cannot be (see {@link trackerRefusal}),
 * for the panes' "build the tracker from this sheet": the refusal in the user's language (`uiLocale`), the notes
 * beside the rows kept as they came in the tracker's (`templateLocale`).
 * @example
 * trackerDeals(log, readVerdict(grid, log), gridRows(grid, 1), { sheet: "Pipeline", uiLocale: "en", templateLocale: "zh-CN", surface: "workbook" })
 * //=> { sheet: "Pipeline", stages: ["Lead", …, "Won"], rows: [[…], …], deals: 157, unread: 2 }
 */
export function trackerDeals(
  log: DealLog,
  verdict: Verdict,
  rowCells: (row: number) => readonly unknown[] | undefined,
  options: { readonly sheet: string; readonly uiLocale: Locale; readonly templateLocale: Locale; readonly surface: ReportSurface },
): TrackerDeals | { readonly refused: string } {
  const refused = trackerRefusal(log, verdict, options.uiLocale, options.surface);
  if (refused !== undefined) return { refused };
  const problems = log.problems.map((problem) => describeProblem(problem, options.templateLocale));
  const unread = unreadRowsOf(log, problems, rowCells, options.templateLocale);
  return {
    sheet: options.sheet,
    stages: log.deals.stages.names,
    rows: logDealRows(log.deals, log.problems, unread, options.templateLocale),
    deals: log.deals.count,
    unread: unread.length,
  };
}

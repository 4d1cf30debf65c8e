/**
 * The sidebar's "Analyze", run in the browser: the diagnosis (reportOfLog) of the sheet the reading policy of
 * every surface chooses (core/report/readingPolicy.ts: the active sheet when it reads as a deal log, else the deal
 * log with the most rows; the stage list of the workbook's Stages sheet when the log fits it; DEFINITIONS §2
 * "Which sheet"). It asks the server only for cells (sheetPages.ts): every sheet's head, then the chosen sheet in
 * pages of {@link PAGE_CELLS} cells — a constant number of service calls per page — so Code.js carries no reader
 * and no report, and no call passes the 4 MB a call may carry, however long the log.
 *
 * A sheet whose header names the stages is a deal log even before its first deal (a fresh template's Deals
 * sheet): its report says 0 deals, as Excel's pane does. When no sheet reads as a deal log, the active sheet is
 * read whole (a one-column log of stage names has no header to find) and anything else there is said to be no
 * deal log. Date cells arrive as `{ d: ms }`, become `Date`s again and are read in the spreadsheet's time zone.
 * The log is read from its header row down, with `firstRow` its sheet row, so problems name the sheet's own rows
 * (for sidebarSelectRow). The answer carries no `Date` (the period is ISO text).
 * @example
 * const answer = await analyzeSheets(callServer); // { status: "ok", sheet: "Deals", deals: 400, funnel: […], … }
 */
import { reportMessage } from "../../core/i18n/reportMessages";
import type { Locale } from "../../core/model/locale";
import type { DealTable } from "../../core/model/dealTable";
import { stageList } from "../../core/model/stages";
import { isoFromDay } from "../../core/parse/dates";
import { dateOrderOfLocale } from "../../core/parse/dateOrder";
import { StageOrderNeeded, stageOrderNeededText } from "../../core/parse/currentStage";
import { parseDealLog, type DealLog } from "../../core/parse/dealLog";
import { reportOfLog, type DealReport } from "../../core/report/analyzeDeals";
import { ambiguousDatesText } from "../../core/report/readingText";
import { noGroupColumnText, segmentHeatOfGrid } from "../../core/present/segmentHeat";
import { chooseDealSheet, listedProblems, readingStages, workbookStageList } from "../../core/report/readingPolicy";
import { pickFigures } from "../../core/report/reportFigures";
import { reportNotes } from "../../core/report/reportNotes";
import { readVerdict, verdictMessage } from "../../core/parse/verdict";
import type { AnalyzeResponse } from "../shared/protocol";
import { fromWireValue, pageRows, type WireValue } from "../shared/wireValues";
import { uiText } from "../uiText";
import type { CallServer } from "./generation";

const fromWireRows = (rows: readonly (readonly WireValue[])[]): unknown[][] => rows.map((row) => row.map(fromWireValue));

export async function analyzeSheets(callServer: CallServer, by?: { readonly field: string; readonly word: string }): Promise<AnalyzeResponse> {
  const read = await readDealSheet(callServer);
  if (read.status !== "log") return read;
  const { log, locale, sheet, values, firstRow } = read;
  // Every row a problem: the CLI's one line, shown as the error above the problem rows.
  const unread = verdictMessage(readVerdict(values, log), locale, "workbook");
  const report = wireReport(reportOfLog(log, locale), stagePeriod(log.deals), locale, sheet, unread === undefined ? undefined : uiText(locale, "unread", { sheet, message: unread }));
  if (by === undefined || report.status !== "ok") return report;
  // Split by the field chosen under "By", as analyze --by splits it; or the line saying no column holds it.
  const segments = segmentHeatOfGrid(values, firstRow, log, by.field, locale) ?? { missing: noGroupColumnText(values, by.word, locale) };
  return { ...report, segments };
}

/** The deal log the reading policy chooses, parsed, with the cells it came from; or the answer that says why there is none. */
export type DealSheetRead =
  | { readonly status: "log"; readonly locale: Locale; readonly sheet: string; readonly values: unknown[][]; readonly firstRow: number; readonly log: DealLog }
  | Extract<AnalyzeResponse, { status: "sheetChanged" | "notADealLog" | "datesAmbiguous" }>;

/**
 * Reads the deal sheet as every surface chooses it (see {@link analyzeSheets}) and parses it: Analyze reports on
 * it, "build the tracker from this sheet" copies its deals (sheetDeals.ts). `values` are the sheet's rows from its
 * header row (sheet row `firstRow`) down.
 */
export async function readDealSheet(callServer: CallServer): Promise<DealSheetRead> {
  const { locale, spreadsheetLocale, timeZone, active, sheets } = await callServer("sidebarSheetHeads");
  // Numbers-only dates (03/04/2026) that their column leaves open are read as the spreadsheet's locale writes them.
  const localeDateOrder = dateOrderOfLocale(spreadsheetLocale);
  const heads = sheets.map(({ name, rows, head }) => ({ name, head: fromWireRows(head), rows, active: name === active }));
  const stages = { workbook: workbookStageList(heads) };
  const choice = chooseDealSheet(heads, stages);
  const index = choice.kind === "found" ? choice.index : choice.fallback?.index;
  const chosen = index === undefined ? undefined : sheets[index];
  const header = choice.kind === "found" ? choice.headerRow : 0;
  const name = chosen?.name ?? active;
  let values: unknown[][] = [];
  if (chosen !== undefined && chosen.rows > header) {
    const read = await readRows(callServer, chosen.name, header + 1, chosen.rows, Math.max(1, chosen.columns));
    if (read === undefined) return { status: "sheetChanged", locale, sheet: name, message: uiText(locale, "sheetChanged", { sheet: name }) };
    values = read;
  }
  const own = readingStages(values, stages);
  let log;
  try {
    log = values.length === 0 ? undefined : parseDealLog(values, { stages: own.stages ?? stageList(undefined, locale), stageOrder: own.stageOrder, timeZone, firstRow: header + 1, localeDateOrder });
  } catch (error) {
    // A current-stage export whose stages fit no known order: the stages found, as the CLI says them.
    if (!(error instanceof StageOrderNeeded)) throw error;
    return { status: "notADealLog", locale, sheet: name, message: uiText(locale, "unread", { sheet: name, message: stageOrderNeededText(error, locale) + reportMessage(locale, "hint.listStages.workbook") }) };
  }
  // Read whole (no sheet reads as a deal log), a one-column log counts only when it holds a deal or a problem: an
  // empty or unrelated sheet (a lone title cell) is no deal log.
  if (log !== undefined && choice.kind === "none" && log.deals.count === 0 && log.problems.length === 0) log = undefined;
  if (log === undefined) {
    // Not a deal log: the CLI's one line, naming the sheet's headers and the shapes read.
    const verdict = verdictMessage(readVerdict(values, undefined), locale, "workbook") ?? "";
    return { status: "notADealLog", locale, sheet: name, message: uiText(locale, "unread", { sheet: name, message: verdict }) };
  }
  // Dates nothing settles (the locale writes year first, or is unknown): said in one line, never guessed.
  const ambiguous = ambiguousDatesText(log.reading?.ambiguousDates, locale);
  if (ambiguous !== undefined) return { status: "datesAmbiguous", locale, sheet: name, message: uiText(locale, "datesAmbiguous", { sheet: name, found: ambiguous }) };
  return { status: "log", locale, sheet: name, values, firstRow: header + 1, log };
}

/**
 * Sheet rows `fromRow` to `lastRow` of `sheet`, `columns` wide, page by page ({@link pageRows}); a page may come
 * back shorter (the server keeps each answer under the ceiling) and the next starts where it stopped. Undefined
 * when the sheet is gone (renamed or deleted since its head was read). Stops early if the sheet got shorter.
 */
async function readRows(callServer: CallServer, sheet: string, fromRow: number, lastRow: number, columns: number): Promise<unknown[][] | undefined> {
  const rows: unknown[][] = [];
  const size = pageRows(columns);
  for (let row = fromRow; row <= lastRow; ) {
    const page = await callServer("sidebarSheetValues", sheet, row, Math.min(size, lastRow - row + 1), columns);
    if (page.status === "missing") return undefined;
    if (page.values.length === 0) break;
    for (const values of page.values) rows.push(values.map(fromWireValue));
    row += page.values.length;
  }
  return rows;
}

function wireReport(report: DealReport, period: { from: string; to: string } | null, locale: Locale, sheet: string, unread: string | undefined): AnalyzeResponse {
  return {
    status: "ok",
    locale,
    sheet,
    deals: report.deals,
    period,
    funnel: report.funnel.map((row) => ({
      stage: row.stage,
      reached: row.reached,
      stepConversion: row.stepConversion,
      overallConversion: row.overallConversion,
      dropOff: row.dropOff,
    })),
    ...pickFigures(report),
    lossPoints: report.lossPoints.map((row) => ({ stage: row.stage, lost: row.lost, share: row.share })),
    problems: listedProblems(report.problems).shown.map((problem) => ({ row: problem.row, column: problem.column, message: problem.message })),
    problemCount: report.problems.length,
    notes: reportNotes(report, locale, "workbook"),
    ...(unread === undefined ? {} : { unread }),
  };
}

/**
 * First and last stage date of the deals the figures count, as `YYYY-MM-DD`: from the parsed deals, so a row
 * left out as bad (a stage dated 2016 by a typo, a date that cannot be read) moves neither end. `null` for the
 * one-column shape (stage names, no dates) and for a log of no dated deals.
 * @example
 * // Lead 2026-03-07, Opportunity 2016-03-09 (backwards: a bad row) beside a good row of March–April 2026
 * stagePeriod(parseDealLog(grid, options)!.deals) //=> { from: "2026-03-02", to: "2026-04-01" }
 */
function stagePeriod(deals: DealTable): { from: string; to: string } | null {
  if (!deals.hasDates) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const day of deals.stageDays) {
    // NaN (a stage left blank) fails both comparisons.
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return first === Infinity ? null : { from: isoFromDay(first), to: isoFromDay(last) };
}

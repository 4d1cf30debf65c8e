import { message } from "../core/i18n/messages";
import { resolveLocale, type Locale } from "../core/model/locale";
import type { DealTable } from "../core/model/dealTable";
import { stageList } from "../core/model/stages";
import { isoFromDay } from "../core/parse/dates";
import { dateOrderOfLocale } from "../core/parse/dateOrder";
import { StageOrderNeeded, stageOrderNeededText } from "../core/parse/currentStage";
import { parseDealLog } from "../core/parse/dealLog";
import { reportOfLog, type DealReport } from "../core/report/analyzeDeals";
import { ambiguousDatesText } from "../core/report/readingText";
import { chooseDealSheet, listedProblems, readingStages, SHEET_HEAD_ROWS, workbookStageList } from "../core/report/readingPolicy";
import { reportNotes } from "../core/report/reportNotes";
import { readVerdict, verdictMessage } from "../core/parse/verdict";
import { FIRST_COPY } from "../core/template/copyNames";
import type { SheetsHost } from "./hostTypes";
import { freeCopy, renderWorkbook, type RenderResult, type RenderServices } from "./render/renderWorkbook";
import { type AnalyzeResponse, type DrawSheetResponse, type PlanResponse, type SelectRowResponse } from "./shared/protocol";
import { readDrawSheet, readPlan } from "./sidebarRequests";
import { uiText } from "./uiText";

/** The user's language for menus and the sidebar: their account's, else the spreadsheet's. */
export function userLocale(host: Pick<SheetsHost, "Session" | "SpreadsheetApp">): Locale {
  const tag = host.Session.getActiveUserLocale();
  return resolveLocale(tag !== "" ? tag : host.SpreadsheetApp.getActive().getSpreadsheetLocale());
}

export function renderServices(host: Pick<SheetsHost, "SpreadsheetApp" | "Charts">): RenderServices {
  return { app: host.SpreadsheetApp, charts: host.Charts };
}

/**
 * The sidebar's plan, before it writes anything: which sheets and workbook names of the template it built
 * exist here already, and the first free number for a copy. Reads only names.
 */
export function sidebarPlan(host: SheetsHost, request: unknown): PlanResponse {
  const read = readPlan(request);
  if (!read.ok) return { status: "invalid", message: uiText(userLocale(host), "badRequest", { where: read.where }) };
  const spreadsheet = host.SpreadsheetApp.getActive();
  const existing = read.value.sheets.filter((name) => spreadsheet.getSheetByName(name) !== null);
  const names = read.value.names.filter((name) => spreadsheet.getRangeByName(name) !== null);
  const clash = existing.length > 0 || names.length > 0;
  return { status: "plan", existing, names, copy: clash ? freeCopy(read.value, spreadsheet) : FIRST_COPY };
}

/**
 * Draws one sheet of the template the sidebar built (renderWorkbook), never overwriting: with "stop" an
 * existing sheet, or a workbook name of the sheet that exists, changes nothing and comes back as a clash; with
 * "addMissing" they are left as they are. The request is read in full before the spreadsheet is touched. With
 * `activate` (the last request's), that sheet is activated once this one is drawn: the generation ends on the
 * first sheet it added, as Excel's does — one lookup and one activation, whatever the template's size.
 */
export function sidebarDrawSheet(host: SheetsHost, request: unknown): DrawSheetResponse {
  const read = readDrawSheet(request);
  if (!read.ok) return { status: "invalid", message: uiText(userLocale(host), "badRequest", { where: read.where }) };
  const { locale, sheet, names, onClash, activate } = read.value;
  const spreadsheet = host.SpreadsheetApp.getActive();
  let result: RenderResult;
  try {
    result = renderWorkbook({ locale, sheets: [sheet], names }, spreadsheet, renderServices(host), { onClash });
  } catch (error) {
    // renderWorkbook has taken back what it added; the sidebar says so and keeps the sheets of earlier calls.
    const reason = String((error as { message?: unknown } | null)?.message ?? error);
    return { status: "failed", message: uiText(userLocale(host), "drawFailed", { sheet: sheet.name, reason }) };
  }
  if (result.status === "clash") return { status: "clash", clashes: [...result.clashes] };
  if (activate !== undefined) spreadsheet.getSheetByName(activate)?.activate();
  return { status: "done", created: [...result.created], skipped: [...result.skipped], names: [...result.names] };
}

/**
 * The sidebar's "Analyze": the diagnosis (analyzeDeals) of the sheet the reading policy of every surface chooses
 * (core/report/readingPolicy.ts: the active sheet when it reads as a deal log, else the deal log with the most
 * rows; the stage list of the workbook's Stages sheet when the log fits it; DEFINITIONS §2 "Which sheet"). A sheet
 * whose header names the stages is a deal log even before its first deal (a fresh template's Deals sheet): its
 * report says 0 deals, as Excel's pane does. When no sheet reads as a deal log, the active sheet is read whole (a
 * one-column log of stage names has no header to find) and anything else there is said to be no deal log. Date
 * cells arrive as `Date`s and are read in the spreadsheet's time zone; the answer carries no `Date` (the period is
 * ISO text). The log is read from its header row down, with `firstRow` its sheet row, so problems name the sheet's
 * own rows (for sidebarSelectRow). Reads: each sheet's first {@link SHEET_HEAD_ROWS} rows, then one `getValues`
 * of the chosen sheet.
 */
export function sidebarAnalyze(host: SheetsHost): AnalyzeResponse {
  const spreadsheet = host.SpreadsheetApp.getActive();
  const locale = userLocale(host);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  // Numbers-only dates (03/04/2026) that their column leaves open are read as the spreadsheet's locale writes them.
  const localeDateOrder = dateOrderOfLocale(spreadsheet.getSpreadsheetLocale());
  const activeName = spreadsheet.getActiveSheet().getName();
  const sheets = spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName(), rows: sheet.getLastRow(), columns: sheet.getLastColumn() }));
  const heads = sheets.map(({ sheet, name, rows, columns }) => ({
    name,
    head: rows === 0 || columns === 0 ? [] : sheet.getRange(1, 1, Math.min(rows, SHEET_HEAD_ROWS), columns).getValues(),
    rows,
    active: name === activeName,
  }));
  const stages = { workbook: workbookStageList(heads) };
  const choice = chooseDealSheet(heads, stages);
  const index = choice.kind === "found" ? choice.index : choice.fallback?.index;
  const chosen = index === undefined ? undefined : sheets[index];
  const header = choice.kind === "found" ? choice.headerRow : 0;
  const values = chosen === undefined || chosen.rows <= header ? [] : chosen.sheet.getRange(header + 1, 1, chosen.rows - header, Math.max(1, chosen.columns)).getValues();
  const name = chosen?.name ?? activeName;
  const own = readingStages(values, stages);
  let log;
  try {
    log = values.length === 0 ? undefined : parseDealLog(values, { stages: own.stages ?? stageList(undefined, locale), stageOrder: own.stageOrder, timeZone, firstRow: header + 1, localeDateOrder });
  } catch (error) {
    // A current-stage export whose stages fit no known order: the stages found, as the CLI says them.
    if (!(error instanceof StageOrderNeeded)) throw error;
    return { status: "notADealLog", locale, sheet: name, message: uiText(locale, "unread", { sheet: name, message: stageOrderNeededText(error, locale) + message(locale, "hint.listStages.workbook") }) };
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
  // Every row a problem: the CLI's one line, shown as the error above the problem rows.
  const unread = verdictMessage(readVerdict(values, log), locale, "workbook");
  return wireReport(reportOfLog(log, locale), stagePeriod(log.deals), locale, name, unread === undefined ? undefined : uiText(locale, "unread", { sheet: name, message: unread }));
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
    winRate: report.winRate,
    cycleTimeDays: { ...report.cycleTimeDays },
    pipelineVelocity: report.pipelineVelocity,
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

/** Selects a problem row of the analyzed sheet (the sidebar's click on a problem). */
export function sidebarSelectRow(host: SheetsHost, row: unknown, sheetName: unknown): SelectRowResponse {
  if (typeof row !== "number" || !Number.isInteger(row) || row < 1 || typeof sheetName !== "string") return { status: "missing" };
  const sheet = host.SpreadsheetApp.getActive().getSheetByName(sheetName);
  if (sheet === null || row > sheet.getMaxRows()) return { status: "missing" };
  sheet.activate();
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  return { status: "ok", sheet: sheetName, row };
}

import { message } from "../core/i18n/messages";
import { LOCALES, resolveLocale, type Locale } from "../core/model/locale";
import type { DealTable } from "../core/model/dealTable";
import { stageList } from "../core/model/stages";
import { isoFromDay } from "../core/parse/dates";
import { dateOrderOfLocale } from "../core/parse/dateOrder";
import { StageOrderNeeded, stageOrderNeededText } from "../core/parse/currentStage";
import { parseDealLog } from "../core/parse/dealLog";
import { stageHeaderRow } from "../core/parse/headerRow";
import { reportOfLog, type DealReport } from "../core/report/analyzeDeals";
import { ambiguousDatesText } from "../core/report/readingText";
import { reportNotes } from "../core/report/reportNotes";
import { fittingStages } from "../core/parse/fittingStages";
import { readVerdict, verdictMessage } from "../core/parse/verdict";
import { FIRST_COPY } from "../core/template/copyNames";
import { SHEET_NAMES } from "../core/template/labels";
import { stagesFromSheet } from "../core/template/stagesSheet";
import type { SheetApi, SheetsHost, SpreadsheetApi } from "./hostTypes";
import { freeCopy, renderWorkbook, type RenderResult, type RenderServices } from "./render/renderWorkbook";
import { MAX_PROBLEMS, type AnalyzeResponse, type DrawSheetResponse, type PlanResponse, type SelectRowResponse } from "./shared/protocol";
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
 * The sidebar's "Analyze": the diagnosis (analyzeDeals) of the active sheet's data, or — when the active sheet
 * is not a deal log — of the template's Deals sheet. A sheet whose header names the stages is a deal log even
 * before its first deal (a fresh template's Deals sheet): its report says 0 deals, as Excel's pane does. A sheet
 * read as the one-column shape counts only when it holds a deal or a problem, so an empty or unrelated sheet (a
 * lone title cell) falls through to the Deals sheet. Date cells arrive as `Date`s and are read in the
 * spreadsheet's time zone; the answer carries no `Date` (the period is ISO text). The header row is the first of
 * the sheet's first 20 rows that names two stages ({@link stageHeaderRow}, as the CLI and Excel find it: title rows
 * above it are passed over), else the first row; the log is read from it down, with `firstRow` its sheet row, so
 * problems name the sheet's own rows (for sidebarSelectRow). Reads: one `getValues` per sheet tried.
 */
export function sidebarAnalyze(host: SheetsHost): AnalyzeResponse {
  const spreadsheet = host.SpreadsheetApp.getActive();
  const locale = userLocale(host);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  // Numbers-only dates (03/04/2026) that their column leaves open are read as the spreadsheet's locale writes them.
  const localeDateOrder = dateOrderOfLocale(spreadsheet.getSpreadsheetLocale());
  const active = spreadsheet.getActiveSheet();
  const activeName = active.getName();
  // A template with the team's own stages is read by its own Stages sheet (DEFINITIONS §1), as Excel and the CLI do.
  const stagesSheet = LOCALES.map((tag) => spreadsheet.getSheetByName(SHEET_NAMES.stages[tag])).find((sheet) => sheet !== null);
  const stages = stagesSheet ? stagesFromSheet(stagesSheet.getDataRange().getValues()) : undefined;
  let activeValues: unknown[][] | undefined;
  for (const sheet of candidateSheets(spreadsheet, active, activeName)) {
    const sheetValues = sheet.getDataRange().getValues();
    if (sheet === active) activeValues = sheetValues;
    // The header may sit below title rows, as the CLI and Excel find it (stageHeaderRow); none: the first row.
    const header = Math.max(0, stageHeaderRow(sheetValues, stages ?? stageList()));
    const values = header === 0 ? sheetValues : sheetValues.slice(header);
    // The Stages sheet's order when the log fits it (a stage history naming other stages does not), as Excel reads it.
    const own = fittingStages(values, stages);
    let log;
    try {
      log = parseDealLog(values, { stages: own ?? stageList(undefined, locale), stageOrder: own === undefined ? "default" : "workbook", timeZone, firstRow: header + 1, localeDateOrder });
    } catch (error) {
      // A current-stage export whose stages fit no known order: the stages found, as the CLI says them.
      if (!(error instanceof StageOrderNeeded)) throw error;
      const name = sheet === active ? activeName : sheet.getName();
      return { status: "notADealLog", locale, sheet: name, message: uiText(locale, "unread", { sheet: name, message: stageOrderNeededText(error, locale) + message(locale, "hint.listStages.workbook") }) };
    }
    if (log !== undefined && (log.deals.count > 0 || log.problems.length > 0 || log.shape === "wide")) {
      const name = sheet === active ? activeName : sheet.getName();
      // Dates nothing settles (the locale writes year first, or is unknown): said in one line, never guessed.
      const ambiguous = ambiguousDatesText(log.reading?.ambiguousDates, locale);
      if (ambiguous !== undefined) return { status: "datesAmbiguous", locale, sheet: name, message: uiText(locale, "datesAmbiguous", { sheet: name, found: ambiguous }) };
      // Every row a problem: the CLI's one line, shown as the error above the problem rows.
      const unread = verdictMessage(readVerdict(values, log), locale, "workbook");
      return wireReport(reportOfLog(log, locale), stagePeriod(log.deals), locale, name, unread === undefined ? undefined : uiText(locale, "unread", { sheet: name, message: unread }));
    }
  }
  // Not a deal log: the CLI's one line, naming the active sheet's headers and the shapes read.
  const verdict = verdictMessage(readVerdict(activeValues ?? [], undefined), locale, "workbook") ?? "";
  return { status: "notADealLog", locale, sheet: activeName, message: uiText(locale, "unread", { sheet: activeName, message: verdict }) };
}

function* candidateSheets(spreadsheet: SpreadsheetApi, active: SheetApi, activeName: string): Generator<SheetApi> {
  yield active;
  for (const name of new Set(LOCALES.map((locale) => SHEET_NAMES.deals[locale]))) {
    if (name === activeName) continue;
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet !== null) yield sheet;
  }
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
    problems: report.problems.slice(0, MAX_PROBLEMS).map((problem) => ({ row: problem.row, column: problem.column, message: problem.message })),
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

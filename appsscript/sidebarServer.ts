import { cellText, type Grid } from "../core/model/cells";
import { LOCALES, resolveLocale, type Locale } from "../core/model/locale";
import { nameKey } from "../core/model/normalize";
import { isoFromDay, readDateCell } from "../core/parse/dates";
import { analyzeDeals, type DealReport } from "../core/report/analyzeDeals";
import { buildTemplate } from "../core/template/buildTemplate";
import { SHEET_NAMES } from "../core/template/labels";
import { stagesFromSheet } from "../core/template/stagesSheet";
import { SHEET_KEYS, type SheetKey } from "../core/template/types";
import type { SheetApi, SheetsHost, SpreadsheetApi } from "./hostTypes";
import { existingNames, freeSuffix, renderWorkbook, type RenderServices } from "./render/renderWorkbook";
import {
  MAX_PROBLEMS,
  type AnalyzeResponse,
  type ClashChoice,
  type GenerateRequest,
  type GenerateResponse,
  type SelectRowResponse,
} from "./shared/protocol";
import { uiText } from "./uiText";

export const MAX_STAGES = 20;
export const MAX_SAMPLE_DEALS = 20_000;

/** The user's language for menus and the sidebar: their account's, else the spreadsheet's. */
export function userLocale(host: Pick<SheetsHost, "Session" | "SpreadsheetApp">): Locale {
  const tag = host.Session.getActiveUserLocale();
  return resolveLocale(tag !== "" ? tag : host.SpreadsheetApp.getActive().getSpreadsheetLocale());
}

export function renderServices(host: Pick<SheetsHost, "SpreadsheetApp" | "Charts">): RenderServices {
  return { app: host.SpreadsheetApp, charts: host.Charts };
}

/**
 * The sidebar's "Generate": with `planOnly`, which sheets would be added and which exist (and a free suffix
 * for a numbered copy); otherwise renders the template — all of it, or the one `sheet` of a step — never
 * overwriting (renderWorkbook). The request comes from the browser and is checked field by field.
 */
export function sidebarGenerate(host: SheetsHost, request: unknown): GenerateResponse {
  const spreadsheet = host.SpreadsheetApp.getActive();
  const read = readGenerateRequest(request);
  if (typeof read === "string") {
    return { status: "invalid", message: uiText(userLocale(host), read, { max: read === "badSample" ? MAX_SAMPLE_DEALS : MAX_STAGES }) };
  }
  if ("duplicate" in read) return { status: "invalid", message: uiText(userLocale(host), "duplicateStage", { stage: read.duplicate }) };
  // The plan needs only the sheet and workbook names, which the sample data does not change: skip building it.
  const spec = buildTemplate({
    locale: read.language,
    stages: read.stages.length > 0 ? read.stages : undefined,
    sampleDeals: read.planOnly ? 0 : read.sampleDeals,
  });
  if (read.planOnly) {
    const sheets = spec.sheets.map((sheet) => ({ key: sheet.key, name: sheet.name, exists: spreadsheet.getSheetByName(sheet.name) !== null }));
    const names = existingNames(spec, spreadsheet);
    const clash = sheets.some((sheet) => sheet.exists) || names.length > 0;
    return { status: "plan", sheets, names, suffix: clash ? freeSuffix(spec, spreadsheet) : "2" };
  }
  const result = renderWorkbook(spec, spreadsheet, renderServices(host), {
    onClash: read.onClash,
    suffix: read.suffix,
    only: read.sheet === undefined ? undefined : [read.sheet],
  });
  if (result.status === "clash") return { status: "clash", clashes: [...result.clashes] };
  return { status: "done", created: [...result.created], skipped: [...result.skipped], names: [...result.names] };
}

type ReadRequest =
  | { language: Locale; stages: string[]; sampleDeals: number; onClash: ClashChoice; suffix?: string; planOnly: boolean; sheet?: SheetKey }
  | { duplicate: string };

/** Checks a request from the browser; a message key when it cannot be used. */
function readGenerateRequest(raw: unknown): ReadRequest | "badRequest" | "tooFewStages" | "tooManyStages" | "badSample" {
  if (typeof raw !== "object" || raw === null) return "badRequest";
  const request = raw as Partial<Record<keyof GenerateRequest, unknown>>;
  const language = LOCALES.find((locale) => locale === request.language);
  const onClash = (["stop", "addMissing", "suffix"] as const).find((choice) => choice === request.onClash);
  const sheet = request.sheet === undefined ? undefined : SHEET_KEYS.find((key) => key === request.sheet);
  if (language === undefined || onClash === undefined || (request.sheet !== undefined && sheet === undefined)) return "badRequest";
  if (request.suffix !== undefined && !(typeof request.suffix === "string" && /^\d{1,3}$/.test(request.suffix))) return "badRequest";
  if (!Array.isArray(request.stages) || !request.stages.every((stage) => typeof stage === "string")) return "badRequest";
  const stages = (request.stages as string[]).map((stage) => stage.trim()).filter((stage) => stage !== "");
  if (stages.length === 1) return "tooFewStages";
  if (stages.length > MAX_STAGES) return "tooManyStages";
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(nameKey(stage))) return { duplicate: stage };
    seen.add(nameKey(stage));
  }
  const sampleDeals = request.sampleDeals;
  if (typeof sampleDeals !== "number" || !Number.isInteger(sampleDeals) || sampleDeals < 0 || sampleDeals > MAX_SAMPLE_DEALS) return "badSample";
  return {
    language,
    stages,
    sampleDeals,
    onClash,
    suffix: request.suffix as string | undefined,
    planOnly: request.planOnly === true,
    sheet,
  };
}

/**
 * The sidebar's "Analyze": the diagnosis (analyzeDeals) of the active sheet's data, or — when the active sheet
 * is not a deal log (or holds no deal) — of the template's Deals sheet. Date cells arrive as `Date`s and are read in the
 * spreadsheet's time zone; the answer carries no `Date` (the period is ISO text). Reads: one `getValues` per
 * sheet tried.
 */
export function sidebarAnalyze(host: SheetsHost): AnalyzeResponse {
  const spreadsheet = host.SpreadsheetApp.getActive();
  const locale = userLocale(host);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const active = spreadsheet.getActiveSheet();
  const activeName = active.getName();
  // A template with the team's own stages is read by its own Stages sheet (CONTRACT §1), as Excel and the CLI do.
  const stagesSheet = LOCALES.map((tag) => spreadsheet.getSheetByName(SHEET_NAMES.stages[tag])).find((sheet) => sheet !== null);
  const stages = stagesSheet ? stagesFromSheet(stagesSheet.getDataRange().getValues()) : undefined;
  for (const sheet of candidateSheets(spreadsheet, active, activeName)) {
    const values = sheet.getDataRange().getValues();
    const report = analyzeDeals(values, { locale, timeZone, stages });
    // An empty sheet reads as a log of no deals: not worth a report.
    if (report !== undefined && (report.deals > 0 || report.problems.length > 0)) return wireReport(report, values, locale, sheet === active ? activeName : sheet.getName(), timeZone);
  }
  return { status: "notADealLog", locale, sheet: activeName, message: uiText(locale, "notADealLog", { sheet: activeName }) };
}

function* candidateSheets(spreadsheet: SpreadsheetApi, active: SheetApi, activeName: string): Generator<SheetApi> {
  yield active;
  for (const name of new Set(LOCALES.map((locale) => SHEET_NAMES.deals[locale]))) {
    if (name === activeName) continue;
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet !== null) yield sheet;
  }
}

function wireReport(report: DealReport, values: Grid, locale: Locale, sheet: string, timeZone: string): AnalyzeResponse {
  return {
    status: "ok",
    locale,
    sheet,
    deals: report.deals,
    period: stagePeriod(values, report.stages, timeZone),
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
  };
}

/** First and last date in the log's stage columns (headed by the report's stage names), as `YYYY-MM-DD`. */
function stagePeriod(values: Grid, stages: readonly string[], timeZone: string): { from: string; to: string } | null {
  const header = values[0] ?? [];
  const stageKeys = new Set(stages.map(nameKey));
  const columns = header.flatMap((cell, column) => (stageKeys.has(nameKey(cellText(cell))) ? [column] : []));
  if (columns.length < 2) return null; // the one-column shape holds stage names, not dates
  let first = Infinity;
  let last = -Infinity;
  for (let row = 1; row < values.length; row++) {
    for (const column of columns) {
      const day = readDateCell(values[row][column], timeZone);
      if (typeof day !== "number") continue;
      if (day < first) first = day;
      if (day > last) last = day;
    }
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

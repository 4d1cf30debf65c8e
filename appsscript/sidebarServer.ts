import { resolveLocale, type Locale } from "../core/model/locale";
import { FIRST_COPY } from "../core/template/copyNames";
import type { SheetsHost } from "./hostTypes";
import { freeCopy, renderWorkbook, type RenderResult, type RenderServices } from "./render/renderWorkbook";
import { type DrawSheetResponse, type PlanResponse, type SelectRowResponse } from "./shared/protocol";
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

/** Selects a problem row of the analyzed sheet (the sidebar's click on a problem). */
export function sidebarSelectRow(host: SheetsHost, row: unknown, sheetName: unknown): SelectRowResponse {
  if (typeof row !== "number" || !Number.isInteger(row) || row < 1 || typeof sheetName !== "string") return { status: "missing" };
  const sheet = host.SpreadsheetApp.getActive().getSheetByName(sheetName);
  if (sheet === null || row > sheet.getMaxRows()) return { status: "missing" };
  sheet.activate();
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  return { status: "ok", sheet: sheetName, row };
}

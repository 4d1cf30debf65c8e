/**
 * What the sidebar's analysis reads from the spreadsheet, in pages: the sidebar runs the reading policy, the
 * reader and the report itself (sidebar/analyzeSheets.ts), so Code.js — which Apps Script loads for every
 * custom-function recalculation — carries none of them. A 100,000-row log is 18–20 MB of JSON, five times what
 * one call may carry (MAX_ANSWER_CHARS), hence the pages.
 *
 * Service calls: sidebarSheetHeads makes 7 plus 5 per sheet (name, last row and column, one range, one
 * getValues of its head); sidebarSheetValues 5 per page (the sheet, its last row, one range, one getValues),
 * whatever the page's size.
 */
import { SHEET_HEAD_ROWS } from "../core/report/readingPolicy";
import type { SheetsHost } from "./hostTypes";
import { MAX_ANSWER_CHARS, type SheetHeadsResponse, type SheetValuesResponse } from "./shared/protocol";
import { PAGE_CELLS, toWireValue, type WireValue } from "./shared/wireValues";
import { userLocale } from "./sidebarServer";

/** Every sheet's first {@link SHEET_HEAD_ROWS} rows, its size, the active sheet, the time zone and locales. */
export function sidebarSheetHeads(host: SheetsHost): SheetHeadsResponse {
  const spreadsheet = host.SpreadsheetApp.getActive();
  const locale = userLocale(host);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const spreadsheetLocale = spreadsheet.getSpreadsheetLocale();
  const active = spreadsheet.getActiveSheet().getName();
  const sheets = spreadsheet.getSheets().map((sheet) => {
    const name = sheet.getName();
    const rows = sheet.getLastRow();
    const columns = sheet.getLastColumn();
    const head = rows === 0 || columns === 0 ? [] : wireRows(sheet.getRange(1, 1, Math.min(rows, SHEET_HEAD_ROWS), columns).getValues());
    return { name, rows, columns, head };
  });
  return { locale, spreadsheetLocale, timeZone, active, sheets };
}

const isCount = (value: unknown, least: number, most: number): value is number => typeof value === "number" && Number.isInteger(value) && value >= least && value <= most;

/**
 * Up to `rows` rows of the sheet named `sheetName` from sheet row `fromRow`, `columns` wide (one getValues),
 * dates as `{ d: ms }`. Fewer when the sheet ends sooner, or when the answer would pass {@link MAX_ANSWER_CHARS}
 * (always at least one row). Arguments come from the browser: anything odd reads as no such sheet.
 * @example
 * sidebarSheetValues(host, "Deals", 2, 12_500, 16) //=> { status: "ok", values: [["D1", "Lead", { d: 1767542400000 }, …], …] }
 */
export function sidebarSheetValues(host: SheetsHost, sheetName: unknown, fromRow: unknown, rows: unknown, columns: unknown): SheetValuesResponse {
  if (typeof sheetName !== "string" || !isCount(fromRow, 1, 10_000_000) || !isCount(columns, 1, 18_278) || !isCount(rows, 1, PAGE_CELLS) || rows * columns > PAGE_CELLS) return { status: "missing" };
  const sheet = host.SpreadsheetApp.getActive().getSheetByName(sheetName);
  if (sheet === null) return { status: "missing" };
  const count = Math.min(rows, sheet.getLastRow() - fromRow + 1);
  if (count <= 0) return { status: "ok", values: [] };
  let values: unknown[][];
  try {
    values = sheet.getRange(fromRow, 1, count, columns).getValues();
  } catch {
    // The sheet lost columns since its head was read: it has changed under the analysis.
    return { status: "missing" };
  }
  return { status: "ok", values: wireRows(values, MAX_ANSWER_CHARS - 100) };
}

/** The rows as wire values, as many as fit in `budget` characters of JSON (at least one). */
function wireRows(values: readonly (readonly unknown[])[], budget = Infinity): WireValue[][] {
  const out: WireValue[][] = [];
  let chars = 0;
  for (const row of values) {
    const wire = row.map(toWireValue);
    if (budget !== Infinity) {
      chars += JSON.stringify(wire).length + 1;
      if (chars > budget && out.length > 0) break;
    }
    out.push(wire);
  }
  return out;
}

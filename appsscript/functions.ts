import { isCellError } from "../core/functions/errors";
import { callFunction } from "../core/functions/registry";
import type { CallContext, FunctionResult } from "../core/functions/types";
import { dateOrderOfLocale } from "../core/parse/dateOrder";
import { resolveLocale } from "../core/model/locale";
import type { SpreadsheetAppApi } from "./hostTypes";

/** What a Sheets custom function returns: a number, or a table (header row first) of numbers and text. */
export type SheetsResult = number | (string | number)[][];

/** The spreadsheet's language and time zone, read once per execution (the bundle is loaded afresh for each). */
let executionContext: CallContext | undefined;

/**
 * The call context of a custom function: the spreadsheet's locale (`getSpreadsheetLocale()`, e.g. "zh_CN" →
 * zh-CN; errors and headers are written in it) and time zone (`getSpreadsheetTimeZone()`: Sheets passes date
 * cells as `Date` instants at midnight in that zone, and the core reads them there). Both are read-only
 * `get*` calls, allowed in a custom function.
 */
export function spreadsheetContext(app: Pick<SpreadsheetAppApi, "getActive">): CallContext {
  if (executionContext === undefined) {
    const spreadsheet = app.getActive();
    const tag = spreadsheet.getSpreadsheetLocale();
    // dateOrder: the order the locale writes numbers-only dates in, for a range whose own values leave it open.
    executionContext = { locale: resolveLocale(tag), timeZone: spreadsheet.getSpreadsheetTimeZone(), dateOrder: dateOrderOfLocale(tag) };
  }
  return executionContext;
}

/**
 * Runs a custom function of the registry as Sheets calls it: ranges as 2-D arrays, a one-cell range as the bare
 * value, blanks as "", dates as `Date`, omitted trailing arguments as `undefined` — the core's one
 * coerce-and-check path reads them all (DEFINITIONS §3, §6).
 *
 * @throws {Error} with the error value's message (in the spreadsheet's language) when the answer is an error
 * value: Sheets shows a thrown error as `#ERROR!` with that message, as close as a custom function can get to
 * `#DIV/0!` or `#VALUE!`.
 */
export function callCustomFunction(app: Pick<SpreadsheetAppApi, "getActive">, name: string, args: readonly unknown[]): SheetsResult {
  return toSheetsResult(callFunction(name, args, spreadsheetContext(app)));
}

/**
 * The core's answer as Sheets can hold it. A table's error cells become text — the code, a space and the
 * message, e.g. `#DIV/0! No deal reached "Lead"` — because an array result cannot carry an error value into
 * one cell (a throw would fail the whole table). Rows are padded to one width with "".
 * @example
 * toSheetsResult([["Stage", "Share"], ["Lead", { error: "#DIV/0!", message: "No lost deals" }]])
 * //=> [["Stage", "Share"], ["Lead", "#DIV/0! No lost deals"]]
 */
export function toSheetsResult(result: FunctionResult): SheetsResult {
  if (typeof result === "number") return result;
  if (isCellError(result)) throw new Error(result.message);
  const width = Math.max(0, ...result.map((row) => row.length));
  return result.map((row) => {
    const cells = row.map((cell) => (isCellError(cell) ? `${cell.error} ${cell.message}` : cell));
    while (cells.length < width) cells.push("");
    return cells;
  });
}

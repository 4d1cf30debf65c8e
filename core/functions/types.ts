import type { DateOrder } from "../model/reading";
import type { Locale, Localized } from "../model/locale";

/** Spreadsheet error values a function can answer with. */
export type ErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

/**
 * An error value for a cell, with a message in the caller's language. Adapters turn it into the host's
 * error (Excel: a custom-functions Error object; Sheets: a thrown `Error` with the message).
 */
export interface CellError {
  readonly error: ErrorCode;
  readonly message: string;
}

/** One cell of a spilled result: a number, text, an error value, or "" for an empty cell. */
export type OutputCell = number | string | CellError;

/** What a custom function answers: a number, an error value, or a table (header row first). */
export type FunctionResult = number | CellError | OutputCell[][];

/** What the host tells the core about the call. */
export interface CallContext {
  /** The user's language (Office display language, Sheets locale). */
  readonly locale: Locale;
  /** The spreadsheet's time zone, in which `Date` cells are read (Sheets). */
  readonly timeZone?: string;
  /** The spreadsheet locale's order of numbers-only dates (03/04/2026), for a range whose values leave it open. */
  readonly dateOrder?: DateOrder;
}

/**
 * How a parameter is read from what the host passes:
 * - `range` — a 2-D array (a single value becomes a 1×1 range);
 * - `stage` — a stage name, or its 1-based position;
 * - `number` — a number (numeric text accepted);
 * - `count` — a whole number ≥ 0;
 * - `statistic` — one of median, mean, p90, min, max, count.
 */
export type ParamKind = "range" | "stage" | "number" | "count" | "statistic";

export interface ParamSpec {
  /** The parameter's name in both hosts (snake_case, as in DEFINITIONS §6). */
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional?: boolean;
  readonly help: Localized;
}

/** The value a parameter has once read: see {@link ParamKind}. `undefined` for an omitted optional one. */
export type ParamValue = unknown;

/** One custom function, declared once for every host (DEFINITIONS §6). */
export interface FunctionSpec {
  /** The name without namespace: Excel shows `SALES.<name>`, Sheets `<name>`. */
  readonly name: string;
  /** A number or a spilled table. */
  readonly result: "number" | "table";
  readonly help: Localized;
  readonly params: readonly ParamSpec[];
  /** The computation, over arguments already read by the registry's one coerce-and-check path. */
  readonly body: (args: readonly ParamValue[], context: CallContext) => FunctionResult;
}

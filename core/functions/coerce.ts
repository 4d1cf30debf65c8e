import { cellText, type Grid } from "../model/cells";
import type { DateOrder } from "../model/reading";
import { readDateColumn } from "../parse/dateOrder";
import { isoFromDay, readDateCell } from "../parse/dates";
import type { StageList } from "../model/stages";
import { ArgumentProblem } from "./errors";

/**
 * Any host value as a 2-D range: arrays of arrays as they are (ragged rows allowed), a flat array as a column,
 * a single value as a 1×1 range, nothing as an empty range.
 */
export function toGrid(raw: unknown): Grid {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.every((row) => Array.isArray(row))) return raw as Grid;
  return raw.map((cell) => (Array.isArray(cell) ? cell : [cell]));
}

/**
 * The cells of a range in reading order (row by row), with the 0-based row each came from. A range of one
 * column gives exactly one cell per row — a row left empty (`[]`, as a ragged array may have) is a blank cell —
 * so ranges that pair row by row stay aligned. A range with no cells at all (`[]`, `[[]]`) has none.
 */
export function cellsOf(grid: Grid): { value: unknown; row: number }[] {
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width === 0) return [];
  if (width === 1) return grid.map((row, index) => ({ value: row[0], row: index }));
  const out: { value: unknown; row: number }[] = [];
  grid.forEach((row, index) => row.forEach((value) => out.push({ value, row: index })));
  return out;
}

/**
 * A host value as a user would recognise it in a message: text as typed (shortened), numbers as written,
 * dates as YYYY-MM-DD (the calendar day in `timeZone`, the spreadsheet's, as DEFINITIONS §3 reads a Sheets `Date`),
 * error values by their code; never "NaN", "[object Object]" or a local-time date string.
 * @example
 * displayValue({ error: "#N/A" }) //=> "#N/A"
 * displayValue(NaN)               //=> "#NUM!"
 */
export function displayValue(value: unknown, timeZone?: string): string {
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 39)}…` : value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "#NUM!";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "#VALUE!" : dateText(value, timeZone);
  if (typeof value === "object" && value !== null && "error" in value) return String((value as { error: unknown }).error);
  if (value === null || value === undefined) return "";
  return "?";
}

/** The one column of a range, by row; a range of more than one column is refused. */
export function columnOf(grid: Grid, name: string): unknown[] {
  if (grid.some((row) => row.length > 1)) throw new ArgumentProblem("#VALUE!", "arg.oneColumn", { name });
  return grid.map((row) => row[0]);
}

/**
 * A stage from a name or 1-based position in `stages`.
 * @throws {ArgumentProblem} when there is no such stage.
 */
export function resolveStage(stages: StageList, value: unknown, name: string): number {
  const index =
    typeof value === "number" ? value - 1 : typeof value === "string" ? stages.indexOf(value) : -1;
  if (!(index >= 0 && index < stages.names.length)) {
    throw new ArgumentProblem("#VALUE!", "arg.unknownStage", { name, value: displayValue(value) });
  }
  return index;
}

/**
 * A cell as a group label: text trimmed, a `Date` as its calendar day YYYY-MM-DD in `timeZone` (the
 * spreadsheet's), anything else as {@link cellText} gives it. Excel hands a date over as its serial number,
 * which stays a number: a custom function cannot see a cell's format.
 * @example
 * groupLabel(new Date("2026-01-04T16:00:00Z"), "Asia/Shanghai") //=> "2026-01-05"
 */
export function groupLabel(value: unknown, timeZone?: string): string {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? dateText(value, timeZone) : cellText(value);
}

/** A valid `Date`'s calendar day in `timeZone`, YYYY-MM-DD. */
function dateText(value: Date, timeZone: string | undefined): string {
  const day = readDateCell(value, timeZone);
  return typeof day === "number" ? isoFromDay(day) : value.toISOString().slice(0, 10);
}

/**
 * A function's range of dates read by the deal log's column rule (core/parse/dateOrder.ts): serials, `Date`s in
 * `timeZone`, text in any order, numbers-only text (03/04/2026) in the order the range's own values settle, else
 * `dateOrder` (the spreadsheet locale's, when the adapter knows it). A cell that is no date is `null`, as a
 * header or a note is: the functions take only rows with dates. So is a numbers-only date that nothing settles —
 * left out, as an unreadable date is, never guessed.
 * @example
 * dateRangeDays(["Lead", "03/04/2026", "03/15/2026"], {}) //=> [null, 46085, 46096]
 */
export function dateRangeDays(cells: readonly unknown[], context: { readonly timeZone?: string; readonly dateOrder?: DateOrder }): (number | null)[] {
  return readDateColumn(cells, context.timeZone, { locale: context.dateOrder }, readDateCell).map((day) => (typeof day === "number" ? day : null));
}

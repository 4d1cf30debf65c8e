/**
 * What hosts hand the core: a range is a 2-D array of cells, row-major. Excel passes numbers (dates as
 * serials), strings and booleans, blanks as `""` or `null`; Sheets passes the same with dates as `Date`.
 * The core reads cells as `unknown` and never trusts their type.
 */
export type Grid = readonly (readonly unknown[])[];

/**
 * The column letters of a 1-based column number.
 * @example
 * columnLetter(1)  //=> "A"
 * columnLetter(28) //=> "AB"
 */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** True for a cell a spreadsheet shows as empty: `null`, `undefined`, or text of spaces only. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The text of a cell for display or grouping: trimmed string, numbers as written, blanks (and NaN/±Infinity) as `""`. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return "";
}

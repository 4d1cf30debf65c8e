/**
 * Cell values as they cross `google.script.run` from the server (getValues) to the sidebar, which reads the deal
 * log itself: text, numbers and booleans as they are, a date cell as `{ d: milliseconds }` (google.script.run
 * cannot carry a `Date`), turned back into the very same instant in the browser, so the core reads it in the
 * spreadsheet's time zone exactly as it would on the server.
 * @example
 * toWireValue(new Date(Date.UTC(2026, 0, 4, 16)))  //=> { d: 1767542400000 }   (midnight, 5 Jan 2026, in Shanghai)
 * fromWireValue({ d: 1767542400000 })              //=> that Date
 * toWireValue("Lead")                              //=> "Lead"
 */
export type WireValue = string | number | boolean | null | { readonly d: number };

/**
 * Cells per page the sidebar asks for: 12,500 rows of a 16-column log, about 2.5 MB of JSON, well inside the
 * 4 MB a call may carry (MAX_ANSWER_CHARS; the server stops a page sooner when long text would pass it).
 */
export const PAGE_CELLS = 200_000;

/** Rows per page for a sheet `columns` wide (at least one). */
export function pageRows(columns: number): number {
  return Math.max(1, Math.floor(PAGE_CELLS / Math.max(1, columns)));
}

/** A `Date` of any realm (Apps Script's, a node:vm context's in the tests). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

export function toWireValue(value: unknown): WireValue {
  if (isDate(value)) {
    const time = value.getTime();
    return Number.isFinite(time) ? { d: time } : "";
  }
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  return value === undefined ? "" : String(value);
}

export function fromWireValue(value: WireValue): unknown {
  return value !== null && typeof value === "object" ? new Date(value.d) : value;
}

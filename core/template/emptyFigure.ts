/**
 * Empty figures read as empty (issue 12 part 5, DEFINITIONS §4 "Empty denominators"): where a native cell has
 * nothing to count — a rate over no deals, the median of no cycle, a difference of two such — it shows "—",
 * never the engine's raw error (#DIV/0!, #VALUE!, #NUM!), which a manager reads as "broken". The core's `null`
 * is this dash: the LibreOffice agreement test reads "—" as null (test/libreoffice/readBack.ts `expectSame`).
 * Custom functions keep their error values with messages: that is a formula's contract, not a sheet's.
 */

/** What an empty figure shows, in every language. */
export const EMPTY_FIGURE = "—";

/** The dash as a formula string literal. */
const DASH = `"${EMPTY_FIGURE}"`;

/**
 * A formula fragment (no leading "=") that shows `expression`, or "—" when there is nothing to count.
 *
 * - With `emptyWhen` (a condition saying there is nothing to count): `IF(emptyWhen,"—",expression)`. Prefer it:
 *   any other error of `expression` stays visible.
 * - Without: `IFERROR(expression,"—")`, for a figure built on cells that may themselves show "—" (a rate minus
 *   a rate, a p-value after an empty group), where every error means an empty input.
 *
 * A cell that reads an `orDash` cell must expect text: test it with ISNUMBER, or wrap it in `orDash` too.
 *
 * @example
 * orDash("B5/(B5+C5)", "B5+C5=0") //=> 'IF(B5+C5=0,"—",B5/(B5+C5))'
 * orDash("E6-E5")                 //=> 'IFERROR(E6-E5,"—")'
 */
export function orDash(expression: string, emptyWhen?: string): string {
  return emptyWhen === undefined ? `IFERROR(${expression},${DASH})` : `IF(${emptyWhen},${DASH},${expression})`;
}

/**
 * A formula fragment: `expression` when every one of `cells` holds a number, else "—" (a difference of two
 * figures either of which may be empty).
 * @example
 * whenNumbers(["E6", "E5"], "E6-E5") //=> 'IF(AND(ISNUMBER(E6),ISNUMBER(E5)),E6-E5,"—")'
 */
export function whenNumbers(cells: readonly string[], expression: string): string {
  return `IF(AND(${cells.map((cell) => `ISNUMBER(${cell})`).join(",")}),${expression},${DASH})`;
}

/**
 * Text that stays text when written through `Range.values` or `Range.formulas`.
 *
 * Excel reads a string written to a cell as if the user had typed it (Office.js documents, on `Range.values`,
 * that a value starting with "=", "+" or "-" is interpreted as a formula, and its "blank and null values"
 * article shows "29.96" and "15-Feb" becoming a number and a date). Typed input keeps its text when it starts
 * with an apostrophe: Excel drops the apostrophe, stores the rest as text and remembers the prefix in the
 * cell's style (`quotePrefix`), exactly as when a user types '=A1.
 *
 * Why the apostrophe and not the Text number format ("@"): the apostrophe travels with the value in the same
 * 2-D array (no ordering between a numberFormat write and a values write, no clash with the template's own
 * number formats), and the cell keeps the General format, so a date or formula the manager types there later
 * is read as a date or formula, not frozen as text.
 *
 * Only text Excel could reinterpret gets the prefix: a leading = + - @ or ' (the apostrophe itself would be
 * eaten), a leading # (error literals such as #N/A), TRUE/FALSE, and anything with a digit (numbers, dates,
 * times, percentages, fractions, amounts such as "¥1,200", half- or full-width). Other text is written as is.
 */

const FORMULA_OR_PREFIX_START = /^\s*[=+\-@'#]/;
const ANY_DIGIT = /[0-9０-９]/;
const BOOLEAN_WORD = /^\s*(true|false)\s*$/i;

/**
 * True when Excel's typed-input reading could turn `text` into something other than this exact text.
 * @example
 * needsQuotePrefix("=SUM(A1)")   //=> true
 * needsQuotePrefix("2026-01-05") //=> true
 * needsQuotePrefix("线索")        //=> false
 */
export function needsQuotePrefix(text: string): boolean {
  return FORMULA_OR_PREFIX_START.test(text) || ANY_DIGIT.test(text) || BOOLEAN_WORD.test(text);
}

/**
 * The string to write so that the cell holds `text`, literally.
 * @example
 * literalText("=1+1") //=> "'=1+1"
 * literalText("Won")  //=> "Won"
 */
export function literalText(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}

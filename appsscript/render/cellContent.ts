import type { TemplateCell } from "../../core/template/types";

/**
 * A template text as `setValues` must receive it to stay exactly that text.
 *
 * `Range.setValues` reads a string the way Sheets reads what a user types: `=…` (and `+…`, `-…`, `@…`) becomes a
 * formula, `0012` the number 12, `2026-01-05` — or `Jan 2026`, `March 5` — a date, `10%` a percentage, `TRUE` a
 * boolean, and a leading apostrophe is swallowed. Which words a locale reads as dates cannot be listed, so every
 * non-empty text gets **an apostrophe prefix**, Sheets' own "this is text" mark (typing `'=1+1` shows `=1+1` as
 * text; the apostrophe is not part of the cell's value). It costs no service call — the alternative, a `@`
 * (plain text) number format on text cells first, needs a per-block format grid and overrides the formats the
 * template asks for.
 *
 * @example
 * literalText("=SUM(A1)") //=> "'=SUM(A1)"
 * literalText("Jan 2026") //=> "'Jan 2026"
 * literalText("")         //=> ""
 */
export function literalText(text: string): string {
  return text === "" ? text : `'${text}`;
}

/** True for a cell holding a native formula. */
export function isFormulaCell(cell: TemplateCell): cell is { readonly formula: string } {
  return cell !== null && "formula" in cell;
}

/**
 * A non-formula template cell as a `setValues` entry: text kept literal ({@link literalText}), numbers as they
 * are, dates as their serial day number (the spec gives date cells a date number format; a Sheets date *is* a
 * number with a date format, so no `Date` — and no time-zone conversion — is involved), empty as "".
 */
export function valueInput(cell: TemplateCell): string | number {
  if (cell === null) return "";
  if ("text" in cell) return literalText(cell.text);
  if ("number" in cell) return cell.number;
  if ("day" in cell) return cell.day;
  return `=${cell.formula}`;
}

/** A formula cell as a `setFormulas` entry (the spec writes formulas without the leading "="). */
export function formulaInput(cell: { readonly formula: string }): string {
  return `=${cell.formula}`;
}

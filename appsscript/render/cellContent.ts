import type { TemplateCell } from "../../core/template/types";

/**
 * Text Sheets would not keep as typed. `Range.setValues` reads a string the way Sheets reads what a user types:
 * `=…` (and `+…`, `-…`, `@…`) becomes a formula, `0012` the number 12, `2026-01-05` a date, `10%` a
 * percentage, `$5` an amount, `TRUE` a boolean — and a leading apostrophe is swallowed. Deliberately broad:
 * anything starting with a digit, a sign, a decimal point, a bracket or a currency sign, or equal to TRUE/FALSE.
 */
const REINTERPRETED = /^\s*(?:[=+\-@'.(¥￥$€£０-９]|\d)|^\s*(?:true|false)\s*$/i;

/**
 * A template text as `setValues` must receive it to stay exactly that text.
 *
 * The method: **an apostrophe prefix**, Sheets' own "this is text" mark (typing `'=1+1` shows `=1+1` as text;
 * the apostrophe is not part of the cell's value). It costs no service call — the alternative, a `@` (plain
 * text) number format on text cells first, needs a per-block format grid and overrides the formats the
 * template asks for. Only text that would be reinterpreted gets the prefix; all other text is written as is.
 *
 * @example
 * literalText("=SUM(A1)") //=> "'=SUM(A1)"
 * literalText("0012")     //=> "'0012"
 * literalText("Deals")    //=> "Deals"
 */
export function literalText(text: string): string {
  return REINTERPRETED.test(text) ? `'${text}` : text;
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

import { closingQuote } from "./formulaText";

/**
 * A formula as a spreadsheet fills it down a column: `fillDown(formula)(rows)` is the formula copied `rows` rows
 * further down — the row of every relative A1 reference grows by `rows`; absolute rows (`$2`), text in double
 * quotes and quoted sheet names stay as they are. The formula is read once; each copy only joins its pieces,
 * so a thousand copies cost one reading. The sidebar sends a column of filled-down formulas as its first row
 * and a count; repeatedRows.ts expands a repeated row with it.
 * @example
 * fillDown(`IF(Q2=1,$H2-'Deals (2)'!$A$1,"Q2")`)(1) //=> `IF(Q3=1,$H3-'Deals (2)'!$A$1,"Q2")`
 */
export function fillDown(formula: string): (rows: number) => string {
  // pieces[0] row[0] pieces[1] row[1] … pieces[n]: the text between relative row numbers, and those numbers.
  const pieces: string[] = [];
  const rowNumbers: number[] = [];
  let pending = "";
  let index = 0;
  while (index < formula.length) {
    const char = formula[index];
    if (char === '"' || char === "'") {
      const end = closingQuote(formula, index);
      pending += formula.slice(index, end);
      index = end;
      continue;
    }
    let end = index;
    while (end < formula.length && formula[end] !== '"' && formula[end] !== "'") end++;
    const plain = formula.slice(index, end);
    let from = 0;
    for (const match of plain.matchAll(CELL_REFERENCE)) {
      const [whole, column, anchor, row] = match;
      const at = match.index ?? 0;
      if (anchor === "$") continue;
      pending += plain.slice(from, at) + column;
      pieces.push(pending);
      rowNumbers.push(Number(row));
      pending = "";
      from = at + whole.length;
    }
    pending += plain.slice(from);
    index = end;
  }
  pieces.push(pending);
  if (rowNumbers.length === 0) return () => formula;
  return (rows) => {
    let out = pieces[0];
    for (let reference = 0; reference < rowNumbers.length; reference++) out += rowNumbers[reference] + rows + pieces[reference + 1];
    return out;
  };
}

/**
 * A cell reference outside quotes: optional `$`, column letters, optional `$`, row digits — not part of a longer
 * name (LOG10, Rate_2), not a function call, not a sheet name before `!`.
 */
const CELL_REFERENCE = /(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(!])/g;

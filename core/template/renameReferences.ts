/**
 * Rewrites the references of a formula when the renderer gives sheets, tables or defined names other names
 * than the spec's (a suffix, or a table name already taken in the workbook).
 *
 * The formula is scanned token by token, so only references change: text in double quotes is copied as is;
 * a quoted sheet name ('Deals'!A1, inner quotes doubled) or a bare one (Deals!A1) is renamed when the sheet is;
 * a whole identifier not followed by "(" (a function) is renamed when it is a renamed table (DealsTable[Amount])
 * or defined name (WinRate). Identifiers are matched case-insensitively, as Excel does.
 */
import { closingQuote } from "./formulaText";

export interface ReferenceRenames {
  /** Old sheet name → new sheet name (exact spelling as the spec writes it). */
  readonly sheets: ReadonlyMap<string, string>;
  /** Old table or defined name, upper-cased → new name. */
  readonly identifiers: ReadonlyMap<string, string>;
}

const IDENTIFIER_START = /[\p{L}_\\]/u;
const IDENTIFIER_PART = /[\p{L}\p{N}_.\\]/u;

/** A sheet name written as a formula writes it: always quoted, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** True when nothing would be renamed (the renderer then skips the scan). */
export function isEmptyRenames(renames: ReferenceRenames): boolean {
  return renames.sheets.size === 0 && renames.identifiers.size === 0;
}

/**
 * The formula with its sheet, table and name references renamed.
 * @example
 * const renames = { sheets: new Map([["Deals", "Deals (2)"]]), identifiers: new Map([["DEALSTABLE", "DealsTable_2"]]) };
 * renameReferences("COUNTIF('Deals'!$A$2:$A$9,\"Deals\")+ROWS(DealsTable[Amount])", renames)
 * //=> "COUNTIF('Deals (2)'!$A$2:$A$9,\"Deals\")+ROWS(DealsTable_2[Amount])"
 */
export function renameReferences(formula: string, renames: ReferenceRenames): string {
  if (isEmptyRenames(renames)) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"') {
      const end = closingQuote(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (char === "'") {
      const end = closingQuote(formula, i);
      const name = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      const renamed = formula[end] === "!" ? renames.sheets.get(name) : undefined;
      out += renamed === undefined ? formula.slice(i, end) : quoteSheetName(renamed);
      i = end;
    } else if (char === "[") {
      const end = formula.indexOf("]", i);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
    } else if (IDENTIFIER_START.test(char) || /[0-9]/.test(char)) {
      let end = i + 1;
      while (end < formula.length && IDENTIFIER_PART.test(formula[end])) end++;
      const word = formula.slice(i, end);
      out += renamedWord(word, formula[end], renames);
      i = end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

function renamedWord(word: string, next: string | undefined, renames: ReferenceRenames): string {
  if (/^[0-9]/.test(word) || next === "(") return word;
  if (next === "!") {
    const sheet = renames.sheets.get(word);
    return sheet === undefined ? word : quoteSheetName(sheet);
  }
  return renames.identifiers.get(word.toUpperCase()) ?? word;
}

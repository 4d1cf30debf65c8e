/**
 * A small reader of the template's formula text (en-US syntax, no leading "="), enough for structural tests:
 * string literals, quoted sheet names, functions, cell and whole-column references, defined names and parentheses.
 */
export interface FormulaScan {
  /** Every "(" closed in order, never more ")" than "(". */
  readonly balanced: boolean;
  /** Every string literal and quoted sheet name closed. */
  readonly quotesClosed: boolean;
  /** Sheets named before "!" (quoted or bare), unescaped. */
  readonly sheets: readonly string[];
  /** Function names called, upper case. */
  readonly functions: readonly string[];
  /** Identifiers that are neither functions, cell references, sheets nor booleans: defined names. */
  readonly names: readonly string[];
  /** Cell or range references seen (without sheet). */
  readonly refs: readonly string[];
  /** String literals, unescaped. */
  readonly strings: readonly string[];
}

const CELL = /^\$?[A-Z]{1,3}\$?\d+$/i;

export function scanFormula(formula: string): FormulaScan {
  const sheets: string[] = [];
  const functions: string[] = [];
  const names: string[] = [];
  const refs: string[] = [];
  const strings: string[] = [];
  let depth = 0;
  let balanced = true;
  let quotesClosed = true;
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      let value = "";
      let j = i + 1;
      let closed = false;
      while (j < formula.length) {
        if (formula[j] === char) {
          if (formula[j + 1] === char) {
            value += char;
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += formula[j++];
      }
      if (!closed) quotesClosed = false;
      if (char === '"') strings.push(value);
      else if (formula[j] === "!") sheets.push(value);
      else quotesClosed = false; // a quoted name must name a sheet
      i = j;
    } else if (char === "(") {
      depth++;
      i++;
    } else if (char === ")") {
      depth--;
      if (depth < 0) balanced = false;
      i++;
    } else if (/[0-9.]/.test(char) && !/[A-Za-z_$]/.test(formula[i - 1] ?? "")) {
      const match = /^(\d+\.?\d*|\.\d+)(E[+-]?\d+)?/i.exec(formula.slice(i));
      i += match ? match[0].length : 1;
    } else if (/[A-Za-z_$\\]/.test(char)) {
      const match = /^[A-Za-z_$\\][A-Za-z0-9_.$\\]*/.exec(formula.slice(i))!;
      const token = match[0];
      const next = formula[i + token.length];
      // A whole-column range: "$H:$H".
      const columns = /^(\$?[A-Z]{1,3}):(\$?[A-Z]{1,3})(?![A-Za-z0-9_.$\\(!])/i.exec(formula.slice(i));
      if (columns) {
        refs.push(columns[0]);
        i += columns[0].length;
        continue;
      }
      if (next === "(") functions.push(token.toUpperCase());
      else if (next === "!") sheets.push(token);
      else if (/^(TRUE|FALSE)$/i.test(token)) {
        /* a boolean */
      } else if (CELL.test(token)) refs.push(token);
      else names.push(token);
      i += token.length;
      // A range's second half: ":B9".
      if (formula[i] === ":") {
        const second = /^:(\$?[A-Z]{1,3}\$?\d+)/i.exec(formula.slice(i));
        if (second) {
          refs.push(second[1]);
          i += second[0].length;
        }
      }
    } else {
      i++;
    }
  }
  if (depth !== 0) balanced = false;
  return { balanced, quotesClosed, sheets, functions, names, refs, strings };
}

import { HyperFormula, type RawCellContent } from "hyperformula";
import { parseA1 } from "../../../core/template/a1";
import type { TemplateCell, WorkbookSpec } from "../../../core/template/types";
import { closingQuote } from "../../../core/template/formulaText";
import { expandSheet } from "../../../core/template/repeatedRows";

/**
 * Loads a template spec into HyperFormula (the JS spreadsheet engine), so tests can evaluate the template's
 * native formulas without LibreOffice.
 *
 * HyperFormula 3.5 differs from Excel in two functions the Pilot sheet uses, so formulas are rewritten on the
 * way in (the arguments stay exactly as written):
 * - `NORMSDIST(z)` (Excel's one-argument legacy form) → `NORM.S.DIST(z,TRUE())`: HyperFormula's NORMSDIST is
 *   an alias of NORM.S.DIST and wants the `cumulative` flag;
 * - `HYPGEOMDIST(k,n,K,N)` (Excel's four-argument probability mass) → `HYPGEOM.DIST(k,n,K,N,FALSE())`, likewise
 *   (HyperFormula reads TRUE and FALSE as functions, not bare literals).
 * Text cells are entered with HyperFormula's forced-string apostrophe, so "=…" and "1" stay text.
 */
export function loadWorkbook(spec: WorkbookSpec): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of spec.sheets) {
    const grid: RawCellContent[][] = [];
    for (const block of expandSheet(sheet).blocks) {
      const { column, row } = parseA1(block.at.split(":")[0]);
      block.rows.forEach((cells, rowOffset) => {
        cells.forEach((cell, columnOffset) => {
          const r = row - 1 + rowOffset;
          const c = column - 1 + columnOffset;
          grid[r] ??= [];
          grid[r][c] = raw(cell);
        });
      });
    }
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    sheets[sheet.name] = grid;
  }
  const hf = HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    // Full double precision, and comparisons without HyperFormula's default 1e-13 tolerance, as Excel does.
    smartRounding: false,
    precisionEpsilon: 0,
  });
  // HyperFormula refuses names that look like its (wider than Excel's) cell references, e.g. CycleP90; those
  // are left out, and a formula using one would show #NAME? here.
  for (const name of spec.names) {
    if (hf.isItPossibleToAddNamedExpression(name.name, `=${name.ref}`)) hf.addNamedExpression(name.name, `=${name.ref}`);
  }
  return hf;
}

export function raw(cell: TemplateCell): RawCellContent {
  if (cell === null) return null;
  if ("text" in cell) return `'${cell.text}`;
  if ("number" in cell) return cell.number;
  if ("day" in cell) return cell.day;
  return `=${hyperFormulaDialect(cell.formula)}`;
}

/** The template's formula in HyperFormula's dialect (see {@link loadWorkbook}). */
export function hyperFormulaDialect(formula: string): string {
  return addArgument(addArgument(formula, "NORMSDIST", "NORM.S.DIST", "TRUE()"), "HYPGEOMDIST", "HYPGEOM.DIST", "FALSE()");
}

/** Renames every call of `name` to `renamed` and appends `argument` before its closing parenthesis. */
function addArgument(formula: string, name: string, renamed: string, argument: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      const end = closingQuote(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (formula.startsWith(`${name}(`, i) && !/[A-Za-z0-9_.]/.test(formula[i - 1] ?? "")) {
      const open = i + name.length;
      const close = closingParenthesis(formula, open);
      out += `${renamed}(${addArgument(formula.slice(open + 1, close), name, renamed, argument)},${argument})`;
      i = close + 1;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

function closingParenthesis(formula: string, open: number): number {
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === char && formula[j + 1] !== char)) j += formula[j] === char ? 2 : 1;
      i = j;
    } else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  throw new Error(`Unbalanced formula: ${formula}`);
}

/** A cell's value by sheet name and A1 address. */
export function valueOf(hf: HyperFormula, sheet: string, address: string): unknown {
  const sheetId = hf.getSheetId(sheet);
  if (sheetId === undefined) throw new Error(`No sheet ${sheet}`);
  const { column, row } = parseA1(address);
  return hf.getCellValue({ sheet: sheetId, col: column - 1, row: row - 1 });
}

/** Writes a value (or null) into a cell. */
export function setValue(hf: HyperFormula, sheet: string, address: string, value: RawCellContent): void {
  const { column, row } = parseA1(address);
  hf.setCellContents({ sheet: hf.getSheetId(sheet)!, col: column - 1, row: row - 1 }, [[value]]);
}

/** Writes several cells, recalculating once. */
export function setValues(hf: HyperFormula, sheet: string, entries: readonly (readonly [string, RawCellContent])[]): void {
  hf.batch(() => {
    for (const [address, value] of entries) setValue(hf, sheet, address, value);
  });
}

import { fillDown } from "./fillDown";
import type { CellBlock, RepeatedRows, SheetSpec, TemplateCell, WorkbookSpec } from "./types";

/**
 * The rows a {@link RepeatedRows} stands for, as a plain block: row k is the row copied k rows down (formulas
 * filled down, other cells as they are). Each formula is read once (fillDown.ts).
 * @example
 * expandRepeated({ at: "S2", cells: [{ formula: "H2*2" }, { text: "x" }], count: 2 })
 * //=> { at: "S2", rows: [[{ formula: "H2*2" }, { text: "x" }], [{ formula: "H3*2" }, { text: "x" }]] }
 */
export function expandRepeated(repeated: RepeatedRows): CellBlock {
  const copies = repeated.cells.map((cell): ((rows: number) => TemplateCell) => {
    if (cell === null || !("formula" in cell)) return () => cell;
    const copy = fillDown(cell.formula);
    return (rows) => ({ formula: copy(rows) });
  });
  const rows = Array.from({ length: repeated.count }, (_, row) => copies.map((copy) => copy(row)));
  return { at: repeated.at, rows };
}

/**
 * The sheet with its repeated rows written out as blocks (after its own blocks), for a renderer that writes
 * every row: the .xlsx writer, the Sheets renderer, test harnesses.
 * @example
 * expandSheet(deals).repeated //=> undefined; deals' helper formulas are in its last block, one row per deal row
 */
export function expandSheet(sheet: SheetSpec): SheetSpec {
  if (sheet.repeated === undefined || sheet.repeated.length === 0) return sheet;
  const { repeated, ...rest } = sheet;
  return { ...rest, blocks: [...sheet.blocks, ...repeated.map(expandRepeated)] };
}

/** The workbook with every sheet's repeated rows written out ({@link expandSheet}). */
export function expandWorkbook(spec: WorkbookSpec): WorkbookSpec {
  return spec.sheets.some((sheet) => sheet.repeated !== undefined && sheet.repeated.length > 0) ? { ...spec, sheets: spec.sheets.map(expandSheet) } : spec;
}

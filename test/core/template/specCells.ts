import { parseA1 } from "../../../core/template/a1";
import { expandSheet } from "../../../core/template/repeatedRows";
import type { SheetSpec, TemplateCell } from "../../../core/template/types";

/** The cell a sheet spec writes at an A1 address (the last block that writes it wins), or null. */
export function cellAt(sheet: SheetSpec, address: string): TemplateCell {
  const { column, row } = parseA1(address);
  let found: TemplateCell = null;
  for (const block of expandSheet(sheet).blocks) {
    const at = parseA1(block.at);
    const cell = block.rows[row - at.row]?.[column - at.column];
    if (cell !== undefined && cell !== null) found = cell;
  }
  return found;
}

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

/**
 * The values a sheet spec writes, as the grid a host reads back from A1 (texts and numbers; "" where nothing is
 * written), over every block.
 */
export function valueGrid(sheet: SheetSpec): (string | number)[][] {
  const grid: (string | number)[][] = [];
  for (const block of expandSheet(sheet).blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((cells, rowOffset) =>
      cells.forEach((cell, columnOffset) => {
        const value = cell && "text" in cell ? cell.text : cell && "number" in cell ? cell.number : undefined;
        if (value === undefined) return;
        const row = (grid[at.row - 1 + rowOffset] ??= []);
        row[at.column - 1 + columnOffset] = value;
      }),
    );
  }
  return Array.from(grid, (row) => Array.from(row ?? [], (value) => value ?? ""));
}

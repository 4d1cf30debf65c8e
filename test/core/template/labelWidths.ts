import { displayWidth } from "../../../core/model/displayWidth";
import { a1, parseA1 } from "../../../core/template/a1";
import { expandSheet } from "../../../core/template/repeatedRows";
import type { SheetSpec, TemplateCell } from "../../../core/template/types";

/** A text cell that does not fit its column. */
export interface CutLabel {
  readonly sheet: string;
  readonly at: string;
  readonly text: string;
  readonly width: number;
  readonly columnWidth: number;
}

/** Whether `ref` (a cell or a range) covers the cell at column, row. */
function covers(ref: string, column: number, row: number): boolean {
  const [from, to = from] = ref.split(":").map(parseA1);
  return column >= from.column && column <= to.column && row >= from.row && row <= to.row;
}

/**
 * The text cells of a sheet that a spreadsheet cuts: a one-line text (not wrapped, not a header) wider than its
 * column with a filled cell on its right (a text only runs over empty cells), and a header (which wraps) with more
 * than two lines' worth of text, or a word wider than its column. Widths are display columns (a CJK character
 * counts two: core/model/displayWidth), against the column's width in characters.
 * @example
 * cutLabels(dashboardSheet) //=> [{ at: "A20", text: "Pipeline velocity (amount per day)", width: 34, columnWidth: 16 }]
 */
export function cutLabels(sheet: SheetSpec): CutLabel[] {
  const grid = new Map<string, TemplateCell>();
  for (const block of expandSheet(sheet).blocks) {
    const at = parseA1(block.at.split(":")[0]);
    block.rows.forEach((cells, r) => cells.forEach((cell, c) => {
      if (cell !== null && cell !== undefined) grid.set(a1(at.column + c, at.row + r), cell);
    }));
  }
  const hidden = new Set(sheet.hiddenColumns);
  const cut: CutLabel[] = [];
  for (const [address, cell] of grid) {
    if (cell === null || !("text" in cell)) continue;
    const { column, row } = parseA1(address);
    const columnWidth = sheet.columnWidths[column - 1];
    if (columnWidth === undefined || columnWidth === 0) continue;
    if (hidden.has(address.replace(/\d+$/, ""))) continue;
    if (sheet.merges.some((ref) => covers(ref, column, row))) continue;
    const header = sheet.styles.some(({ ref, style }) => style === "header" && covers(ref, column, row));
    const wrapped = (sheet.wrapped ?? []).some((ref) => covers(ref, column, row));
    const width = displayWidth(cell.text);
    if (header) {
      const longestWord = Math.max(...cell.text.split(/\s+/).map((word) => (/[\u2e80-\ufaff]/u.test(word) ? 2 : displayWidth(word))));
      if (width > 2 * columnWidth || longestWord > columnWidth) cut.push({ sheet: sheet.name, at: address, text: cell.text, width, columnWidth });
      continue;
    }
    if (wrapped) continue;
    const right = grid.get(a1(column + 1, row));
    const filled = right !== undefined && right !== null && !("text" in right && right.text === "");
    if (filled && width > columnWidth) cut.push({ sheet: sheet.name, at: address, text: cell.text, width, columnWidth });
  }
  return cut;
}

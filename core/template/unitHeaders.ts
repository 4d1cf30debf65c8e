import { columnLetter } from "../model/cells";
import { parseA1 } from "./a1";
import { textWidthCharacters } from "./columnWidth";
import type { SheetSpec } from "./types";

/** A unit in full-width brackets at the end of a header: "（天）", "（小时）". */
const WIDE_UNIT = /（[^（）]{1,3}）$/u;

/**
 * A sheet whose headers never split their unit (session 8 print cosmetics: "成交周期中位数（天）" wrapped to a lone
 * "）"). A header wraps, and a line of wide (CJK) characters may break anywhere, between "（天" and "）" too,
 * where each host's glyph widths put it; so every visible header cell that ends in a unit in full-width brackets
 * and does not fit its column on one line gets the column as wide as the header ({@link textWidthCharacters}).
 * A Latin unit, "(days)", is a word and wraps whole; merged header cells are left as they are.
 * @example
 * keepUnitsWhole(segmentsSheet) // the median column 14 → 21 characters wide, for "成交周期中位数（天）"
 */
export function keepUnitsWhole(sheet: SheetSpec): SheetSpec {
  const headers = sheet.styles.filter(({ style }) => style === "header").map(({ ref }) => ref.split(":").map(parseA1));
  const isHeader = (column: number, row: number) =>
    headers.some(([from, to = from]) => column >= from.column && column <= to.column && row >= from.row && row <= to.row);
  const merged = sheet.merges.map((ref) => ref.split(":").map(parseA1));
  const isMerged = (column: number, row: number) =>
    merged.some(([from, to = from]) => column >= from.column && column <= to.column && row >= from.row && row <= to.row);
  const hidden = new Set(sheet.hiddenColumns);
  const widths = [...sheet.columnWidths];
  let widened = false;
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const column = at.column + c;
        const row = at.row + r;
        if (cell === null || cell === undefined || !("text" in cell) || !WIDE_UNIT.test(cell.text)) return;
        if (!isHeader(column, row) || isMerged(column, row) || hidden.has(columnLetter(column))) return;
        const width = widths[column - 1];
        const needed = textWidthCharacters(cell.text);
        if (width === undefined || needed <= width) return;
        widths[column - 1] = needed;
        widened = true;
      }),
    );
  }
  return widened ? { ...sheet, columnWidths: widths } : sheet;
}

import { columnLetter } from "../model/cells";
import { a1, parseA1 } from "./a1";
import { columnNumber, parseA1Rect, type A1Rect } from "./a1Rect";
import type { PrintSetup, SheetSpec, TemplateCell } from "./types";

/**
 * Wider than this (characters, columnWidth.ts's unit) and a sheet prints landscape: the printable width of a
 * portrait A4 or Letter page with LibreOffice's and Excel's default margins is about 650 px, 92 characters.
 */
export const PORTRAIT_CHARACTERS = 92;

/** Points of one line of 11-point text, Latin or wide (CJK): the fonts LibreOffice and Excel draw a note in. */
const LINE_POINTS = 16;
/** The cell's top and bottom margin, in points. */
const PADDING_POINTS = 4;
/** Wide characters (CJK, Hangul, full-width forms) take two characters of width. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * The points a paragraph needs in a merged cell `width` characters wide: its width in characters (a wide
 * character counting two) over the room of a line (nine tenths of the width, less one), rounded up, one line more for the words a line break
 * cannot split, times a line; 0 when it fits one line (the host's default height).
 * @example
 * introHeight("x".repeat(100), 60) //=> 52 (100 / 53 → 2 lines, + 1 for word breaks = 3 × 16 + 4)
 * introHeight("短句", 60) //=> 0
 */
export function introHeight(text: string, width: number): number {
  let units = 0;
  for (const char of text) units += WIDE.test(char) ? 2 : 1;
  // A tenth of the width kept for the fonts' own widths (LibreOffice's CJK font is wider than two digits).
  const room = Math.max(1, Math.floor(width * 0.9) - 1);
  if (units <= room) return 0;
  const lines = Math.ceil(units / room) + 1;
  return lines * LINE_POINTS + PADDING_POINTS;
}

/** Each non-empty cell of the sheet's blocks, by row and column (1-based). */
function filledCells(sheet: SheetSpec): { row: number; column: number; cell: Exclude<TemplateCell, null> }[] {
  const cells: { row: number; column: number; cell: Exclude<TemplateCell, null> }[] = [];
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null && cell !== undefined) cells.push({ row: at.row + r, column: at.column + c, cell });
      }),
    );
  }
  return cells;
}

/**
 * The rectangle a sheet prints: from A1 to the last visible column and last row that hold a cell, a table, a
 * merge or a chart (hidden helper columns and the rows repeated down a sheet are left out).
 * @example
 * usedArea(goalsSheet) //=> { top: 1, left: 1, bottom: 12, right: 8 } (A1:H12)
 */
export function usedArea(sheet: SheetSpec): A1Rect {
  const hidden = new Set(sheet.hiddenColumns.map(columnNumber));
  let bottom = 1;
  let right = 1;
  const take = (row: number, column: number) => {
    if (hidden.has(column)) return;
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  };
  for (const { row, column } of filledCells(sheet)) take(row, column);
  for (const ref of [...sheet.tables.map((table) => table.ref), ...sheet.merges]) {
    const rect = parseA1Rect(ref);
    for (let column = rect.left; column <= rect.right; column++) take(rect.bottom, column);
  }
  for (const chart of sheet.charts) {
    const at = parseA1(chart.at);
    take(at.row + chart.rows - 1, at.column + chart.columns - 1);
  }
  return { top: 1, left: 1, bottom, right };
}

/** The visible width, in characters, of columns `left` … `right` (a column without a width: Excel's 8.43). */
export function visibleWidth(sheet: SheetSpec, left: number, right: number): number {
  const hidden = new Set(sheet.hiddenColumns.map(columnNumber));
  let width = 0;
  for (let column = left; column <= right; column++) if (!hidden.has(column)) width += sheet.columnWidths[column - 1] ?? 8.43;
  return width;
}

const areaRef = (rect: A1Rect) => `${a1(rect.left, rect.top)}:${a1(rect.right, rect.bottom)}`;

/**
 * How a sheet without a page of its own prints (issue 13: every sheet printed portrait at 100 %, its columns
 * split over two to four pages): its used area ({@link usedArea}) fitted to one page wide and as many pages tall
 * as it needs, landscape when wider than {@link PORTRAIT_CHARACTERS}; a sheet with one table repeats that table's
 * header row on every page. `area` narrows what prints (the Deals sheet: its input columns and filled rows).
 * A sheet that has a print setup (the Dashboard's one page) keeps it.
 * @example
 * sheetPrintSetup(goalsSheet) //=> { area: "A1:H12", orientation: "landscape", pagesTall: 0 }
 */
export function sheetPrintSetup(sheet: SheetSpec, area: A1Rect = usedArea(sheet)): PrintSetup {
  if (sheet.print !== undefined) return sheet.print;
  const wide = visibleWidth(sheet, area.left, area.right) > PORTRAIT_CHARACTERS;
  const tables = sheet.tables.map((table) => parseA1Rect(table.ref));
  const header = tables.length === 1 && tables[0].top >= area.top && tables[0].top <= area.bottom ? tables[0].top : undefined;
  return {
    area: areaRef(area),
    orientation: wide ? "landscape" : "portrait",
    pagesTall: 0,
    ...(header === undefined ? {} : { titleRows: `${header}:${header}` }),
  };
}

/**
 * The sheet's prose that stands alone in its row — a "note" line in column A with nothing beside it (the intro
 * paragraph under the title, a section's guidance), or a "subtitle" longer than the printed width — merged across the printed width (up to a column short of
 * anything else in its row) and wrapped, its row as tall
 * as the paragraph needs ({@link introHeight}); before, each was one line cut at the page's edge. Rows inside a
 * table or a merge are left as they are.
 * @example
 * wrapProse(goalsSheet, { top: 1, left: 1, bottom: 12, right: 8 }) // A2 merged as A2:H2, wrapped, row 2 52 points tall
 */
export function wrapProse(sheet: SheetSpec, area: A1Rect): SheetSpec {
  const cells = filledCells(sheet);
  const hidden = new Set(sheet.hiddenColumns.map(columnNumber));
  const looks = (style: string) => new Set(sheet.styles.filter((styled) => styled.style === style).map((styled) => styled.ref.replace(/\$/g, "")));
  const notes = looks("note");
  const headings = looks("subtitle");
  const taken = [...sheet.merges, ...sheet.tables.map((table) => table.ref)].map((ref) => parseA1Rect(ref));
  const merges: string[] = [];
  const wrapped: string[] = [];
  const rowHeights: { row: number; points: number }[] = [];
  for (const { row, column, cell } of cells) {
    const note = notes.has(a1(1, row));
    if (column !== 1 || !("text" in cell) || !(note || headings.has(a1(1, row))) || row > area.bottom) continue;
    // Up to the column before anything else in the row (the Action plan's progress table sits right of its intro).
    const beside = cells.filter((other) => other.row === row && other.column > 1 && !hidden.has(other.column)).map((other) => other.column);
    const right = Math.min(area.right, ...beside.map((column) => column - 2));
    if (right < 2) continue;
    if (taken.some((rect) => rect.top <= row && row <= rect.bottom && rect.left <= right)) continue;
    const points = introHeight(cell.text, visibleWidth(sheet, 1, right));
    // A heading is merged only when longer than the width (a sentence, not a title of a few words).
    if (!note && points === 0) continue;
    merges.push(`A${row}:${columnLetter(right)}${row}`);
    wrapped.push(`A${row}`);
    if (points > 0) rowHeights.push({ row, points });
  }
  if (merges.length === 0) return sheet;
  return {
    ...sheet,
    merges: [...sheet.merges, ...merges],
    wrapped: [...(sheet.wrapped ?? []), ...wrapped],
    rowHeights: [...(sheet.rowHeights ?? []), ...rowHeights],
  };
}

/**
 * Every sheet's printed page ({@link sheetPrintSetup}) and its prose wrapped within it ({@link wrapProse}).
 * `printArea` overrides the used area of a sheet (by key).
 * @example
 * printable(sheet) // the sheet with `print`, its intro merged and wrapped
 */
export function printable(sheet: SheetSpec, printArea?: A1Rect): SheetSpec {
  const print = sheetPrintSetup(sheet, printArea);
  return wrapProse({ ...sheet, print }, parseA1Rect(print.area));
}

import { columnNumber, parseA1 } from "./a1";
import type { SheetSpec } from "./types";

/**
 * Row heights that fit wrapped text (issue 13 §6: with the default height, a wrapped sentence runs over the rows
 * below it in LibreOffice and Excel, which do not re-measure rows when they open a file). For each row holding a
 * text cell that wraps (the sheet's `wrapped` refs, and any extra refs the renderer wraps, e.g. .xlsx headers),
 * the height of its tallest cell: the text laid out greedily in the column's width (columnWidth.ts's unit, one
 * digit), a wide (CJK, full-width) character taking two units, a line break where the text has one. Formula
 * cells are not measured (their text is not known until calculated); a row whose text fits one line gets no
 * entry (the host's default height). Google Sheets grows rows for wrapped text itself and does not need these.
 * @example
 * // Column B 28 characters wide, wrapped; B5 "线索质量参差不齐，分配耗时长" (14 wide characters = 28 units)
 * wrappedRowHeights(sheet) //=> Map { 5 => 35 } (two lines of 16 points + 3)
 */
export function wrappedRowHeights(sheet: SheetSpec, extraWrapped: readonly string[] = []): ReadonlyMap<number, number> {
  const areas = [...(sheet.wrapped ?? []), ...extraWrapped].map(area);
  const wraps = (column: number, row: number) => areas.some((a) => a.left <= column && column <= a.right && a.top <= row && row <= a.bottom);
  const merged = sheet.merges.map(area);
  const heights = new Map<number, number>();
  if (areas.length === 0) return heights;
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((cells, r) => {
      const row = at.row + r;
      if (!areas.some((a) => a.top <= row && row <= a.bottom)) return;
      cells.forEach((cell, c) => {
        const column = at.column + c;
        if (cell === null || !("text" in cell) || !wraps(column, row)) return;
        const merge = merged.find((m) => m.left <= column && column <= m.right && m.top <= row && row <= m.bottom);
        if (merge !== undefined && (merge.top !== merge.bottom || merge.left !== column)) return;
        let width = 0;
        for (let k = column; k <= (merge?.right ?? column); k++) width += sheet.columnWidths[k - 1] ?? DEFAULT_COLUMN_WIDTH;
        const height = textHeight(cell.text, width);
        if (height > (heights.get(row) ?? 0)) heights.set(row, height);
      });
    });
  }
  return heights;
}

/** Excel's width of a column the spec leaves unset, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** A line of 11-point text: Latin (Calibri) and wide characters (等线 and the fonts LibreOffice puts in its place). */
const LINE_POINTS = { latin: 15, wide: 16 } as const;
/** The cell's top and bottom margin. */
const PADDING_POINTS = 3;

/** Wide characters (CJK, Hangul, full-width forms): two digits wide in the spec's unit. */
const WIDE = "\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6";
const HAS_WIDE = new RegExp(`[${WIDE}]`);
/** A wide character, a word of narrow characters, or a run of spaces. */
const TOKENS = new RegExp(`[${WIDE}]|[^\\s${WIDE}]+|\\s+`, "g");

/**
 * The points a text needs in a column `width` characters wide, or 0 when it fits one line.
 * @example
 * textHeight("Customer preferences are not handed to after-sales", 28) //=> 33 (two lines of 15 + 3)
 * textHeight("短句", 12) //=> 0
 */
export function textHeight(text: string, width: number): number {
  const lines = wrappedLines(text, width);
  if (lines <= 1) return 0;
  return lines * (HAS_WIDE.test(text) ? LINE_POINTS.wide : LINE_POINTS.latin) + PADDING_POINTS;
}

/**
 * How many lines a text takes in a column `width` characters wide (one character of padding), laid out greedily:
 * Latin words stay whole (a word longer than a line breaks where it must), wide characters break anywhere.
 * @example
 * wrappedLines("Customer preferences are not handed to after-sales", 28) //=> 2
 * wrappedLines("线索质量参差不齐，分配耗时长", 28) //=> 2 (28 units in 27)
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const token of paragraph.match(TOKENS) ?? []) {
      const size = HAS_WIDE.test(token) ? 2 : token.length;
      if (/^\s/.test(token)) {
        used += size;
        continue;
      }
      if (used > 0 && used + size > room) {
        lines++;
        used = 0;
      }
      if (used === 0 && size > room) {
        const more = Math.ceil(size / room) - 1;
        lines += more;
        used = size - more * room;
      } else {
        used += size;
      }
    }
  }
  return lines;
}

interface Area {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function area(ref: string): Area {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const whole = (part: string) => /^[A-Z]+$/i.test(part);
  if (whole(from)) return { left: columnNumber(from), top: 1, right: columnNumber(to), bottom: Number.MAX_SAFE_INTEGER };
  const a = parseA1(from);
  const b = parseA1(to);
  return { left: a.column, top: a.row, right: b.column, bottom: b.row };
}

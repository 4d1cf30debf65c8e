import { parseA1Rect } from "./a1Rect";
import { visibleWidth } from "./printSetup";
import { wrappedLines } from "./rowHeights";
import type { SheetSpec } from "./types";

/** Points of the template's body text (a "note" or a plain cell); a "subtitle" is 13 (cli/xlsx/cellStyles.ts). */
const BODY_POINTS = 11;

/** A line of 11-point text (Latin or wide) and the cell's top and bottom margin, in points. */
const LINE_POINTS = 16;
const PADDING_POINTS = 4;
/** The share of a column's width a line fills: the fonts LibreOffice draws in are wider than Calibri's digit. */
const ROOM = 0.9;

/**
 * A line of text that stands beside other cells (not in column A, so printSetup.ts's wrapProse leaves it) merged
 * across `ref` (one row, e.g. the Pilot's verdict N3:O3), wrapped, and its row as tall as the longest of `texts`
 * needs (laid out as rowHeights.ts's wrappedLines does, in the font's `points`) — issue 13: such a line ran past the page's edge.
 * A formula's text is not known before it is calculated: pass every text it can show.
 * @example
 * wrapAcross(pilotSheet, "N3:O3", ["Verdict: nothing to compare yet (pick the pilot team and start)"], 13)
 * // N3:O3 merged and wrapped, row 3 two lines tall
 */
export function wrapAcross(sheet: SheetSpec, ref: string, texts: readonly string[], points = BODY_POINTS): SheetSpec {
  const rect = parseA1Rect(ref);
  const width = visibleWidth(sheet, rect.left, rect.right);
  const height = Math.max(0, ...texts.map((text) => wrappedHeight(text, width, points)));
  const earlier = (sheet.rowHeights ?? []).filter((entry) => entry.row !== rect.top);
  const kept = (sheet.rowHeights ?? []).find((entry) => entry.row === rect.top)?.points ?? 0;
  return {
    ...sheet,
    merges: [...sheet.merges, ref],
    wrapped: [...(sheet.wrapped ?? []), ref.split(":")[0]],
    ...(height > 0 || kept > 0 ? { rowHeights: [...earlier, { row: rect.top, points: Math.max(height, kept) }] } : {}),
  };
}

/**
 * The points a text needs wrapped in `width` characters (a column or a merge) in a font of `points`: laid out as
 * rowHeights.ts's wrappedLines does in nine tenths of the width (the fonts LibreOffice draws in, CJK above all, are
 * wider than Calibri's digit: rowHeights.ts's full width left a third line of a Chinese note over the next row);
 * 0 when it fits one line.
 * @example
 * wrappedHeight("word ".repeat(12).trim(), 40) //=> 36 (two lines of 16 + 4)
 */
export function wrappedHeight(text: string, width: number, points = BODY_POINTS): number {
  const lines = wrappedLines(text, width * (BODY_POINTS / points) * ROOM);
  return lines > 1 ? Math.ceil(lines * LINE_POINTS * (points / BODY_POINTS) + PADDING_POINTS) : 0;
}

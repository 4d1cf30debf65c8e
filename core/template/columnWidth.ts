import { displayWidth } from "../model/displayWidth";

/**
 * Column widths (the spec's unit is characters, as Excel's) in each host's own unit. One rule for every
 * renderer: n characters are n × 7 px (the digit width of Calibri 11 at 96 dpi) + 5 px of padding, in whole
 * pixels (ECMA-376 §18.3.1.13). Sheets takes pixels, Excel's `RangeFormat.columnWidth` points (× 0.75), and an
 * .xlsx file's `<col width>` characters that already include the padding.
 */

/** The width of a character (Calibri 11's digit, the spec's width unit) at 96 dpi, in pixels. */
export const PIXELS_PER_CHARACTER = 7;
/** A column's padding, in pixels. */
export const COLUMN_PADDING_PIXELS = 5;
/** Points per pixel at 96 dpi (72 points an inch). */
export const POINTS_PER_PIXEL = 0.75;

/**
 * Pixels of a column `characters` wide (what Sheets' `setColumnWidth` takes).
 * @example
 * columnWidthPixels(12) //=> 89
 */
export function columnWidthPixels(characters: number): number {
  return Math.round(characters * PIXELS_PER_CHARACTER + COLUMN_PADDING_PIXELS);
}

/**
 * Points of a column `characters` wide (what Excel's `Range.format.columnWidth` takes).
 * @example
 * columnWidthPoints(12) //=> 66.75 (89 px)
 */
export function columnWidthPoints(characters: number): number {
  return columnWidthPixels(characters) * POINTS_PER_PIXEL;
}

/**
 * The `<col width>` of an .xlsx file for a column `characters` wide: ECMA-376 counts the padding inside that
 * width, in 1/256ths of a character, so the file says (pixels / 7) truncated to 1/256.
 * @example
 * ooxmlColumnWidth(12) //=> 12.7109375 (89 px)
 */
export function ooxmlColumnWidth(characters: number): number {
  return Math.trunc((columnWidthPixels(characters) / PIXELS_PER_CHARACTER) * 256) / 256;
}

/** A wide (CJK, full-width) character of 11-point text: one em, 44/3 px at 96 dpi (等线, and Calibri's fallback). */
export const WIDE_CHARACTER_PIXELS = 44 / 3;

/**
 * The width in characters (the spec's unit) of a column that shows `text` on one line: a wide character one em
 * ({@link WIDE_CHARACTER_PIXELS}), any other a digit's width, the padding as for every column.
 * @example
 * textWidthCharacters("成交周期中位数（天）") //=> 21 (10 × 14.67 px = 147 px; 21 characters = 152 px, 5 of them padding)
 * textWidthCharacters("Days")               //=> 4
 */
export function textWidthCharacters(text: string): number {
  let pixels = 0;
  for (const char of text) pixels += displayWidth(char) === 2 ? WIDE_CHARACTER_PIXELS : PIXELS_PER_CHARACTER;
  return Math.ceil(pixels / PIXELS_PER_CHARACTER - 1e-9);
}

import type { Alignment, Fill, Font, Style } from "exceljs";
import type { Locale } from "../../core/model/locale";
import { LOOKS } from "../../core/template/looks";
import { PALETTE } from "../../core/template/palette";
import { wrappedRowHeights } from "../../core/template/rowHeights";
import type { CellStyle, ConditionalFormat, SheetSpec } from "../../core/template/types";

/**
 * How the template's named looks appear in the .xlsx: core/template/looks.ts's fonts, fills and lines (the same
 * in Excel and Sheets), in Office's body font.
 */

/**
 * An `ARGB` colour for exceljs from "#RGB", "#RRGGBB", "RRGGBB" or "AARRGGBB".
 * @throws {RangeError} for anything else.
 * @example
 * argb("#4472c4") //=> "FF4472C4"
 * argb("#abc")    //=> "FFAABBCC"
 */
export function argb(color: string): string {
  const hex = color.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{3}$/.test(hex)) return `FF${[...hex].map((digit) => digit + digit).join("")}`;
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new RangeError(`Not a colour: ${color}`);
}

/** The workbook's body font: Office's default for the language. */
export function bodyFont(locale: Locale): Partial<Font> {
  return locale === "zh-CN" ? { name: "等线", size: 11, charset: 134 } : { name: "Calibri", size: 11 };
}

const solid = (color: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: argb(color) }, bgColor: { argb: argb(color) } });
const thin = (color: string) => ({ style: "thin" as const, color: { argb: argb(color) } });

/**
 * Alignment the .xlsx adds to a named look: a title centred in its (taller) row, a header's words wrapped and
 * centred vertically. Excel and Sheets leave these to the sheet's own wrapping; fonts, fills and lines are
 * core/template/looks.ts's, the same in every host.
 */
const ALIGNMENTS: Readonly<Partial<Record<CellStyle, Partial<Alignment>>>> = {
  title: { vertical: "middle" },
  header: { vertical: "middle", wrapText: true },
};

/**
 * The exceljs style parts of a named look (core/template/looks.ts), in the workbook's body font.
 * @example
 * cellLook("title", "en").font //=> { name: "Calibri", size: 16, bold: true, color: { argb: "FF1F3864" } }
 */
export function cellLook(style: CellStyle, locale: Locale): Pick<Style, "font"> & Partial<Pick<Style, "fill" | "border" | "alignment">> {
  const look = LOOKS[style];
  const font: Partial<Font> = { ...bodyFont(locale) };
  if (look.size !== undefined) font.size = look.size;
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.font !== undefined) font.color = { argb: argb(look.font) };
  const parts: Pick<Style, "font"> & Partial<Pick<Style, "fill" | "border" | "alignment">> = { font };
  if (look.fill !== undefined) parts.fill = solid(look.fill);
  if (look.bottom !== undefined) parts.border = { bottom: thin(look.bottom) };
  const alignment = ALIGNMENTS[style];
  if (alignment !== undefined) parts.alignment = alignment;
  return parts;
}

/** The palette's "bad", "good" and "warn" colours, as a conditional format's differential style. */
const RULE_LOOKS: Readonly<Record<Extract<ConditionalFormat, { kind: "formula" }>["look"], { fill: string; font: string }>> = {
  bad: PALETTE.bad,
  good: PALETTE.good,
  warn: PALETTE.warn,
};

/** The differential style (fill and font colour) of a conditional format's look. */
export function ruleLook(look: keyof typeof RULE_LOOKS): Partial<Style> {
  const colors = RULE_LOOKS[look];
  return { fill: solid(colors.fill), font: { color: { argb: argb(colors.font) } } };
}

/**
 * The row heights (points) the .xlsx gives a sheet's wrapped text: the spec's wrapped cells and, here, its headers
 * (whose look wraps), measured by core/template/rowHeights.ts. LibreOffice and Excel keep a file's row heights
 * when they open it, so a row left at the default height shows one line of a wrapped sentence over the next rows.
 * @example
 * xlsxRowHeights(actionPlanSheet).get(28) //=> 35 (the first item's pain point on two lines)
 */
export function xlsxRowHeights(sheet: SheetSpec): ReadonlyMap<number, number> {
  return wrappedRowHeights(sheet, sheet.styles.filter(({ style }) => ALIGNMENTS[style]?.wrapText === true).map(({ ref }) => ref));
}

import type { Alignment, Borders, Fill, Font, Style } from "exceljs";
import type { Locale } from "../../core/model/locale";
import { PALETTE } from "../../core/template/palette";
import { wrappedRowHeights } from "../../core/template/rowHeights";
import type { CellStyle, ConditionalFormat, SheetSpec } from "../../core/template/types";

/**
 * How the template's named looks appear in the .xlsx: the fills of core/template/palette.ts (one meaning per
 * colour, the same in Excel and Sheets), Office's fonts and borders.
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

/** What one named look sets on a cell; fonts are completed with the body font. */
interface LookParts {
  readonly font: Partial<Font>;
  readonly fill?: Fill;
  readonly border?: Partial<Borders>;
  readonly alignment?: Partial<Alignment>;
}

const LOOKS: Readonly<Record<CellStyle, LookParts>> = {
  title: { font: { size: 18, bold: true, color: { argb: argb("#1F3864") } }, alignment: { vertical: "middle" } },
  subtitle: { font: { size: 13, bold: true, color: { argb: argb("#2F5597") } }, border: { bottom: thin("#8EA9DB") } },
  header: {
    font: { bold: true, color: { argb: argb(PALETTE.header.font) } },
    fill: solid(PALETTE.header.fill),
    border: { bottom: thin("#8EA9DB") },
    alignment: { vertical: "middle", wrapText: true },
  },
  note: { font: { italic: true, color: { argb: argb("#7F7F7F") } } },
  input: { font: {}, fill: solid(PALETTE.input.fill), border: { bottom: thin("#D9D9D9") } },
  computed: { font: { color: { argb: argb(PALETTE.computed.font) } }, fill: solid(PALETTE.computed.fill) },
  total: { font: { bold: true }, fill: solid(PALETTE.total.fill), border: { top: thin("#7F7F7F") } },
};

/** The exceljs style parts of a named look, in the workbook's body font. */
export function cellLook(style: CellStyle, locale: Locale): Pick<Style, "font"> & Partial<Pick<Style, "fill" | "border" | "alignment">> {
  const look = LOOKS[style];
  return { ...look, font: { ...bodyFont(locale), ...look.font } };
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
  return wrappedRowHeights(sheet, sheet.styles.filter(({ style }) => LOOKS[style].alignment?.wrapText === true).map(({ ref }) => ref));
}

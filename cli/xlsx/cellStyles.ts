import type { Alignment, Borders, Fill, Font, Style } from "exceljs";
import type { Locale } from "../../core/model/locale";
import type { CellStyle, ConditionalFormat } from "../../core/template/types";

/**
 * How the template's named looks appear in the .xlsx: Office's own palette (the blue of the default theme,
 * "Input" yellow, "Good/Bad/Neutral" fills), so the file looks like a tidy Office template.
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
    font: { bold: true, color: { argb: argb("#1F3864") } },
    fill: solid("#D9E1F2"),
    border: { bottom: thin("#8EA9DB") },
    alignment: { vertical: "middle", wrapText: true },
  },
  note: { font: { italic: true, color: { argb: argb("#7F7F7F") } } },
  input: { font: {}, fill: solid("#FFF2CC"), border: { bottom: thin("#D9D9D9") } },
  computed: { font: { color: { argb: argb("#1F3864") } }, fill: solid("#DDEBF7") },
  total: { font: { bold: true }, fill: solid("#F2F2F2"), border: { top: thin("#7F7F7F") } },
};

/** The exceljs style parts of a named look, in the workbook's body font. */
export function cellLook(style: CellStyle, locale: Locale): Pick<Style, "font"> & Partial<Pick<Style, "fill" | "border" | "alignment">> {
  const look = LOOKS[style];
  return { ...look, font: { ...bodyFont(locale), ...look.font } };
}

/** Office's "Bad", "Good" and "Neutral" cell styles, as a conditional format's differential style. */
const RULE_LOOKS: Readonly<Record<Extract<ConditionalFormat, { kind: "formula" }>["look"], { fill: string; font: string }>> = {
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  good: { fill: "#C6EFCE", font: "#006100" },
  warn: { fill: "#FFEB9C", font: "#9C5700" },
};

/** The differential style (fill and font colour) of a conditional format's look. */
export function ruleLook(look: keyof typeof RULE_LOOKS): Partial<Style> {
  const colors = RULE_LOOKS[look];
  return { fill: solid(colors.fill), font: { color: { argb: argb(colors.font) } } };
}

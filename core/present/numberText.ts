import { countedIn, type CountedCatalog } from "../i18n/counted";
import type { Locale } from "../model/locale";

/**
 * How every pane writes a figure (the Excel task pane and the Sheets sidebar alike): with `Intl.NumberFormat` in
 * the user's language, which rounds half away from zero from the decimal the number reads as (3.05 → "3.1", as the
 * CLI's `fixed` and Excel's ROUND do; `toFixed` would give "3.0").
 * - `count`: a whole number of deals, rows or sheets, grouped ("1,234").
 * - `amount`: money or money per day (pipeline velocity), in whole units, grouped.
 * - `share`: a share as a percentage with exactly one decimal ("45.7%").
 * - `days`: a number of days with at most one decimal ("45.3", "45"); {@link daysText} adds the counted word ("45 days").
 */
export const FIGURE_FORMATS = {
  count: { maximumFractionDigits: 0 },
  amount: { maximumFractionDigits: 0 },
  share: { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 },
  days: { maximumFractionDigits: 1 },
} as const satisfies Readonly<Record<string, Intl.NumberFormatOptions>>;

/** A kind of figure: see {@link FIGURE_FORMATS}. */
export type FigureKind = keyof typeof FIGURE_FORMATS;

const formats = new Map<string, Intl.NumberFormat>();

/**
 * `value` written as a figure of `kind` in `locale`, or `none` when there is no figure (null: an empty
 * denominator, no won deal; or not finite).
 * @example
 * figureText("share", 0.4567, "en")      //=> "45.7%"
 * figureText("share", null, "en", "—")   //=> "—"
 * figureText("count", 12345, "zh-CN")    //=> "12,345"
 * figureText("days", 45.25, "en")        //=> "45.3"
 * figureText("days", 45, "en")           //=> "45"
 * figureText("amount", 37512.92, "en")   //=> "37,513"
 */
export function figureText(kind: FigureKind, value: number | null, locale: Locale, none = "—"): string {
  if (value === null || !Number.isFinite(value)) return none;
  const key = `${kind} ${locale}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, FIGURE_FORMATS[kind]);
    formats.set(key, format);
  }
  return format.format(value);
}


/** The words a figure is written with, in the form its number takes (English "1 day", "2 days"; Chinese one form). */
export const FIGURE_WORDS = {
  days: { "zh-CN": "{count} 天", en: { one: "{count} day", other: "{count} days" } },
} as const satisfies CountedCatalog;

const sayFigure = /* @__PURE__ */ countedIn(FIGURE_WORDS);

/**
 * A number of days as every pane writes it: the `days` figure (at most one decimal) and the word in the form the
 * number as written takes (1.04 is written "1", so "1 day"), or `none` when there is no figure.
 * @example
 * daysText(45.25, "en")  //=> "45.3 days"
 * daysText(1, "en")      //=> "1 day"
 * daysText(30, "zh-CN")  //=> "30 天"
 * daysText(null, "en")   //=> "—"
 */
export function daysText(value: number | null, locale: Locale, none = "—"): string {
  if (value === null || !Number.isFinite(value)) return none;
  return sayFigure(locale, "days", value, {}, FIGURE_FORMATS.days);
}

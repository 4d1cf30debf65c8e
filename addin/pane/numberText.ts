import type { Locale } from "../../core/model/locale";
import { FIGURE_FORMATS, figureText } from "../../core/present/numberText";
import { paneCount, paneText } from "../i18n/paneStrings";

/**
 * A share as a percentage with exactly one decimal, or "—" when there is none (an empty denominator is `null`):
 * the presentation kit's `share` figure (core/present/numberText.ts), as the sidebar writes it.
 * @example
 * percentText(0.4567, "en") //=> "45.7%"
 * percentText(null, "en")   //=> "—"
 */
export function percentText(value: number | null, locale: Locale): string {
  return figureText("share", value, locale, paneText(locale, "notAvailable"));
}

/**
 * A number of days with at most one decimal (the kit's `days` figure) and the word in the form the number takes,
 * or "—".
 * @example
 * daysText(45.25, "en")   //=> "45.3 days"
 * daysText(1, "en")       //=> "1 day"
 * daysText(30, "zh-CN")   //=> "30 天"
 */
export function daysText(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return paneText(locale, "notAvailable");
  return paneCount(locale, "days", value, {}, FIGURE_FORMATS.days);
}

/** A whole count with the language's grouping (the kit's `count` figure). */
export function countText(value: number, locale: Locale): string {
  return figureText("count", value, locale);
}

/** Money, or money per day, in whole units with the language's grouping, or "—" (the kit's `amount` figure). */
export function amountText(value: number | null, locale: Locale): string {
  return figureText("amount", value, locale, paneText(locale, "notAvailable"));
}

import type { Locale } from "../../core/model/locale";
import { paneCount, paneText } from "../i18n/paneStrings";

/**
 * A share as a percentage with exactly one decimal, or "—" when there is none (an empty denominator is `null`).
 * @example
 * percentText(0.4567, "en") //=> "45.7%"
 * percentText(null, "en")   //=> "—"
 */
export function percentText(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return paneText(locale, "notAvailable");
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/**
 * A number of days with at most one decimal, or "—".
 * @example
 * daysText(45.25, "en")   //=> "45.3 days"
 * daysText(1, "en")       //=> "1 day"
 * daysText(30, "zh-CN")   //=> "30 天"
 */
export function daysText(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return paneText(locale, "notAvailable");
  return paneCount(locale, "days", value, {}, { maximumFractionDigits: 1 });
}

/** A whole count with the language's grouping. */
export function countText(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

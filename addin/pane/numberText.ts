import type { Locale } from "../../core/model/locale";
import { figureText } from "../../core/present/numberText";
import { paneText } from "../i18n/paneStrings";

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

/** A whole count with the language's grouping (the kit's `count` figure). */
export function countText(value: number, locale: Locale): string {
  return figureText("count", value, locale);
}

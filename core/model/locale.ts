/**
 * The two languages the product speaks. Everything a user reads exists in both.
 *
 * `resolveLocale` maps any tag a host reports (BCP-47 `zh-CN`, `zh-Hans-CN`, `zh-TW`, `en-GB`, …, or the
 * underscore form `zh_CN` that Sheets' `getSpreadsheetLocale()` returns) to one of the two: any Chinese tag →
 * `zh-CN`, anything else → `en`.
 *
 * @example
 * resolveLocale("zh-Hans-CN") //=> "zh-CN"
 * resolveLocale("zh_CN")      //=> "zh-CN"
 * resolveLocale("fr-FR")      //=> "en"
 */
export type Locale = "zh-CN" | "en";

export const LOCALES: readonly Locale[] = ["zh-CN", "en"];

/** A piece of text in both languages. */
export type Localized = Readonly<Record<Locale, string>>;

export function resolveLocale(tag: string | null | undefined): Locale {
  return typeof tag === "string" && /^zh(?![a-z0-9])/i.test(tag.trim()) ? "zh-CN" : "en";
}

import { resolveLocale, type CallContext, type Locale } from "../../core/index";

/**
 * The user's language, from Office's display language (File › Options › Language): any Chinese tag → zh-CN,
 * anything else → en. Read at every call, so a change of display language needs no reload; outside Office
 * (tests, a plain browser) it is en.
 *
 * @example
 * // Office.context.displayLanguage === "zh-CN"
 * officeLocale() //=> "zh-CN"
 */
export function officeLocale(): Locale {
  const office = typeof Office === "undefined" ? undefined : Office;
  return resolveLocale(office?.context?.displayLanguage);
}

/**
 * What the core is told about an Excel call. Excel passes dates as serial numbers, which need no time zone
 * (DEFINITIONS §3), so only the language is set.
 */
export function excelCallContext(): CallContext {
  return { locale: officeLocale() };
}

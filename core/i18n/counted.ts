import type { Locale } from "../model/locale";
import type { TextValues } from "./catalog";
import { fillText } from "./fillText";

/**
 * A message that holds a count, by plural category: `other` always; English adds `one` ("1 deal", "2 deals").
 * Chinese nouns do not inflect, so a Chinese text is one string for every count.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** A namespace of counted messages: each key's text in every language, one string or its plural forms. */
export type CountedCatalog = Readonly<Record<string, Readonly<Record<Locale, string | PluralForms>>>>;

/** How the count is written: grouping is the language's; the digits after the point as given (none by default). */
export type CountFormat = Readonly<Pick<Intl.NumberFormatOptions, "minimumFractionDigits" | "maximumFractionDigits">>;

const WHOLE: CountFormat = { maximumFractionDigits: 0 };

/**
 * The reader of a counted namespace, shared by the task pane and the sidebar: the message in the form the count
 * takes in `locale` (Intl.PluralRules on the count *as written*: 1.04 days written "1" is "1 day"), `{count}` filled
 * with the count as the language writes it, the other placeholders from `values`.
 * @example
 * const say = countedIn({ days: { "zh-CN": "{count} 天", en: { one: "{count} day", other: "{count} days" } } });
 * say("en", "days", 1)                                    //=> "1 day"
 * say("en", "days", 45.25, {}, { maximumFractionDigits: 1 }) //=> "45.3 days"
 * say("zh-CN", "days", 2)                                 //=> "2 天"
 * say("en", "days", 1200)                                 //=> "1,200 days"
 */
export function countedIn<const Messages extends CountedCatalog>(
  catalog: Messages,
): (locale: Locale, key: keyof Messages, count: number, values?: TextValues, format?: CountFormat) => string {
  return (locale, key, count, values = {}, format = WHOLE) => {
    const forms: string | PluralForms = catalog[key][locale];
    const text = typeof forms === "string" ? forms : (forms[new Intl.PluralRules(locale, format).select(count)] ?? forms.other);
    return fillText(text, { ...values, count: new Intl.NumberFormat(locale, format).format(count) });
  };
}

import type { Locale } from "../../core/model/locale";
import type { CountFormat } from "../../core/i18n/counted";
import { say, sayCount, type CountedKey, type TextKey } from "./text";

type Values = Readonly<Record<string, string | number>>;

/** The sidebar's words in one language, with the figures written as every pane writes them (core/present). */
export interface SidebarWords {
  readonly locale: Locale;
  /** A text of the sidebar's catalog (text.ts). */
  readonly t: (key: TextKey, values?: Values) => string;
  /** A text that counts `count` things (singular for one in English), the count written with `format` (whole by default). */
  readonly tCount: (key: CountedKey, count: number, values?: Values, format?: CountFormat) => string;
  /** Names as the user's language lists them ("A、B、C" / "A, B, C"). */
  readonly list: (items: readonly string[]) => string;
  /** Sentences run together: Chinese needs no space after "。", English does after ".". */
  readonly sentences: (...parts: string[]) => string;
}

/**
 * The sidebar's words in `locale`.
 * @example
 * sidebarWords("en").tCount("done", 2) //=> "Done: 2 sheets added."
 * sidebarWords("zh-CN").list(["A", "B"]) //=> "A、B"
 */
export function sidebarWords(locale: Locale): SidebarWords {
  return {
    locale,
    t: (key, values) => say(locale, key, values),
    tCount: (key, count, values, format) => sayCount(locale, key, count, values, format),
    list: (items) => items.join(locale === "zh-CN" ? "、" : ", "),
    sentences: (...parts) => parts.filter((part) => part !== "").join(locale === "zh-CN" ? "" : " "),
  };
}

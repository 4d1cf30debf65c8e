import type { Locale } from "../model/locale";
import type { TextValues } from "./catalog";
import { countedIn, type CountedCatalog } from "./counted";

/**
 * What the panes say after building the tracker from a sheet's deals (the Excel task pane and the Sheets
 * sidebar alike; the command line says it in cli/cliText.ts): how many deals were filled in from which sheet, and
 * how many rows were kept as they came.
 */
export const TRACKER_COUNTED = {
  filled: {
    "zh-CN": "已填入“{sheet}”中的 {count} 笔交易，阶段：{stages}。",
    en: { one: 'Filled in {count} deal from "{sheet}"; stages: {stages}.', other: 'Filled in {count} deals from "{sheet}"; stages: {stages}.' },
  },
  unreadKept: {
    "zh-CN": "{count} 行无法读取：原样保留在交易下方并标出，不计入任何数字。",
    en: {
      one: "{count} row could not be read: kept as it came below the deals, highlighted, out of every figure.",
      other: "{count} rows could not be read: kept as they came below the deals, highlighted, out of every figure.",
    },
  },
} as const satisfies CountedCatalog;

const say = countedIn(TRACKER_COUNTED);

/**
 * The lines that tell what the tracker was filled with: the deals and their sheet, then, when some rows could not
 * be read, those rows.
 * @example
 * trackerFilledLines("en", { sheet: "Pipeline", stages: ["Lead", "Won"], deals: 157, unread: 1 })
 * //=> ['Filled in 157 deals from "Pipeline"; stages: Lead → Won.',
 * //    "1 row could not be read: kept as it came below the deals, highlighted, out of every figure."]
 */
export function trackerFilledLines(
  locale: Locale,
  filled: { readonly sheet: string; readonly stages: readonly string[]; readonly deals: number; readonly unread: number },
): string[] {
  const values: TextValues = { sheet: filled.sheet, stages: filled.stages.join(" → ") };
  const lines = [say(locale, "filled", filled.deals, values)];
  if (filled.unread > 0) lines.push(say(locale, "unreadKept", filled.unread));
  return lines;
}

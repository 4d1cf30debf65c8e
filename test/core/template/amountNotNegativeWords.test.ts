/**
 * Amounts below zero are reported by the readers (`amount.negative`: a refund or credit note is no deal value), and
 * the Deals sheet's amount cells refuse a typed negative (≥ 0). The refusal's words said only "Type a number (the
 * amount)…": a manager who typed -500 for a refund was told to type a number, which -500 is. They now say a number
 * of 0 or more, and that a refund or credit note is recorded elsewhere — in both languages, within Excel's limits
 * on a validation's alert (title 32 characters, message 255; checkSpec refuses more).
 */
import { describe, expect, it } from "vitest";
import type { Locale } from "../../../core/model/locale";
import { buildTemplate } from "../../../core/template/buildTemplate";
import type { NumberValidation } from "../../../core/template/types";

/** The Deals sheet's amount check, as the template gives it. */
function amountCheck(locale: Locale): NumberValidation {
  const deals = buildTemplate({ locale }).sheets.find((sheet) => sheet.key === "deals");
  const found = deals?.validations.find((validation): validation is NumberValidation => "number" in validation);
  if (found === undefined) throw new Error("no amount check on the Deals sheet");
  return found;
}

describe("the Deals amount check's words: 0 or more, and no refunds or credit notes", () => {
  it.each<[Locale, string[]]>([
    ["en", ["0 or more", "refund", "credit note", "not a deal amount", "elsewhere"]],
    ["zh-CN", ["0 或以上", "退款", "冲销", "不是交易金额", "另行记录"]],
  ])("%s: the message says so", (locale, words) => {
    const { error } = amountCheck(locale);
    for (const word of words) expect(error).toContain(word);
  });

  it.each<[Locale, string]>([
    ["en", "0 or more"],
    ["zh-CN", "0 或以上"],
  ])("%s: the alert's title says 0 or more too", (locale, words) => {
    expect(amountCheck(locale).title).toContain(words);
  });

  it.each<Locale>(["en", "zh-CN"])("%s: within Excel's limits (title ≤ 32, message ≤ 255 characters)", (locale) => {
    const { title, error } = amountCheck(locale);
    expect(title.length).toBeLessThanOrEqual(32);
    expect(error.length).toBeLessThanOrEqual(255);
  });
});

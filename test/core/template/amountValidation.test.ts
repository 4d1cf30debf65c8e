/**
 * The Deals sheet's amount column accepts numbers only (a review in LibreOffice: "¥80,000" typed as text was
 * silently left out of the native mean won amount and pipeline velocity, while the CLI read it). The spec
 * carries one number validation, ≥ 0 with decimals, on exactly the prepared amount cells, worded in the
 * workbook's language; the renderers' tests check that each host gets it.
 */
import { describe, expect, it } from "vitest";
import type { Locale } from "../../../core/model/locale";
import { stageList } from "../../../core/model/stages";
import { range } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { templateLayout } from "../../../core/template/layout";
import type { NumberValidation, TemplateOptions } from "../../../core/template/types";

const MESSAGES: Record<Locale, string> = {
  "zh-CN": "请输入 0 或以上的数字（金额），例如 80000；¥ 由单元格格式显示。退款、冲销不是交易金额，请另行记录",
  en: "Type a number of 0 or more (the amount), e.g. 80000; the currency sign comes from the cell's format. A refund or credit note is not a deal amount: record it elsewhere",
};
const TWELVE_STAGES = Array.from({ length: 12 }, (_, i) => `Stage ${i + 1}`);

/** Every number validation of the spec, with its sheet's key. */
function numberValidations(options: TemplateOptions): { key: string; validation: NumberValidation }[] {
  return buildTemplate(options).sheets.flatMap((sheet) =>
    sheet.validations.flatMap((validation) => ("number" in validation ? [{ key: sheet.key, validation }] : [])),
  );
}

describe("the Deals sheet's amounts are checked as numbers ≥ 0", () => {
  // The last prepared row: 1,000 deal rows by default, sample + 500 beyond that, or `dealRows`.
  const cases: [string, TemplateOptions, number][] = [
    ["zh-CN, empty", { locale: "zh-CN" }, 1001],
    ["en, empty", { locale: "en" }, 1001],
    ["zh-CN, 12 stages, 700 sample deals", { locale: "zh-CN", stages: TWELVE_STAGES, sampleDeals: 700 }, 1201],
    ["en, 40 rows", { locale: "en", sampleDeals: 10, dealRows: 40 }, 41],
  ];
  it.each(cases)("%s: one rule, on exactly the prepared amount cells, in the workbook's language", (_label, options, lastDealRow) => {
    const stageCount = stageList(options.stages, options.locale).names.length;
    const { deals } = templateLayout(options.locale, stageCount, lastDealRow);
    expect(numberValidations(options)).toEqual([
      {
        key: "deals",
        validation: {
          ref: range(deals.field.amount, 2, deals.field.amount, lastDealRow),
          number: { atLeast: 0 },
          title: options.locale === "zh-CN" ? "金额须为 0 或以上的数字" : "Amount: a number, 0 or more",
          error: MESSAGES[options.locale],
        },
      },
    ]);
  });
});

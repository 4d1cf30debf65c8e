import type { Localized } from "../../model/locale";
import { SAMPLE_SOURCES } from "../../sample/cast";

/** Words of the Deals sheet: its helper columns' headers and its dropdowns' and checks' messages. */
export const DEALS_COPY = {
  valid: { "zh-CN": "有效行", en: "Valid row" },
  furthest: { "zh-CN": "最远阶段序号", en: "Furthest stage #" },
  outcome: { "zh-CN": "标准化状态", en: "Normalized status" },
  cycleDays: { "zh-CN": "成交周期（天）", en: "Cycle days" },
  stayDays: { "zh-CN": "{stage}停留（天）", en: "Days in {stage}" },
  statusError: { "zh-CN": "请从列表中选择状态", en: "Choose a status from the list" },
  sourceError: { "zh-CN": "请从列表中选择线索来源", en: "Choose a lead source from the list" },
  amountErrorTitle: { "zh-CN": "金额须为数字", en: "The amount is a number" },
  amountError: {
    "zh-CN": "请输入数字（金额），例如 80000；¥ 由单元格格式显示",
    en: "Type a number (the amount), e.g. 80000; the currency sign comes from the cell's format",
  },
} as const satisfies Record<string, Localized>;

/** Lead sources offered in the Deals sheet's dropdown: the sample data's channels, and "other". */
export const LEAD_SOURCES: readonly Localized[] = [...SAMPLE_SOURCES.map((source) => source.name), { "zh-CN": "其他", en: "Other" }];

import type { Localized } from "../../model/locale";
import { SAMPLE_SOURCES } from "../../sample/cast";

/** Words of the Deals sheet: its helper columns' headers and its dropdowns' and checks' messages. */
export const DEALS_COPY = {
  spare: { "zh-CN": "备用列{n}", en: "Spare {n}" },
  valid: { "zh-CN": "有效行", en: "Valid row" },
  furthest: { "zh-CN": "最远阶段序号", en: "Furthest stage #" },
  outcome: { "zh-CN": "标准化状态", en: "Normalized status" },
  cycleDays: { "zh-CN": "成交周期（天）", en: "Cycle days" },
  stayDays: { "zh-CN": "{stage}停留（天）", en: "Days in {stage}" },
  /**
   * The empty Deals sheet's note on A1: {inputs} the input columns (A–P), {spare} the spare ones (Q–AD),
   * {helpers} the first hidden helper column (AE).
   */
  pasteGuide: {
    "zh-CN":
      "在此粘贴交易：从 A2 开始粘贴（不含标题行），每笔交易一行。读取 {inputs} 列，列的顺序与第 1 行标题相同，每个阶段一列日期。" +
      "导出文件右侧多出的列也可以一起粘贴：{spare} 是备用列，不参与任何计算。" +
      "{helpers} 列起是特意隐藏的辅助列，存放统计每笔交易的公式（点击列上方的 + 可展开查看）；请不要粘贴到这些列。",
    en:
      "Paste your deals here: from A2 (without the header row), one row per deal. Columns {inputs} are read, in the order of the headers in row 1, one date column per stage. " +
      "An export with extra columns on the right is fine: columns {spare} are spare and read by nothing. " +
      "The columns from {helpers} on are hidden on purpose: they hold the formulas that count each deal (click + above them to see them); do not paste over them.",
  },
  statusError: { "zh-CN": "请从列表中选择状态", en: "Choose a status from the list" },
  sourceError: { "zh-CN": "请从列表中选择线索来源", en: "Choose a lead source from the list" },
  /** The amount check's alert title (Excel: at most 32 characters). */
  amountErrorTitle: { "zh-CN": "金额须为 0 或以上的数字", en: "Amount: a number, 0 or more" },
  /** The amount check's message (Excel: at most 255 characters): amounts below zero are `amount.negative`. */
  amountError: {
    "zh-CN": "请输入 0 或以上的数字（金额），例如 80000；¥ 由单元格格式显示。退款、冲销不是交易金额，请另行记录",
    en: "Type a number of 0 or more (the amount), e.g. 80000; the currency sign comes from the cell's format. A refund or credit note is not a deal amount: record it elsewhere",
  },
} as const satisfies Record<string, Localized>;

/** Lead sources offered in the Deals sheet's dropdown: the sample data's channels, and "other". */
export const LEAD_SOURCES: readonly Localized[] = [...SAMPLE_SOURCES.map((source) => source.name), { "zh-CN": "其他", en: "Other" }];

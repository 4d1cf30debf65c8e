import type { Locale, Localized } from "../core/model/locale";
import { fillText } from "../core/i18n/fillText";

/** Words of the menu, dialogs and messages the server side shows, zh-CN and en. */
export const UI_TEXT = {
  generate: { "zh-CN": "生成跟踪模板", en: "Generate template" },
  analyze: { "zh-CN": "分析交易（侧边栏）", en: "Analyze deals (sidebar)" },
  help: { "zh-CN": "函数帮助", en: "Function help" },
  sidebarTitle: { "zh-CN": "销售流程优化", en: "Sales process tracker" },
  helpTitle: { "zh-CN": "自定义函数", en: "Custom functions" },
  helpIntro: {
    "zh-CN": "在单元格中输入 =函数名(…)。区域按二维数组传入；出错时单元格显示 #ERROR!，悬停可见原因。",
    en: "Type =NAME(…) in a cell. Ranges are passed as 2-D arrays; on an error the cell shows #ERROR! with the reason on hover.",
  },
  optional: { "zh-CN": "可选", en: "optional" },
  clashTitle: { "zh-CN": "工作表已存在", en: "Sheets already exist" },
  clashPrompt: {
    "zh-CN": "这些工作表已存在，未做任何更改：{sheets}。\n请在侧边栏（分析交易）的“生成模板”中选择“只添加缺少的工作表”或“添加带编号的副本”。",
    en: "These sheets already exist, so nothing was changed: {sheets}.\nOpen the sidebar (Analyze deals) › Generate to add only the missing sheets or a numbered copy.",
  },
  createdTitle: { "zh-CN": "模板已生成", en: "Template generated" },
  created: { "zh-CN": "已添加工作表：{sheets}", en: "Sheets added: {sheets}" },
  notADealLog: {
    "zh-CN": "“{sheet}”不是交易记录：需要首行为阶段名称的交易表，或一列阶段名称。",
    en: '"{sheet}" is not a deal log: expected a table whose first row names the stages, or a column of stage names.',
  },
  tooFewStages: { "zh-CN": "至少需要两个阶段。", en: "At least two stages are needed." },
  tooManyStages: { "zh-CN": "最多 {max} 个阶段。", en: "At most {max} stages." },
  duplicateStage: { "zh-CN": "阶段重复：{stage}", en: "A stage appears twice: {stage}" },
  badSample: { "zh-CN": "示例交易数需为 0 到 {max} 的整数。", en: "Sample deals must be a whole number from 0 to {max}." },
  badRequest: { "zh-CN": "无法读取请求。", en: "The request could not be read." },
} as const satisfies Record<string, Localized>;

export type UiTextKey = keyof typeof UI_TEXT;

/** A UI text in `locale` with `{name}` placeholders filled. */
export function uiText(locale: Locale, key: UiTextKey, values: Readonly<Record<string, string | number>> = {}): string {
  return fillText(UI_TEXT[key][locale], values);
}

/** Both languages at once, for where the user's language cannot be known yet (the menu in AuthMode.NONE). */
export function bilingual(key: UiTextKey): string {
  return `${UI_TEXT[key]["zh-CN"]} · ${UI_TEXT[key].en}`;
}

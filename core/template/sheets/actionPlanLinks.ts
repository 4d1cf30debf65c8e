import type { Locale, Localized } from "../../model/locale";
import type { GoalKind } from "../../sample/goalBaselines";
import { GOALS_COPY } from "./goalsCopy";

/**
 * What an action item needs beyond the seed's tool table: the method's 所需资源 (resources: "training budget, CRM
 * access", seed §3.3) and the Goals-sheet goal it serves (a goal the deal log measures, or customer satisfaction).
 * Kept apart from the items' words (actionPlanCopy.ts) so the two can change separately; one entry per item,
 * in the same order.
 * @example
 * SAMPLE_LINKS[0].goal //=> "conversion" (the lead-scoring standard serves lead → opportunity conversion)
 */
export interface ActionLink {
  readonly resources: Localized;
  /** The Goals sheet's goal the action serves. */
  readonly goal: Exclude<GoalKind, "own">;
}

/** The seed's example row (lead scoring and CRM assignment): the seed's own resources, the conversion goal. */
export const SEED_LINK: ActionLink = {
  resources: { "zh-CN": "市场部行业模板；CRM 系统权限", en: "Marketing's industry template; CRM access" },
  goal: "conversion",
};

/** Resources and goal of each sample item (actionPlanCopy.ts SAMPLE_ITEMS, same order). */
export const SAMPLE_LINKS: readonly ActionLink[] = [
  { resources: { "zh-CN": "市场部行业模板；销售部 1 人配合评审", en: "Marketing's industry template; one salesperson to review it" }, goal: "conversion" },
  { resources: { "zh-CN": "CRM 管理员权限；IT 支持 2 人天", en: "CRM admin access; 2 days of IT support" }, goal: "conversion" },
  { resources: { "zh-CN": "直播平台线索接口；市场部专员 1 名", en: "The live-stream platform's lead feed; one marketing specialist" }, goal: "conversion" },
  { resources: { "zh-CN": "市场部提供行业模板；销售部经理 2 天", en: "An industry template from marketing; 2 days of the sales manager" }, goal: "conversion" },
  { resources: { "zh-CN": "培训预算（每月 5,000 元）；内部讲师 1 名", en: "Training budget (¥5,000 a month); one in-house trainer" }, goal: "conversion" },
  { resources: { "zh-CN": "售前工程师每周 2 小时；CRM 商机看板", en: "2 hours a week of presales; a CRM opportunity board" }, goal: "cycle" },
  { resources: { "zh-CN": "财务审批权限调整；阶梯报价模板", en: "Approval rights changed in finance; a tiered-quote template" }, goal: "cycle" },
  { resources: { "zh-CN": "法务 3 人天；标准合同模板", en: "3 days of legal; a standard contract template" }, goal: "cycle" },
  { resources: { "zh-CN": "售后系统表单；CRM 客户偏好字段", en: "A form in the after-sales system; CRM fields for preferences" }, goal: "satisfaction" },
];

/**
 * The name the Goals sheet shows for a goal (its metric cell, goals.ts), as text: the conversion goal names the
 * first two stages. A dropdown of the Goals sheet's names accepts it.
 * @example
 * goalName("conversion", ["Lead", "Opportunity", "Won"], "en") //=> "Lead→Opportunity conversion"
 */
export function goalName(goal: ActionLink["goal"], stageNames: readonly string[], locale: Locale): string {
  if (goal === "conversion") return `${stageNames[0]}→${stageNames[1]}${GOALS_COPY.conversion[locale]}`;
  return GOALS_COPY[goal][locale];
}

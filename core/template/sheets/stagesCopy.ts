import type { Localized } from "../../model/locale";

/**
 * What the method's step 2 asks for each default stage, in the default stages' order: owner department, input,
 * output, target days and the reference benchmark conversion into the stage (none into the first).
 * @example
 * DEFAULT_STAGE_DETAILS[1].department.en //=> "Sales" (Opportunity)
 */
export const DEFAULT_STAGE_DETAILS: readonly { department: Localized; input: Localized; output: Localized; days: number; benchmark: number | null }[] = [
  {
    department: { "zh-CN": "市场部", en: "Marketing" },
    input: { "zh-CN": "市场部提供的线索名单", en: "Marketing's lead list" },
    output: { "zh-CN": "销售确认接收并分配", en: "Sales confirms receipt and assigns" },
    days: 1,
    benchmark: null,
  },
  {
    department: { "zh-CN": "销售部", en: "Sales" },
    input: { "zh-CN": "已分配线索", en: "Assigned lead" },
    output: { "zh-CN": "需求确认表", en: "Needs confirmation form" },
    days: 7,
    benchmark: 0.6,
  },
  {
    department: { "zh-CN": "销售部、售前", en: "Sales, presales" },
    input: { "zh-CN": "需求确认表", en: "Needs confirmation form" },
    output: { "zh-CN": "解决方案", en: "Solution proposal" },
    days: 10,
    benchmark: 0.7,
  },
  {
    department: { "zh-CN": "销售部、财务部", en: "Sales, finance" },
    input: { "zh-CN": "解决方案", en: "Solution proposal" },
    output: { "zh-CN": "阶梯报价单", en: "Tiered quote" },
    days: 5,
    benchmark: 0.8,
  },
  {
    department: { "zh-CN": "销售部", en: "Sales" },
    input: { "zh-CN": "报价单", en: "Quote" },
    output: { "zh-CN": "合同草案", en: "Draft contract" },
    days: 10,
    benchmark: 0.75,
  },
  {
    department: { "zh-CN": "销售部、法务", en: "Sales, legal" },
    input: { "zh-CN": "合同草案", en: "Draft contract" },
    output: { "zh-CN": "签约合同、客户需求确认表移交售后", en: "Signed contract; needs form handed to after-sales" },
    days: 3,
    benchmark: 0.6,
  },
];

/** Under the Stages sheet's table: its names label every sheet, but the Deals sheet counts by its own headers. */
export const STAGES_NAMES_NOTE: Localized = {
  "zh-CN": "“阶段”列的名称须与“交易”表的阶段列标题一致（各表的阶段名称取自这里，公式则按“交易”表的列计数）。要改阶段，请两处同时改名，或用新的阶段重新生成模板。",
  en: "The names in the Stage column must match the Deals sheet's stage headers (every sheet shows these names; the formulas count by the Deals sheet's columns). To change the stages, rename both, or generate a new template with your stages.",
};

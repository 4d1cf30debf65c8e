import type { Localized } from "../../model/locale";

/** Words of the Action plan sheet. */
export const ACTION_PLAN_COPY = {
  title: { "zh-CN": "流程优化工具表（行动计划）", en: "Process improvement plan (action plan)" },
  note: {
    "zh-CN": "每个环节一行：当前痛点、优化目标（及其对应“目标”表中的哪个目标）、具体措施、责任部门/人、所需资源、时间节点和完成状态。过了时间节点仍未完成的行标红；右侧按阶段和责任人汇总进度（与自定义函数 STATUS_ROLLUP 的结果相同）。",
    en: "One row per step: pain point, goal (and the Goals-sheet goal it serves), measures, owner, resources needed, deadline and status. Rows past their deadline and not done turn red; on the right, progress by stage and by owner (the same as the STATUS_ROLLUP function).",
  },
  painPoint: { "zh-CN": "当前痛点", en: "Pain point" },
  goal: { "zh-CN": "优化目标", en: "Goal" },
  goalLink: { "zh-CN": "对应目标（目标表）", en: "Goal served (Goals sheet)" },
  goalLinkError: { "zh-CN": "请从“目标”表的指标中选择", en: "Choose a goal from the Goals sheet" },
  measures: { "zh-CN": "具体措施", en: "Specific measures" },
  resources: { "zh-CN": "所需资源", en: "Resources needed" },
  goalList: { "zh-CN": "“目标”表中的目标（对应目标的下拉选项）", en: "Goals on the Goals sheet (the Goal column's choices)" },
  owner: { "zh-CN": "责任部门/人", en: "Owner (department / person)" },
  deadline: { "zh-CN": "时间节点", en: "Deadline" },
  status: { "zh-CN": "完成状态", en: "Status" },
  overdue: { "zh-CN": "逾期", en: "Overdue" },
  byStage: { "zh-CN": "按阶段汇总", en: "Progress by stage" },
  byOwner: { "zh-CN": "按责任部门/人汇总", en: "Progress by owner" },
  moreGroups: { "zh-CN": " 个分组未列出（已计入合计）", en: " more groups not listed (counted in the total)" },
  helperCode: { "zh-CN": "状态代码", en: "Status code" },
  helperStageKey: { "zh-CN": "阶段分组", en: "Stage group" },
  helperStageOrdinal: { "zh-CN": "阶段序", en: "Stage order" },
  helperOwnerKey: { "zh-CN": "责任人分组", en: "Owner group" },
  helperOwnerOrdinal: { "zh-CN": "责任人序", en: "Owner order" },
  stageError: { "zh-CN": "请从列表中选择阶段（阶段在“阶段”表中维护）", en: "Choose a stage from the list (the Stages sheet keeps it)" },
  statusError: { "zh-CN": "请选择：未启动、进行中或已完成", en: "Choose Not started, In progress or Done" },
  /** {row} and {count} are filled in by the formula (rowsBelow.ts). */
  itemsBelowRange: {
    "zh-CN": "第 {row} 行以下有 {count} 条行动项未计入：请在表格内（第 {row} 行以上）插入行，并向下填充“逾期”列和隐藏辅助列的公式。",
    en: "Items below row {row} are not counted (found: {count}): insert rows inside the table, above row {row}, and fill the Overdue and hidden helper columns down.",
  },
} as const satisfies Record<string, Localized>;

/** One row of the tool table, before it becomes cells. */
export interface ActionItem {
  /** Index into the stage list (clamped to the list). */
  readonly stage: number;
  readonly painPoint: Localized;
  readonly goal: Localized;
  readonly measures: Localized;
  readonly owner: Localized;
}

const LEAD_PAIN: Localized = { "zh-CN": "线索质量参差不齐，分配耗时长", en: "Uneven lead quality; assignment takes too long" };
const LEAD_GOAL: Localized = { "zh-CN": "线索有效率提升 30%，分配时效 ≤ 1 小时", en: "Valid-lead rate +30%; every lead assigned within 1 hour" };
const NEEDS_PAIN: Localized = { "zh-CN": "需求挖掘不充分，线索→商机转化率低于行业平均", en: "Needs not explored; lead → opportunity conversion below the industry" };
const NEEDS_GOAL: Localized = { "zh-CN": "3 个月内线索→商机转化率从 15% 提升至 25%", en: "Lead → opportunity conversion from 15% to 25% within 3 months" };

/** The seed's example row: lead capture and assignment, both measures, marketing and sales. */
export const SEED_EXAMPLE: ActionItem = {
  stage: 0,
  painPoint: LEAD_PAIN,
  goal: LEAD_GOAL,
  measures: {
    "zh-CN": "1. 市场部专员制定《线索评分标准》（含客户预算、需求紧急度等维度）；2. 引入 CRM 系统自动分配规则（按区域 + 行业匹配）",
    en: "1. Marketing drafts a lead-scoring standard (budget, urgency, …); 2. automatic assignment rules in the CRM (by region + industry)",
  },
  owner: { "zh-CN": "市场部、销售部", en: "Marketing, Sales" },
};

/** Sample rows: the seed's example split by owner, and the measures its five steps name for the other stages. */
export const SAMPLE_ITEMS: readonly ActionItem[] = [
  {
    stage: 0,
    painPoint: LEAD_PAIN,
    goal: LEAD_GOAL,
    measures: { "zh-CN": "市场部专员制定《线索评分标准》（预算、紧迫度、决策权、匹配度）", en: "Marketing drafts a lead-scoring standard (budget, urgency, authority, fit)" },
    owner: { "zh-CN": "市场部", en: "Marketing" },
  },
  {
    stage: 0,
    painPoint: LEAD_PAIN,
    goal: LEAD_GOAL,
    measures: { "zh-CN": "在 CRM 中配置自动分配规则（按区域 + 行业匹配）", en: "Automatic assignment rules in the CRM (by region + industry)" },
    owner: { "zh-CN": "销售部", en: "Sales" },
  },
  {
    stage: 0,
    painPoint: { "zh-CN": "新增直播渠道的线索没有跟进流程", en: "Leads from the new live-stream channel have no follow-up flow" },
    goal: { "zh-CN": "直播线索 24 小时内首次跟进", en: "First contact with live-stream leads within 24 hours" },
    measures: { "zh-CN": "新增“线上直播引流”线索跟进流程", en: "A follow-up flow for live-stream leads" },
    owner: { "zh-CN": "市场部", en: "Marketing" },
  },
  {
    stage: 1,
    painPoint: NEEDS_PAIN,
    goal: NEEDS_GOAL,
    measures: { "zh-CN": "销售部经理牵头制定《客户需求调研清单》", en: "The sales manager drafts a customer needs checklist" },
    owner: { "zh-CN": "销售部", en: "Sales" },
  },
  {
    stage: 1,
    painPoint: NEEDS_PAIN,
    goal: NEEDS_GOAL,
    measures: { "zh-CN": "每周开展 1 次“需求挖掘”情景模拟培训", en: "A weekly role-play training on needs discovery" },
    owner: { "zh-CN": "销售部", en: "Sales" },
  },
  {
    stage: 2,
    painPoint: { "zh-CN": "方案定制周期超预期 3 天", en: "Proposals take 3 days longer than promised" },
    goal: { "zh-CN": "方案阶段停留不超过目标时长", en: "Days in the proposal stage within the target" },
    measures: { "zh-CN": "设立“商机评审会”，售前提前介入", en: "An opportunity review meeting; presales joins early" },
    owner: { "zh-CN": "售前", en: "Presales" },
  },
  {
    stage: 3,
    painPoint: { "zh-CN": "报价审批流程冗余", en: "Redundant quote approvals" },
    goal: { "zh-CN": "审批节点减少 2 个（保留 1 个风控审批）", en: "Two fewer approval steps (one kept for risk control)" },
    measures: { "zh-CN": "合并“初步报价”与“详细报价”为“阶梯报价”", en: "Merge the initial and detailed quotes into one tiered quote" },
    owner: { "zh-CN": "财务部", en: "Finance" },
  },
  {
    stage: 4,
    painPoint: { "zh-CN": "合同条款反复修改，谈判周期长", en: "Contract terms go back and forth; negotiation drags on" },
    goal: { "zh-CN": "谈判阶段停留不超过 10 天", en: "At most 10 days in negotiation" },
    measures: { "zh-CN": "统一合同模板，法务提前审核", en: "A standard contract template, reviewed by legal up front" },
    owner: { "zh-CN": "法务部", en: "Legal" },
  },
  {
    stage: 5,
    painPoint: { "zh-CN": "销售转售后时未同步客户偏好", en: "Customer preferences are not handed to after-sales" },
    goal: { "zh-CN": "移交信息完整率 100%", en: "Every hand-over complete" },
    measures: { "zh-CN": "移交售后时提交《客户需求确认表》", en: "A needs confirmation form at every hand-over" },
    owner: { "zh-CN": "售后部", en: "After-sales" },
  },
];

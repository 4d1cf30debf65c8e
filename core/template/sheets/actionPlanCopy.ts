import type { Localized } from "../../model/locale";
import type { ActionStatus } from "../../model/words";
import { dayFromCivil } from "../../parse/dates";
import type { StoryClaim } from "../../sample/story";

/** Words of the Action plan sheet. */
export const ACTION_PLAN_COPY = {
  title: { "zh-CN": "流程优化工具表（行动计划）", en: "Process improvement plan (action plan)" },
  note: {
    "zh-CN": "每个环节一行：当前痛点、优化目标（及其对应“目标”表中的哪个目标）、具体措施、责任部门/人、所需资源、时间节点和完成状态。过了时间节点仍未完成的行标红；表格上方按阶段和责任人汇总进度（与自定义函数 STATUS_ROLLUP 的结果相同）。",
    en: "One row per step: pain point, goal (and the Goals-sheet goal it serves), measures, owner, resources needed, deadline and status. Rows past their deadline and not done turn red; above the table, progress by stage and by owner (the same as the STATUS_ROLLUP function).",
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

/**
 * What each action item needs (the method's 所需资源, seed §3.3), by item: the seed's example row and the sample rows
 * (SAMPLE_ITEMS, in order); actionPlanLinks.ts pairs each with the Goals-sheet goal it serves.
 * @example
 * ACTION_RESOURCES.seed.en //=> "Marketing's industry template; CRM access"
 */
export const ACTION_RESOURCES = {
  seed: { "zh-CN": "市场部行业模板；CRM 系统权限", en: "Marketing's industry template; CRM access" },
  scoringStandard: { "zh-CN": "市场部行业模板；销售部 1 人配合评审", en: "Marketing's industry template; one salesperson to review it" },
  assignmentRules: { "zh-CN": "CRM 管理员权限；IT 支持 2 人天", en: "CRM admin access; 2 days of IT support" },
  liveStreamFlow: { "zh-CN": "直播平台线索接口；市场部专员 1 名", en: "The live-stream platform's lead feed; one marketing specialist" },
  needsChecklist: { "zh-CN": "市场部提供行业模板；销售部经理 2 天", en: "An industry template from marketing; 2 days of the sales manager" },
  needsTraining: { "zh-CN": "培训预算（每月 5,000 元）；内部讲师 1 名", en: "Training budget (¥5,000 a month); one in-house trainer" },
  opportunityReview: { "zh-CN": "售前工程师每周 2 小时；CRM 商机看板", en: "2 hours a week of presales; a CRM opportunity board" },
  tieredQuote: { "zh-CN": "财务审批权限调整；阶梯报价模板", en: "Approval rights changed in finance; a tiered-quote template" },
  contractTemplate: { "zh-CN": "法务 3 人天；标准合同模板", en: "3 days of legal; a standard contract template" },
  handOverForm: { "zh-CN": "售后系统表单；CRM 客户偏好字段", en: "A form in the after-sales system; CRM fields for preferences" },
} as const satisfies Record<string, Localized>;

/** One row of the tool table, before it becomes cells. */
export interface ActionItem {
  /** Index into the stage list (clamped to the list). */
  readonly stage: number;
  readonly painPoint: Localized;
  readonly goal: Localized;
  readonly measures: Localized;
  readonly owner: Localized;
  /** A sample row's pain point and goal with the sample's figures (`{…}`, core/sample/story.ts), used when every figure is known. */
  readonly told?: { readonly painPoint?: Localized; readonly goal?: Localized };
  /** What the row says of the figures without stating them (checked by test/core/sample/sampleStory.test.ts). */
  readonly claims?: readonly StoryClaim[];
  /** A sample row's status and deadline (a day number), consistent with the sample's as-of date (2026-11-30) and pilot (from 2026-09-01). */
  readonly status?: ActionStatus;
  readonly deadline?: number;
}

const LEAD_PAIN: Localized = { "zh-CN": "线索质量参差不齐，分配耗时长", en: "Uneven lead quality; assignment takes too long" };
const LEAD_GOAL: Localized = { "zh-CN": "线索有效率提升 30%，分配时效 ≤ 1 小时", en: "Valid-lead rate +30%; every lead assigned within 1 hour" };

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

/**
 * The sample's story (issue 13 part 5): the Dashboard finds lead → opportunity the weak step (below its benchmark) and
 * the lead, quote and negotiation stages slower than their targets (the proposal stage is faster); the Goals sheet
 * targets lead → opportunity conversion from the measured baseline; these rows serve it. The pilot team (East 1)
 * works with lead scoring and CRM auto-assignment from 2026-09-01, so both were done before.
 */
const SAMPLE_LEAD_PAIN: Localized = { "zh-CN": "线索分配慢，线索阶段停留超过目标时长", en: "Leads wait to be assigned: longer in the lead stage than the target" };
const SAMPLE_LEAD_PAIN_TOLD: Localized = {
  "zh-CN": "线索分配慢：线索阶段停留中位数 {days:0} 天，目标 {target:0} 天",
  en: "Leads wait to be assigned: median {days:0} days in the lead stage against a {target:0}-day target",
};
const CONVERSION_GOAL: Localized = { "zh-CN": "3 个月内线索→商机转化率提升 10 个百分点（见目标表）", en: "Lead → opportunity conversion up 10 points within 3 months (Goals sheet)" };
const CONVERSION_GOAL_TOLD: Localized = {
  "zh-CN": "3 个月内线索→商机转化率 {goal.baseline} → {goal.target}（目标表）",
  en: "Lead → opportunity conversion {goal.baseline} → {goal.target} within 3 months (Goals sheet)",
};
const NEEDS_PAIN: Localized = { "zh-CN": "需求挖掘不充分，线索→商机转化率低于行业基准", en: "Needs not explored; lead → opportunity conversion below the benchmark" };
const NEEDS_PAIN_TOLD: Localized = {
  "zh-CN": "需求挖掘不充分，线索→商机转化率 {step:1}，低于行业基准 {benchmark:1}",
  en: "Needs not explored; lead → opportunity conversion {step:1}, below the benchmark {benchmark:1}",
};
const day = (year: number, month: number, dayOfMonth: number) => dayFromCivil(year, month, dayOfMonth);

/** Sample rows: the seed's example split by owner, and the measures its five steps name for the other stages. */
export const SAMPLE_ITEMS: readonly ActionItem[] = [
  {
    stage: 0,
    painPoint: SAMPLE_LEAD_PAIN,
    goal: CONVERSION_GOAL,
    measures: { "zh-CN": "市场部专员制定《线索评分标准》（预算、紧迫度、决策权、匹配度）", en: "Marketing drafts a lead-scoring standard (budget, urgency, authority, fit)" },
    owner: { "zh-CN": "市场部", en: "Marketing" },
    told: { painPoint: SAMPLE_LEAD_PAIN_TOLD, goal: CONVERSION_GOAL_TOLD },
    claims: [{ kind: "overTarget", stage: 0 }],
    status: "done",
    deadline: day(2026, 8, 21),
  },
  {
    stage: 0,
    painPoint: SAMPLE_LEAD_PAIN,
    goal: CONVERSION_GOAL,
    measures: { "zh-CN": "在 CRM 中配置自动分配规则（按区域 + 行业匹配）", en: "Automatic assignment rules in the CRM (by region + industry)" },
    owner: { "zh-CN": "销售部", en: "Sales" },
    told: { painPoint: SAMPLE_LEAD_PAIN_TOLD, goal: CONVERSION_GOAL_TOLD },
    claims: [{ kind: "overTarget", stage: 0 }],
    status: "done",
    deadline: day(2026, 8, 28),
  },
  {
    stage: 0,
    painPoint: { "zh-CN": "直播渠道的线索转商机率低于其他来源", en: "Live-stream leads become opportunities less often than other sources' leads" },
    goal: { "zh-CN": "直播线索 24 小时内首次跟进", en: "First contact with live-stream leads within 24 hours" },
    measures: { "zh-CN": "新增“线上直播引流”线索跟进流程", en: "A follow-up flow for live-stream leads" },
    owner: { "zh-CN": "市场部", en: "Marketing" },
    told: {
      painPoint: {
        "zh-CN": "直播渠道开通首两个月线索转商机率 {live.rate}，其他来源 {others.rate}",
        en: "In the live-stream channel's first two months {live.rate} of its leads became opportunities, {others.rate} of other sources'",
      },
    },
    claims: [{ kind: "liveStreamBelowOthers" }],
    status: "inProgress",
    deadline: day(2026, 12, 15),
  },
  {
    stage: 1,
    painPoint: NEEDS_PAIN,
    goal: CONVERSION_GOAL,
    measures: { "zh-CN": "销售部经理牵头制定《客户需求调研清单》", en: "The sales manager drafts a customer needs checklist" },
    owner: { "zh-CN": "销售部", en: "Sales" },
    told: { painPoint: NEEDS_PAIN_TOLD, goal: CONVERSION_GOAL_TOLD },
    claims: [{ kind: "belowBenchmark", stage: 1 }],
    status: "done",
    deadline: day(2026, 9, 30),
  },
  {
    stage: 1,
    painPoint: NEEDS_PAIN,
    goal: CONVERSION_GOAL,
    measures: { "zh-CN": "每周开展 1 次“需求挖掘”情景模拟培训", en: "A weekly role-play training on needs discovery" },
    owner: { "zh-CN": "销售部", en: "Sales" },
    told: { painPoint: NEEDS_PAIN_TOLD, goal: CONVERSION_GOAL_TOLD },
    claims: [{ kind: "belowBenchmark", stage: 1 }],
    status: "inProgress",
    deadline: day(2026, 12, 31),
  },
  {
    stage: 1,
    painPoint: { "zh-CN": "线索之后丢单最多的是商机阶段：需求未确认就推进", en: "After the lead stage, most deals are lost at Opportunity: pushed on before the needs are confirmed" },
    goal: { "zh-CN": "商机阶段丢单逐月减少（见月度复盘）", en: "Fewer deals lost at Opportunity month by month (Reviews)" },
    measures: { "zh-CN": "设立“商机评审会”，售前提前介入", en: "An opportunity review meeting; presales joins early" },
    owner: { "zh-CN": "售前", en: "Presales" },
    claims: [{ kind: "topLossAfterFirst", stage: 1 }],
    status: "done",
    deadline: day(2026, 10, 31),
  },
  {
    stage: 3,
    painPoint: { "zh-CN": "报价审批流程冗余，报价阶段停留超过目标时长", en: "Redundant quote approvals: longer in the quote stage than the target" },
    goal: { "zh-CN": "审批节点减少 2 个（保留 1 个风控审批）", en: "Two fewer approval steps (one kept for risk control)" },
    measures: { "zh-CN": "合并“初步报价”与“详细报价”为“阶梯报价”", en: "Merge the initial and detailed quotes into one tiered quote" },
    owner: { "zh-CN": "财务部", en: "Finance" },
    told: {
      painPoint: {
        "zh-CN": "报价审批流程冗余：报价阶段停留中位数 {days:3} 天，比目标 {target:3} 天多 {over:3} 天",
        en: "Redundant quote approvals: median {days:3} days in the quote stage, {over:3} days over the {target:3}-day target",
      },
      goal: {
        "zh-CN": "报价阶段不超过 {target:3} 天：审批节点减少 2 个（保留 1 个风控审批）",
        en: "At most {target:3} days in the quote stage: two fewer approval steps (one kept for risk control)",
      },
    },
    claims: [{ kind: "overTarget", stage: 3 }],
    status: "inProgress",
    deadline: day(2026, 11, 20),
  },
  {
    stage: 4,
    painPoint: { "zh-CN": "合同条款反复修改，谈判阶段停留超过目标时长", en: "Contract terms go back and forth: longer in negotiation than the target" },
    goal: { "zh-CN": "谈判阶段停留不超过目标时长", en: "Negotiation within its target days" },
    measures: { "zh-CN": "统一合同模板，法务提前审核", en: "A standard contract template, reviewed by legal up front" },
    owner: { "zh-CN": "法务部", en: "Legal" },
    told: {
      painPoint: {
        "zh-CN": "合同条款反复修改：谈判阶段停留中位数 {days:4} 天，目标 {target:4} 天",
        en: "Contract terms go back and forth: median {days:4} days in negotiation against a {target:4}-day target",
      },
      goal: { "zh-CN": "谈判阶段停留不超过 {target:4} 天", en: "At most {target:4} days in negotiation" },
    },
    claims: [{ kind: "overTarget", stage: 4 }],
    status: "notStarted",
    deadline: day(2026, 12, 31),
  },
  {
    stage: 5,
    painPoint: { "zh-CN": "销售转售后时未同步客户偏好", en: "Customer preferences are not handed to after-sales" },
    goal: { "zh-CN": "移交信息完整率 100%", en: "Every hand-over complete" },
    measures: { "zh-CN": "移交售后时提交《客户需求确认表》", en: "A needs confirmation form at every hand-over" },
    owner: { "zh-CN": "售后部", en: "After-sales" },
    status: "notStarted",
    deadline: day(2027, 1, 15),
  },
];

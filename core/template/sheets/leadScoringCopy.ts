import type { Localized } from "../../model/locale";

/** Words of the Lead scoring sheet: title, note, the standard's and the rules' labels, the lead table's headers and flags. */
export const LEAD_SCORING_COPY = {
  title: { "zh-CN": "线索评分与分配", en: "Lead scoring and assignment" },
  note: {
    "zh-CN": "《线索评分标准》：每条线索按四个维度打 1–5 分，得分 = 各维度分数 × 权重之和（满分 5 分），按阈值分为 A/B/C 级；每条线索须在分配时限（1 小时）内分配到人，超时标红。",
    en: "The lead-scoring standard: score each lead 1–5 on four dimensions; score = the weighted sum (out of 5), graded A/B/C by the thresholds; every lead is assigned within the time limit (1 hour), late ones turn red.",
  },
  standard: { "zh-CN": "评分标准", en: "Scoring standard" },
  dimension: { "zh-CN": "维度", en: "Dimension" },
  weight: { "zh-CN": "权重", en: "Weight" },
  question: { "zh-CN": "判断问题", en: "Question" },
  low: { "zh-CN": "1 分", en: "1 point" },
  high: { "zh-CN": "5 分", en: "5 points" },
  weightTotal: { "zh-CN": "权重合计（应为 100%）", en: "Total weight (= 100%)" },
  rules: { "zh-CN": "评级与分配规则", en: "Grades and assignment rule" },
  gradeA: { "zh-CN": "A 级：得分 ≥", en: "Grade A: score ≥" },
  gradeB: { "zh-CN": "B 级：得分 ≥", en: "Grade B: score ≥" },
  gradeC: { "zh-CN": "C 级：低于 B 级阈值", en: "Grade C: below the B threshold" },
  limit: { "zh-CN": "分配时限（小时）", en: "Time to assign (hours)" },
  limitNote: { "zh-CN": "分配时限 1 小时：从收到线索到分配给销售", en: "Assign within 1 hour: from receiving the lead to assigning it to a rep" },
  table: { "zh-CN": "线索评分表", en: "Lead scores" },
  weights: { "zh-CN": "权重 →", en: "Weights →" },
  lead: { "zh-CN": "线索（客户）", en: "Lead (customer)" },
  source: { "zh-CN": "来源", en: "Source" },
  receivedAt: { "zh-CN": "收到时间", en: "Received at" },
  assignedAt: { "zh-CN": "分配时间", en: "Assigned at" },
  score: { "zh-CN": "得分", en: "Score" },
  grade: { "zh-CN": "等级", en: "Grade" },
  hours: { "zh-CN": "分配用时（小时）", en: "Hours to assign" },
  withinLimit: { "zh-CN": "是否超时", en: "Within the limit?" },
  late: { "zh-CN": "超时", en: "Late" },
  onTime: { "zh-CN": "按时", en: "On time" },
  scoreError: { "zh-CN": "请填写 1–5 的整数分", en: "Score 1 to 5" },
} as const satisfies Record<string, Localized>;

/**
 * The four dimensions of the seed's lead-scoring standard (budget, urgency, authority, fit), in the sheet's order:
 * name, default weight (summing to 100%), the question it asks and what 1 and 5 points mean.
 * @example
 * SCORING_DIMENSIONS[0].name.en //=> "Budget" (weight 0.3)
 */
export const SCORING_DIMENSIONS: readonly { name: Localized; weight: number; question: Localized; low: Localized; high: Localized }[] = [
  {
    name: { "zh-CN": "预算", en: "Budget" },
    weight: 0.3,
    question: { "zh-CN": "客户是否有明确预算？", en: "Does the customer have a budget?" },
    low: { "zh-CN": "没有预算", en: "No budget" },
    high: { "zh-CN": "预算已批准且足够", en: "Approved and sufficient" },
  },
  {
    name: { "zh-CN": "紧迫度", en: "Urgency" },
    weight: 0.25,
    question: { "zh-CN": "需求有多紧急？", en: "How urgent is the need?" },
    low: { "zh-CN": "一年后再说", en: "Maybe next year" },
    high: { "zh-CN": "本季度必须解决", en: "Must be solved this quarter" },
  },
  {
    name: { "zh-CN": "决策权", en: "Authority" },
    weight: 0.25,
    question: { "zh-CN": "联系人能否拍板？", en: "Can the contact decide?" },
    low: { "zh-CN": "只是收集信息", en: "Only gathering information" },
    high: { "zh-CN": "决策人本人", en: "The decision-maker" },
  },
  {
    name: { "zh-CN": "匹配度", en: "Fit" },
    weight: 0.2,
    question: { "zh-CN": "需求与我们的产品匹配吗？", en: "Does the need fit our product?" },
    low: { "zh-CN": "基本不匹配", en: "Hardly" },
    high: { "zh-CN": "完全匹配目标行业和规模", en: "Our target industry and size exactly" },
  },
];

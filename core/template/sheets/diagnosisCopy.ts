import type { Localized } from "../../model/locale";
import type { StoryClaim } from "../../sample/story";
import { TEMPLATE_LABELS } from "../labels";

/** Words of the Diagnosis sheet: title, notes, the tables' headers, the metrics' words and the dropdowns' errors. */
export const DIAGNOSIS_COPY = {
  title: { "zh-CN": "现状诊断", en: "Diagnosis" },
  note: {
    "zh-CN": "第一步：用近 6–12 个月的数据、匿名问卷和 3–5 个案例访谈（赢单、丢单各半）找准“病根”，锁定 3–5 个核心问题。“我们的数值”链接仪表盘，差距为不利方向时标红。",
    en: "Step 1: use 6–12 months of data, an anonymous survey and 3–5 case interviews (half won, half lost) to find the root causes and pick 3–5 core problems. \"Our value\" links to the Dashboard; gaps in the wrong direction are red.",
  },
  problems: { "zh-CN": "核心问题", en: "Core problems" },
  problem: { "zh-CN": "问题", en: "Problem" },
  metric: { "zh-CN": "指标", en: "Metric" },
  ourValue: { "zh-CN": "我们的数值", en: "Our value" },
  benchmark: { "zh-CN": "参考基准", en: "Reference benchmark" },
  evidence: { "zh-CN": "证据", en: "Evidence" },
  rootCause: { "zh-CN": "根本原因", en: "Root cause" },
  conversion: { "zh-CN": "转化率", en: " step conversion" },
  stayMedian: { "zh-CN": "停留中位数（天）", en: ": median days in stage" },
  cycle: TEMPLATE_LABELS.cycleMedian,
  winRate: { "zh-CN": "赢单率", en: "Win rate" },
  survey: { "zh-CN": "匿名问卷（销售团队）", en: "Anonymous survey (sales team)" },
  surveyNote: {
    "zh-CN": "每位受访者一行；第 1 题从阶段中选择，右侧自动统计票数。",
    en: "One row per respondent; question 1 picks a stage, tallied on the right.",
  },
  respondent: { "zh-CN": "受访者", en: "Respondent" },
  question1: { "zh-CN": "你认为当前销售流程中最耗时的环节是？", en: "Which step of the sales process takes longest?" },
  question2: { "zh-CN": "哪些跨部门协作问题最影响效率？", en: "Which cross-team problem hurts most?" },
  votes: { "zh-CN": "票数", en: "Votes" },
  interviews: { "zh-CN": "案例访谈记录", en: "Case interviews" },
  interviewNote: { "zh-CN": "选 3–5 个典型客户案例，赢单与丢单各半。", en: "3–5 typical cases, half won and half lost." },
  case: { "zh-CN": "案例（客户）", en: "Case (customer)" },
  outcome: { "zh-CN": "赢单/丢单", en: "Won / lost" },
  interviewee: { "zh-CN": "访谈对象", en: "Interviewed" },
  findings: { "zh-CN": "发现", en: "Findings" },
  stageError: { "zh-CN": "请从列表中选择阶段", en: "Choose a stage from the list" },
  outcomeError: { "zh-CN": "请选择：赢单或丢单", en: "Choose Won or Lost" },
} as const satisfies Record<string, Localized>;

/** The method's example words of one core problem, filled in with sample data, and what they claim of the sample's figures. */
export interface ProblemExample {
  readonly problem: Localized;
  readonly evidence: Localized;
  readonly rootCause: Localized;
  /** A typed-in benchmark (for a problem whose benchmark no sheet computes). */
  readonly benchmark?: number;
  /** What the words say of the figures without stating them (checked by test/core/sample/sampleStory.test.ts). */
  readonly claims?: readonly StoryClaim[];
}

/**
 * The core problems' example words, top to bottom as the Diagnosis sheet lists them (a template with few stages
 * drops the first time-in-stage problem).
 * @example
 * PROBLEM_EXAMPLES.cycle.problem.en //=> "The sales cycle is too long"
 */
export const PROBLEM_EXAMPLES = {
  /** Lead → opportunity conversion below the benchmark (the second stage's). */
  conversion: {
    problem: { "zh-CN": "线索转商机率低", en: "Few leads become opportunities" },
    evidence: { "zh-CN": "“线索-商机”转化率低于行业基准", en: "Lead → opportunity conversion below the industry benchmark" },
    rootCause: { "zh-CN": "需求挖掘不充分；线索质量参差不齐", en: "Needs not explored; uneven lead quality" },
    claims: [{ kind: "belowBenchmark", stage: 1 }],
  },
  /** Quote approvals take longer than the target (the 4th stage, or the latest timed one below it: stayStages). */
  quoteApprovals: {
    problem: { "zh-CN": "报价审批流程冗余", en: "Redundant quote approvals" },
    evidence: { "zh-CN": "报价需经初步报价、详细报价两轮审批", en: "Quotes pass two approval rounds, initial and detailed" },
    rootCause: { "zh-CN": "“初步报价”与“详细报价”重复", en: "The initial and detailed quotes duplicate each other" },
    claims: [{ kind: "overTarget", stage: 3 }],
  },
  /** Contract negotiation takes longer than the target (the 5th stage, or the latest timed one below it). */
  negotiation: {
    problem: { "zh-CN": "合同谈判周期长", en: "Contract negotiation drags on" },
    evidence: { "zh-CN": "合同条款反复修改，法务在最后才审核（问卷最耗时环节第一）", en: "Contract terms go back and forth; legal reviews only at the end (top answer in the survey)" },
    rootCause: { "zh-CN": "没有统一的合同模板，法务介入晚", en: "No standard contract template; legal joins late" },
    claims: [{ kind: "overTarget", stage: 4 }, { kind: "surveyTop", stage: 4 }],
  },
  /** The sales cycle is longer than the sum of the stages' target days. */
  cycle: {
    problem: { "zh-CN": "销售周期过长", en: "The sales cycle is too long" },
    evidence: { "zh-CN": "从线索到成交的耗时超过各阶段目标时长之和", en: "Lead-to-deal time above the sum of the stages' target days" },
    rootCause: { "zh-CN": "部门间交接等待，客户需求传递不及时", en: "Waiting at hand-overs; needs passed on late" },
    claims: [{ kind: "cycleOverTarget" }],
  },
  /** A low win rate, against a typed-in benchmark of 25%. */
  winRate: {
    problem: { "zh-CN": "赢单率偏低且因人而异", en: "Low win rate that swings with individuals" },
    evidence: { "zh-CN": "丢单多发生在线索阶段；业绩依赖个人能力", en: "Most losses come at the lead stage; results depend on individuals" },
    rootCause: { "zh-CN": "跟进标准不统一，成功经验难以复制", en: "No common follow-up standard; success is hard to repeat" },
    benchmark: 0.25,
    claims: [{ kind: "topLoss", stage: 0 }, { kind: "winRateBelow", share: 0.25 }],
  },
} as const satisfies Record<string, ProblemExample>;

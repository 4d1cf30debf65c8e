import type { Localized } from "../model/locale";
import type { SheetKey } from "./types";

/** Sheet names, zh-CN and en. */
export const SHEET_NAMES: Readonly<Record<SheetKey, Localized>> = {
  guide: { "zh-CN": "使用指南", en: "Guide" },
  stages: { "zh-CN": "阶段", en: "Stages" },
  deals: { "zh-CN": "交易", en: "Deals" },
  dashboard: { "zh-CN": "仪表盘", en: "Dashboard" },
  processMap: { "zh-CN": "流程地图", en: "Process map" },
  diagnosis: { "zh-CN": "问题诊断", en: "Diagnosis" },
  actionPlan: { "zh-CN": "行动计划", en: "Action plan" },
  goals: { "zh-CN": "目标", en: "Goals" },
  pilot: { "zh-CN": "试点", en: "Pilot" },
  reviews: { "zh-CN": "月度复盘", en: "Reviews" },
  leadScoring: { "zh-CN": "线索评分", en: "Lead scoring" },
  segments: { "zh-CN": "分组对比", en: "Segments" },
};

/** Words more than one sheet writes: table headers and the names of the key figures. */
export const TEMPLATE_LABELS = {
  position: { "zh-CN": "序号", en: "#" },
  stage: { "zh-CN": "阶段", en: "Stage" },
  department: { "zh-CN": "责任部门", en: "Owner department" },
  input: { "zh-CN": "输入", en: "Input" },
  output: { "zh-CN": "输出", en: "Output" },
  targetDays: { "zh-CN": "目标时长（天）", en: "Target days" },
  /** A benchmark is a reference value the manager replaces with the company's own (DECISIONS: words). */
  benchmark: { "zh-CN": "参考基准转化率", en: "Reference benchmark" },
  /** The Stages sheet's header over the typed-in benchmarks. */
  benchmarkInput: { "zh-CN": "参考基准转化率（请替换为贵公司的数据）", en: "Reference benchmark conversion (replace with your own)" },
  gap: { "zh-CN": "差距", en: "Gap" },
  winRate: { "zh-CN": "赢单率", en: "Win rate" },
  cycleMedian: { "zh-CN": "成交周期中位数（天）", en: "Cycle time, median (days)" },
  cycleMean: { "zh-CN": "平均成交周期（天）", en: "Cycle time, mean (days)" },
  cycleP90: { "zh-CN": "成交周期 P90（天）", en: "Cycle time, P90 (days)" },
  cycleCount: { "zh-CN": "计入周期的赢单数", en: "Won deals timed" },
  openDeals: { "zh-CN": "进行中交易数", en: "Open deals" },
  // zh-CN amounts are in 元 (the Deals sheet's amount check says ¥); en names no currency (the amounts' own).
  meanWonAmount: { "zh-CN": "赢单平均金额（元）", en: "Mean won amount" },
  velocity: { "zh-CN": "管道速度（元/天）", en: "Pipeline velocity, per day" },
  dealsCounted: { "zh-CN": "计入交易数", en: "Deals counted" },
} as const satisfies Record<string, Localized>;

import type { Localized } from "../model/locale";
import { SAMPLE_SOURCES } from "../sample/cast";
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
};

/** Words of the Stages, Deals and Dashboard sheets. */
export const TEMPLATE_LABELS = {
  position: { "zh-CN": "序号", en: "#" },
  stage: { "zh-CN": "阶段", en: "Stage" },
  department: { "zh-CN": "责任部门", en: "Owner department" },
  input: { "zh-CN": "输入", en: "Input" },
  output: { "zh-CN": "输出", en: "Output" },
  targetDays: { "zh-CN": "目标时长（天）", en: "Target days" },
  benchmark: { "zh-CN": "行业基准转化率", en: "Benchmark conversion" },
  valid: { "zh-CN": "有效行", en: "Valid row" },
  furthest: { "zh-CN": "最远阶段序号", en: "Furthest stage #" },
  outcome: { "zh-CN": "标准化状态", en: "Normalized status" },
  cycleDays: { "zh-CN": "成交周期（天）", en: "Cycle days" },
  stayDays: { "zh-CN": "{stage}停留（天）", en: "Days in {stage}" },
  dashboardTitle: { "zh-CN": "销售漏斗仪表盘", en: "Sales funnel dashboard" },
  dashboardNote: {
    "zh-CN": "全部由公式计算：在“交易”表录入数据即自动更新，无需加载项。差距为负的阶段标红。流失节点只列最后阶段之前的各阶段：状态为丢单却有最后阶段日期的交易计为丢单，但不计入任何节点（“交易”表中其状态标为黄色，请核对）。录入交易前，部分数字显示 #DIV/0!、#VALUE! 或 #NUM!（尚无数据可算），录入后即正常显示。",
    en: "All native formulas: fill in the Deals sheet and this page updates, no add-in needed. Stages below their benchmark are red. Loss points list every stage but the last: a deal marked lost with a date in the last stage counts as lost but at no stage (its status is yellow on the Deals sheet: check it). Until deals are entered, some figures show #DIV/0!, #VALUE! or #NUM! (nothing to count yet).",
  },
  /** The Dashboard's warning about deals typed below the Deals sheet's prepared rows; {row} and {count} are filled in by the formula. */
  dealsBelowRange: {
    "zh-CN": "“交易”表第 {row} 行以下有 {count} 笔交易未计入：请在表格内（第 {row} 行以上）插入行，并向下填充右侧辅助列的公式。",
    en: "Deals below row {row} of the Deals sheet are not counted (found: {count}): insert rows inside the table, above row {row}, and fill the helper columns down.",
  },
  funnel: { "zh-CN": "销售漏斗", en: "Funnel" },
  reached: { "zh-CN": "到达数", en: "Reached" },
  stepConversion: { "zh-CN": "阶段转化率", en: "Step conversion" },
  overallConversion: { "zh-CN": "累计转化率", en: "Overall conversion" },
  dropOff: { "zh-CN": "流失数", en: "Drop-off" },
  gap: { "zh-CN": "差距", en: "Gap" },
  lost: { "zh-CN": "丢单数", en: "Lost" },
  lostShare: { "zh-CN": "丢单占比", en: "Share of lost" },
  stayMedian: { "zh-CN": "停留中位数（天）", en: "Median days in stage" },
  stayMean: { "zh-CN": "平均停留（天）", en: "Mean days in stage" },
  stayCount: { "zh-CN": "停留笔数", en: "Deals timed" },
  keyFigures: { "zh-CN": "关键指标", en: "Key figures" },
  figure: { "zh-CN": "指标", en: "Figure" },
  value: { "zh-CN": "数值", en: "Value" },
  winRate: { "zh-CN": "赢单率", en: "Win rate" },
  cycleMedian: { "zh-CN": "成交周期中位数（天）", en: "Cycle time, median (days)" },
  cycleMean: { "zh-CN": "平均成交周期（天）", en: "Cycle time, mean (days)" },
  cycleP90: { "zh-CN": "成交周期 P90（天）", en: "Cycle time, P90 (days)" },
  cycleCount: { "zh-CN": "计入周期的赢单数", en: "Won deals timed" },
  openDeals: { "zh-CN": "进行中交易数", en: "Open deals" },
  meanWonAmount: { "zh-CN": "赢单平均金额", en: "Mean won amount" },
  velocity: { "zh-CN": "管道速度（金额/天）", en: "Pipeline velocity (amount per day)" },
  dealsCounted: { "zh-CN": "计入交易数", en: "Deals counted" },
  funnelChart: { "zh-CN": "销售漏斗", en: "Sales funnel" },
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

import type { Localized } from "../../model/locale";
import { TEMPLATE_LABELS } from "../labels";

/** Words of the Goals sheet: title, notes, the goal table's headers, the metrics and their notes. */
export const GOALS_COPY = {
  title: { "zh-CN": "SMART 目标", en: "SMART goals" },
  note: {
    "zh-CN": "目标进度 = (当前值 − 基线) ÷ (目标 − 基线)，下降型目标（如周期 45→30 天）同样适用；时间进度 = (统计日期 − 开始日期) ÷ (截止日期 − 开始日期)，限定在 0%–100%；目标进度 ≥ 时间进度即“按计划”。当前值按各目标自己的周期（开始日期 → 统计日期）由交易表计算，满意度等请手动填写。",
    en: "Progress = (current − baseline) ÷ (target − baseline), for falling goals too (cycle 45 → 30 days); time elapsed = (as-of date − start) ÷ (deadline − start), kept within 0%–100%; on track when progress ≥ time elapsed. Current values are computed from the Deals sheet over each goal's own period (start → as-of date); type in the others (e.g. satisfaction).",
  },
  asOf: { "zh-CN": "统计日期", en: "As-of date" },
  /** The on-track column's words. */
  onTrackYes: { "zh-CN": "按计划", en: "On track" },
  onTrackNo: { "zh-CN": "落后", en: "Behind" },
  asOfNote: {
    "zh-CN": "整本工作簿的统计日期：目标的当前值与时间进度、行动计划的“逾期”都按此日期计算；可改为任意日期，或输入 =TODAY() 取今天。",
    en: "The whole workbook's as-of date: goals' current values and time elapsed, and the action plan's \"overdue\", are measured on this day; type any date, or =TODAY() for today.",
  },
  metric: { "zh-CN": "指标", en: "Metric" },
  baseline: { "zh-CN": "基线", en: "Baseline" },
  target: { "zh-CN": "目标", en: "Target" },
  start: { "zh-CN": "开始日期", en: "Start" },
  deadline: { "zh-CN": "截止日期", en: "Deadline" },
  current: { "zh-CN": "当前值", en: "Current" },
  progress: { "zh-CN": "目标进度", en: "Progress" },
  elapsed: { "zh-CN": "时间进度", en: "Time elapsed" },
  onTrack: { "zh-CN": "是否按计划", en: "On track?" },
  notes: { "zh-CN": "说明", en: "Notes" },
  conversion: { "zh-CN": "转化率", en: " conversion" },
  cycle: TEMPLATE_LABELS.cycleMedian,
  winRate: TEMPLATE_LABELS.winRate,
  satisfaction: { "zh-CN": "客户满意度（满分 5 分）", en: "Customer satisfaction (out of 5)" },
  /**
   * What a computed current value counts ({from} and {to}: the first two stages, following the Stages sheet; {days}:
   * the Dashboard's median days in {from}, the days a lead needs before it counts).
   */
  periodConversion: {
    "zh-CN":
      "开始日期至统计日期之间进入{from}的交易中，推进到{to}的比例（未填开始日期：统计日期前的全部交易）。只计已满 {days} 天的线索（{from}停留天数中位数）：更近的线索还没来得及转化；基线请按同一规则",
    en: "Of the deals that entered {from} from the start to the as-of date, the share that reached {to} (no start date: every deal up to the as-of date). Counts leads at least {days} days old (the median days in {from}): newer ones have not had time to convert; measure the baseline the same way",
  },
  periodCycle: {
    "zh-CN": "开始日期至统计日期之间赢单的交易的成交周期中位数（天）",
    en: "Median cycle (days) of the deals won from the start to the as-of date",
  },
  periodWinRate: {
    "zh-CN": "开始日期至统计日期之间结束（赢单或丢单）的交易的赢单率；丢单按其最后一个阶段日期计",
    en: "Win rate of the deals closed (won or lost) from the start to the as-of date; a lost deal closes on its last stage date",
  },
  /** The hidden helper column's header. */
  helperCycle: { "zh-CN": "辅助：周期内赢单的周期天数", en: "Helper: cycle days if won in the period" },
  byHand: { "zh-CN": "手动填写（如季度客户调研）", en: "Typed in (e.g. the quarterly customer survey)" },
  own: { "zh-CN": "自定义目标：填写指标、基线、目标、日期和当前值", en: "Your own goal: metric, baseline, target, dates and current value" },
} as const satisfies Record<string, Localized>;

import type { Localized } from "../../model/locale";
import type { StoryClaim } from "../../sample/story";
import { TEMPLATE_LABELS } from "../labels";

/** Words of the Reviews sheet: the lead-month cohort, the close-month review, the month states, the lost reasons. */
export const REVIEWS_COPY = {
  title: { "zh-CN": "月度复盘", en: "Monthly reviews" },
  note: {
    "zh-CN": "每月召开销售流程复盘会。上表按线索日期（第一个阶段的日期）统计当月进入的交易（线索批次）；下表按结单月份统计：当月新线索、当月赢单（成交日期）和丢单（最后到达阶段的日期）、仍在跟进、赢单率、当月赢单的成交周期中位数、与上月和目标相比的变化、主要丢单阶段（第一阶段之后丢单最多的阶段）和主要丢单原因。在上表右侧写下结论和调整，每季度据此微调流程。第一个月份可以修改（其余月份随之变化）。",
    en: "Hold a monthly process review. The top table counts the deals whose lead (first-stage) date falls in each month (the lead cohort); the bottom one counts by close month: the month's new leads, deals won (won date) and lost (date of the stage they stopped at), still open, win rate, median cycle of the month's won deals, the change on last month and on the goal, the top loss point (the stage after the first where most were lost) and the top lost reason. Write findings and adjustments beside the top table; tweak the process each quarter. The first month is yours to change (the others follow it).",
  },
  maturityNote: {
    "zh-CN": "按统计日期（目标表）判断：当月未结束为“本月进行中”；线索批次在月末加上成交周期中位数之前为“成熟中”（交易仍在推进，数字还会变化，不是失败）。“—”表示没有可统计的交易。",
    en: "Measured on the as-of date (Goals sheet): a month not yet over is \"in progress\"; a lead cohort is \"maturing\" until its month end plus the median cycle (its deals are still moving: not a failure). \"—\" means nothing to count.",
  },
  month: { "zh-CN": "月份", en: "Month" },
  deals: { "zh-CN": "当月线索交易数", en: "Deals (lead this month)" },
  won: { "zh-CN": "赢单", en: "Won" },
  lost: { "zh-CN": "丢单", en: "Lost" },
  winRate: { "zh-CN": "赢单率", en: "Win rate" },
  cycleMedian: TEMPLATE_LABELS.cycleMedian,
  biggestDrop: { "zh-CN": "主要丢单阶段", en: "Top loss point" },
  state: { "zh-CN": "状态", en: "State" },
  notes: { "zh-CN": "复盘结论", en: "Notes" },
  adjustments: { "zh-CN": "调整措施", en: "Adjustments" },
  nextMonth: { "zh-CN": "下月首日", en: "Next month" },
  lostAt: { "zh-CN": "丢于{stage}", en: "Lost at {stage}" },
  leadKey: { "zh-CN": "线索月·周期键", en: "Lead month, cycle key" },
  closeKey: { "zh-CN": "成交月·周期键", en: "Won month, cycle key" },
  closeTitle: { "zh-CN": "按结单月份复盘", en: "Review by close month" },
  newLeads: { "zh-CN": "当月新线索", en: "New leads" },
  closedWon: { "zh-CN": "当月赢单", en: "Won this month" },
  closedLost: { "zh-CN": "当月丢单", en: "Lost this month" },
  stillOpen: { "zh-CN": "新线索中仍在跟进", en: "New leads still open" },
  wonCycleMedian: { "zh-CN": "当月赢单周期中位数（天）", en: "Median cycle of won (days)" },
  topReason: { "zh-CN": "主要丢单原因", en: "Top lost reason" },
  vsLastMonth: { "zh-CN": "赢单率较上月", en: "Win rate vs last month" },
  vsGoal: { "zh-CN": "赢单率较目标", en: "Win rate vs goal" },
  reasonCount: { "zh-CN": "原因{n}", en: "Reason {n}" },
  reasonsTitle: { "zh-CN": "统计的丢单原因（与交易表的写法一致，可修改）", en: "Lost reasons counted (as written in the Deals sheet; edit freely)" },
  /** Where a month stands on the as-of date (core/report/monthlyReview.ts MonthState). */
  states: {
    future: { "zh-CN": "未到", en: "Not yet" },
    inProgress: { "zh-CN": "本月进行中", en: "In progress" },
    maturing: { "zh-CN": "成熟中", en: "Maturing" },
    complete: { "zh-CN": "已完整", en: "Complete" },
  },
} as const satisfies Record<string, Localized | Record<string, Localized>>;

/**
 * The sample's review notes: the live-stream channel after its first two months (the month after it opened,
 * core/sample/story.ts: its figures in `told`, checked with `claims` by test/core/sample/sampleStory.test.ts), the
 * pilot's start, and the latest month, still maturing: a note and an adjustment each, beside the lead cohort's month.
 * @example
 * SAMPLE_NOTES[1].at //=> "pilot" (the month the pilot starts, core/sample/market.ts pilotStartDay)
 */
export const SAMPLE_NOTES: readonly { at: "liveStream" | "pilot" | "last"; note: Localized; told?: Localized; claims?: readonly StoryClaim[]; adjustment: Localized }[] = [
  {
    at: "liveStream",
    note: { "zh-CN": "直播渠道开通两个月：线索转商机率低于其他来源", en: "Live stream, two months in: its leads become opportunities less often than other sources'" },
    told: {
      "zh-CN": "直播渠道开通两个月：{live.leads} 条线索，转商机率 {live.rate}，其他来源 {others.rate}",
      en: "Live stream, two months in: {live.leads} leads, {live.rate} became opportunities ({others.rate} of other sources')",
    },
    claims: [{ kind: "liveStreamBelowOthers" }],
    adjustment: { "zh-CN": "为直播线索单独设计跟进流程（季度微调）", en: "A follow-up flow of its own for live-stream leads (quarterly tweak)" },
  },
  {
    at: "pilot",
    note: { "zh-CN": "华东一组开始试点：线索评分 + CRM 自动分配", en: "East 1 starts the pilot: lead scoring + CRM auto-assignment" },
    adjustment: { "zh-CN": "每周对比试点与其他团队的商机→成交转化率", en: "Compare opportunity → deal conversion with the other teams weekly" },
  },
  {
    at: "last",
    note: { "zh-CN": "本月线索仍在推进（成熟中）：看下表的结单月份数字", en: "This month's leads are still moving (maturing): read the close-month table below" },
    adjustment: { "zh-CN": "下次复盘再评估本月线索批次", en: "Judge this month's lead cohort at a later review" },
  },
];

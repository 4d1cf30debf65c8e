import type { Locale, Localized } from "../model/locale";
import { DEAL_STATUS_WORDS } from "../model/words";
import { summarize } from "../metrics/statistics";
import { SAMPLE_LOST_REASONS } from "./cast";
import { SeededRandom } from "./random";
import type { SampleDeal } from "./sampleDeals";

/** Sample answers to the second survey question. */
const CROSS_TEAM_ANSWERS: readonly Localized[] = [
  { "zh-CN": "市场部的线索信息不全，要重复向客户确认", en: "Marketing's leads lack details; we ask the customer again" },
  { "zh-CN": "报价要等财务审批，客户催了几次", en: "Quotes wait for finance approval; customers chase us" },
  { "zh-CN": "转给售后时客户偏好没有记录", en: "Customer preferences are not recorded at hand-over to after-sales" },
  { "zh-CN": "售前排期紧，方案要排队", en: "Presales is booked up; proposals queue" },
  { "zh-CN": "客户资料在个人表格里，交接困难", en: "Customer data lives in personal spreadsheets; hand-overs are hard" },
];

/**
 * Sample survey answers (the template's Diagnosis sheet): ten respondents, each naming the step that takes longest
 * and a cross-team problem. Four name `slowest` (the stage the sample's deals spend longest in; the third stage when
 * not known), so it is named most, as the figures show; the others a seeded middle stage (at most three each: fewer
 * respondents for a short stage list), in a seeded order.
 * @example
 * sampleSurvey(["Lead", "Qualified", "Proposal", "Won"], "en", 2026)[0] //=> ["Proposal", "Quotes wait for finance approval; …"]
 */
export function sampleSurvey(stageNames: readonly string[], locale: Locale, seed: number, slowest = 2): [stage: string, answer: string][] {
  const random = new SeededRandom(seed + 1);
  const top = Math.min(slowest, stageNames.length - 1);
  const others = stageNames.map((_, index) => index).filter((index) => index !== top);
  const middle = others.filter((index) => index > 0 && index < stageNames.length - 1);
  const pool = middle.length > 0 ? middle : others;
  const votes = new Map<number, number>();
  const stages: number[] = [top, top, top, top];
  // Fewer respondents when the stage list is too short for six more votes of at most three each.
  while (stages.length < 10 && pool.some((stage) => (votes.get(stage) ?? 0) < 3)) {
    const stage = random.pick(pool);
    if ((votes.get(stage) ?? 0) >= 3) continue;
    votes.set(stage, (votes.get(stage) ?? 0) + 1);
    stages.push(stage);
  }
  for (let index = stages.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [stages[index], stages[other]] = [stages[other], stages[index]];
  }
  return stages.map((stage) => [stageNames[stage], random.pick(CROSS_TEAM_ANSWERS)[locale]]);
}

/**
 * The method's interview findings for won and lost cases, and the deal each is about: a lost case is a deal lost at
 * `stage` for the lost reason `reason` (index into SAMPLE_LOST_REASONS), as its words say; a `fast` won case closed
 * in less than the median cycle of the won deals. test/core/sample/sampleStory.test.ts checks the picked deals.
 */
export const SAMPLE_FINDINGS: Readonly<
  Record<"won" | "lost", readonly { interviewee: Localized; findings: Localized; stage?: number; reason?: number; fast?: boolean }[]>
> = {
  won: [
    {
      interviewee: { "zh-CN": "销售负责人、客户采购经理", en: "Account owner; customer's purchasing manager" },
      findings: { "zh-CN": "首次拜访就用需求清单问清预算和决策人，方案一次通过", en: "Budget and decision-maker clarified at the first visit with a checklist; proposal accepted first time" },
    },
    {
      interviewee: { "zh-CN": "销售负责人、售前工程师", en: "Account owner; presales engineer" },
      findings: { "zh-CN": "售前提前介入，阶梯报价让客户快速决策", en: "Presales joined early; a tiered quote let the customer decide fast" },
      fast: true,
    },
  ],
  lost: [
    {
      interviewee: { "zh-CN": "销售负责人、客户对接人", en: "Account owner; customer contact" },
      findings: { "zh-CN": "需求没问清就出方案，客户认为方案不匹配", en: "The proposal was written before the needs were clear; the customer found it no fit" },
      stage: 2,
      reason: SAMPLE_LOST_REASONS.findIndex((reason) => reason.name.en === "Solution not a fit"),
    },
    {
      interviewee: { "zh-CN": "销售负责人、财务", en: "Account owner; finance" },
      findings: { "zh-CN": "报价经两轮审批、反复修改，谈判时客户仍认为价格过高", en: "Two approval rounds on the quote; in negotiation the customer still found the price too high" },
      stage: 4,
      reason: SAMPLE_LOST_REASONS.findIndex((reason) => reason.name.en === "Price too high"),
    },
  ],
};

/** The last dated stage of a sample deal. */
const furthestOf = (deal: SampleDeal) => deal.stageDays.reduce<number>((last, stageDay, stage) => (stageDay !== null ? stage : last), 0);

/**
 * Sample interviews: two won and two lost sample deals that fit the method's findings (SAMPLE_FINDINGS: the stage and
 * reason a lost case names, a fast won case); the first won or lost deal not yet taken when none fits.
 */
export function sampleInterviews(sample: readonly SampleDeal[], locale: Locale): string[][] {
  const taken = new Set<SampleDeal>();
  const wonCycles = sample
    .filter((deal) => deal.status === "won")
    .map((deal) => (deal.stageDays[deal.stageDays.length - 1] ?? NaN) - (deal.stageDays[0] ?? NaN))
    .filter(Number.isFinite);
  const medianCycle = summarize(wonCycles, "median") ?? Infinity;
  const rows: string[][] = [];
  for (const status of ["won", "lost"] as const) {
    for (const finding of SAMPLE_FINDINGS[status]) {
      const fits = (deal: SampleDeal) =>
        (finding.stage === undefined || furthestOf(deal) === finding.stage) &&
        (finding.reason === undefined || deal.lostReason === SAMPLE_LOST_REASONS[finding.reason].name[locale]) &&
        (!finding.fast || (deal.stageDays[deal.stageDays.length - 1] ?? Infinity) - (deal.stageDays[0] ?? 0) < medianCycle);
      const candidates = sample.filter((deal) => deal.status === status && !taken.has(deal));
      const deal = candidates.find(fits) ?? candidates[0];
      if (deal === undefined) continue;
      taken.add(deal);
      rows.push([deal.customer, DEAL_STATUS_WORDS[status][locale], finding.interviewee[locale], finding.findings[locale]]);
    }
  }
  return rows;
}

import type { Locale, Localized } from "../model/locale";
import { DEAL_STATUS_WORDS } from "../model/words";
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
 * Sample survey answers (the template's Diagnosis sheet): a seeded stage per respondent, weighted towards the
 * slow middle stages, and an answer to the cross-team question.
 * @example
 * sampleSurvey(["Lead", "Qualified", "Proposal", "Won"], "en", 2026)[0] //=> ["Proposal", "Quotes wait for finance approval; …"]
 */
export function sampleSurvey(stageNames: readonly string[], locale: Locale, seed: number): [stage: string, answer: string][] {
  const random = new SeededRandom(seed + 1);
  const weights = stageNames.map((_, index) => (index === 0 || index === stageNames.length - 1 ? 1 : index === 2 ? 5 : 3));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return Array.from({ length: 10 }, () => {
    let pick = random.next() * total;
    let stage = 0;
    while (pick >= weights[stage] && stage < weights.length - 1) pick -= weights[stage++];
    return [stageNames[stage], random.pick(CROSS_TEAM_ANSWERS)[locale]];
  });
}

/** The method's interview findings for won and lost cases. */
const FINDINGS: Readonly<Record<"won" | "lost", readonly { interviewee: Localized; findings: Localized }[]>> = {
  won: [
    {
      interviewee: { "zh-CN": "销售负责人、客户采购经理", en: "Account owner; customer's purchasing manager" },
      findings: { "zh-CN": "首次拜访就用需求清单问清预算和决策人，方案一次通过", en: "Budget and decision-maker clarified at the first visit with a checklist; proposal accepted first time" },
    },
    {
      interviewee: { "zh-CN": "销售负责人、售前工程师", en: "Account owner; presales engineer" },
      findings: { "zh-CN": "售前提前介入，阶梯报价让客户快速决策", en: "Presales joined early; a tiered quote let the customer decide fast" },
    },
  ],
  lost: [
    {
      interviewee: { "zh-CN": "销售负责人、客户对接人", en: "Account owner; customer contact" },
      findings: { "zh-CN": "方案定制比承诺晚 3 天，客户转向竞品", en: "The proposal came 3 days late; the customer went to a competitor" },
    },
    {
      interviewee: { "zh-CN": "销售负责人、财务", en: "Account owner; finance" },
      findings: { "zh-CN": "报价经两轮审批，需求挖掘不充分导致报价反复", en: "Two approval rounds; needs not explored, so the quote went back and forth" },
    },
  ],
};

/** Sample interviews: the first two won and the first two lost sample deals, with the method's findings. */
export function sampleInterviews(sample: readonly SampleDeal[], locale: Locale): string[][] {
  const pick = (status: "won" | "lost") => sample.filter((deal) => deal.status === status).slice(0, 2);
  const cases = [...pick("won").map((deal, index) => ({ deal, status: "won" as const, index })), ...pick("lost").map((deal, index) => ({ deal, status: "lost" as const, index }))];
  return cases.map(({ deal, status, index }) => [deal.customer, DEAL_STATUS_WORDS[status][locale], FINDINGS[status][index].interviewee[locale], FINDINGS[status][index].findings[locale]]);
}

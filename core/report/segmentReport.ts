import type { FunnelRow } from "../metrics/funnel";
import { LABELS } from "../functions/labels";
import type { Locale } from "../model/locale";
import type { SegmentsJson } from "../model/reportSchema";
import { fieldOfHeader } from "../model/words";
import { GROUP_FIELDS } from "../parse/groupColumn";
import { reportMessage } from "../i18n/reportMessages";
import { figureText } from "../present/numberText";
import type { SegmentGroup, Segments } from "./segments";

export { segmentsOfDeals, type SegmentGroup, type Segments } from "./segments";

/** A group's name as shown: its own, or "(blank)" / "（空白）" (the label STATUS_ROLLUP gives a blank group). */
export function groupLabel(group: Pick<SegmentGroup, "label" | "blank">, locale: Locale): string {
  return group.blank ? LABELS.blankGroup[locale] : group.label;
}

/**
 * The `segments` part of the JSON report (DEFINITIONS §7): `by` as given, the column's header, and per group the
 * top-level figures' shapes (`null` wherever a denominator is empty) with its test.
 */
export function segmentsJson(segments: Segments, by: string, locale: Locale): SegmentsJson {
  const spread = segments.spread;
  const named = (index: number) => groupLabel(segments.groups[index], locale);
  return {
    by,
    column: segments.header,
    groups: segments.groups.map((group) => ({
      group: groupLabel(group, locale),
      blank: group.blank,
      deals: group.deals,
      funnel: group.figures.funnel,
      winRate: group.figures.winRate,
      cycleTimeDays: group.figures.cycleTimeDays,
      timeInStageDays: group.figures.timeInStageDays,
      pipelineVelocity: group.figures.pipelineVelocity,
      othersWinRate: group.test.othersWinRate,
      pValue: group.test.pValue,
      test: group.test.method,
      pHolm: group.test.pHolm,
      flag: group.test.flag,
    })),
    winRateSpread:
      spread === null
        ? null
        : {
            groups: spread.groups,
            lowest: { group: named(spread.lowest.group), winRate: spread.lowest.winRate },
            highest: { group: named(spread.highest.group), winRate: spread.highest.winRate },
            q1: spread.q1,
            q3: spread.q3,
            iqr: spread.iqr,
          },
  };
}

/** The kind of group a column holds, for the words ("the other sources"): its field, else plain groups. */
export type GroupNoun = (typeof GROUP_FIELDS)[number] | "group";

/**
 * What the groups of `by` are called: the field `by` names (`source`, …), else the field the column's header means
 * (`线索来源` → source), else plain groups.
 * @example
 * groupNoun("Lead Source", "Lead Source") //=> "source"
 * groupNoun("Region code", "Region code") //=> "group"
 */
export function groupNoun(by: string, header: string): GroupNoun {
  const word = by.trim().toLowerCase();
  if ((GROUP_FIELDS as readonly string[]).includes(word)) return word as GroupNoun;
  const field = fieldOfHeader(header);
  return (GROUP_FIELDS as readonly string[]).includes(field ?? "") ? (field as GroupNoun) : "group";
}

/** An adjusted p-value as said: `< 0.001`, else `= 0.012` (three decimals). */
export function pText(p: number): string {
  return p < 0.001 ? "< 0.001" : `= ${p.toFixed(3)}`;
}

/**
 * The segments in words, flagged groups first (DEFINITIONS §7): for each flagged group the step where it differs most
 * from the other deals in the flag's direction, its win rate against theirs, and the adjusted p-value
 * ("展会：线索 → 商机 20.0%，其他来源为 88.9%；赢单率 10.0% 对 70.8%，差异显著（校正后 p < 0.001）"); else a line
 * saying no group stands out (or that nothing could be tested); then the spread of win rate across the groups.
 */
export function segmentSentences(segments: Segments, noun: GroupNoun, locale: Locale): string[] {
  const share = (value: number | null) => figureText("share", value, locale);
  const one = reportMessage(locale, `segment.noun.${noun}`);
  const others = reportMessage(locale, `segment.nouns.${noun}`);
  const lines: string[] = [];
  for (const group of segments.groups) {
    const { flag, pHolm, winRate, othersWinRate } = group.test;
    if (flag === null || pHolm === null) continue;
    const step = widestStep(group.figures.funnel, group.othersFunnel, flag);
    const values = { group: groupLabel(group, locale), others, winRate: share(winRate), othersWinRate: share(othersWinRate), p: pText(pHolm) };
    lines.push(
      step === undefined
        ? reportMessage(locale, "segment.flaggedWinRate", values)
        : reportMessage(locale, "segment.flagged", { ...values, from: step.from, to: step.to, rate: share(step.rate), othersRate: share(step.othersRate) }),
    );
  }
  if (lines.length === 0) {
    const tested = segments.groups.some((group) => group.test.pValue !== null);
    lines.push(reportMessage(locale, tested ? "segment.noneFlagged" : "segment.noTest", { group: one, others }));
  }
  const spread = segments.spread;
  if (spread !== null && spread.groups > 1) {
    lines.push(
      reportMessage(locale, "segment.spread", {
        group: one,
        others,
        groups: spread.groups,
        lowest: groupLabel(segments.groups[spread.lowest.group], locale),
        lowestRate: share(spread.lowest.winRate),
        highest: groupLabel(segments.groups[spread.highest.group], locale),
        highestRate: share(spread.highest.winRate),
        iqr: figureText("days", spread.iqr * 100, locale),
      }),
    );
  }
  return lines;
}

/**
 * The step (from the stage before to a stage) where the group's step conversion is furthest from the other deals' in
 * the flag's direction (lowest group minus others for `below`, highest for `above`; the first on a tie); `undefined`
 * when no step has both rates or none differs that way.
 */
function widestStep(
  funnel: readonly FunnelRow[],
  othersFunnel: readonly FunnelRow[],
  flag: "above" | "below",
): { from: string; to: string; rate: number; othersRate: number } | undefined {
  let best: { from: string; to: string; rate: number; othersRate: number } | undefined;
  let bestGap = 0;
  for (let stage = 1; stage < funnel.length; stage++) {
    const rate = funnel[stage].stepConversion;
    const othersRate = othersFunnel[stage].stepConversion;
    if (rate === null || othersRate === null) continue;
    const gap = flag === "below" ? othersRate - rate : rate - othersRate;
    if (gap > bestGap) {
      bestGap = gap;
      best = { from: funnel[stage - 1].stage, to: funnel[stage].stage, rate, othersRate };
    }
  }
  return best;
}

import { summarize } from "../metrics/statistics";
import { DEFAULT_SAMPLE_END_DAY, firstOfMonth } from "./period";
import type { SampleDeal } from "./sampleDeals";

/** One goal's kind (a row of the template's Goals sheet): where its current value comes from and how its numbers read. */
export type GoalKind = "conversion" | "cycle" | "winRate" | "satisfaction" | "own";

/** Baseline and target of each goal: the method's examples (step 3), or figures of the sample's earlier months. */
export interface GoalNumbers {
  readonly baseline: number | null;
  readonly target: number | null;
  readonly current: number | null;
}

/**
 * The sample's goal window and baselines: the goals start on the first day of the month before the sample's
 * last month and run three months; baselines are the figures before that day by the rules the Goals sheet measures a
 * period with (DEFINITIONS §4 "goals over their own period"): lead → opportunity conversion of the leads that came
 * before it and had time to convert by the sample's as-of day, win rate of the deals closed before it, median cycle of the deals won before it (percentages to the
 * whole percent, the cycle to the whole day); targets
 * keep the method's ambition (+10 points of conversion, a third off the cycle, +5 points of win rate). The
 * template's Goals sheet shows them.
 * @example
 * sampleGoals(sampleDeals({ count: 300, seed: 2026, locale: "en" })).start //=> 46296 (2026-10-01)
 */
export function sampleGoals(sample: readonly SampleDeal[]): { start: number; deadline: number; numbers: Record<GoalKind, GoalNumbers> } {
  const start = firstOfMonth(DEFAULT_SAMPLE_END_DAY, -1);
  const deadline = firstOfMonth(start, 3) - 1;
  // Leads that had time to convert on the as-of day (DEFINITIONS §4, matureLeads.ts): lead date + the median days
  // in the first stage (to the next dated stage) on or before it.
  const settle = Math.max(0, summarize(sample.flatMap(leadStageDays), "median") ?? 0);
  const before = sample.filter((deal) => deal.stageDays[0] !== null && deal.stageDays[0] < start && deal.stageDays[0] + settle <= DEFAULT_SAMPLE_END_DAY);
  const qualified = before.filter((deal) => deal.stageDays.slice(1).some((stageDay) => stageDay !== null)).length;
  // Win rate and cycle by the day each deal closed (its last dated stage), as the Goals sheet counts a period.
  const closeDay = (deal: SampleDeal) => deal.stageDays.reduce<number | null>((last, stageDay) => stageDay ?? last, null);
  const closedBefore = sample.filter((deal) => deal.status !== "open" && (closeDay(deal) ?? Infinity) < start);
  const won = closedBefore.filter((deal) => deal.status === "won");
  const lost = closedBefore.filter((deal) => deal.status === "lost").length;
  const cycles = won
    .map((deal) => (deal.stageDays[deal.stageDays.length - 1] ?? NaN) - (deal.stageDays[0] ?? NaN))
    .filter((days) => Number.isFinite(days))
    .sort((x, y) => x - y);
  const median = cycles.length === 0 ? null : (cycles[(cycles.length - 1) >> 1] + cycles[cycles.length >> 1]) / 2;
  const percent = (share: number) => Math.round(share * 100) / 100;
  const conversion = before.length === 0 ? null : percent(qualified / before.length);
  const winRate = won.length + lost === 0 ? null : percent(won.length / (won.length + lost));
  const cycle = median === null ? null : Math.round(median);
  return {
    start,
    deadline,
    numbers: {
      conversion: { baseline: conversion, target: conversion === null ? null : percent(conversion + 0.1), current: null },
      cycle: { baseline: cycle, target: cycle === null ? null : Math.round((cycle * 2) / 3), current: null },
      winRate: { baseline: winRate, target: winRate === null ? null : percent(winRate + 0.05), current: null },
      satisfaction: { baseline: 4.2, target: 4.5, current: 4.3 },
      own: { baseline: null, target: null, current: null },
    },
  };
}

/** A sample deal's days in the first stage (its lead date → its next dated stage), as a list of none or one. */
function leadStageDays(deal: SampleDeal): number[] {
  const lead = deal.stageDays[0];
  const next = deal.stageDays.slice(1).find((stageDay) => stageDay !== null);
  return lead === null || next === undefined || next === null ? [] : [next - lead];
}

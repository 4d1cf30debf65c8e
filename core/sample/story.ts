import type { Locale, Localized } from "../model/locale";
import { summarize } from "../metrics/statistics";
import { SAMPLE_SOURCES } from "./cast";
import { sampleGoals } from "./goalBaselines";
import { firstOfMonth } from "./period";
import type { SampleDeal } from "./sampleDeals";

/**
 * The figures the sample's hand-written words state (issue 13 part 5, "a sample that tells one story"), counted
 * from the sample deals by the rules of DEFINITIONS §4, so that a sentence states the sample's own figure instead
 * of a typed one. test/core/sample/sampleStory.test.ts derives every one of them again from the sample grid through
 * the core's kernels and fails when a sentence disagrees.
 */
export interface SampleStory {
  /** Median days in each stage but the last (the Dashboard's time in stage); null when no deal was timed. */
  readonly stageDays: readonly (number | null)[];
  /** Deals that reached each stage (their furthest dated stage is it or later). */
  readonly reached: readonly number[];
  /** The Stages sheet's target days per stage (null where it gives none: a stage list of the manager's own). */
  readonly targetDays: readonly (number | null)[];
  /** The Stages sheet's benchmark conversion into each stage (null where it gives none). */
  readonly benchmarks: readonly (number | null)[];
  /** The lead → opportunity goal of the Goals sheet (core/sample/goalBaselines.ts). */
  readonly goal: { readonly baseline: number | null; readonly target: number | null };
  /**
   * The live-stream channel from its first month to the end of the month after (the review note's month): its
   * leads and the share of them that reached the second stage, and the same share for every other source's leads.
   */
  readonly liveStream: { readonly month: number; readonly leads: number; readonly rate: number | null; readonly othersRate: number | null };
}

/** The last dated stage of a sample deal (0 when only the lead is dated). */
export function furthestStage(deal: SampleDeal): number {
  return deal.stageDays.reduce<number>((last, stageDay, stage) => (stageDay !== null ? stage : last), 0);
}

/**
 * The sample's story figures. `details` are the Stages sheet's reference values for the stage list (target days and
 * benchmark conversion per stage; null where the sheet leaves them blank).
 * @example
 * sampleStory(sampleDeals({ count: 2000, seed: 2026, locale: "en" }), "en", details).stageDays[3] //=> 8 (Quote)
 */
export function sampleStory(
  sample: readonly SampleDeal[],
  locale: Locale,
  details: readonly { readonly days: number | null; readonly benchmark: number | null }[],
): SampleStory {
  const stageCount = details.length;
  const reached = new Array<number>(stageCount).fill(0);
  const durations = Array.from({ length: Math.max(0, stageCount - 1) }, () => [] as number[]);
  for (const deal of sample) {
    for (let stage = 0; stage <= furthestStage(deal); stage++) reached[stage]++;
    deal.stageDays.forEach((entered, stage) => {
      if (entered === null || stage === stageCount - 1) return;
      const left = deal.stageDays.slice(stage + 1).find((later) => later !== null);
      if (left !== undefined && left !== null) durations[stage].push(left - entered);
    });
  }
  const liveName = SAMPLE_SOURCES.find((source) => source.opens === "midway")!.name[locale];
  const leadDays = sample.map((deal) => deal.stageDays[0] ?? NaN);
  const opened = Math.min(...sample.filter((deal) => deal.source === liveName).map((deal) => deal.stageDays[0] ?? Infinity));
  const month = Number.isFinite(opened) ? firstOfMonth(opened, 1) : NaN;
  const until = Number.isFinite(month) ? firstOfMonth(month, 1) : NaN;
  const share = (deals: readonly SampleDeal[]) => (deals.length === 0 ? null : deals.filter((deal) => furthestStage(deal) >= 1).length / deals.length);
  const inMonths = sample.filter((_, index) => leadDays[index] >= opened && leadDays[index] < until);
  const live = inMonths.filter((deal) => deal.source === liveName);
  const goal = sampleGoals(sample).numbers.conversion;
  return {
    stageDays: durations.map((values) => summarize(values, "median")),
    reached,
    targetDays: details.map((detail) => detail.days),
    benchmarks: details.map((detail) => detail.benchmark),
    goal: { baseline: goal.baseline, target: goal.target },
    liveStream: { month, leads: live.length, rate: share(live), othersRate: share(inMonths.filter((deal) => deal.source !== liveName)) },
  };
}

/** A share as a whole percent: 0.56 → "56%". */
const wholePercent = (share: number) => `${Math.round(share * 100)}%`;
/** A share to one decimal, as the Dashboard shows a conversion: 0.555 → "55.5%". */
const percentOneDecimal = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

/**
 * One figure of the story by its name in a sentence: `days:s`, `target:s`, `over:s` (days − target) of stage s;
 * `step:s` the conversion into stage s from the one before, `benchmark:s` its benchmark; `goal.baseline`,
 * `goal.target`; `live.leads`, `live.rate`, `others.rate`. Null when the story has no such figure.
 */
function storyFigure(story: SampleStory, name: string): string | null {
  const [key, at] = name.split(":");
  const stage = Number(at);
  const known = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined && !(typeof value === "number" && Number.isNaN(value));
  switch (key) {
    case "days":
      return known(story.stageDays[stage]) ? String(story.stageDays[stage]) : null;
    case "target":
      return known(story.targetDays[stage]) ? String(story.targetDays[stage]) : null;
    case "over": {
      const [days, target] = [story.stageDays[stage], story.targetDays[stage]];
      return known(days) && known(target) ? String(days - target) : null;
    }
    case "step":
      return stage >= 1 && story.reached[stage - 1] > 0 ? percentOneDecimal(story.reached[stage] / story.reached[stage - 1]) : null;
    case "benchmark":
      return known(story.benchmarks[stage]) ? wholePercent(story.benchmarks[stage]) : null;
    case "goal.baseline":
      return known(story.goal.baseline) ? wholePercent(story.goal.baseline) : null;
    case "goal.target":
      return known(story.goal.target) ? wholePercent(story.goal.target) : null;
    case "live.leads":
      return story.liveStream.leads > 0 ? String(story.liveStream.leads) : null;
    case "live.rate":
      return known(story.liveStream.rate) ? percentOneDecimal(story.liveStream.rate) : null;
    case "others.rate":
      return known(story.liveStream.rate) && known(story.liveStream.othersRate) ? percentOneDecimal(story.liveStream.othersRate) : null;
    default:
      throw new RangeError(`No story figure "${name}".`);
  }
}

/**
 * A sentence of the sample with its figures filled in from the story (`{days:3}`, `{goal.baseline}`, …; see
 * storyFigure's names); null when one of them is unknown (then the caller writes the sentence without figures).
 * @example
 * fillStory("报价阶段停留中位数 {days:3} 天，比目标多 {over:3} 天", story) //=> "报价阶段停留中位数 8 天，比目标多 3 天"
 */
export function fillStory(sentence: string, story: SampleStory): string | null {
  let unknown = false;
  const filled = sentence.replace(/\{([a-z.]+(?::\d+)?)\}/g, (_, name: string) => {
    const figure = storyFigure(story, name);
    if (figure === null) unknown = true;
    return figure ?? "";
  });
  return unknown ? null : filled;
}

/**
 * The words of a sentence that states the story's figures: `told` (with `{…}` figures) when every figure is known,
 * else `plain` (the same point without figures).
 */
export function tellStory(told: Localized | undefined, plain: Localized, story: SampleStory | undefined, locale: Locale): string {
  return (told !== undefined && story !== undefined ? fillStory(told[locale], story) : null) ?? plain[locale];
}

/**
 * What a sentence of the sample says about the figures without stating them, declared beside it: test/core/sample/
 * sampleStory.test.ts checks each against the core's figures of the sample.
 * - `overTarget` / `withinTarget`: the stage's median time in stage is above / at most its target days;
 * - `belowBenchmark`: the conversion into the stage is below its benchmark;
 * - `topLossAfterFirst`: of the lost deals that got past the first stage, most stopped at this stage;
 * - `topLoss`: most lost deals stopped at this stage (the first counted too);
 * - `surveyTop`: the survey's most named slow stage, and the stage with the longest median time in stage;
 * - `liveStreamBelowOthers`: live-stream leads reach the second stage less often than other sources' leads;
 * - `cycleOverTarget`: the median cycle is above the sum of the target days of every stage but the last;
 * - `winRateBelow`: the win rate is below `share`.
 */
export type StoryClaim =
  | { readonly kind: "overTarget" | "withinTarget" | "belowBenchmark" | "topLossAfterFirst" | "topLoss" | "surveyTop"; readonly stage: number }
  | { readonly kind: "liveStreamBelowOthers" | "cycleOverTarget" }
  | { readonly kind: "winRateBelow"; readonly share: number };

import type { Locale } from "../model/locale";
import { dayFromCivil } from "../parse/dates";
import {
  SAMPLE_BRANDS,
  SAMPLE_INDUSTRIES,
  SAMPLE_LEGAL_FORMS,
  SAMPLE_LOST_REASONS,
  SAMPLE_OWNERS,
  SAMPLE_REGIONS,
  SAMPLE_SOURCES,
  SAMPLE_TEAMS,
} from "./cast";
import { civilFromDay, weekday, type SamplePeriod } from "./period";
import { weightTable, type WeightTable } from "./random";

/**
 * The knobs of the deal simulation, resolved once per call for one locale, stage count and period, so the
 * per-deal loop only indexes arrays. Internal to core/sample.
 */
export interface Market {
  readonly period: SamplePeriod;
  /** First day on which the pilot team works the new way (the last quarter of the period). */
  readonly pilotStartDay: number;
  /** Lead arrivals by day of the period (weekends, holidays, a rising trend). */
  readonly leadDays: WeightTable;
  /** Source tables by month of the period, and each day's month. */
  readonly sourceByMonth: readonly WeightTable[];
  readonly monthOfDay: Int32Array;
  readonly sourceNames: readonly string[];
  readonly sourceQualification: Float64Array;
  readonly owners: WeightTable;
  readonly ownerNames: readonly string[];
  readonly ownerTeam: Int32Array;
  readonly ownerSkill: Float64Array;
  readonly teamNames: readonly string[];
  readonly teamPilot: readonly boolean[];
  readonly teamRegions: readonly WeightTable[];
  readonly teamRegionIndex: readonly Int32Array[];
  readonly regionNames: readonly string[];
  /** All cities, region by region; region r's cities are `cityStart[r]` up to `cityStart[r + 1]`. */
  readonly cityNames: readonly string[];
  readonly cityStart: Int32Array;
  readonly industries: WeightTable;
  readonly industryNames: readonly string[];
  readonly industryMedian: Float64Array;
  /** All company words, industry by industry, indexed like the cities. */
  readonly wordNames: readonly string[];
  readonly wordStart: Int32Array;
  readonly brandNames: readonly string[];
  readonly legalForms: WeightTable;
  readonly legalFormNames: readonly string[];
  /** Separator between the parts of a company name: "" in Chinese, " " in English. */
  readonly nameJoin: string;
  readonly lostReasonNames: readonly string[];
  /** Lost-reason tables for deals lost early, midway, late. */
  readonly lostReasons: readonly [WeightTable, WeightTable, WeightTable];
  /** Chance of passing step s (stage s → s + 1) before source, owner and pilot adjustments. */
  readonly stepSurvival: Float64Array;
  /** Median days taken by step s. */
  readonly stepMedianDays: Float64Array;
}

/** Base survival of the first step (Lead → Opportunity): the weakest, the method's typical problem. */
const QUALIFY_SURVIVAL = 0.56;
/** Base survival of the last step (e.g. Negotiation → Won). */
const CLOSE_SURVIVAL = 0.66;
/** Base survival of the steps in between, in turn. */
const MIDDLE_SURVIVAL = [0.72, 0.8, 0.76, 0.78];
const QUALIFY_MEDIAN_DAYS = 3;
const CLOSE_MEDIAN_DAYS = 12;
const MIDDLE_MEDIAN_DAYS = [6, 5, 8, 7];

/** Leads on Saturdays and Sundays, relative to a weekday. */
const WEEKEND_LEADS = 0.3;
/** Leads in February (Spring Festival) and in the National Day week (1–7 October). */
const SPRING_FESTIVAL_LEADS = 0.7;
const GOLDEN_WEEK_LEADS = 0.35;
/** Lead volume grows by this share from the first to the last day of the period. */
const LEAD_GROWTH = 0.3;
/** Trade-show leads in the fair seasons (March–April, September–November), relative to other months. */
const FAIR_SEASON_FACTOR = 2;

/**
 * Resolves the simulation for one call.
 * @example
 * buildMarket("en", 6, samplePeriod()).sourceNames //=> ["Website", "Trade show", "Referral", "Cold call", "Live stream"]
 */
export function buildMarket(locale: Locale, stageCount: number, period: SamplePeriod): Market {
  const { startDay, endDay } = period;
  const length = endDay - startDay + 1;
  const dayWeights: number[] = new Array(length);
  const monthOfDay = new Int32Array(length);
  const first = civilFromDay(startDay);
  const firstMonth = first.year * 12 + first.month - 1;
  const midwayMonth = monthIndexOf(startDay + Math.floor(length / 2)) - firstMonth;
  for (let offset = 0; offset < length; offset++) {
    const day = startDay + offset;
    const { year, month, day: dayOfMonth } = civilFromDay(day);
    monthOfDay[offset] = year * 12 + month - 1 - firstMonth;
    const dayOfWeek = weekday(day);
    let weight = dayOfWeek === 0 || dayOfWeek === 6 ? WEEKEND_LEADS : 1;
    if (month === 2) weight *= SPRING_FESTIVAL_LEADS;
    if (month === 10 && dayOfMonth <= 7) weight *= GOLDEN_WEEK_LEADS;
    dayWeights[offset] = weight * (1 + (LEAD_GROWTH * offset) / Math.max(1, length - 1));
  }
  const monthCount = monthOfDay[length - 1] + 1;
  const sourceByMonth: WeightTable[] = [];
  for (let monthOffset = 0; monthOffset < monthCount; monthOffset++) {
    const calendarMonth = ((firstMonth + monthOffset) % 12) + 1;
    const fairSeason = calendarMonth === 3 || calendarMonth === 4 || (calendarMonth >= 9 && calendarMonth <= 11);
    sourceByMonth.push(
      weightTable(
        SAMPLE_SOURCES.map((source) => {
          let weight = source.weight;
          if (source.seasonal && fairSeason) weight *= FAIR_SEASON_FACTOR;
          if (source.opens === "midway") {
            weight *= monthOffset < midwayMonth ? 0 : monthOffset === midwayMonth ? 0.5 : 1;
          }
          return weight;
        }),
      ),
    );
  }

  const cityNames: string[] = [];
  const cityStart = new Int32Array(SAMPLE_REGIONS.length + 1);
  SAMPLE_REGIONS.forEach((region, index) => {
    cityStart[index] = cityNames.length;
    for (const city of region.cities) cityNames.push(city[locale]);
  });
  cityStart[SAMPLE_REGIONS.length] = cityNames.length;
  const wordNames: string[] = [];
  const wordStart = new Int32Array(SAMPLE_INDUSTRIES.length + 1);
  SAMPLE_INDUSTRIES.forEach((industry, index) => {
    wordStart[index] = wordNames.length;
    for (const word of industry.companyWords) wordNames.push(word[locale]);
  });
  wordStart[SAMPLE_INDUSTRIES.length] = wordNames.length;

  const steps = Math.max(0, stageCount - 1);
  const stepSurvival = new Float64Array(steps);
  const stepMedianDays = new Float64Array(steps);
  for (let step = 0; step < steps; step++) {
    const middle = (step - 1) % MIDDLE_SURVIVAL.length;
    stepSurvival[step] = step === 0 ? QUALIFY_SURVIVAL : step === steps - 1 ? CLOSE_SURVIVAL : MIDDLE_SURVIVAL[middle];
    stepMedianDays[step] =
      step === 0 ? QUALIFY_MEDIAN_DAYS : step === steps - 1 ? CLOSE_MEDIAN_DAYS : MIDDLE_MEDIAN_DAYS[middle];
  }

  return {
    period,
    pilotStartDay: pilotStartDay(period),
    leadDays: weightTable(dayWeights),
    sourceByMonth,
    monthOfDay,
    sourceNames: SAMPLE_SOURCES.map((source) => source.name[locale]),
    sourceQualification: Float64Array.from(SAMPLE_SOURCES, (source) => source.qualification),
    owners: weightTable(SAMPLE_OWNERS.map((owner) => owner.weight)),
    ownerNames: SAMPLE_OWNERS.map((owner) => owner.name[locale]),
    ownerTeam: Int32Array.from(SAMPLE_OWNERS, (owner) => owner.team),
    ownerSkill: Float64Array.from(SAMPLE_OWNERS, (owner) => owner.skill),
    teamNames: SAMPLE_TEAMS.map((team) => team.name[locale]),
    teamPilot: SAMPLE_TEAMS.map((team) => team.pilot),
    teamRegions: SAMPLE_TEAMS.map((team) => weightTable(team.regions.map(([, weight]) => weight))),
    teamRegionIndex: SAMPLE_TEAMS.map((team) => Int32Array.from(team.regions, ([region]) => region)),
    regionNames: SAMPLE_REGIONS.map((region) => region.name[locale]),
    cityNames,
    cityStart,
    industries: weightTable(SAMPLE_INDUSTRIES.map((industry) => industry.weight)),
    industryNames: SAMPLE_INDUSTRIES.map((industry) => industry.name[locale]),
    industryMedian: Float64Array.from(SAMPLE_INDUSTRIES, (industry) => industry.medianAmount),
    wordNames,
    wordStart,
    brandNames: SAMPLE_BRANDS.map((brand) => brand[locale]),
    legalForms: weightTable(SAMPLE_LEGAL_FORMS.map((form) => form.weight)),
    legalFormNames: SAMPLE_LEGAL_FORMS.map((form) => form.name[locale]),
    nameJoin: locale === "en" ? " " : "",
    lostReasonNames: SAMPLE_LOST_REASONS.map((reason) => reason.name[locale]),
    lostReasons: [0, 1, 2].map((phase) => weightTable(SAMPLE_LOST_REASONS.map((reason) => reason.weights[phase]))) as [
      WeightTable,
      WeightTable,
      WeightTable,
    ],
    stepSurvival,
    stepMedianDays,
  };
}

function monthIndexOf(day: number): number {
  const { year, month } = civilFromDay(day);
  return year * 12 + month - 1;
}

/**
 * The day the sample's pilot team (华东一组 / East 1) starts the pilot: three quarters into the period, moved
 * to the first of the next month when that is at most 15 days later, so the last quarter shows its lift.
 * Leads the pilot team receives from this day on qualify more often and move faster.
 * @example
 * pilotStartDay({ startDay: 45992, endDay: 46356 }) //=> 46266 (2026-09-01)
 */
export function pilotStartDay(period: SamplePeriod): number {
  const quarterLeft = period.startDay + Math.floor(((period.endDay - period.startDay + 1) * 3) / 4);
  const { year, month } = civilFromDay(quarterLeft);
  const nextMonth = month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
  return nextMonth - quarterLeft <= 15 && nextMonth <= period.endDay ? nextMonth : quarterLeft;
}

import type { Locale } from "../model/locale";
import { DEFAULT_STAGES } from "../model/stages";
import type { DealStatus } from "../model/words";
import { buildMarket, type Market } from "./market";
import { DEFAULT_SAMPLE_END_DAY, samplePeriod } from "./period";
import { SeededRandom } from "./random";

/** What {@link sampleDeals} makes. */
export interface SampleDealsOptions {
  /** Number of deals, a whole number ≥ 0. */
  readonly count: number;
  /** Seed of the generator (default 1): the same options always give the same deals. */
  readonly seed?: number;
  /** The stage names, in order, at least two (default: the default stages in `locale`). Only their number matters here. */
  readonly stages?: readonly string[];
  /** Language of the names, sources, teams… (default "zh-CN"). */
  readonly locale?: Locale;
  /** Last day of the period, a day number (Excel serial; default 46356 = 2026-11-30). */
  readonly endDay?: number;
  /** Length of the period in months (default 12), see {@link samplePeriod}. */
  readonly months?: number;
}

/** One invented deal, as a row of the template's deal log holds it. */
export interface SampleDeal {
  /** `D-0001`, `D-0002`, … in order of the lead date. */
  readonly id: string;
  readonly customer: string;
  readonly source: string;
  readonly owner: string;
  readonly team: string;
  readonly region: string;
  readonly industry: string;
  /** Deal size in ¥, 50,000–2,000,000, a round figure. */
  readonly amount: number;
  readonly status: DealStatus;
  /** Why the deal was lost; "" unless `status` is "lost". */
  readonly lostReason: string;
  /** The day number on which the deal entered each stage, aligned with the stage list; null = no date. */
  readonly stageDays: readonly (number | null)[];
}

const MIN_AMOUNT = 50_000;
const MAX_AMOUNT = 2_000_000;
/** Spread of log(amount): most deals within ×/÷ 2.2 of their industry's median. */
const AMOUNT_SIGMA = 0.8;
/** Large deals are harder to close; small ones a little easier. */
const LARGE_DEAL = 800_000;
const SMALL_DEAL = 100_000;
const LARGE_DEAL_CLOSE = -0.08;
const SMALL_DEAL_CLOSE = 0.04;
/** The pilot's effect on the pilot team's leads: better qualification, slightly better later steps, faster. */
const PILOT_QUALIFY = 0.12;
const PILOT_LATER = 0.04;
const PILOT_PACE = 0.8;
/** Longest wait drawn for a step; moving a weekend date to Monday adds at most 2, so gaps stay within 30. */
const MAX_STEP_DAYS = 28;
const WEEKEND_TO_MONDAY = 0.85;
/** Days until a failing deal is marked lost. */
const LOSS_MEDIAN_DAYS = 10;
/** Share of failing deals nobody ever closes: they stay open. */
const STALE_OPEN = 0.03;
/** Chance that a deal past a middle stage has one middle stage's date left blank (≈ 6% of all deals). */
const SKIP_MIDDLE_STAGE = 0.15;

/**
 * Invents a realistic deal log for a sales team: seeded, so the same options always give the same deals (and
 * the same seed in "zh-CN" and "en" gives the same deals, only translated).
 *
 * - **People and market:** six reps in three teams (华东一组/East 1 is the pilot team), five regions, seven
 *   industries, five lead sources (直播/Live stream opens half-way through the period). Invented names only.
 * - **Leads** arrive over the period — fewer at weekends, at Spring Festival and in the National Day week,
 *   growing by about 30% — and the deals come sorted by lead date, numbered `D-0001`, `D-0002`, ….
 * - **Stages:** each step is passed with a chance of about 55–80%: Lead→Opportunity the weakest (worse for
 *   cold calls and live streams, better for referrals), each rep a little better or worse, the pilot team
 *   better and faster for leads from `pilotStartDay(period)` on. A step takes 1–30 days (weekend dates mostly
 *   moved to Monday).
 * - **Outcome:** a deal reaching the last stage is won; one failing a step is lost there, with a reason
 *   fitting how far it got, unless the loss would fall after the period's end (still open — as are the newest
 *   deals and a few stale ones nobody closed). With the defaults about 16% are won, 75% lost, 9% open.
 * - **Gaps:** 15% of the deals that passed a middle stage have that stage's date blank (about 6% of all
 *   deals); the first date and the furthest one are always there.
 * - **Amounts:** log-normal around the industry's median, ¥50,000–2,000,000, rounded to ¥1,000 (¥10,000 from
 *   ¥300,000).
 *
 * Every date is a whole day number inside the period, non-decreasing along the stages.
 * O(count): a million deals take 1–2 seconds and about 250 MB.
 *
 * @throws {RangeError} when `count` is not a whole number ≥ 0, there are fewer than two stages, or the seed,
 * `endDay` or `months` is invalid.
 * @example
 * const deals = sampleDeals({ count: 3, seed: 7, locale: "en" });
 * deals[0].id        //=> "D-0001"
 * deals[0].customer  //=> "Dongguan Yongxin Retail Chain Co., Ltd."
 * deals[0].stageDays //=> [46175, null, 46195, null, null, null] (Opportunity date left blank)
 * deals.map((deal) => deal.status) //=> ["lost", "lost", "lost"]
 */
export function sampleDeals(options: SampleDealsOptions): SampleDeal[] {
  const { count } = options;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}.`);
  const locale = options.locale ?? "zh-CN";
  const stageCount = (options.stages ?? DEFAULT_STAGES.map((stage) => stage[locale])).length;
  if (stageCount < 2) throw new RangeError("sampleDeals needs at least two stages.");
  const market = buildMarket(locale, stageCount, samplePeriod(options.endDay ?? DEFAULT_SAMPLE_END_DAY, options.months ?? 12));
  const random = new SeededRandom(options.seed ?? 1);

  // Draw every lead date first, then emit the deals day by day: the log comes sorted by lead date.
  const leadsByDay = new Int32Array(market.leadDays.length);
  for (let index = 0; index < count; index++) leadsByDay[random.weighted(market.leadDays)]++;

  const idWidth = Math.max(4, String(count).length);
  const zeros = Array.from({ length: idWidth + 1 }, (_, length) => "0".repeat(length));
  const customers: (string | undefined)[] = new Array(
    market.cityNames.length * market.brandNames.length * market.wordNames.length * market.legalFormNames.length,
  );
  const deals: SampleDeal[] = new Array(count);
  let index = 0;
  for (let offset = 0; offset < leadsByDay.length; offset++) {
    for (let lead = leadsByDay[offset]; lead > 0; lead--) {
      const ordinal = String(index + 1);
      const id = "D-" + zeros[idWidth - ordinal.length] + ordinal;
      deals[index++] = inventDeal(random, market, offset, id, stageCount, customers);
    }
  }
  return deals;
}

/** One deal whose lead arrived on day `startDay + offset`. */
function inventDeal(
  random: SeededRandom,
  market: Market,
  offset: number,
  id: string,
  stageCount: number,
  customers: (string | undefined)[],
): SampleDeal {
  const leadDay = market.period.startDay + offset;
  const owner = random.weighted(market.owners);
  const team = market.ownerTeam[owner];
  const region = market.teamRegionIndex[team][random.weighted(market.teamRegions[team])];
  const industry = random.weighted(market.industries);
  const source = random.weighted(market.sourceByMonth[market.monthOfDay[offset]]);
  const amount = dealAmount(random, market.industryMedian[industry]);
  const customer = customerName(random, market, region, industry, customers);
  const pilot = market.teamPilot[team] && leadDay >= market.pilotStartDay;
  const skill = market.ownerSkill[owner];
  const endDay = market.period.endDay;

  const stageDays: (number | null)[] = new Array(stageCount);
  stageDays[0] = leadDay;
  for (let stage = 1; stage < stageCount; stage++) stageDays[stage] = null;
  let current = leadDay;
  let furthest = 0;
  let status: DealStatus = "open";
  let lostReason = "";
  for (let step = 0; step < stageCount - 1; step++) {
    let survival = market.stepSurvival[step] + skill;
    if (step === 0) survival += market.sourceQualification[source] + (pilot ? PILOT_QUALIFY : 0);
    else if (pilot) survival += PILOT_LATER;
    if (step === stageCount - 2) survival += amount >= LARGE_DEAL ? LARGE_DEAL_CLOSE : amount < SMALL_DEAL ? SMALL_DEAL_CLOSE : 0;
    if (random.next() < survival) {
      const median = market.stepMedianDays[step] * (pilot ? PILOT_PACE : 1);
      let next = current + random.dayGap(median, 1, MAX_STEP_DAYS);
      const weekendDay = next % 7; // 0 = Saturday, 1 = Sunday, 2… = weekdays (day 0, 1899-12-30, was a Saturday)
      if (weekendDay <= 1 && random.chance(WEEKEND_TO_MONDAY)) next += 2 - weekendDay;
      if (next > endDay) break; // The step lies beyond the period: still open.
      stageDays[step + 1] = next;
      current = next;
      furthest = step + 1;
    } else {
      const decided = current + random.dayGap(LOSS_MEDIAN_DAYS, 1, 30);
      if (decided <= endDay && !random.chance(STALE_OPEN)) {
        status = "lost";
        const phase = Math.min(2, Math.floor((3 * furthest) / (stageCount - 1)));
        lostReason = market.lostReasonNames[random.weighted(market.lostReasons[phase])];
      }
      break;
    }
  }
  if (furthest === stageCount - 1) status = "won";
  if (furthest >= 2 && random.chance(SKIP_MIDDLE_STAGE)) stageDays[random.int(1, furthest - 1)] = null;

  return {
    id,
    customer,
    source: market.sourceNames[source],
    owner: market.ownerNames[owner],
    team: market.teamNames[team],
    region: market.regionNames[region],
    industry: market.industryNames[industry],
    amount,
    status,
    lostReason,
    stageDays,
  };
}

/** A log-normal deal size around the industry's median, kept within ¥50k–2M, rounded as people quote. */
function dealAmount(random: SeededRandom, median: number): number {
  let amount = random.logNormal(median, AMOUNT_SIGMA);
  for (let attempt = 0; attempt < 8 && (amount < MIN_AMOUNT || amount > MAX_AMOUNT); attempt++) {
    amount = random.logNormal(median, AMOUNT_SIGMA);
  }
  amount = Math.min(MAX_AMOUNT, Math.max(MIN_AMOUNT, amount));
  const unit = amount < 300_000 ? 1_000 : 10_000;
  return Math.round(amount / unit) * unit;
}

/** An invented company in the region: city + trade name + industry word + legal form, each built once. */
function customerName(
  random: SeededRandom,
  market: Market,
  region: number,
  industry: number,
  cache: (string | undefined)[],
): string {
  const city = random.int(market.cityStart[region], market.cityStart[region + 1] - 1);
  const brand = random.int(0, market.brandNames.length - 1);
  const word = random.int(market.wordStart[industry], market.wordStart[industry + 1] - 1);
  const form = random.weighted(market.legalForms);
  const key = ((city * market.brandNames.length + brand) * market.wordNames.length + word) * market.legalFormNames.length + form;
  let name = cache[key];
  if (name === undefined) {
    const join = market.nameJoin;
    name = market.cityNames[city] + join + market.brandNames[brand] + join + market.wordNames[word] + join + market.legalFormNames[form];
    cache[key] = name;
  }
  return name;
}

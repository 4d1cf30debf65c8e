import { STATUS_CODE, type DealTable } from "../model/dealTable";
import { dayFromCivil, isoFromDay } from "../parse/dates";
import { summarize } from "../metrics/statistics";

/**
 * Where a month stands on the as-of day (DEFINITIONS §4 "close-month review"): `future` — it starts after the
 * as-of day; `inProgress` — the as-of day falls before its last day, so its figures still move; `maturing` — a
 * lead-month cohort whose last lead has not yet had the median cycle to close (last day + median cycle > as of);
 * `complete` — otherwise.
 */
export type MonthState = "future" | "inProgress" | "maturing" | "complete";

/** One month of the close-month review. Every figure whose denominator is empty is `null`. */
export interface MonthReview {
  /** The month's first day (a day number). */
  readonly month: number;
  /** Deals whose first-stage (lead) date falls in the month. */
  readonly newLeads: number;
  /** Won deals whose last-stage (won) date falls in the month. */
  readonly won: number;
  /** Lost deals whose close date — the date of their furthest stage — falls in the month. */
  readonly lost: number;
  /** The month's new leads whose outcome is still open. */
  readonly stillOpen: number;
  /** won ÷ (won + lost) of the month; null when nothing closed. */
  readonly winRate: number | null;
  /** Median cycle of the deals won in the month; null when none was. */
  readonly cycleMedian: number | null;
  /** winRate − the previous month's, in rate points; null for the first month or when either is null. */
  readonly changeFromLastMonth: number | null;
  /** winRate − the win-rate goal, in rate points; null without a goal or a win rate. */
  readonly againstGoal: number | null;
  /**
   * The 0-based stage, after the first and before the last, where most of the month's lost deals stopped (their
   * furthest stage); the earliest such stage on a tie; null when none of them stopped there.
   */
  readonly topLossStage: number | null;
  /** The lost reason most of the month's lost deals give, among `reasons` (the first on a tie); null when none. */
  readonly topLostReason: string | null;
  /** Where the close month stands on the as-of day: `future`, `inProgress` or `complete`. */
  readonly state: MonthState;
}

export interface MonthlyReviewOptions {
  /** Any day of the first month. */
  readonly firstMonth: number;
  /** How many months, from the first. */
  readonly months: number;
  /** The workbook's as-of day. */
  readonly asOf: number;
  /** The win-rate goal (0–1), or null. */
  readonly winRateGoal?: number | null;
  /** The lost reasons counted, in order (ties go to the first); compared ignoring case (as a spreadsheet's `=`). */
  readonly reasons: readonly string[];
}

/** The first day of the month `offset` months after the month of `day`. */
export function monthStart(day: number, offset = 0): number {
  const [year, month] = isoFromDay(day).split("-").map(Number);
  const index = year * 12 + month - 1 + offset;
  return dayFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
}

/**
 * Where a month stands on `asOf`: a close month (`settleDays` 0) or a lead-month cohort (`settleDays` = the
 * log's median cycle, its deals' usual time to close; 0 when there is none).
 * @example
 * monthState(46296, 46356, 0)    //=> "complete"   (2026-10 on 2026-11-30)
 * monthState(46327, 46350, 0)    //=> "inProgress" (2026-11 on 2026-11-24)
 * monthState(46296, 46356, 41.5) //=> "maturing"   (the 2026-10 cohort: 10-31 + 41.5 days > 11-30)
 */
export function monthState(month: number, asOf: number, settleDays: number): MonthState {
  const start = monthStart(month);
  if (start > asOf) return "future";
  const lastDay = monthStart(month, 1) - 1;
  if (lastDay > asOf) return "inProgress";
  return lastDay + settleDays > asOf ? "maturing" : "complete";
}

/** Reasons compare as a spreadsheet's `=` compares text: ignoring case, nothing else. */
const fold = (text: string) => text.toLowerCase();

/**
 * The monthly review by close month (DEFINITIONS §4 "close-month review"), month by month: new leads (by lead
 * date), won (by won date), lost (by the date of the furthest stage), the month's new leads still open, win rate,
 * median cycle of the month's won deals, the change against last month and the goal, the top loss point among
 * the stages after the first and the top lost reason, and whether the month is over. Only a wide log with dates
 * has close months; a log without dates gives no month any deal.
 *
 * @example
 * // D1 lead 2026-01-05, won 2026-02-04 (cycle 30): in February's won, January's new leads.
 * monthlyReview(table, { firstMonth: 46023, months: 2, asOf: 46100, reasons: [] })[1].won //=> 1
 */
export function monthlyReview(deals: DealTable, options: MonthlyReviewOptions): MonthReview[] {
  const stageCount = deals.stages.names.length;
  const starts = Array.from({ length: options.months + 1 }, (_, index) => monthStart(options.firstMonth, index));
  const monthOf = (day: number) => {
    if (Number.isNaN(day) || day < starts[0] || day >= starts[options.months]) return -1;
    let index = 0;
    while (day >= starts[index + 1]) index++;
    return index;
  };
  const reasons = options.reasons.map(fold);
  const months = starts.slice(0, -1).map(() => ({
    newLeads: 0,
    won: 0,
    lost: 0,
    stillOpen: 0,
    cycles: [] as number[],
    lostAt: new Array<number>(stageCount).fill(0),
    reasons: new Array<number>(reasons.length).fill(0),
  }));
  const lostReasons = deals.text.lostReason;
  for (let i = 0; i < (deals.hasDates ? deals.count : 0); i++) {
    const days = deals.stageDays.subarray(i * stageCount, (i + 1) * stageCount);
    const lead = monthOf(days[0]);
    if (lead >= 0) {
      months[lead].newLeads++;
      if (deals.status[i] === STATUS_CODE.open) months[lead].stillOpen++;
    }
    if (deals.status[i] === STATUS_CODE.won) {
      const close = monthOf(days[stageCount - 1]);
      if (close < 0) continue;
      months[close].won++;
      let earliest = Infinity;
      for (const day of days) if (!Number.isNaN(day)) earliest = Math.min(earliest, day);
      months[close].cycles.push(days[stageCount - 1] - earliest);
    } else if (deals.status[i] === STATUS_CODE.lost) {
      const furthest = deals.furthest[i];
      const close = monthOf(days[furthest]);
      if (close < 0) continue;
      months[close].lost++;
      months[close].lostAt[furthest]++;
      const reason = reasons.indexOf(fold(lostReasons?.[i] ?? ""));
      if (reason >= 0 && fold(lostReasons?.[i] ?? "") !== "") months[close].reasons[reason]++;
    }
  }
  const top = (counts: readonly number[], from: number, to: number) => {
    let best = -1;
    for (let index = from; index < to; index++) if (counts[index] > 0 && (best < 0 || counts[index] > counts[best])) best = index;
    return best < 0 ? null : best;
  };
  const rates = months.map((month) => (month.won + month.lost === 0 ? null : month.won / (month.won + month.lost)));
  const goal = options.winRateGoal ?? null;
  return months.map((month, index) => {
    const winRate = rates[index];
    const previous = index > 0 ? rates[index - 1] : null;
    const reason = top(month.reasons, 0, reasons.length);
    return {
      month: starts[index],
      newLeads: month.newLeads,
      won: month.won,
      lost: month.lost,
      stillOpen: month.stillOpen,
      winRate,
      cycleMedian: summarize(month.cycles, "median"),
      changeFromLastMonth: winRate === null || previous === null ? null : winRate - previous,
      againstGoal: winRate === null || goal === null ? null : winRate - goal,
      topLossStage: top(month.lostAt, 1, stageCount - 1),
      topLostReason: reason === null ? null : options.reasons[reason],
      state: monthState(starts[index], options.asOf, 0),
    };
  });
}

import { STATUS_CODE, type DealTable } from "../model/dealTable";
import { cycleDurations } from "./cycleTime";
import { matureLeadPeriod } from "./matureLeads";
import { summarize } from "./statistics";

/**
 * A period of days, both ends included (day numbers, see parse/dates). `from` null: no start (every deal up to `to`).
 * @example
 * const october: DayPeriod = { from: 46296, to: 46326 }; // 2026-10-01 … 2026-10-31
 */
export interface DayPeriod {
  readonly from: number | null;
  readonly to: number;
}

const inPeriod = (day: number, period: DayPeriod) => !Number.isNaN(day) && (period.from === null || day >= period.from) && day <= period.to;

/**
 * A deal's close day (DEFINITIONS §4 "close day"): the date of its furthest stage — the last-stage date of a deal won
 * there, the last date a lost deal has — or, for a deal lost with no stage dated, the day it was lost. NaN when it has
 * none.
 * @example
 * closeDay(table, 0) //=> 46300 (a deal dated Lead 46280, Opportunity 46300, then lost)
 */
export function closeDay(deals: DealTable, index: number): number {
  const day = deals.stageDays[index * deals.stages.names.length + deals.furthest[index]];
  return Number.isNaN(day) ? (deals.lostDays?.[index] ?? NaN) : day;
}

/**
 * Win rate over a period (DEFINITIONS §4 "goals over their own period"): won ÷ (won + lost) among the deals whose
 * close day ({@link closeDay}) falls in the period. Null when none closed in it.
 * @example
 * periodWinRate(table, { from: 46296, to: 46356 }) //=> 0.25 (1 won, 3 lost closed in Oct–Nov 2026)
 */
export function periodWinRate(deals: DealTable, period: DayPeriod): number | null {
  const { won, lost } = closedInPeriod(deals, period);
  return won + lost === 0 ? null : won / (won + lost);
}

/** The deals won and lost whose close day falls in the period. */
export function closedInPeriod(deals: DealTable, period: DayPeriod): { won: number; lost: number } {
  let won = 0;
  let lost = 0;
  if (!deals.hasDates) return { won, lost };
  for (let i = 0; i < deals.count; i++) {
    const status = deals.status[i];
    if (status === STATUS_CODE.open || !inPeriod(closeDay(deals, i), period)) continue;
    if (status === STATUS_CODE.won) won++;
    else lost++;
  }
  return { won, lost };
}

/**
 * Median cycle time (DEFINITIONS §4) of the deals won in the period: the won deals whose last-stage date falls in
 * it, each counted as {@link cycleDurations} counts it. Null when none.
 * @example
 * periodCycleMedian(table, { from: 46296, to: 46356 }) //=> 41.5 (two deals won in the period, 30 and 53 days)
 */
export function periodCycleMedian(deals: DealTable, period: DayPeriod): number | null {
  if (!deals.hasDates) return null;
  const last = deals.stages.names.length - 1;
  const picked: number[] = [];
  for (let i = 0; i < deals.count; i++) {
    if (deals.status[i] === STATUS_CODE.won && inPeriod(deals.stageDays[i * (last + 1) + last], period)) picked.push(i);
  }
  return summarize(cycleDurations(subset(deals, picked)), "median");
}

/**
 * Conversion from stage `from` to stage `to` (0-based, `from` before `to`) over a period: of the deals dated in
 * stage `from` within the period, the share that reached stage `to` (furthest stage `to` or later, DEFINITIONS §1).
 * Null when no deal is dated in stage `from` in the period.
 * @example
 * periodConversion(table, 0, 1, { from: 46296, to: 46356 }) //=> 0.5 (4 leads in the period, 2 became opportunities)
 */
export function periodConversion(deals: DealTable, from: number, to: number, period: DayPeriod): number | null {
  if (!deals.hasDates) return null;
  const stageCount = deals.stages.names.length;
  let entered = 0;
  let reached = 0;
  for (let i = 0; i < deals.count; i++) {
    if (!inPeriod(deals.stageDays[i * stageCount + from], period)) continue;
    entered++;
    if (deals.furthest[i] >= to) reached++;
  }
  return entered === 0 ? null : reached / entered;
}

/** The goal kinds whose current value the deal log gives. */
export type PeriodGoal = "conversion" | "cycle" | "winRate";

/**
 * A goal's current value over its own period, start → as-of day (DEFINITIONS §4 "goals over their own period"):
 * conversion (first stage → second) by the deals that entered the first stage in the period and had time to convert
 * (mature leads: first-stage date + the log's median days in the first stage on or before the as-of day,
 * matureLeads.ts), win rate by the deals closed in it, median cycle time by the deals won in it. `startDay` null: no
 * start (every deal up to the as-of day). The template's Goals sheet computes the same natively; GOAL_PROGRESS then
 * takes it as its `current`.
 * @example
 * goalCurrent(table, "winRate", 46296, 46356) //=> 0.25
 */
export function goalCurrent(deals: DealTable, kind: PeriodGoal, startDay: number | null, asOfDay: number): number | null {
  return periodGoalFigure(deals, kind, { from: startDay, to: asOfDay }, asOfDay);
}

/**
 * A goal's baseline (DEFINITIONS §4: the same rules before the start): the figure over every day before `startDay`,
 * conversion counting only the leads mature on the as-of day, as the current value does.
 * @example
 * goalBaseline(table, "conversion", 46296, 46356) //=> 0.56 (the leads before 2026-10-01, all mature by 11-30)
 */
export function goalBaseline(deals: DealTable, kind: PeriodGoal, startDay: number, asOfDay: number): number | null {
  return periodGoalFigure(deals, kind, { from: null, to: startDay - 1 }, asOfDay);
}

function periodGoalFigure(deals: DealTable, kind: PeriodGoal, period: DayPeriod, asOfDay: number): number | null {
  if (kind === "conversion") return deals.stages.names.length < 2 ? null : periodConversion(deals, 0, 1, matureLeadPeriod(deals, period, asOfDay));
  if (kind === "cycle") return periodCycleMedian(deals, period);
  return periodWinRate(deals, period);
}

/** The deals at `indices`, as a table of their own (the columns the cycle kernel reads). */
function subset(deals: DealTable, indices: readonly number[]): DealTable {
  const stageCount = deals.stages.names.length;
  const stageDays = new Float32Array(indices.length * stageCount);
  indices.forEach((index, at) => stageDays.set(deals.stageDays.subarray(index * stageCount, (index + 1) * stageCount), at * stageCount));
  const pick = <T extends { length: number }>(column: T | undefined, make: (values: number[]) => T) =>
    column === undefined ? undefined : make(indices.map((index) => (column as unknown as ArrayLike<number>)[index]));
  return {
    ...deals,
    count: indices.length,
    stageDays,
    furthest: Int32Array.from(indices, (index) => deals.furthest[index]),
    status: Uint8Array.from(indices, (index) => deals.status[index]),
    amount: Float64Array.from(indices, (index) => deals.amount[index]),
    rows: Int32Array.from(indices, (index) => deals.rows[index]),
    reentered: pick(deals.reentered, (values) => Uint8Array.from(values)),
    lostDays: pick(deals.lostDays, (values) => Float32Array.from(values)),
    cycleDays: pick(deals.cycleDays, (values) => Float64Array.from(values)),
    text: {},
  };
}

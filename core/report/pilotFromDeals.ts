import { STATUS_CODE, type DealTable } from "../model/dealTable";
import { pilotLift, type PilotLift } from "../metrics/pilotLift";

/** Leads, opportunities (reached the second stage) and deals (won) of one group. */
export interface GroupCounts {
  readonly leads: number;
  readonly opportunities: number;
  readonly deals: number;
}

/**
 * A pilot week on the as-of day: `inProgress` — its last day is after the as-of day; `maturing` — its last day +
 * the median cycle is after it (its deals are still moving, so its low counts are no failure); `mature` — else.
 * Only mature weeks enter the totals and the test.
 */
export type WeekState = "inProgress" | "maturing" | "mature";

export interface PilotWeek {
  /** The week's first day (pilot start + 7k). */
  readonly start: number;
  readonly pilot: GroupCounts;
  readonly control: GroupCounts;
  readonly state: WeekState;
}

/** The pilot's one-line verdict: from PILOT_LIFT's p-value (below 0.05: significant) and the lift's sign. */
export type PilotVerdict = "better" | "worse" | "noDifference" | "noData";

export interface PilotFromDeals {
  readonly weeks: readonly PilotWeek[];
  /** Totals of the mature weeks. */
  readonly totals: { readonly pilot: GroupCounts; readonly control: GroupCounts };
  /** PILOT_LIFT on the totals: converted = deals, total = opportunities. */
  readonly lift: PilotLift;
  readonly verdict: PilotVerdict;
  /**
   * The pilot team's own baseline: its opportunities and deals with a lead date before the start, their rate
   * (deals ÷ opportunities, null without opportunities), the same after (the mature weeks' totals) and the change
   * after − before (null when either rate is).
   */
  readonly baseline: {
    readonly before: { readonly opportunities: number; readonly deals: number; readonly rate: number | null };
    readonly after: { readonly opportunities: number; readonly deals: number; readonly rate: number | null };
    readonly change: number | null;
  };
}

export interface PilotOptions {
  /** The pilot team, as the Team column writes it (compared ignoring case). */
  readonly pilotTeam: string;
  /** The pilot's first day. */
  readonly start: number;
  /** The workbook's as-of day: weeks starting after it are not shown. */
  readonly asOf: number;
  /** At most this many weeks (the sheet's rows). */
  readonly maxWeeks: number;
  /** Days a week's deals need to settle: the log's median cycle (0 when there is none). */
  readonly settleDays: number;
}

/** Below this p-value a difference is called significant (the sheet's note says so). */
export const SIGNIFICANCE = 0.05;

/**
 * The pilot's verdict from PILOT_LIFT: no data (a group is empty), better or worse (p < 0.05, by the lift's
 * sign), or no significant difference yet.
 * @example
 * pilotVerdict(pilotLift({ pilotConverted: 60, pilotTotal: 200, controlConverted: 45, controlTotal: 200 })) //=> "noDifference" (p ≈ 0.088)
 */
export function pilotVerdict(lift: PilotLift): PilotVerdict {
  if (lift.pValue === null || lift.lift === null) return "noData";
  if (lift.pValue < SIGNIFICANCE && lift.lift !== 0) return lift.lift > 0 ? "better" : "worse";
  return "noDifference";
}

/**
 * The pilot computed from the deal log (DEFINITIONS §4 "pilot from the deals"): weeks of seven days from the
 * start up to the as-of day; per week, the pilot team's and the control group's (every other named team: a
 * blank Team is in neither) leads (lead date in the week), opportunities (of those, reached the second stage)
 * and deals (of those, won); each week's state; totals, PILOT_LIFT and the verdict over the mature weeks; and
 * the pilot team's before/after baseline.
 */
export function pilotFromDeals(deals: DealTable, options: PilotOptions): PilotFromDeals {
  const stageCount = deals.stages.names.length;
  const teams = deals.text.team ?? [];
  const pilotTeam = options.pilotTeam.toLowerCase();
  const weekCount = Math.max(0, Math.min(options.maxWeeks, Math.floor((options.asOf - options.start) / 7) + 1));
  const empty = () => ({ leads: 0, opportunities: 0, deals: 0 });
  const weeks = Array.from({ length: weekCount }, (_, index) => {
    const start = options.start + 7 * index;
    const last = start + 6;
    const state: WeekState = last > options.asOf ? "inProgress" : last + options.settleDays > options.asOf ? "maturing" : "mature";
    return { start, pilot: empty(), control: empty(), state };
  });
  const before = { opportunities: 0, deals: 0 };
  for (let i = 0; i < (deals.hasDates && pilotTeam !== "" ? deals.count : 0); i++) {
    const team = (teams[i] ?? "").toLowerCase();
    if (team === "") continue;
    const lead = deals.stageDays[i * stageCount];
    if (Number.isNaN(lead)) continue;
    const opportunity = deals.furthest[i] >= 1;
    const won = deals.status[i] === STATUS_CODE.won;
    if (lead < options.start) {
      if (team === pilotTeam && opportunity) {
        before.opportunities++;
        if (won) before.deals++;
      }
      continue;
    }
    const week = Math.floor((lead - options.start) / 7);
    if (week >= weekCount) continue;
    const counts = team === pilotTeam ? weeks[week].pilot : weeks[week].control;
    counts.leads++;
    if (opportunity) counts.opportunities++;
    if (opportunity && won) counts.deals++;
  }
  const total = (group: "pilot" | "control") =>
    weeks
      .filter((week) => week.state === "mature")
      .reduce((sum, week) => ({ leads: sum.leads + week[group].leads, opportunities: sum.opportunities + week[group].opportunities, deals: sum.deals + week[group].deals }), empty());
  const totals = { pilot: total("pilot"), control: total("control") };
  const lift = pilotLift({
    pilotConverted: totals.pilot.deals,
    pilotTotal: totals.pilot.opportunities,
    controlConverted: totals.control.deals,
    controlTotal: totals.control.opportunities,
  });
  const rate = (counts: { opportunities: number; deals: number }) => (counts.opportunities === 0 ? null : counts.deals / counts.opportunities);
  const beforeRate = rate(before);
  const afterRate = rate(totals.pilot);
  return {
    weeks,
    totals,
    lift,
    verdict: pilotVerdict(lift),
    baseline: {
      before: { ...before, rate: beforeRate },
      after: { opportunities: totals.pilot.opportunities, deals: totals.pilot.deals, rate: afterRate },
      change: beforeRate === null || afterRate === null ? null : afterRate - beforeRate,
    },
  };
}

import { quantile } from "simple-statistics";
import type { GroupColumn } from "../model/groupColumn";
import { holmAdjust } from "./holm";
import { pilotLift, type PilotTestMethod } from "./pilotLift";

/** Below this Holm-adjusted p-value a group's win rate is called different from the other deals' (DEFINITIONS §4). */
export const SIGNIFICANCE_LEVEL = 0.05;

/** A group's decided deals: won and lost (open deals are undecided and left out of win rates). */
export interface DecidedCounts {
  readonly won: number;
  readonly lost: number;
}

/** Whether a group's win rate differs from all other deals' (DEFINITIONS §4 "Segments"). */
export interface GroupTest {
  /** won ÷ (won + lost) of the group; `null` when it decided nothing. */
  readonly winRate: number | null;
  /** The same of every other deal of the log; `null` when they decided nothing. */
  readonly othersWinRate: number | null;
  /** Two-sided p-value of "the group wins as often as the other deals", as PILOT_LIFT computes it; `null` when either side decided nothing. */
  readonly pValue: number | null;
  /** `z-test` or `fisher` (an expected count below 5), as PILOT_LIFT decides; `null` exactly when `pValue` is. */
  readonly method: PilotTestMethod | null;
  /** `pValue` Holm-adjusted across the groups of the field that have one. */
  readonly pHolm: number | null;
  /** `above` / `below` the other deals when `pHolm` < {@link SIGNIFICANCE_LEVEL}; else `null`. */
  readonly flag: "above" | "below" | null;
}

/**
 * Each group's win rate against all other deals' (DEFINITIONS §4 "Segments"): the 2×2 table group/others ×
 * won/lost goes to {@link pilotLift} — the pooled two-proportion z-test, or Fisher's exact test when an expected
 * count is below 5, two-sided, the very decision PILOT_LIFT takes — and the p-values are Holm-adjusted across the
 * groups ({@link holmAdjust}). A group is flagged `above` or `below` when its adjusted p is below 0.05. A field
 * with one group has nothing to compare with: every figure of its test is `null`.
 * @example
 * // 2 of 20 won against 17 of 24 for the rest: z-test, p ≈ 5e-5, flagged below.
 * groupTests([{ won: 2, lost: 18 }, { won: 17, lost: 7 }])[0].flag //=> "below"
 */
export function groupTests(groups: readonly DecidedCounts[]): GroupTest[] {
  let won = 0;
  let lost = 0;
  for (const group of groups) {
    won += group.won;
    lost += group.lost;
  }
  const lifts = groups.map((group) =>
    pilotLift({
      pilotConverted: group.won,
      pilotTotal: group.won + group.lost,
      controlConverted: won - group.won,
      controlTotal: won + lost - group.won - group.lost,
    }),
  );
  const adjusted = holmAdjust(lifts.map((lift) => lift.pValue));
  return lifts.map((lift, index) => {
    const pHolm = adjusted[index];
    const significant = pHolm !== null && pHolm < SIGNIFICANCE_LEVEL && lift.lift !== null && lift.lift !== 0;
    return {
      winRate: lift.pilotRate,
      othersWinRate: lift.controlRate,
      pValue: lift.pValue,
      method: lift.method,
      pHolm,
      flag: significant ? (lift.lift! > 0 ? "above" : "below") : null,
    };
  });
}

/** How far apart the groups' win rates are (for owners: how much the results depend on who sells). */
export interface WinRateSpread {
  /** Groups with a win rate (the blank group aside). */
  readonly groups: number;
  /** The group with the lowest win rate (the first met on a tie). */
  readonly lowest: { readonly group: number; readonly winRate: number };
  /** The group with the highest win rate (the first met on a tie). */
  readonly highest: { readonly group: number; readonly winRate: number };
  /** The first and third quartiles of the groups' win rates (PERCENTILE.INC), and Q3 − Q1. */
  readonly q1: number;
  readonly q3: number;
  readonly iqr: number;
}

/**
 * The spread of win rate across groups (DEFINITIONS §4 "Segments"): the lowest, the highest and the interquartile
 * range (Q3 − Q1, quartiles interpolated as PERCENTILE.INC and QUARTILE.INC do) of the groups' win rates; groups are
 * indices into `winRates`. Groups without a win rate and those in `leaveOut` (the blank group: no one's results) do
 * not count; `null` when no group is left.
 * @example
 * winRateSpread([0.2, 0.5, null, 0.3, 0.6]) //=> { groups: 4, lowest: { group: 0, winRate: 0.2 },
 * //   highest: { group: 4, winRate: 0.6 }, q1: 0.275, q3: 0.525, iqr: 0.25 }
 */
export function winRateSpread(winRates: readonly (number | null)[], leaveOut: ReadonlySet<number> = new Set()): WinRateSpread | null {
  const counted = winRates.flatMap((winRate, group) => (winRate === null || leaveOut.has(group) ? [] : [{ group, winRate }]));
  if (counted.length === 0) return null;
  let lowest = counted[0];
  let highest = counted[0];
  for (const entry of counted) {
    if (entry.winRate < lowest.winRate) lowest = entry;
    if (entry.winRate > highest.winRate) highest = entry;
  }
  const [q1, q3] = quantile(counted.map((entry) => entry.winRate), [0.25, 0.75]);
  return { groups: counted.length, lowest, highest, q1, q3, iqr: q3 - q1 };
}

/**
 * The deals of each group of a {@link GroupColumn}: for group `g` (an index into `labels`), the indices of its
 * deals in the deal table, ascending. Every deal is in exactly one group.
 * @example
 * groupDeals({ header: "Source", labels: ["Web", ""], codes: Int32Array.of(0, 1, 0) }) //=> [Int32Array [0, 2], Int32Array [1]]
 */
export function groupDeals(column: GroupColumn): Int32Array[] {
  const sizes = new Int32Array(column.labels.length);
  for (const code of column.codes) sizes[code]++;
  const groups = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(column.labels.length);
  column.codes.forEach((code, deal) => (groups[code][filled[code]++] = deal));
  return groups;
}

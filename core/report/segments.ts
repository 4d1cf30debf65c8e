import { funnelFromReached, reachedCounts, type FunnelRow } from "../metrics/funnel";
import { groupDeals, groupTests, winRateSpread, type GroupTest, type WinRateSpread } from "../metrics/segments";
import { STATUS_CODE, type DealTable } from "../model/dealTable";
import { dealSubset } from "../model/dealSubset";
import type { GroupColumn } from "../model/groupColumn";
import type { ReadingNotes } from "../model/reading";
import { dealFigures, type DealFigures } from "./analyzeDeals";

/** One group of a field: its deals' figures, the other deals' funnel, and whether its win rate stands out. */
export interface SegmentGroup {
  /** The group's name as first met in the log; `""` for the blank group. */
  readonly label: string;
  readonly blank: boolean;
  readonly deals: number;
  /** The report's figures on the group's deals alone (core/report/analyzeDeals.ts dealFigures). */
  readonly figures: DealFigures;
  /** The funnel of every other deal of the log (the whole log's reached counts less the group's). */
  readonly othersFunnel: readonly FunnelRow[];
  readonly test: GroupTest;
}

/** A log split by one column (`analyze --by`). */
export interface Segments {
  /** The column's header, as written. */
  readonly header: string;
  /** Groups by deals, most first (ties: the first met first), the blank group last. */
  readonly groups: readonly SegmentGroup[];
  /** The spread of the groups' win rates (the blank group aside); indices into `groups`. */
  readonly spread: WinRateSpread | null;
}

/**
 * The figures of a deal log by group (DEFINITIONS §4 "Segments"): each group's deals run through the same figures
 * as the whole log ({@link dealFigures} on {@link dealSubset}), each group's win rate tested against all other deals'
 * ({@link groupTests}: PILOT_LIFT's test, Holm-adjusted), and the spread of win rate across the groups. The whole
 * log's figures are not touched.
 * @example
 * segmentsOfDeals(log.deals, group, log.reading).groups.map((g) => [g.label, g.deals]) //=> [["官网", 22], ["展会", 20], …]
 */
export function segmentsOfDeals(deals: DealTable, column: GroupColumn, reading: ReadingNotes | undefined): Segments {
  const members = groupDeals(column);
  const order = column.labels
    .map((label, code) => ({ label, code, size: members[code].length }))
    .filter((group) => group.size > 0)
    .sort((a, b) => Number(a.label === "") - Number(b.label === "") || b.size - a.size || a.code - b.code);
  const subsets = order.map(({ code }) => dealSubset(deals, members[code]));
  const decided = subsets.map((subset) => {
    let won = 0;
    let lost = 0;
    for (const status of subset.status) {
      if (status === STATUS_CODE.won) won++;
      else if (status === STATUS_CODE.lost) lost++;
    }
    return { won, lost };
  });
  // Without a status column nothing is known to be lost (the win rate is null): nothing is tested.
  const tests = deals.hasStatus ? groupTests(decided) : decided.map(() => UNTESTED);
  const names = deals.stages.names;
  const allReached = reachedCounts(deals);
  const groups = order.map(({ label }, index): SegmentGroup => {
    const subset = subsets[index];
    const reached = reachedCounts(subset);
    return {
      label,
      blank: label === "",
      deals: subset.count,
      figures: dealFigures(subset, reading),
      othersFunnel: funnelFromReached(names, allReached.map((all, stage) => all - reached[stage])),
      test: tests[index],
    };
  });
  const blank = new Set(groups.flatMap((group, index) => (group.blank ? [index] : [])));
  return { header: column.header, groups, spread: winRateSpread(groups.map((group) => group.figures.winRate), blank) };
}

const UNTESTED: GroupTest = { winRate: null, othersWinRate: null, pValue: null, method: null, pHolm: null, flag: null };


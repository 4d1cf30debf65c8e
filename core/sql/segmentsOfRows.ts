import { figuresOfRows, type FigureRow, type SqlFigures } from "./figuresOfRows";

/** One row of the grouped report query's answer (core/sql/reportSql.ts with a group column): a group's figure. */
export interface SegmentRow extends FigureRow {
  /** The group's place in the list (1 first): most deals first, ties by first appearance, the blank group last. */
  readonly grp: number;
  /** The group's name, trimmed, as its first row spells it; `""` for the blank group. */
  readonly groupLabel: string;
}

/** One group's figures as the SQL computed them, with the counts the core's win-rate test needs. */
export interface SqlSegment {
  readonly label: string;
  readonly blank: boolean;
  readonly figures: SqlFigures;
  /** Won and lost deals of the group (core/metrics/segments.ts groupTests takes them). */
  readonly won: number;
  readonly lost: number;
}

/**
 * Turns the grouped query's rows into one {@link SqlFigures} per group, in the query's order (`grp`). The
 * p-values, the Holm adjustment and the spread stay in the core (core/report/segments.ts); every per-group figure
 * comes from the SQL.
 * @example
 * segmentsOfRows(["Lead", "Won"], rows).map((group) => [group.label, group.figures.deals]) //=> [["Web", 12], ["", 3]]
 */
export function segmentsOfRows(stages: readonly string[], rows: readonly SegmentRow[]): SqlSegment[] {
  const byGroup = new Map<number, { label: string; rows: FigureRow[] }>();
  for (const row of rows) {
    const grp = Number(row.grp);
    let group = byGroup.get(grp);
    if (group === undefined) byGroup.set(grp, (group = { label: String(row.groupLabel ?? ""), rows: [] }));
    group.rows.push(row);
  }
  return [...byGroup]
    .sort(([a], [b]) => a - b)
    .map(([, group]) => {
      const count = (figure: string) => Math.round(Number(group.rows.find((row) => row.figure === figure)?.value ?? 0));
      return { label: group.label, blank: group.label === "", figures: figuresOfRows(stages, group.rows), won: count("won_deals"), lost: count("lost_deals") };
    });
}

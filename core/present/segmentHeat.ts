import { reportMessage } from "../i18n/reportMessages";
import { cellText, type Grid } from "../model/cells";
import type { Locale } from "../model/locale";
import type { DealLog } from "../parse/dealLog";
import { groupByColumn, groupColumnOfGrid } from "../parse/groupColumn";
import { REPORT_FIGURES } from "../report/reportFigures";
import { groupLabel, groupNoun, segmentSentences, segmentsOfDeals, type Segments } from "../report/segmentReport";
import { figureText } from "./numberText";

/** The heat table's lightest and darkest shade (0% and 100%): white to a mid blue of the Fluent ramp. */
export const HEAT_COLORS = { low: "#ffffff", high: "#479ef5" } as const;

/** The text colour on every shade; at least 4.5:1 against the darkest (WCAG AA). */
export const HEAT_TEXT = "#242424";

/** One figure of the heat table: a rate (0–1), as written, and its shade; `null` where a denominator is empty. */
export interface HeatCell {
  readonly value: number | null;
  /** The rate as every pane writes a share ("45.7%"), or "—". */
  readonly text: string;
  /** 0–1 (the rate itself); `null` without a figure. */
  readonly shade: number | null;
  /** The cell's background, `#rrggbb` ({@link heatColor}); `null` without a figure (the pane's own background). */
  readonly background: string | null;
}

/** One group of the heat table. */
export interface HeatRow {
  /** The group's name as shown: its own, or "(blank)" / "（空白）". */
  readonly group: string;
  readonly blank: boolean;
  /** Whether the group's win rate differs from the other deals' (Holm-adjusted p < 0.05): core/report/segments.ts. */
  readonly flag: "above" | "below" | null;
  /** The flag in words ("above the others"), `""` when not flagged. */
  readonly flagText: string;
  /** Its deals, written as a count. */
  readonly deals: string;
  /** Step conversion into each stage from the one before (the second stage on), as {@link SegmentHeatTable.headers}. */
  readonly steps: readonly HeatCell[];
  readonly winRate: HeatCell;
}

/**
 * A deal log split by one column, as the panes show it under "By": the flagged groups in words first, then a
 * group × step table. The figures are `analyze --by`'s (core/report/segments.ts segmentsOfDeals); the words are its
 * text report's (core/report/segmentReport.ts segmentSentences).
 */
export interface SegmentHeatTable {
  /** The header of the column the deals are split by, as written. */
  readonly column: string;
  /** The flagged groups, else that none stands out; then the spread of win rate (segmentSentences). */
  readonly sentences: readonly string[];
  /** Column headings: the group column's header, deals, each step ("线索 → 商机"), win rate. */
  readonly headers: { readonly group: string; readonly deals: string; readonly steps: readonly string[]; readonly winRate: string };
  /** Groups by deals, most first, the blank group last (as `analyze --by` lists them). */
  readonly rows: readonly HeatRow[];
}

/**
 * A cell's background for a rate: linear from {@link HEAT_COLORS} `low` (0) to `high` (1) in each sRGB channel,
 * rounded half up; the rate is clamped to 0–1.
 * @example
 * heatColor(0)   //=> "#ffffff"
 * heatColor(0.5) //=> "#a3cffa"
 * heatColor(1)   //=> "#479ef5"
 */
export function heatColor(shade: number): string {
  const t = Math.min(1, Math.max(0, shade));
  const channel = (at: number) => {
    const low = parseInt(HEAT_COLORS.low.slice(at, at + 2), 16);
    const high = parseInt(HEAT_COLORS.high.slice(at, at + 2), 16);
    return Math.round(low + (high - low) * t)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/**
 * The heat table of {@link Segments} split by `by` (the field or header the user chose), in `locale`.
 * @example
 * segmentHeatTable(segments, "source", "en").rows.map((row) => row.winRate.text) //=> ["70.0%", "10.0%", "66.7%", "100.0%"]
 */
export function segmentHeatTable(segments: Segments, by: string, locale: Locale): SegmentHeatTable {
  const cell = (value: number | null): HeatCell =>
    value === null || !Number.isFinite(value)
      ? { value: null, text: figureText("share", null, locale), shade: null, background: null }
      : { value, text: figureText("share", value, locale), shade: value, background: heatColor(value) };
  const first = segments.groups[0]?.figures.funnel ?? [];
  return {
    column: segments.header,
    sentences: segmentSentences(segments, groupNoun(by, segments.header), locale),
    headers: {
      group: segments.header,
      deals: reportMessage(locale, "segment.table.deals"),
      steps: first.slice(1).map((row, index) => `${first[index].stage} → ${row.stage}`),
      winRate: REPORT_FIGURES.winRate.label[locale],
    },
    rows: segments.groups.map((group) => ({
      group: groupLabel(group, locale),
      blank: group.blank,
      flag: group.test.flag,
      flagText: group.test.flag === null ? "" : reportMessage(locale, group.test.flag === "above" ? "segment.table.above" : "segment.table.below"),
      deals: figureText("count", group.deals, locale),
      steps: group.figures.funnel.slice(1).map((row) => cell(row.stepConversion)),
      winRate: cell(group.figures.winRate),
    })),
  };
}

/**
 * The heat table of a deal log read from `grid` (its header row first, sheet row `firstRow`; `log` parsed from it),
 * split by the column `by` names as `analyze --by` finds it (core/parse/groupColumn.ts groupByColumn); `undefined`
 * when no column of the header holds it ({@link noGroupColumnText} says so).
 * @example
 * segmentHeatOfGrid(values, 1, log, "owner", "zh-CN")?.rows.map((row) => row.group) //=> ["李伟", "王芳", …]
 */
export function segmentHeatOfGrid(grid: Grid, firstRow: number, log: DealLog, by: string, locale: Locale): SegmentHeatTable | undefined {
  const column = grid.length === 0 ? undefined : groupByColumn(grid[0], by);
  if (column === undefined) return undefined;
  return segmentHeatTable(segmentsOfDeals(log.deals, groupColumnOfGrid(grid, firstRow, log.deals.rows, column), log.reading), by, locale);
}

/** Headers listed at most when no column holds the field; more are left out ("…"). */
const LISTED_HEADERS = 12;

/**
 * What a pane says when the sheet has no column for the field chosen under "By" (`field`: the choice as the pane
 * names it), naming the sheet's headers.
 * @example
 * noGroupColumnText([["Deal", "Lead", "Won"]], "Region", "en")
 * //=> 'This sheet has no column for "Region", so nothing is split by it (its headers: Deal, Lead, Won)'
 */
export function noGroupColumnText(grid: Grid, field: string, locale: Locale): string {
  const headers = (grid[0] ?? []).map((cell) => cellText(cell)).filter((text) => text !== "");
  const shown = headers.length > LISTED_HEADERS ? [...headers.slice(0, LISTED_HEADERS), "…"] : headers;
  return reportMessage(locale, "segment.noColumn", { field, headers: shown.join(locale === "zh-CN" ? "、" : ", ") });
}

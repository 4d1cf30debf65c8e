import { columnLetter } from "../../model/cells";
import type { Locale } from "../../model/locale";
import { sampleGoals, type GoalKind, type GoalNumbers } from "../../sample/goalBaselines";
import { DEFAULT_SAMPLE_END_DAY } from "../../sample/period";
import { a1, absolute, parseA1, quoted, range, sheetRef } from "../a1";
import type { TemplateContext } from "../context";
import { columnWidths, drawColumns } from "../columns";
import { wrapAcross, wrappedHeight } from "../wrapAcross";
import { type GoalsLayout, type TemplateLayout } from "../layout";
import { asOfReference } from "../asOf";
import { EMPTY_FIGURE, orDash, whenNumbers } from "../emptyFigure";
import { periodConversionFormula, periodCycleArray, periodCycleCell, periodWinRateFormula, type PeriodBounds } from "../periodFormulas";
import { dealRowsHelperRange, dealRowsHelperRows } from "../dealRowsHelper";
import { leadSettleDaysFormula, matureLeadEnd } from "../leadSettle";
import { day, formula, num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";
import { GOALS_COPY as COPY } from "./goalsCopy";

const GOAL_KINDS: readonly GoalKind[] = ["conversion", "cycle", "winRate", "satisfaction", "own", "own"];
const FORMAT: Readonly<Record<GoalKind, string | undefined>> = {
  conversion: "0.0%",
  cycle: "0.0",
  winRate: "0.0%",
  satisfaction: "0.0",
  own: undefined,
};

/** The method's SMART examples: lead → opportunity 15% → 25%, cycle 45 → 30 days, satisfaction 4.2 → 4.5. */
const METHOD_GOALS: Readonly<Record<GoalKind, GoalNumbers>> = {
  conversion: { baseline: 0.15, target: 0.25, current: null },
  cycle: { baseline: 45, target: 30, current: null },
  winRate: { baseline: null, target: null, current: null },
  satisfaction: { baseline: 4.2, target: 4.5, current: null },
  own: { baseline: null, target: null, current: null },
};

/** The row's goal period for the native period figures: from its start (0 when blank: no start) to the as-of day. */
function goalBounds(goals: GoalsLayout, row: number, asOf: string): PeriodBounds {
  return { from: `MAX(0,${absolute(goals.columns.start, row)})`, end: `${asOf}+1` };
}

/**
 * The goal's current value: for the goals the deal log measures, the figure over the goal's own period (start → as-of
 * day, core/metrics/periodFigures.ts goalCurrent) computed from the Deals sheet; else a cell to type in.
 */
function currentCell(kind: GoalKind, typed: number | null, layout: TemplateLayout, row: number): TemplateCell {
  const bounds = goalBounds(layout.goals, row, asOfReference(layout));
  // Only the leads that had time to convert (core matureLeadPeriod): the period ends the settle days before the as-of day.
  if (kind === "conversion") return formula(periodConversionFormula(layout, { ...bounds, end: matureLeadEnd(layout, asOfReference(layout)) }));
  if (kind === "cycle") {
    const cycles = dealRowsHelperRange(layout, layout.goals.cycleHelper);
    return formula(orDash(`MEDIAN(${cycles})`, `COUNT(${cycles})=0`));
  }
  if (kind === "winRate") return formula(periodWinRateFormula(layout, bounds));
  return typed === null ? null : num(typed);
}

/** The Stages sheet's cell holding the name of stage `index` (0-based). */
function stageNameRef(layout: TemplateLayout, index: number): string {
  return sheetRef(layout.sheetName("stages"), absolute(layout.stages.nameColumn, layout.stages.firstRow + index));
}

function metricCell(kind: GoalKind, layout: TemplateLayout, locale: Locale): TemplateCell {
  if (kind === "conversion") return formula(`${stageNameRef(layout, 0)}&"→"&${stageNameRef(layout, 1)}&${quoted(COPY.conversion[locale])}`);
  if (kind === "own") return null;
  return text(COPY[kind][locale]);
}

/**
 * Text with `{name}` placeholders as a formula joining its pieces with the cells named, so the text follows
 * the cells (a renamed stage).
 * @example
 * joinedText("{from}→{to}", { from: "阶段!$B$2", to: "阶段!$B$3" }) //=> '阶段!$B$2&"→"&阶段!$B$3'
 */
function joinedText(template: string, cells: Readonly<Record<string, string>>): string {
  return template
    .split(/\{(\w+)\}/)
    .map((piece, index) => (index % 2 === 1 ? cells[piece] : piece === "" ? "" : quoted(piece)))
    .filter((piece) => piece !== "")
    .join("&");
}

/** The Notes cell: which deals a computed current value counts (the stage names following the Stages sheet), or what to type. */
function noteCell(kind: GoalKind, layout: TemplateLayout, locale: Locale): TemplateCell {
  if (kind === "conversion") return formula(joinedText(COPY.periodConversion[locale], conversionNoteCells(layout)));
  if (kind === "cycle") return text(COPY.periodCycle[locale]);
  if (kind === "winRate") return text(COPY.periodWinRate[locale]);
  if (kind === "satisfaction") return text(COPY.byHand[locale]);
  return text(COPY.own[locale]);
}

/** The cells the conversion note names: the first two stages (the Stages sheet) and the settle days (the Dashboard's median). */
function conversionNoteCells(layout: TemplateLayout): Readonly<Record<string, string>> {
  return { from: stageNameRef(layout, 0), to: stageNameRef(layout, 1), days: `ROUND(${leadSettleDaysFormula(layout)},1)` };
}

/**
 * The conversion note as it will read, for its row's height: the stage names in use, and the widest settle days a log
 * of whole days gives ("999.5"; the cell shows the Dashboard's median).
 */
export function conversionNoteText(locale: Locale, stageNames: readonly string[]): string {
  const names: Readonly<Record<string, string>> = { from: stageNames[0], to: stageNames[1], days: "999.5" };
  return COPY.periodConversion[locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => names[name] ?? placeholder);
}

/** Progress, time elapsed and on track for one row (core goalProgress, elapsedShare and onTrack, natively). */
function figureCells(goals: GoalsLayout, row: number, asOf: string): TemplateCell[] {
  const { columns } = goals;
  const cell = (column: number) => a1(column, row);
  const [baseline, target, start, deadline, current] = [columns.baseline, columns.target, columns.start, columns.deadline, columns.current].map(cell);
  const progress = cell(columns.progress);
  const elapsed = cell(columns.elapsed);
  return [
    // Blank until baseline and target are set; "—" (the core's null) when target = baseline or the current value
    // is "—" (no deal to count in the goal's period).
    formula(`IF(OR(${baseline}="",${target}=""),"",IF(${current}="","",${whenNumbers([current], orDash(`(${current}-${baseline})/(${target}-${baseline})`, `${target}=${baseline}`))}))`),
    // Deadline before start: no time window ("—"); a one-day goal is due on its day; else clamped to [0, 1].
    formula(
      `IF(OR(${start}="",${deadline}="",${asOf}=""),"",IF(${deadline}<${start},"${EMPTY_FIGURE}",IF(${deadline}=${start},IF(${asOf}>=${deadline},1,0),MIN(1,MAX(0,(${asOf}-${start})/(${deadline}-${start}))))))`,
    ),
    // On track only when both are numbers (core onTrack: null otherwise): "—" compares above every number.
    formula(`IF(AND(ISNUMBER(${progress}),ISNUMBER(${elapsed})),IF(${progress}>=${elapsed},${quoted(goals.onTrackWords.yes)},${quoted(goals.onTrackWords.no)}),"")`),
  ];
}

/**
 * The Goals sheet: SMART rows (DEFINITIONS §4 "goal progress", "on track") — metric, baseline, target, start,
 * deadline, current, progress, time elapsed, on track — natively computing core/metrics/goalProgress.ts:
 * progress = (current − baseline) / (target − baseline) ("—" when target = baseline), time elapsed =
 * elapsedShare(start, deadline, as of), on track = progress ≥ elapsed.
 *
 * Current values of the goals the deal log measures are computed from the Deals sheet over each goal's own period,
 * start → the workbook's as-of date (DEFINITIONS §4 "goals over their own period", core goalCurrent): conversion of the
 * leads that came in and had time to convert (lead date + the Dashboard's median days in the first stage ≤ the as-of
 * date, leadSettle.ts), win rate of the deals closed, median cycle of the deals won (a hidden helper column) — and the
 * Notes column says which deals count; satisfaction is typed in. The as-of day (统计日期, asOf.ts: the whole
 * workbook's) is an input cell, never TODAY() inside the figures: with sample data it is the sample's last day
 * (DEFAULT_SAMPLE_END_DAY, 2026-11-30) and the goals run from the 1st of the
 * month before it for three months, with baselines from the earlier deals; without sample data it holds
 * =TODAY() (the manager may type a day) and the rows hold the method's goals with the dates left to fill in.
 */
export function goalsSheet({ layout, sample, stageNames }: TemplateContext): SheetSpec {
  const { locale } = layout;
  const { goals } = layout;
  const sheet = new SheetBuilder("goals", goals.sheet, "#7030A0");
  const { columns } = goals;
  const withSample = sample.length > 0 ? sampleGoals(sample) : undefined;
  const numbers = withSample?.numbers ?? METHOD_GOALS;
  const optional = (value: number | null) => (value === null ? null : num(value));

  const rows: TemplateCell[][] = goals.rows.map((row, index) => {
    const kind = GOAL_KINDS[index];
    const goal = numbers[kind];
    const dated = withSample !== undefined && kind !== "own";
    return [
      num(index + 1),
      metricCell(kind, layout, locale),
      optional(goal.baseline),
      optional(goal.target),
      dated ? day(withSample.start) : null,
      dated ? day(withSample.deadline) : null,
      currentCell(kind, goal.current, layout, row),
      ...figureCells(goals, row, asOfReference(layout)),
      noteCell(kind, layout, locale),
    ];
  });
  const firstRow = goals.rows[0];
  const lastRow = goals.rows[goals.rows.length - 1];
  const onTrack = range(columns.onTrack, firstRow, columns.onTrack, lastRow);
  const onTrackIs = (word: string) => `$${columnLetter(columns.onTrack)}${firstRow}=${quoted(word)}`;
  const asOf = parseA1(goals.asOf);

  // The cycle goal's hidden helper: each Deals row's cycle days when won in the goal's period (its MEDIAN is the current
  // value), following the host's Deals rows (dealRowsHelper.ts: a spill in Excel, an ARRAYFORMULA in Sheets).
  const cycleRow = goals.rows[GOAL_KINDS.indexOf("cycle")];
  // A blank start compares as 0 (no start) in a plain comparison: no MAX(0, …) needed here.
  const cycleBounds = { from: absolute(goals.columns.start, cycleRow), end: `${asOfReference(layout)}+1` };
  const dealsSheet = layout.sheetName("deals");
  const helperRows = dealRowsHelperRows(
    layout,
    (dealRow) => [formula(periodCycleCell(layout, dealsSheet, dealRow, cycleBounds))],
    () => [periodCycleArray(layout, cycleBounds)],
  );
  sheet
    .put(a1(goals.cycleHelper, 1), [[text(COPY.helperCycle[locale])], ...helperRows])
    .hide(columnLetter(goals.cycleHelper));

  drawColumns(sheet, goals.table, { header: goals.headerRow, first: firstRow, last: lastRow }, { locale, stageNames, stageRange: layout.stages.names })
    .widths(...columnWidths([goals.table], 0))
    .lines("A1", ["title", COPY.title[locale]], ["note", COPY.note[locale]])
    .put(a1(asOf.column - 1, asOf.row), [[text(COPY.asOf[locale]), withSample ? day(DEFAULT_SAMPLE_END_DAY) : formula("TODAY()"), null, text(COPY.asOfNote[locale])]])
    .put(a1(1, firstRow), rows)
    .style(a1(asOf.column - 1, asOf.row), "subtitle")
    .style(goals.asOf, "input")
    .style(a1(asOf.column + 2, asOf.row), "note")
    .format(goals.asOf, "yyyy-mm-dd")
    .rule({ kind: "formula", ref: onTrack, formula: onTrackIs(goals.onTrackWords.yes), look: "good" })
    .rule({ kind: "formula", ref: onTrack, formula: onTrackIs(goals.onTrackWords.no), look: "bad" });
  goals.rows.forEach((row, index) => {
    const kind = GOAL_KINDS[index];
    const linked = kind === "conversion" || kind === "cycle" || kind === "winRate";
    sheet.style(a1(columns.current, row), linked ? "computed" : "input");
    if (kind === "own") sheet.style(a1(columns.metric, row), "input");
    if (kind === "conversion") sheet.style(a1(columns.metric, row), "computed");
    const format = FORMAT[kind];
    if (format !== undefined) {
      sheet.format(a1(columns.baseline, row), format).format(a1(columns.target, row), format).format(a1(columns.current, row), format);
    }
  });
  // The goal rows wrap (each row's cells at its top), each as tall as its note needs; the as-of note spans to the table's edge.
  sheet.wrap(range(1, firstRow, goals.table.last, lastRow));
  const built = sheet.build();
  // The conversion note is a formula naming the first two stages: measured with their names.
  const noteText = (kind: GoalKind, cell: TemplateCell) =>
    kind === "conversion" ? conversionNoteText(locale, stageNames) : cell !== null && "text" in cell ? cell.text : "";
  const noteHeights = rows.flatMap((cells, index) => {
    const points = wrappedHeight(noteText(GOAL_KINDS[index], cells[cells.length - 1]), built.columnWidths[columns.notes - 1]);
    return points > 0 ? [{ row: goals.rows[index], points }] : [];
  });
  const spec = { ...built, rowHeights: [...(built.rowHeights ?? []), ...noteHeights] };
  return wrapAcross(spec, range(asOf.column + 2, asOf.row, goals.table.last, asOf.row), [COPY.asOfNote[locale]]);
}

import { columnLetter } from "../../model/cells";
import { DEAL_STATUS_WORDS, type DealStatus } from "../../model/words";
import { pilotStartDay } from "../../sample/market";
import { civilFromDay, DEFAULT_SAMPLE_END_DAY, firstOfMonth, samplePeriod } from "../../sample/period";
import { a1, absolute, quoted, range, sheetRef } from "../a1";
import { asOfReference } from "../asOf";
import { dealRowsHelperRange } from "../dealRowsHelper";
import type { TemplateContext } from "../context";
import { columnWidths, drawColumns, headerCells } from "../columns";
import { EMPTY_FIGURE, orDash, whenNumbers } from "../emptyFigure";
import { KEY_FIGURE_NAMES, type TemplateLayout } from "../layout";
import { inPoints } from "../points";
import { DEFAULT_LOST_REASONS, REVIEW_MONTH_ROWS as MONTH_ROWS, type ReviewsLayout } from "../reviewsLayout";
import { formula, SheetBuilder, text, day } from "../sheetBuilder";
import { templateStory } from "../sampleStory";
import { tellStory } from "../../sample/story";
import type { SheetSpec, TemplateCell } from "../types";
import { REVIEWS_COPY as COPY, SAMPLE_NOTES } from "./reviewsCopy";
import { dealRowsEnd } from "../rowsDown";

/** The Goals sheet's win-rate goal row (0-based, goals.ts GOAL_KINDS): the close-month review compares with its target. */
export const WIN_RATE_GOAL_INDEX = 2;

/** The generation day of the options, checked (the default keeps old callers' months fixed too). */
function todayDay(today: number | undefined): number {
  if (today === undefined) return DEFAULT_SAMPLE_END_DAY;
  if (!Number.isInteger(today) || today < 61 || today > 2958465) {
    throw new RangeError(`today must be a whole day number (an Excel serial from 1900-03-01), got ${today}.`);
  }
  return today;
}

/** (year × 12 + month) × 100,000: a month's base in the cycle keys. */
const monthKey = (dayCell: string) => `(YEAR(${dayCell})*12+MONTH(${dayCell}))*100000`;

/**
 * The median of the cycle days keyed (month key + days) in `keys`, for the month whose first day is `month`:
 * the month's keys are contiguous in sorted order, after the `b` smaller ones, so its median is the mean of the
 * keys of rank b + ⌊(c+1)/2⌋ and b + ⌊c/2⌋ + 1 less the base (c of them; "—" when c = 0).
 */
function keyedMedian(keys: string, month: string): string {
  const base = monthKey(month);
  const count = `COUNTIFS(${keys},">="&${base},${keys},"<"&(${base}+100000))`;
  const below = `COUNTIF(${keys},"<"&${base})`;
  return orDash(`(SMALL(${keys},${below}+INT((${count}+1)/2))+SMALL(${keys},${below}+INT(${count}/2)+1))/2-${base}`, `${count}=0`);
}

/**
 * The hidden cycle keys under their header (row 2 on), one per Deals row: (year × 12 + month) × 100,000 + cycle days
 * of a won deal, by lead month and by won month. How they follow the Deals rows depends on the host, as
 * `layout.deals.column` does (dealsReference.ts), so that deals typed or pasted below the prepared rows count:
 * - "file": one row per prepared Deals row, the same text on every row (INDEX by ROW());
 * - "sheets": one ARRAYFORMULA per column in row 2 over the open-ended Deals columns (only cell-by-cell functions);
 * - "excel": one formula per column in row 2 over the Deals table's columns, which spills down as many rows as the
 *   table has and grows with it.
 * @example
 * reviewsKeyRows(templateLayout("en", 6, 1001, "sheets")) //=> [[{ formula: "ARRAYFORMULA(IF(ISNUMBER('Deals'!$X$2:$X),…" }, …]]
 */
export function reviewsKeyRows(layout: TemplateLayout): TemplateCell[][] {
  const { deals, stageCount, lastDealRow, host } = layout;
  const lead = deals.column(deals.stage(0));
  const won = deals.column(deals.stage(stageCount - 1));
  const cycle = deals.column(deals.cycle);
  const keys = (at: (column: string) => string): TemplateCell[] => {
    const days = at(cycle);
    return [formula(`IF(ISNUMBER(${days}),${monthKey(at(lead))}+${days},"")`), formula(`IF(ISNUMBER(${days}),${monthKey(at(won))}+${days},"")`)];
  };
  if (host === "sheets") return [keys((column) => column).map((cell) => formula(`ARRAYFORMULA(${(cell as { formula: string }).formula})`))];
  if (host === "excel") return [keys((column) => column)];
  const keyRow = keys((column) => `INDEX(${column},ROW()-1)`);
  return Array.from({ length: lastDealRow - 1 }, () => keyRow);
}

/**
 * The Reviews sheet's key column `column` as its medians read it, following {@link reviewsKeyRows}: the prepared
 * rows (file), open-ended (sheets), the spill of row 2 (excel).
 * @example
 * reviewsKeyRange(templateLayout("en", 6, 1001), 30)           //=> "$AD$2:$AD$1001"
 * reviewsKeyRange(templateLayout("en", 6, 1001, "sheets"), 30) //=> "$AD$2:$AD"
 * reviewsKeyRange(templateLayout("en", 6, 1001, "excel"), 30)  //=> "$AD$2#"
 */
export function reviewsKeyRange(layout: Pick<TemplateLayout, "host" | "lastDealRow">, column: number): string {
  return dealRowsHelperRange(layout, column);
}

/** The state of a month on the as-of day (core monthState): not yet, in progress, maturing (cohorts only), complete. */
function stateFormula(reviews: ReviewsLayout, month: string, next: string, asOf: string, settle: string | null): string {
  const word = (key: keyof ReviewsLayout["stateWords"]) => quoted(reviews.stateWords[key]);
  const maturing = settle === null ? word("complete") : `IF(${next}-1+${settle}>${asOf},${word("maturing")},${word("complete")})`;
  return `IF(${month}>${asOf},${word("future")},IF(${next}-1>${asOf},${word("inProgress")},${maturing}))`;
}

/**
 * The Reviews sheet (the method's step 5, monthly review), two tables of twelve months (DEFINITIONS §4
 * "close-month review"; core/report/monthlyReview.ts):
 * - the lead-month cohort: the deals whose lead (first stage) date falls in the month, won, lost, win rate, the
 *   median cycle of its won deals, the stage where most were lost, its state (a cohort is "maturing" while its
 *   month end + the Dashboard's median cycle is after the as-of day: not a failure), and typed-in notes and
 *   adjustments;
 * - the close-month review: new leads, won (by won date), lost (by the date of the stage they stopped at), new
 *   leads still open, win rate, median cycle of the month's won deals, its state (a month not over is "in
 *   progress"), the top loss point among the stages after the first, the top lost reason among the listed ones
 *   (under the table, editable), and the win rate's change on last month and on the Goals sheet's win-rate goal.
 * Empty figures show "—" ({@link orDash}). Medians come from hidden cycle keys (one row per Deals row, read
 * through `layout.deals.column`), no array formula. The first month is an input written as a fixed date — with
 * sample data the sample's first month; without, the month eleven months before `options.today` (default
 * 2026-11-30: 2025-12) — and the others follow it. Never TODAY(): states are measured on the workbook's as-of
 * day ({@link asOfReference}).
 *
 * @throws {RangeError} when `options.today` is not a whole day number in 1900-03-01 … 9999-12-31.
 */
export function reviewsSheet({ options, layout, stageNames, sample }: TemplateContext): SheetSpec {
  const { locale, deals, stageCount } = layout;
  const reviews = layout.reviews;
  const sheet = new SheetBuilder("reviews", layout.sheetName("reviews"), "#A5A5A5");
  const { cohort, close } = reviews;
  const col = cohort.columns;
  const work = cohort.work;
  const lead = deals.column(deals.stage(0));
  const valid = deals.column(deals.valid);
  const outcome = deals.column(deals.outcome);
  const furthest = deals.column(deals.furthest);
  const word = (status: DealStatus) => quoted(DEAL_STATUS_WORDS[status][locale]);
  const asOf = asOfReference(layout);
  const settle = `IF(ISNUMBER(${KEY_FIGURE_NAMES.cycleMedian}),${KEY_FIGURE_NAMES.cycleMedian},0)`;
  const keyRange = (column: number) => reviewsKeyRange(layout, column);
  const withSample = sample.length > 0;
  const period = samplePeriod();
  const today = todayDay(options.today);
  const firstMonth = withSample ? firstOfMonth(period.startDay) : firstOfMonth(today, 1 - MONTH_ROWS);

  const notesByRow = new Map<number, (typeof SAMPLE_NOTES)[number]>();
  const story = templateStory({ sample, stageNames, layout });
  if (withSample) {
    const monthIndex = (dayNumber: number) => {
      const start = civilFromDay(period.startDay);
      const at = civilFromDay(dayNumber);
      return (at.year - start.year) * 12 + at.month - start.month;
    };
    const liveStream = story?.liveStream.month ?? NaN;
    const rowOf = { liveStream: Number.isFinite(liveStream) ? monthIndex(liveStream) : -1, pilot: monthIndex(pilotStartDay(period)), last: monthIndex(period.endDay) };
    for (const entry of SAMPLE_NOTES) notesByRow.set(rowOf[entry.at], entry);
  }

  const cohortRows: TemplateCell[][] = Array.from({ length: MONTH_ROWS }, (_, index) => {
    const row = cohort.first + index;
    const month = `$${columnLetter(col.month)}${row}`;
    const next = `$${columnLetter(work.next)}${row}`;
    const inMonth = `${lead},">="&${month},${lead},"<"&${next}`;
    const lostCells = range(work.lostAt, row, work.lostAt + stageCount - 2, row);
    const [won, lost] = [a1(col.won, row), a1(col.lost, row)];
    const sampleNote = notesByRow.get(index);
    return [
      index > 0 ? formula(`DATE(YEAR(${a1(col.month, row - 1)}),MONTH(${a1(col.month, row - 1)})+1,1)`) : day(firstMonth),
      formula(`COUNTIFS(${inMonth},${valid},1)`),
      formula(`COUNTIFS(${inMonth},${outcome},${word("won")})`),
      formula(`COUNTIFS(${inMonth},${outcome},${word("lost")})`),
      formula(orDash(`${won}/(${won}+${lost})`, `${won}+${lost}=0`)),
      formula(keyedMedian(keyRange(reviews.keys.leadKey), month)),
      formula(`IF(MAX(${lostCells})=0,"",INDEX(StageNames,MATCH(MAX(${lostCells}),${lostCells},0)))`),
      formula(stateFormula(reviews, month, next, asOf, settle)),
      sampleNote ? text(tellStory(sampleNote.told, sampleNote.note, story, locale)) : null,
      sampleNote ? text(sampleNote.adjustment[locale]) : null,
    ];
  });
  const cohortWork: TemplateCell[][] = Array.from({ length: MONTH_ROWS }, (_, index) => {
    const row = cohort.first + index;
    const month = `$${columnLetter(col.month)}${row}`;
    const inMonth = `${lead},">="&${month},${lead},"<"&$${columnLetter(work.next)}${row}`;
    return [
      formula(`DATE(YEAR(${month}),MONTH(${month})+1,1)`),
      ...stageNames.slice(0, -1).map((_, stage) => formula(`COUNTIFS(${inMonth},${outcome},${word("lost")},${furthest},${stage + 1})`)),
    ];
  });

  const closeRows = closeMonthRows(layout, stageCount, asOf);

  const keyRows = reviewsKeyRows(layout);

  const words = { locale, stageNames, stageRange: layout.stages.names };
  const t = reviews.tables;
  drawColumns(sheet, t.cohort, { header: cohort.header, first: cohort.first, last: cohort.last }, words);
  drawColumns(sheet, t.cohortWork, { header: cohort.header, first: cohort.first, last: cohort.last }, words);
  drawColumns(sheet, t.close, { header: close.header, first: close.first, last: close.last }, words);
  drawColumns(sheet, t.closeWork, { header: close.header, first: close.first, last: close.last }, words)
    .widths(...columnWidths([t.cohort, t.close, t.cohortWork, t.closeWork, t.keys], 3))
    .lines("A1", ["title", COPY.title[locale]], ["note", COPY.note[locale]], ["note", COPY.maturityNote[locale]])
    .put(a1(1, cohort.first), cohortRows)
    .put(a1(work.next, cohort.first), cohortWork)
    .lines(a1(1, close.title), ["subtitle", COPY.closeTitle[locale]])
    .put(a1(1, close.first), closeRows.visible)
    .put(a1(close.work.next, close.first), closeRows.work)
    .lines(a1(reviews.reasons.column, reviews.reasons.title), ["subtitle", COPY.reasonsTitle[locale]])
    .put(a1(reviews.reasons.column, reviews.reasons.first), DEFAULT_LOST_REASONS.map((reason) => [text(reason[locale])]))
    .style(range(reviews.reasons.column, reviews.reasons.first, reviews.reasons.column, reviews.reasons.last), "input")
    .put(a1(t.keys.first, 1), [headerCells(t.keys, words), ...keyRows])
    .style(a1(col.month, cohort.first), "input")
    .style(range(col.month, cohort.first + 1, col.month, cohort.last), "computed")
    .style(range(col.month, close.first, col.month, close.last), "computed")
    .freeze(cohort.header, 1);
  return drawColumns(sheet, t.keys, { first: 2, last: dealRowsEnd(layout) }, words).build();
}

/** The close-month table's visible and hidden cells (core monthlyReview). */
function closeMonthRows(layout: TemplateLayout, stageCount: number, asOf: string): { visible: TemplateCell[][]; work: TemplateCell[][] } {
  const { deals, locale, reviews } = layout;
  const { close, cohort } = reviews;
  const col = close.columns;
  const work = close.work;
  const word = (status: DealStatus) => quoted(DEAL_STATUS_WORDS[status][locale]);
  const lead = deals.column(deals.stage(0));
  const valid = deals.column(deals.valid);
  const outcome = deals.column(deals.outcome);
  const furthest = deals.column(deals.furthest);
  const lostReason = deals.column(deals.field.lostReason);
  const stage = (index: number) => deals.column(deals.stage(index));
  const goalRow = layout.goals.rows[WIN_RATE_GOAL_INDEX];
  const goal = sheetRef(layout.goals.sheet, absolute(layout.goals.columns.target, goalRow));
  const reasonList = absolute(reviews.reasons.column, reviews.reasons.first, reviews.reasons.column, reviews.reasons.last);
  const reasonCount = reviews.reasons.last - reviews.reasons.first + 1;
  const visible: TemplateCell[][] = [];
  const hidden: TemplateCell[][] = [];
  for (let index = 0; index < MONTH_ROWS; index++) {
    const row = close.first + index;
    const month = `$${columnLetter(col.month)}${row}`;
    const next = `$${columnLetter(work.next)}${row}`;
    const within = (column: string) => `${column},">="&${month},${column},"<"&${next}`;
    const lostAt = (from: number, to: number) => range(work.lostAt + from, row, work.lostAt + to, row);
    const reasons = range(work.reason, row, work.reason + reasonCount - 1, row);
    const [won, lost, winRate] = [a1(col.won, row), a1(col.lost, row), a1(col.winRate, row)];
    const afterFirst = lostAt(1, stageCount - 2);
    const closedAt = Array.from({ length: stageCount }, (_, s) => `(${furthest}=${s + 1})*(${stage(s)}>=${month})*(${stage(s)}<${next})`).join("+");
    visible.push([
      formula(`$${columnLetter(cohort.columns.month)}${cohort.first + index}`),
      formula(`COUNTIFS(${within(lead)},${valid},1)`),
      formula(`COUNTIFS(${within(stage(stageCount - 1))},${outcome},${word("won")})`),
      formula(`SUM(${lostAt(0, stageCount - 1)})`),
      formula(`COUNTIFS(${within(lead)},${outcome},${word("open")})`),
      formula(orDash(`${won}/(${won}+${lost})`, `${won}+${lost}=0`)),
      formula(keyedMedian(reviewsKeyRange(layout, reviews.keys.closeKey), month)),
      formula(stateFormula(reviews, month, next, asOf, null)),
      stageCount > 2
        ? formula(orDash(`INDEX(StageNames,1+MATCH(MAX(${afterFirst}),${afterFirst},0))`, `MAX(${afterFirst})=0`))
        : text(EMPTY_FIGURE),
      formula(orDash(`INDEX(${reasonList},MATCH(MAX(${reasons}),${reasons},0))`, `MAX(${reasons})=0`)),
      index === 0 ? text(EMPTY_FIGURE) : formula(whenNumbers([winRate, a1(col.winRate, row - 1)], inPoints(`${winRate}-${a1(col.winRate, row - 1)}`))),
      formula(whenNumbers([winRate, goal], inPoints(`${winRate}-${goal}`))),
    ]);
    hidden.push([
      formula(`DATE(YEAR(${month}),MONTH(${month})+1,1)`),
      ...Array.from({ length: stageCount }, (_, s) => formula(`COUNTIFS(${within(stage(s))},${furthest},${s + 1},${outcome},${word("lost")})`)),
      ...Array.from({ length: reasonCount }, (_, r) => {
        const reason = absolute(reviews.reasons.column, reviews.reasons.first + r);
        return formula(`IF(${reason}="",0,SUMPRODUCT((${outcome}=${word("lost")})*(${lostReason}=${reason})*(${closedAt})))`);
      }),
    ]);
  }
  return { visible, work: hidden };
}

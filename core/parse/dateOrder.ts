import type { AmbiguousDateColumn, DateColumnNote, DateOrder, DateOrderSource, ReadingNotes } from "../model/reading";
import { dayInOrder, readTextDate, type DateProblem, type YearLastDate } from "./dates";

/**
 * The order of a column's dates written with numbers only and the year last (`03/15/2026`, `15.03.2026`),
 * decided for the whole column, never one cell at a time (DEFINITIONS §3):
 *
 * 1. its own values: a date that reads only month first (`03/15/2026`: no month 15) votes `mdy`, one that reads
 *    only day first (`15/03/2026`) votes `dmy`; the side with more votes settles the column, and a date of the
 *    other side contradicts it (`date.orderConflict`);
 * 2. else (no vote, or as many each way) the caller's option (`--date-order`);
 * 3. else, when every date that reads both ways is written with dots (`05.03.2024`, `5.3.24`), day first: dots
 *    are day first in every locale that writes them (de, ru, pl, cs, tr …; the US and China never write d.m with
 *    dots), so they outrank the spreadsheet's own order (an en-US sheet holding a German export);
 * 4. else the locale's order (the spreadsheet's, in the hosts);
 * 5. else nothing: each date that reads both ways is `date.ambiguous`, and the column is reported undecided.
 *
 * `ymd` (an option or a zh-CN/ja-JP locale) settles no such column: its dates have the year last. Dates written
 * year first, with a month name, as serials or as `Date`s need no order and cast no vote. `05/05/2026` reads the
 * same both ways and casts none either.
 */

/** What one column's numbers-only dates showed. */
export interface DateColumnTally {
  /** Dates written with numbers only, year last. */
  dated: number;
  /** … that read only month first. */
  monthFirst: number;
  /** … that read only day first. */
  dayFirst: number;
  /** … that read as two different real days. */
  ambiguous: number;
  /** … of those, written with dots (`05.03.2024`); missing is none. */
  dottedAmbiguous?: number;
}

/** A column's order and how it was settled; `order` undefined when nothing settled it. */
export interface DateColumnDecision {
  readonly order: "mdy" | "dmy" | undefined;
  readonly source: DateOrderSource | undefined;
  readonly tally: Readonly<DateColumnTally>;
}

/** The order a caller asks for when the values leave it open, and the locale's order, both optional. */
export interface DateOrderDefaults {
  readonly option?: DateOrder;
  readonly locale?: DateOrder;
}

/** A new, empty tally. */
export function emptyTally(): DateColumnTally {
  return { dated: 0, monthFirst: 0, dayFirst: 0, ambiguous: 0, dottedAmbiguous: 0 };
}

/** How a numbers-only date reads: only month first, only day first, both ways (two days), the same day, or not at all. */
export type YearLastKind = "mdy" | "dmy" | "either" | "same" | "neither";

/**
 * @example
 * yearLastKind({ first: 3, second: 15, year: 2026 }) //=> "mdy"
 * yearLastKind({ first: 3, second: 4, year: 2026 })  //=> "either"
 * yearLastKind({ first: 5, second: 5, year: 2026 })  //=> "same"
 */
export function yearLastKind(date: YearLastDate): YearLastKind {
  if (date.first === date.second) return typeof dayInOrder(date, "mdy") === "number" ? "same" : "neither";
  const monthFirst = typeof dayInOrder(date, "mdy") === "number";
  const dayFirst = typeof dayInOrder(date, "dmy") === "number";
  if (monthFirst && dayFirst) return "either";
  return monthFirst ? "mdy" : dayFirst ? "dmy" : "neither";
}

/** Counts one numbers-only date into a column's tally. */
export function tallyDate(tally: DateColumnTally, date: YearLastDate): void {
  tally.dated++;
  const kind = yearLastKind(date);
  if (kind === "mdy") tally.monthFirst++;
  else if (kind === "dmy") tally.dayFirst++;
  else if (kind === "either") {
    tally.ambiguous++;
    if (date.dotted === true) tally.dottedAmbiguous = (tally.dottedAmbiguous ?? 0) + 1;
  }
}

/**
 * The column's order from its tally, else the option, else day first for dotted dates, else the locale (see the
 * module comment).
 * @example
 * decideDateOrder({ dated: 3, monthFirst: 1, dayFirst: 0, ambiguous: 2 }, {}).order          //=> "mdy"
 * decideDateOrder({ dated: 2, monthFirst: 0, dayFirst: 0, ambiguous: 2 }, { locale: "dmy" }) //=> { order: "dmy", source: "locale", … }
 * decideDateOrder({ dated: 2, monthFirst: 0, dayFirst: 0, ambiguous: 2 }, { option: "ymd" }).order //=> undefined
 * decideDateOrder({ dated: 2, monthFirst: 0, dayFirst: 0, ambiguous: 2, dottedAmbiguous: 2 }, { locale: "mdy" }) //=> { order: "dmy", source: "dots", … }
 */
export function decideDateOrder(tally: Readonly<DateColumnTally>, defaults: DateOrderDefaults): DateColumnDecision {
  if (tally.monthFirst !== tally.dayFirst) {
    return { order: tally.monthFirst > tally.dayFirst ? "mdy" : "dmy", source: "values", tally };
  }
  const option = defaults.option;
  if (option === "mdy" || option === "dmy") return { order: option, source: "option", tally };
  if (tally.ambiguous > 0 && tally.dottedAmbiguous === tally.ambiguous) return { order: "dmy", source: "dots", tally };
  const locale = defaults.locale;
  if (locale === "mdy" || locale === "dmy") return { order: locale, source: "locale", tally };
  return { order: undefined, source: undefined, tally };
}

/**
 * The day of a numbers-only date in its column's decided order: a date that reads only in the other order is
 * `date.orderConflict`; in an undecided column a date that reads both ways is `date.ambiguous`, and one that
 * reads one way only contradicts another of the column (an undecided column with votes has as many each way).
 * @example
 * dayOfColumnDate({ first: 15, second: 3, year: 2026 }, "dmy")       //=> 46096
 * dayOfColumnDate({ first: 3, second: 15, year: 2026 }, "dmy")       //=> "date.orderConflict"
 * dayOfColumnDate({ first: 3, second: 4, year: 2026 }, undefined)    //=> "date.ambiguous"
 */
export function dayOfColumnDate(date: YearLastDate, order: "mdy" | "dmy" | undefined): number | DateProblem {
  if (order !== undefined) {
    const day = dayInOrder(date, order);
    if (typeof day === "number") return day;
    return typeof dayInOrder(date, order === "mdy" ? "dmy" : "mdy") === "number" && date.first !== date.second ? "date.orderConflict" : day;
  }
  const kind = yearLastKind(date);
  if (kind === "same") return dayInOrder(date, "mdy");
  if (kind === "either") return "date.ambiguous";
  if (kind === "neither") return dayInOrder(date, "mdy");
  return "date.orderConflict";
}

/** What a text cell reads as before any order, cached by the caller; `null` for a blank. */
export type TextDateReading = number | DateProblem | YearLastDate | null;

/** Distinct strings kept at most by one {@link TextDateCache}; past it, strings are read but not kept. */
const TEXT_CACHE_LIMIT = 200_000;

/** Readings of distinct strings: a deal log repeats a few hundred dates many times. */
export class TextDateCache {
  private readonly readings = new Map<string, TextDateReading>();

  /**
   * @example
   * new TextDateCache().read("03/15/2026") //=> { first: 3, second: 15, year: 2026 }
   */
  read(text: string): TextDateReading {
    let reading = this.readings.get(text);
    if (reading === undefined) {
      reading = text.trim() === "" ? null : readTextDate(text);
      if (this.readings.size < TEXT_CACHE_LIMIT) this.readings.set(text, reading);
    }
    return reading;
  }
}

/**
 * Decides the order of one column of a grid from its text cells in rows `fromRow` on (the rows above hold no
 * numbers-only date in it: the caller starts where it meets the first).
 * @example
 * decideColumnOrder([["成交"], ["03/04/2026"], ["03/15/2026"]], 0, 1, new TextDateCache(), {}).order //=> "mdy"
 */
export function decideColumnOrder(
  grid: readonly (readonly unknown[])[],
  column: number,
  fromRow: number,
  cache: TextDateCache,
  defaults: DateOrderDefaults,
): DateColumnDecision {
  const tally = emptyTally();
  for (let row = fromRow; row < grid.length; row++) {
    const cell = grid[row][column];
    if (typeof cell !== "string") continue;
    const reading = cache.read(cell);
    if (reading !== null && typeof reading === "object") tallyDate(tally, reading);
  }
  return decideDateOrder(tally, defaults);
}

/**
 * Reads one column of cells (a function's date range) as days by the same column rule: numbers as serials,
 * `Date`s in `timeZone`, text by {@link readTextDate}, numbers-only dates in the column's decided order.
 * @example
 * readDateColumn(["03/04/2026", "03/15/2026", ""], undefined, {}) //=> [46085, 46096, null]
 */
export function readDateColumn(
  cells: readonly unknown[],
  timeZone: string | undefined,
  defaults: DateOrderDefaults,
  read: (value: unknown, timeZone?: string) => number | null | DateProblem,
): (number | null | DateProblem)[] {
  const cache = new TextDateCache();
  const column = cells.map((cell) => [cell]);
  let decision: DateColumnDecision | undefined;
  return cells.map((cell, row) => {
    if (typeof cell !== "string") return read(cell, timeZone);
    const reading = cache.read(cell);
    if (reading === null || typeof reading !== "object") return reading;
    decision ??= decideColumnOrder(column, 0, row, cache, defaults);
    return dayOfColumnDate(reading, decision.order);
  });
}

const ORDER_OF_TAG = new Map<string, DateOrder | undefined>();

/**
 * The order in which a locale writes a date with numbers only, from a BCP-47 tag or the underscore form Sheets'
 * `getSpreadsheetLocale()` returns; `undefined` when the tag is not a locale the platform knows.
 * @example
 * dateOrderOfLocale("en-US") //=> "mdy"
 * dateOrderOfLocale("en_GB") //=> "dmy"
 * dateOrderOfLocale("de-DE") //=> "dmy"
 * dateOrderOfLocale("zh-CN") //=> "ymd"
 */
export function dateOrderOfLocale(tag: string | null | undefined): DateOrder | undefined {
  if (typeof tag !== "string" || tag.trim() === "") return undefined;
  const bcp47 = tag.trim().replace(/_/g, "-");
  if (ORDER_OF_TAG.has(bcp47)) return ORDER_OF_TAG.get(bcp47);
  let order: DateOrder | undefined;
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([bcp47]).length > 0) {
      const parts = new Intl.DateTimeFormat(bcp47, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" }).formatToParts(0);
      order = orderOfLetters(parts.map((part) => (part.type === "year" ? "y" : part.type === "month" ? "m" : part.type === "day" ? "d" : "")).join(""));
    }
  } catch {
    order = undefined; // not a well-formed tag
  }
  ORDER_OF_TAG.set(bcp47, order);
  return order;
}

/**
 * The order of an Excel or .NET short date pattern (`context.application.cultureInfo.datetimeFormat.shortDatePattern`).
 * @example
 * dateOrderOfPattern("M/d/yyyy")   //=> "mdy"
 * dateOrderOfPattern("dd.MM.yyyy") //=> "dmy"
 * dateOrderOfPattern("yyyy/M/d")   //=> "ymd"
 */
export function dateOrderOfPattern(pattern: string | null | undefined): DateOrder | undefined {
  if (typeof pattern !== "string") return undefined;
  // Quoted literals ('年') are not fields; each run of one letter is one field. A short date has no time, so an
  // `m` is the month in either case (Excel's own number formats write it lower case).
  const letters = pattern.replace(/'[^']*'/g, "").replace(/[^ymd]/gi, "").toLowerCase().replace(/(.)\1+/g, "$1");
  return orderOfLetters(letters);
}

function orderOfLetters(letters: string): DateOrder | undefined {
  return letters === "mdy" ? "mdy" : letters === "dmy" ? "dmy" : letters === "ymd" ? "ymd" : undefined;
}

/**
 * The date columns a reader decided, as {@link ReadingNotes} say them: each settled column's order and how, and
 * the columns nothing settled (with how many of their dates read both ways). Columns never decided (no
 * numbers-only date) say nothing.
 * @example
 * dateColumnNotes([["Won", { order: "mdy", source: "values", tally }]]) //=> { dateOrders: [{ column: "Won", order: "mdy", source: "values" }] }
 */
export function dateColumnNotes(decisions: Iterable<readonly [string, DateColumnDecision | undefined]>): Pick<ReadingNotes, "dateOrders" | "ambiguousDates"> {
  const dateOrders: DateColumnNote[] = [];
  const ambiguousDates: AmbiguousDateColumn[] = [];
  for (const [column, decision] of decisions) {
    if (decision === undefined) continue;
    if (decision.order !== undefined && decision.source !== undefined) dateOrders.push({ column, order: decision.order, source: decision.source });
    else if (decision.tally.ambiguous > 0) ambiguousDates.push({ column, ambiguous: decision.tally.ambiguous, dated: decision.tally.dated });
  }
  return { ...(dateOrders.length > 0 ? { dateOrders } : {}), ...(ambiguousDates.length > 0 ? { ambiguousDates } : {}) };
}

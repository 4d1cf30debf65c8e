import { columnLetter } from "../model/cells";
import type { Locale } from "../model/locale";
import { DEFAULT_STAGES } from "../model/stages";
import { DEAL_STATUS_WORDS, FIELD_HEADERS, type DealField } from "../model/words";
import { isoFromDay } from "../parse/dates";
import { UNREADABLE_AMOUNT_TEXT, UNREADABLE_DATE_TEXT } from "./cast";
import { SeededRandom } from "./random";
import type { SampleDeal } from "./sampleDeals";

/** How dates are handed over: Excel serials, JS `Date`s at UTC midnight (Sheets-like), or `YYYY-MM-DD` text. */
export type SampleDateMode = "serial" | "date" | "text";

/** The kinds of bad row {@link sampleGrid} can inject, named by the problem code the parser reports. */
export type SampleBadRowKind = "date.unreadable" | "date.backwards" | "amount.unreadable";

/** The kinds in the order they rotate through the injected rows. */
export const SAMPLE_BAD_ROW_KINDS: readonly SampleBadRowKind[] = ["date.unreadable", "date.backwards", "amount.unreadable"];

/** A row made bad on purpose: its sheet row number (header = row 1), the bad cell's column letter, the kind. */
export interface SampleBadRow {
  readonly row: number;
  readonly column: string;
  readonly kind: SampleBadRowKind;
}

/** How {@link sampleGrid} lays the deals out. */
export interface SampleGridOptions {
  /** Language of the headers and status words (default "zh-CN"). The deals' own text is kept as generated. */
  readonly locale?: Locale;
  /** Stage column headers, as many as each deal's `stageDays` (default: the default stages in `locale`). */
  readonly stages?: readonly string[];
  /** How date cells are written (default "serial"). */
  readonly dates?: SampleDateMode;
  /** How many rows to make bad (default 0), at seeded positions, kinds in rotation. */
  readonly badRows?: number;
  /** Seed for the bad rows' positions and contents (default 1). */
  readonly seed?: number;
}

/** A cell of a sample grid: text (blank = ""), a number (serial date or amount), or a `Date`. */
export type SampleCell = string | number | Date;

/** A deal log as a host passes it, and the rows made bad on purpose (sorted by row). */
export interface SampleGrid {
  readonly grid: SampleCell[][];
  readonly badRows: readonly SampleBadRow[];
}

/** The template's columns before the stage columns, in order. */
export const SAMPLE_LEADING_FIELDS: readonly DealField[] = ["id", "customer", "source", "owner", "team", "region", "industry"];
/** The template's columns after the stage columns, in order. */
export const SAMPLE_TRAILING_FIELDS: readonly DealField[] = ["amount", "status", "lostReason"];

const UNIX_EPOCH_DAY = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * The header row of the template's deal log: the leading fields, one column per stage, then amount, status and
 * lost reason, headed in `locale` (FIELD_HEADERS) and by the stage names.
 * @example
 * sampleHeader("en", ["Lead", "Won"])
 * //=> ["Deal ID", "Customer", "Source", "Owner", "Team", "Region", "Industry", "Lead", "Won", "Amount", "Status", "Lost reason"]
 */
export function sampleHeader(locale: Locale, stages: readonly string[]): string[] {
  return [
    ...SAMPLE_LEADING_FIELDS.map((field) => FIELD_HEADERS[field][locale]),
    ...stages,
    ...SAMPLE_TRAILING_FIELDS.map((field) => FIELD_HEADERS[field][locale]),
  ];
}

/**
 * Lays deals out as the wide deal log of DEFINITIONS §2, the way a host hands a range to the core: a header row
 * ({@link sampleHeader}), then one row per deal with dates as serials, `Date`s or text, blanks as `""`, amounts
 * as numbers and statuses in the locale's words (DEAL_STATUS_WORDS). The deals are not changed.
 *
 * `badRows` rows, at seeded positions, are spoiled one cell each, the kinds in rotation
 * ({@link SAMPLE_BAD_ROW_KINDS}): a date cell with text no parser reads (`下周`, `2026-02-30`…), a stage dated
 * 1–14 days before the stage before it, an amount cell with text (`面议`, `约50万`…). parseDealLog reports each
 * at the returned row and column; it leaves out the rows with bad dates and keeps the one with a bad amount.
 * (A hand-made deal with no date at all is a row with no stage date to the parser, whatever the kind.)
 *
 * O(deals × columns): a million deals with serial dates take about half a second and 190 MB.
 *
 * @throws {RangeError} when there are fewer than two stages, a deal's `stageDays` does not match the stage
 * list, `dates` is not a mode, or `badRows` is not a whole number from 0 to the number of deals.
 * @example
 * const { grid, badRows } = sampleGrid(sampleDeals({ count: 100 }), { dates: "text", badRows: 3 });
 * grid[0].slice(0, 9) //=> ["编号", "客户", "线索来源", "负责人", "团队", "区域", "行业", "线索", "商机"]
 * grid[1][7]          //=> "2025-12-05"
 * badRows
 * //=> [{ row: 46, column: "J", kind: "date.unreadable" },
 * //    { row: 59, column: "I", kind: "date.backwards" },
 * //    { row: 93, column: "N", kind: "amount.unreadable" }]
 * parseDealLog(grid)?.deals.count //=> 98
 */
export function sampleGrid(deals: readonly SampleDeal[], options: SampleGridOptions = {}): SampleGrid {
  const locale = options.locale ?? "zh-CN";
  const stages = options.stages ?? DEFAULT_STAGES.map((stage) => stage[locale]);
  const mode = options.dates ?? "serial";
  const badCount = options.badRows ?? 0;
  if (!Number.isSafeInteger(badCount) || badCount < 0 || badCount > deals.length) {
    throw new RangeError(`badRows must be a whole number from 0 to ${deals.length}, got ${badCount}.`);
  }
  const stageCount = stages.length;
  if (stageCount < 2) throw new RangeError("sampleGrid needs at least two stages.");
  const lead = SAMPLE_LEADING_FIELDS.length;
  const width = lead + stageCount + SAMPLE_TRAILING_FIELDS.length;
  const statusWords = {
    open: DEAL_STATUS_WORDS.open[locale],
    won: DEAL_STATUS_WORDS.won[locale],
    lost: DEAL_STATUS_WORDS.lost[locale],
  };
  const dateCell = dateWriter(mode);

  const grid: SampleCell[][] = new Array(deals.length + 1);
  grid[0] = sampleHeader(locale, stages);
  for (let index = 0; index < deals.length; index++) {
    const deal = deals[index];
    const days = deal.stageDays;
    if (days.length !== stageCount) {
      throw new RangeError(`Deal ${deal.id} has ${days.length} stage dates for ${stageCount} stages.`);
    }
    const row: SampleCell[] = new Array(width);
    row[0] = deal.id;
    row[1] = deal.customer;
    row[2] = deal.source;
    row[3] = deal.owner;
    row[4] = deal.team;
    row[5] = deal.region;
    row[6] = deal.industry;
    for (let stage = 0; stage < stageCount; stage++) {
      const day = days[stage];
      row[lead + stage] = day === null ? "" : dateCell(day);
    }
    row[lead + stageCount] = deal.amount;
    row[lead + stageCount + 1] = statusWords[deal.status];
    row[lead + stageCount + 2] = deal.lostReason;
    grid[index + 1] = row;
  }

  const badRows = spoilRows(grid, deals, badCount, new SeededRandom(options.seed ?? 1), locale, stageCount, dateCell);
  return { grid, badRows };
}

/** Writes a day number as the mode's cell value. */
function dateWriter(mode: SampleDateMode): (day: number) => SampleCell {
  if (mode === "serial") return (day) => day;
  if (mode === "date") return (day) => new Date((day - UNIX_EPOCH_DAY) * MS_PER_DAY);
  if (mode === "text") {
    const texts = new Map<number, string>();
    return (day) => {
      let text = texts.get(day);
      if (text === undefined) {
        text = isoFromDay(day);
        texts.set(day, text);
      }
      return text;
    };
  }
  throw new RangeError(`dates must be "serial", "date" or "text", got ${String(mode)}.`);
}

/** Spoils `count` distinct rows chosen by Floyd's sampling, one cell each, kinds in rotation. */
function spoilRows(
  grid: SampleCell[][],
  deals: readonly SampleDeal[],
  count: number,
  random: SeededRandom,
  locale: Locale,
  stageCount: number,
  dateCell: (day: number) => SampleCell,
): SampleBadRow[] {
  const chosen = new Set<number>();
  for (let candidate = deals.length - count; candidate < deals.length; candidate++) {
    const pick = random.int(0, candidate);
    chosen.add(chosen.has(pick) ? candidate : pick);
  }
  const positions = [...chosen].sort((a, b) => a - b);
  const lead = SAMPLE_LEADING_FIELDS.length;
  return positions.map((index, order) => {
    const kind = SAMPLE_BAD_ROW_KINDS[order % SAMPLE_BAD_ROW_KINDS.length];
    const row = grid[index + 1];
    const days = deals[index].stageDays;
    const dated: number[] = [];
    for (let stage = 0; stage < stageCount; stage++) if (days[stage] !== null) dated.push(stage);
    let column: number;
    if (kind === "amount.unreadable") {
      column = lead + stageCount;
      row[column] = random.pick(UNREADABLE_AMOUNT_TEXT)[locale];
    } else if (kind === "date.unreadable") {
      column = lead + (dated.length > 0 ? random.pick(dated) : 0);
      row[column] = random.pick(UNREADABLE_DATE_TEXT)[locale];
    } else if (dated.length >= 2) {
      // Date a later stage before the dated stage just before it.
      const position = random.int(1, dated.length - 1);
      column = lead + dated[position];
      row[column] = dateCell(days[dated[position - 1]]! - random.int(1, 14));
    } else {
      // Only one date (or none, then 2026-01-05 in the first stage): give the next stage a date before it.
      const first = dated.length > 0 ? dated[0] : 0;
      const base = days[first] ?? 46027;
      const later = first + 1 < stageCount ? first + 1 : first;
      if (later === first) {
        // The only date is in the last stage: date the stage before it 1–14 days later.
        row[lead + first - 1] = dateCell(base + random.int(1, 14));
      } else {
        row[lead + first] = dateCell(base);
        row[lead + later] = dateCell(base - random.int(1, 14));
      }
      column = lead + later;
    }
    return { row: index + 2, column: columnLetter(column + 1), kind };
  });
}

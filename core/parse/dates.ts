/**
 * Dates as whole calendar days (DEFINITIONS §3).
 *
 * A *day number* is the Excel/Sheets serial of a date: days since 1899-12-30, so 2026-01-05 is 46027.
 * Every date the core handles is a whole day number; differences of day numbers are days. Nothing here reads
 * the machine's local time zone: a `Date` is read in the zone the caller names (the spreadsheet's), or UTC.
 */
import type { DateOrder } from "../model/reading";

/** The day number of 1970-01-01. */
const UNIX_EPOCH_DAY = 25569;
/** 1900-03-01, the first serial on which Excel and the calendar agree. */
const FIRST_TRUE_SERIAL = 61;
/** 9999-12-31, the last date spreadsheets show. */
const LAST_DAY = 2958465;

/**
 * Why a cell is not a date. `date.ambiguous`: numbers only, year last, and both orders give a real, different
 * day (`03/04/2026`), with nothing to settle the order; `date.orderConflict`: it can be read only in the order
 * that its column's other dates rule out (core/parse/dateOrder.ts); `date.serialText`: a five-digit number written as
 * text (`45356`), a spreadsheet serial that a CSV kept as a number — not read (DEFINITIONS §3), but said as such.
 */
export type DateProblem = "date.unreadable" | "date.outOfRange" | "date.ambiguous" | "date.orderConflict" | "date.serialText";

/** Text that is a spreadsheet date serial (10000–99999: 1927–2173), a time of day as its fraction or not. */
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

/**
 * Day number of a calendar date (proleptic Gregorian), or NaN when the date does not exist.
 * @example
 * dayFromCivil(2026, 1, 5)  //=> 46027
 * dayFromCivil(2026, 2, 30) //=> NaN
 */
export function dayFromCivil(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468 + UNIX_EPOCH_DAY;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The calendar date of a day number, as `YYYY-MM-DD`.
 * @example
 * isoFromDay(46027) //=> "2026-01-05"
 */
export function isoFromDay(dayNumber: number): string {
  const date = new Date((dayNumber - UNIX_EPOCH_DAY) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/**
 * The day number of an Excel serial. Serials carry Excel's 1900 leap-year quirk: serial 60 is the
 * non-existent 1900-02-29 (rejected), and serials 1–59 are one day behind the calendar. A time of day
 * (the fraction) is dropped.
 * @example
 * dayFromSerial(46027.75) //=> 46027
 * dayFromSerial(59)       //=> 60 (1900-02-28)
 */
export function dayFromSerial(serial: number): number | DateProblem {
  if (!Number.isFinite(serial)) return "date.unreadable";
  const whole = Math.floor(serial);
  if (whole >= FIRST_TRUE_SERIAL) return whole <= LAST_DAY ? whole : "date.outOfRange";
  if (whole >= 1 && whole <= 59) return whole + 1;
  return "date.outOfRange";
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Day numbers already worked out, per zone and instant: a deal log repeats a few hundred dates many times. */
const zonedDays = new Map<string, Map<number, number | DateProblem>>();
const ZONED_CACHE_LIMIT = 100_000;

/**
 * The day number of a JS `Date` read in `timeZone` (an IANA name such as `Asia/Shanghai`; default UTC).
 * Google Sheets hands date cells to custom functions as `Date` instants at midnight in the spreadsheet's zone,
 * so reading them in that zone gives back the date the user typed.
 * @example
 * dayFromDate(new Date("2026-01-04T16:00:00Z"), "Asia/Shanghai") //=> 46027 (2026-01-05 in Shanghai)
 */
export function dayFromDate(value: Date, timeZone?: string): number | DateProblem {
  const time = value.getTime();
  if (Number.isNaN(time)) return "date.unreadable";
  if (timeZone === undefined || timeZone === "UTC" || timeZone === "Etc/UTC") {
    return checkedDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  let cache = zonedDays.get(timeZone);
  if (cache === undefined) zonedDays.set(timeZone, (cache = new Map()));
  const known = cache.get(time);
  if (known !== undefined) return known;
  if (cache.size >= ZONED_CACHE_LIMIT) cache.clear();
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  const dayNumber = checkedDay(part("year"), part("month"), part("day"));
  cache.set(time, dayNumber);
  return dayNumber;
}

function checkedDay(year: number, month: number, day: number): number | DateProblem {
  const dayNumber = dayFromCivil(year, month, day);
  if (Number.isNaN(dayNumber)) return "date.unreadable";
  return dayNumber >= 1 && dayNumber <= LAST_DAY ? dayNumber : "date.outOfRange";
}

/**
 * A time of day after a date, ignored: `9:30`, `09:30:00.123`, with 上午/下午 or AM/PM, and a zone (`Z`, `+08:00`,
 * `UTC`); after a space, a `T`, or a comma (`1/11/2026, 12:40 PM`, as Salesforce writes it).
 */
const TIME_OF_DAY =
  "(?:(?:\\s*,\\s*|\\s+|T|(?=[上下]午))(?:[上下]午\\s*)?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*(?:[AP]\\.?M\\.?|[上下]午))?" +
  "(?:\\s*(?:Z|(?:UTC|GMT)?\\s*[+-]\\d{1,2}(?::?\\d{2})?|UTC|GMT))?)?";
const TEXT_DATE = new RegExp(`^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?${TIME_OF_DAY}$`, "i");
/** Numbers only, year last: `03/15/2026`, `15.03.2026`, `15-03-2026`, `3/15/26` (one separator, used twice). */
const YEAR_LAST_DATE = new RegExp(`^(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})${TIME_OF_DAY}$`, "i");
/** English month names and their usual short forms (`Sept` too), with an optional full stop. */
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** An optional weekday before a date written with a month name: `Mon, `, `Monday `. */
const WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?\\s*,?\\s*)?";
const ORDINAL = "(?:st|nd|rd|th)?";
const GAP = "(?:\\s*[-/.,]\\s*|\\s+)";
/** `Jan 5, 2026`, `January 5 2026`, `Jan-05-2026`, `Jan 5th, 2026`. */
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}${GAP}(\\d{1,2})${ORDINAL}${GAP}(\\d{4}|\\d{2})${TIME_OF_DAY}$`, "i");
/** `5 Jan 2026`, `5-Jan-2026`, `05-Jan-26`, `5 January, 2026`. */
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})${ORDINAL}${GAP}${MONTH}${GAP}(\\d{4}|\\d{2})${TIME_OF_DAY}$`, "i");
/** `2026-Jan-05`, `2026 Jan 5`. */
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4})${GAP}${MONTH}${GAP}(\\d{1,2})${TIME_OF_DAY}$`, "i");
const MONTH_NUMBER: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/**
 * A date written with numbers only and the year last (`03/04/2026`, `15.03.2026`): whether `first` is the month
 * or the day is its column's order (core/parse/dateOrder.ts), never decided one cell at a time.
 */
export interface YearLastDate {
  readonly first: number;
  readonly second: number;
  /** Four digits as written; two digits as Excel reads them: 00–29 → 2000–2029, 30–99 → 1930–1999. */
  readonly year: number;
  /** Written with dots (`05.03.2024`, `5.3.24`): day first wherever it is written (core/parse/dateOrder.ts). */
  readonly dotted?: true;
}

/**
 * The year of a two- or four-digit year: a two-digit one as Excel and Sheets read a typed date (00–29 → 20xx,
 * 30–99 → 19xx), so a CSV saved with a `yy` format reads as the workbook it came from.
 * @example
 * fullYear("26") //=> 2026
 * fullYear("95") //=> 1995
 */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/**
 * What a text cell says as a date, before any column order: a day number (year first, or a month name: one
 * reading only), a {@link YearLastDate} whose order the column decides, or a problem.
 * @example
 * readTextDate("2026-03-15T09:30:00Z") //=> 46096
 * readTextDate("Jan 5, 2026")          //=> 46027
 * readTextDate("03/15/2026")           //=> { first: 3, second: 15, year: 2026 }
 * readTextDate("soon")                 //=> "date.unreadable"
 */
export function readTextDate(text: string): number | DateProblem | YearLastDate {
  const trimmed = text.normalize("NFKC").trim();
  let match = TEXT_DATE.exec(trimmed);
  if (match !== null) return checkedDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = YEAR_LAST_DATE.exec(trimmed);
  if (match !== null) {
    const date = { first: Number(match[1]), second: Number(match[3]), year: fullYear(match[4]) };
    return match[2] === "." ? { ...date, dotted: true } : date;
  }
  if (!/[a-z]/i.test(trimmed)) return SERIAL_TEXT.test(trimmed) ? "date.serialText" : "date.unreadable";
  match = MONTH_DAY_YEAR.exec(trimmed);
  if (match !== null) return checkedDay(fullYear(match[3]), monthNumber(match[1]), Number(match[2]));
  match = DAY_MONTH_YEAR.exec(trimmed);
  if (match !== null) return checkedDay(fullYear(match[3]), monthNumber(match[2]), Number(match[1]));
  match = YEAR_MONTH_DAY.exec(trimmed);
  if (match !== null) return checkedDay(Number(match[1]), monthNumber(match[2]), Number(match[3]));
  return "date.unreadable";
}

function monthNumber(name: string): number {
  return MONTH_NUMBER[name.slice(0, 3).toLowerCase()];
}

/**
 * The day of a {@link YearLastDate} read month first (`mdy`) or day first (`dmy`).
 * @example
 * dayInOrder({ first: 3, second: 15, year: 2026 }, "mdy") //=> 46096
 * dayInOrder({ first: 3, second: 15, year: 2026 }, "dmy") //=> "date.unreadable" (month 15)
 */
export function dayInOrder(date: YearLastDate, order: "mdy" | "dmy"): number | DateProblem {
  return order === "mdy" ? checkedDay(date.year, date.first, date.second) : checkedDay(date.year, date.second, date.first);
}

/**
 * The day number of a date written as text. Year first: `2026-01-05`, `2026/1/5`, `2026.1.5`, `2026年1月5日`;
 * ISO with a `T` and a zone; full-width digits, stray spaces, and an ignored time of day (`2026-01-05 09:30`,
 * `2026/1/5 9:30 AM`, `2026/01/05 上午 09:30:00`, `2026-01-05 9:30:00 +08:00`). English month names: `Jan 5, 2026`,
 * `January 5, 2026`, `5 Jan 2026`, `5-Jan-2026`, `05-Jan-26`. The day is the calendar day as written: a zone
 * offset does not move it.
 *
 * Numbers only with the year last (`03/15/2026`, `15.03.2026`, `1/11/2026, 12:40 PM`) are read in `order`
 * (`mdy` or `dmy`); with no such order, only when one reading exists (`03/15/2026`, `05/05/2026`), else
 * `date.ambiguous`. A deal log decides the order per column (core/parse/dateOrder.ts), never per cell.
 * @example
 * dayFromText(" 2026年1月5日 ")            //=> 46027
 * dayFromText("2026-01-05 23:30 -05:00") //=> 46027 (not the next day in UTC)
 * dayFromText("2026/2/30")                //=> "date.unreadable"
 * dayFromText("1/5/2026")                 //=> "date.ambiguous"
 * dayFromText("5/1/2026", "dmy")          //=> 46027
 */
export function dayFromText(text: string, order?: DateOrder): number | DateProblem {
  const read = readTextDate(text);
  if (typeof read !== "object") return read;
  if (order === "mdy" || order === "dmy") return dayInOrder(read, order);
  const monthFirst = dayInOrder(read, "mdy");
  const dayFirst = dayInOrder(read, "dmy");
  if (typeof monthFirst !== "number") return dayFirst;
  if (typeof dayFirst !== "number" || dayFirst === monthFirst) return monthFirst;
  return "date.ambiguous";
}

/**
 * Reads any host cell as a date: blank (`null`, `undefined`, `""`, spaces) → `null`; a number → Excel serial;
 * a `Date` → that instant's day in `timeZone`; text → {@link dayFromText} (in `order` when given); anything else → a problem code.
 * @example
 * readDateCell(46027)        //=> 46027
 * readDateCell("2026-01-05") //=> 46027
 * readDateCell("")           //=> null
 * readDateCell(true)         //=> "date.unreadable"
 */
export function readDateCell(value: unknown, timeZone?: string, order?: DateOrder): number | null | DateProblem {
  if (typeof value === "number") return dayFromSerial(value);
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : dayFromText(value, order);
  if (value instanceof Date) return dayFromDate(value, timeZone);
  return "date.unreadable";
}

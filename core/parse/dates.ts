/**
 * Dates as whole calendar days (DEFINITIONS §3).
 *
 * A *day number* is the Excel/Sheets serial of a date: days since 1899-12-30, so 2026-01-05 is 46027.
 * Every date the core handles is a whole day number; differences of day numbers are days. Nothing here reads
 * the machine's local time zone: a `Date` is read in the zone the caller names (the spreadsheet's), or UTC.
 */

/** The day number of 1970-01-01. */
const UNIX_EPOCH_DAY = 25569;
/** 1900-03-01, the first serial on which Excel and the calendar agree. */
const FIRST_TRUE_SERIAL = 61;
/** 9999-12-31, the last date spreadsheets show. */
const LAST_DAY = 2958465;

/** Why a cell is not a date. */
export type DateProblem = "date.unreadable" | "date.outOfRange";

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

/** A time of day after a date, ignored: `9:30`, `09:30:00.123`, with 上午/下午 or AM/PM, and a zone (`Z`, `+08:00`, `UTC`). */
const TIME_OF_DAY =
  "(?:(?:\\s+|T|(?=[上下]午))(?:[上下]午\\s*)?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*(?:[AP]\\.?M\\.?|[上下]午))?" +
  "(?:\\s*(?:Z|(?:UTC|GMT)?\\s*[+-]\\d{1,2}(?::?\\d{2})?|UTC|GMT))?)?";
const TEXT_DATE = new RegExp(`^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?${TIME_OF_DAY}$`, "i");

/**
 * The day number of a date written as text: `2026-01-05`, `2026/1/5`, `2026.1.5`, `2026年1月5日`, full-width
 * digits, stray spaces, and an ignored time of day (`2026-01-05 09:30`, `2026/1/5 9:30 AM`,
 * `2026/01/05 上午 09:30:00`, `2026-01-05 9:30:00 +08:00`). The day is the calendar day as written: a zone
 * offset does not move it. Year first only: `1/5/2026` is ambiguous between locales and is reported, not guessed.
 * @example
 * dayFromText(" 2026年1月5日 ")            //=> 46027
 * dayFromText("2026-01-05 23:30 -05:00") //=> 46027 (not the next day in UTC)
 * dayFromText("2026/2/30")                //=> "date.unreadable"
 */
export function dayFromText(text: string): number | DateProblem {
  const match = TEXT_DATE.exec(text.normalize("NFKC").trim());
  if (match === null) return "date.unreadable";
  return checkedDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Reads any host cell as a date: blank (`null`, `undefined`, `""`, spaces) → `null`; a number → Excel serial;
 * a `Date` → that instant's day in `timeZone`; text → {@link dayFromText}; anything else → a problem code.
 * @example
 * readDateCell(46027)        //=> 46027
 * readDateCell("2026-01-05") //=> 46027
 * readDateCell("")           //=> null
 * readDateCell(true)         //=> "date.unreadable"
 */
export function readDateCell(value: unknown, timeZone?: string): number | null | DateProblem {
  if (typeof value === "number") return dayFromSerial(value);
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : dayFromText(value);
  if (value instanceof Date) return dayFromDate(value, timeZone);
  return "date.unreadable";
}

import { dayFromCivil, isoFromDay } from "../parse/dates";

/** The days a sample covers, both included, as day numbers (Excel serials, see parse/dates). */
export interface SamplePeriod {
  readonly startDay: number;
  readonly endDay: number;
}

/** 2026-11-30, the default last day of a sample. */
export const DEFAULT_SAMPLE_END_DAY = 46356;

/** The year, month (1–12) and day of a day number. */
export function civilFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const [year, month, day] = isoFromDay(dayNumber).split("-").map(Number);
  return { year, month, day };
}

/**
 * The first day of the month `offset` months after the month of `dayNumber`.
 * @example
 * firstOfMonth(46356, -1) //=> 46296 (2026-11-30 → 2026-10-01)
 */
export function firstOfMonth(dayNumber: number, offset = 0): number {
  const { year, month } = civilFromDay(dayNumber);
  const index = year * 12 + month - 1 + offset;
  return dayFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
}

/**
 * Day of the week of a day number: 0 = Sunday … 6 = Saturday (like JS `getDay`). Day 0 (1899-12-30) was a
 * Saturday.
 * @example
 * weekday(46027) //=> 1 (2026-01-05, a Monday)
 */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 6) % 7) + 7) % 7;
}

/**
 * The `months` months that end on `endDay`. When `endDay` is the last day of its month, whole calendar months
 * (12 months to 2026-11-30 start on 2025-12-01); otherwise from the day after the same date `months` months
 * earlier (clamped to that month's length).
 *
 * @throws {RangeError} when `endDay` is not a whole day number in 1900–9999 or `months` is not a whole number ≥ 1.
 * @example
 * samplePeriod(46356, 12) //=> { startDay: 45992, endDay: 46356 } (2025-12-01 … 2026-11-30)
 * samplePeriod(46356, 1)  //=> { startDay: 46327, endDay: 46356 } (2026-11-01 … 2026-11-30)
 * samplePeriod(46341, 1)  //=> { startDay: 46311, endDay: 46341 } (2026-10-16 … 2026-11-15)
 */
export function samplePeriod(endDay: number = DEFAULT_SAMPLE_END_DAY, months = 12): SamplePeriod {
  if (!Number.isInteger(endDay) || endDay < 61 || endDay > 2958465) {
    throw new RangeError(`endDay must be a whole day number (an Excel serial from 1900-03-01), got ${endDay}.`);
  }
  if (!Number.isInteger(months) || months < 1 || months > 1200) {
    throw new RangeError(`months must be a whole number from 1 to 1200, got ${months}.`);
  }
  const end = civilFromDay(endDay);
  const monthIndex = end.year * 12 + (end.month - 1) - months;
  if (Number.isNaN(dayFromCivil(end.year, end.month, end.day + 1))) {
    // endDay closes its month: whole calendar months.
    const first = monthIndex + 1;
    const year = Math.floor(first / 12);
    return { startDay: Math.max(61, dayFromCivil(year, first - year * 12 + 1, 1)), endDay };
  }
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  let day = end.day;
  let before = dayFromCivil(year, month, day);
  while (Number.isNaN(before)) before = dayFromCivil(year, month, --day);
  return { startDay: Math.max(61, before + 1), endDay };
}

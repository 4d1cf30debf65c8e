/**
 * Dates as Google Sheets hands them to scripts: a date cell is the instant of its day's midnight in the
 * spreadsheet's time zone (so 2026-01-05 in Asia/Shanghai is 2026-01-04T16:00:00Z).
 */

const UNIX_EPOCH_DAY = 25569;
const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms. */
function zoneOffset(instant: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  const part = (type: string) => Number(formatter.formatToParts(new Date(instant)).find((entry) => entry.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant (ms since 1970) of midnight starting day number `day` (an Excel serial) in `timeZone`. */
export function zonedMidnight(day: number, timeZone: string): number {
  const wallMidnight = (day - UNIX_EPOCH_DAY) * MS_PER_DAY;
  const first = wallMidnight - zoneOffset(wallMidnight, timeZone);
  return wallMidnight - zoneOffset(first, timeZone);
}

/** The day number of a `Date` at UTC midnight (as core/sample's `dates: "date"` writes them). */
export function dayOfUtcMidnight(date: Date): number {
  return Math.round(date.getTime() / MS_PER_DAY) + UNIX_EPOCH_DAY;
}

/** True for a `Date` of any realm (a `Date` made inside node:vm is not `instanceof` this realm's `Date`). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

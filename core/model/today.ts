import { dayFromCivil } from "../parse/dates";

/**
 * Today as a day number (core/parse/dates.ts), read from a clock reading `now` in the runtime's local calendar:
 * the day the user sees on their clock (the browser's for the add-in and the sidebar, the process's TZ for the
 * CLI). The one place a surface turns the clock into "today": the core reads no clock itself, so each host reads
 * it once (`localToday(new Date())`) where a request starts and passes the day on (the Reviews months are fixed
 * from it); everything else in the core names its time zone (parse/dates.ts's `dayFromDate`).
 * @example
 * localToday(new Date(2026, 0, 5, 23, 30)) //=> 46027 (2026-01-05, whatever the zone)
 */
export function localToday(now: Date): number {
  return dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

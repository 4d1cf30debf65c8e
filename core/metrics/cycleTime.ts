import { STATUS_CODE, type DealTable } from "../model/dealTable";

/**
 * Cycle time of each won deal, in days (DEFINITIONS §4): the date of the last stage minus the date of the first
 * stage. A deal that entered the log after the first stage (its first-stage cell blank) counts from its
 * earliest stage date, which is what "from first contact to close" means for it. Won deals are those with
 * status won, or — in a log without a status column — those with a date in the last stage. A won deal with no
 * last-stage date has no cycle and is left out. A log without stage dates (a current-stage export) gives each won
 * deal's {@link DealTable.cycleDays} (created → won date), where it has one; so do a function's start and end
 * date columns (CYCLE_TIME, PIPELINE_VELOCITY), read as such a table (core/functions/columnDeals.ts). A deal that
 * went back to an earlier stage in a HubSpot export ({@link DealTable.reentered}) counts only when no stage is dated
 * before its first dated stage: otherwise that stage was entered again later and the deal's start is not in the file.
 * This is the one cycle-time kernel: the report and the functions all take their durations from here.
 *
 * @example
 * // stages Lead, Proposal, Won; one won deal 2026-01-05 → 2026-02-04
 * cycleDurations(table) //=> [30]
 */
export function cycleDurations(deals: DealTable): Float64Array {
  const stageCount = deals.stages.names.length;
  const last = stageCount - 1;
  const out = new Float64Array(deals.count);
  let n = 0;
  if (!deals.hasDates) {
    // No stage dates (a current-stage export): created → won date of each won deal, when the log has them.
    const cycles = deals.cycleDays;
    if (cycles === undefined) return out.subarray(0, 0);
    for (let i = 0; i < deals.count; i++) {
      if (deals.status[i] === STATUS_CODE.won && !Number.isNaN(cycles[i])) out[n++] = cycles[i];
    }
    return out.subarray(0, n);
  }
  const days = deals.stageDays;
  const reentered = deals.reentered;
  for (let i = 0; i < deals.count; i++) {
    if (deals.status[i] !== STATUS_CODE.won) continue;
    const base = i * stageCount;
    const end = days[base + last];
    if (Number.isNaN(end)) continue;
    let start = end;
    for (let stage = 0; stage < last; stage++) {
      const day = days[base + stage];
      if (!Number.isNaN(day)) {
        start = day;
        break;
      }
    }
    if (reentered !== undefined && reentered[i] === 1 && startIsNotEarliest(days, base, stageCount, start)) continue;
    out[n++] = end - start;
  }
  return out.subarray(0, n);
}

/** True when some stage of the deal at `base` is dated before `start` (its first dated stage was entered again). */
function startIsNotEarliest(days: Float32Array, base: number, stageCount: number, start: number): boolean {
  for (let stage = 0; stage < stageCount; stage++) if (days[base + stage] < start) return true;
  return false;
}

import { STATUS_CODE, type DealTable } from "../model/dealTable";
import { stageList } from "../model/stages";
import type { DealStatus } from "../model/words";

/** A function's columns, one entry per deal kept (a header and empty rows already left out). */
export interface DealColumns {
  /** The sheet row (or the range's 1-based row) each deal came from; by default 1, 2, 3… */
  readonly rows?: readonly number[];
  /** Each deal's outcome; when absent, every row is a won deal (CYCLE_TIME's date pairs). */
  readonly statuses?: readonly DealStatus[];
  /** Each deal's amount, `null` when it has none. */
  readonly amounts?: readonly (number | null)[];
  /** Each deal's start and end day (day numbers, see parse/dates), `null` when it has none. */
  readonly startDays?: readonly (number | null)[];
  readonly endDays?: readonly (number | null)[];
}

/**
 * The deals of a function's separate columns (statuses, amounts, start and end dates) as a deal table, so that
 * CYCLE_TIME and PIPELINE_VELOCITY given columns compute their figures with the report's kernels over a table
 * (core/metrics: winRate, cycleDurations, velocityInputs), as they do given a whole deal log. It has no stage
 * dates, as a current-stage export has none: a won deal's cycle is its end day − its start day
 * ({@link DealTable.cycleDays}), none when either day is missing or the end comes before the start. It holds no
 * stages: every deal is at the first default stage, which no figure computed from it reads.
 * @example
 * const deals = dealsOfColumns({ rows: [2, 3], statuses: ["won", "lost"], startDays: [46023, 46023], endDays: [46053, 46030] });
 * Array.from(deals.cycleDays!) //=> [30, NaN] (the lost deal has no cycle)
 */
export function dealsOfColumns(columns: DealColumns): DealTable {
  const { rows, statuses, amounts, startDays, endDays } = columns;
  const count = statuses?.length ?? startDays?.length ?? 0;
  const statusOf = (i: number): DealStatus => statuses?.[i] ?? "won";
  const cycleDays = new Float64Array(count).fill(NaN);
  if (startDays !== undefined && endDays !== undefined) {
    for (let i = 0; i < count; i++) {
      const start = startDays[i];
      const end = endDays[i];
      if (statusOf(i) === "won" && start !== null && end !== null && end >= start) cycleDays[i] = end - start;
    }
  }
  return {
    stages: stageList(undefined, "en"),
    count,
    hasDates: false,
    stageDays: new Float32Array(0),
    furthest: new Int32Array(count),
    status: Uint8Array.from({ length: count }, (_, i) => STATUS_CODE[statusOf(i)]),
    hasStatus: true,
    amount: Float64Array.from({ length: count }, (_, i) => amounts?.[i] ?? NaN),
    hasAmount: amounts !== undefined,
    rows: Int32Array.from({ length: count }, (_, i) => rows?.[i] ?? i + 1),
    cycleDays,
    text: {},
  };
}

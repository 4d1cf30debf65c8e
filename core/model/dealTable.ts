import type { StageList } from "./stages";
import type { DealField, DealStatus } from "./words";

/** Outcome codes stored in {@link DealTable.status}. */
export const STATUS_CODE = { open: 0, won: 1, lost: 2 } as const satisfies Record<DealStatus, number>;

/**
 * The deals of a log that count in the figures, stored by column for speed (a million deals are a few
 * typed arrays, not a million objects). Deal `i`'s date in stage `s` is `stageDays[i * stages.names.length + s]`,
 * a day number (see parse/dates) or NaN when blank. Day numbers are whole and at most 2,958,465 (9999-12-31),
 * below 2^24, so 32-bit floats hold them exactly: half the memory of 64-bit ones, which for a million deals is
 * 24 MB less to write (and on a machine with costly page faults, most of a parse's time).
 */
export interface DealTable {
  /** The stages in order, spelled as the log spells them. */
  readonly stages: StageList;
  /** Number of deals counted. */
  readonly count: number;
  /** True for the wide shape (dates per stage); false for one stage name per deal. */
  readonly hasDates: boolean;
  /** Row-major stage day numbers, NaN when blank; empty when `hasDates` is false. */
  readonly stageDays: Float32Array;
  /** The furthest stage each deal reached (0-based index). */
  readonly furthest: Int32Array;
  /** Outcome per deal, a {@link STATUS_CODE}. */
  readonly status: Uint8Array;
  /** True when the log has a status column (otherwise a date in the last stage means won). */
  readonly hasStatus: boolean;
  /** Amount per deal, NaN when missing or unreadable. */
  readonly amount: Float64Array;
  /** True when the log has an amount column. */
  readonly hasAmount: boolean;
  /** The sheet row number each deal came from. */
  readonly rows: Int32Array;
  /**
   * The cycle of each deal in days when the log has no stage dates (`hasDates` false) but a created and a close
   * date (a current-stage export): close − created for won deals, NaN otherwise. Absent for the other shapes.
   */
  readonly cycleDays?: Float64Array;
  /**
   * 1 for a deal whose stage dates are each stage's LATEST entry and go backwards in stage order: a HubSpot deal that
   * went back to an earlier stage (DEFINITIONS §1 "Re-entered stages"). Its furthest stage stands; time in stage
   * leaves it out, and its cycle counts only when its first dated stage is its earliest date. Absent when none is.
   */
  readonly reentered?: Uint8Array;
  /**
   * The day a deal lost with no stage dated was lost (HubSpot's `Date entered "Closed Lost"` alone, a history's
   * lost row naming no stage: counted at the first stage, `reading.lostWithoutStage`), NaN for every other deal.
   * Absent when none is. The template writes it as the first stage's date (the only date such a deal has).
   */
  readonly lostDays?: Float32Array;
  /** Text columns the log has (owner, team, …), one string per deal. */
  readonly text: Readonly<Partial<Record<Exclude<DealField, "amount" | "status">, readonly string[]>>>;
}

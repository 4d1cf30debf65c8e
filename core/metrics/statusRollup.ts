import { nameKey } from "../model/normalize";
import type { ActionStatus } from "../model/words";

/** Action items counted by status. */
export interface StatusCounts {
  readonly notStarted: number;
  readonly inProgress: number;
  readonly done: number;
  /** done / all items, a share in [0, 1] (shown as a percentage); null when there are no items. */
  readonly donePercent: number | null;
}

/** One group's counts, labelled as the group was first written. */
export interface StatusRollupRow extends StatusCounts {
  readonly group: string;
}

/** Per-group rows in order of first appearance, and the total over all items. */
export interface StatusRollup {
  /** One row per group; empty when no groups were given. */
  readonly rows: readonly StatusRollupRow[];
  /** All items together. */
  readonly total: StatusCounts;
}

/**
 * The status rollup of an action plan (DEFINITIONS §4 "status rollup"): how many items are not started, in
 * progress and done, and the share done, per group (owner, workstream, …) and in total.
 *
 * Formula: counts per status; done % = done / (not started + in progress + done).
 *
 * Choices (the contract is silent):
 * - Groups appear in the order they first occur, not sorted, so the rollup follows the plan's own order.
 * - Group names match as stage names do: ignoring case, surrounding and repeated spaces and full-/half-width
 *   differences (`"华东 "` and `"华东"` are one group); a group is labelled as it was first written, trimmed.
 *   A blank group name is a group of its own, labelled `""` (the adapter may show it as "(blank)").
 * - Without `groups` there are no rows, only the total. The total's done % is null when there are no items;
 *   a group row always has at least one item.
 * - Items whose status could not be read are the caller's to drop or report before calling.
 *
 * @throws {RangeError} when `groups` is not the same length as `statuses`, or a status is not an
 *   {@link ActionStatus} (programming errors).
 * @example
 * statusRollup(["done", "inProgress", "done", "notStarted"], ["Ann", "Bo", "Ann", "Bo"])
 * //=> { rows: [{ group: "Ann", notStarted: 0, inProgress: 0, done: 2, donePercent: 1 },
 * //            { group: "Bo", notStarted: 1, inProgress: 1, done: 0, donePercent: 0 }],
 * //     total: { notStarted: 1, inProgress: 1, done: 2, donePercent: 0.5 } }
 */
export function statusRollup(statuses: readonly ActionStatus[], groups?: readonly string[]): StatusRollup {
  if (groups !== undefined && groups.length !== statuses.length) {
    throw new RangeError(
      `statusRollup: ${groups.length} group names for ${statuses.length} statuses; they must be the same length.`,
    );
  }
  const total = emptyTally();
  const byGroup = new Map<string, { label: string; tally: Tally }>();
  statuses.forEach((status, index) => {
    if (status !== "notStarted" && status !== "inProgress" && status !== "done") {
      throw new RangeError(`statusRollup: "${String(status)}" at index ${index} is not an action status.`);
    }
    total[status] += 1;
    if (groups === undefined) return;
    const label = String(groups[index]).trim();
    const key = nameKey(label);
    let entry = byGroup.get(key);
    if (entry === undefined) {
      entry = { label, tally: emptyTally() };
      byGroup.set(key, entry);
    }
    entry.tally[status] += 1;
  });
  return {
    rows: [...byGroup.values()].map(({ label, tally }) => ({ group: label, ...withShare(tally) })),
    total: withShare(total),
  };
}

type Tally = Record<ActionStatus, number>;

function emptyTally(): Tally {
  return { notStarted: 0, inProgress: 0, done: 0 };
}

function withShare(tally: Tally): StatusCounts {
  const all = tally.notStarted + tally.inProgress + tally.done;
  return { ...tally, donePercent: all === 0 ? null : tally.done / all };
}

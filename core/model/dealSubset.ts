import type { DealTable } from "./dealTable";

/**
 * The deals of `deals` at `indices` (in that order), as a deal table of their own with the same stages and the
 * same columns, so that every figure's kernel runs on a group of deals exactly as on a whole log
 * (core/metrics/segments.ts). Text columns are not carried (no figure reads them). O(indices × stages).
 * @example
 * dealSubset(log.deals, Int32Array.of(0, 2)).count //=> 2
 */
export function dealSubset(deals: DealTable, indices: Int32Array): DealTable {
  const stageCount = deals.stages.names.length;
  const n = indices.length;
  const stageDays = new Float32Array(deals.hasDates ? n * stageCount : 0);
  if (deals.hasDates) {
    for (let i = 0; i < n; i++) stageDays.set(deals.stageDays.subarray(indices[i] * stageCount, (indices[i] + 1) * stageCount), i * stageCount);
  }
  const pick = <T extends Int32Array | Uint8Array | Float64Array | Float32Array>(column: T): T => {
    const picked = new (column.constructor as new (length: number) => T)(n);
    for (let i = 0; i < n; i++) picked[i] = column[indices[i]];
    return picked;
  };
  return {
    stages: deals.stages,
    count: n,
    hasDates: deals.hasDates,
    stageDays,
    furthest: pick(deals.furthest),
    status: pick(deals.status),
    hasStatus: deals.hasStatus,
    amount: pick(deals.amount),
    hasAmount: deals.hasAmount,
    rows: pick(deals.rows),
    ...(deals.cycleDays === undefined ? {} : { cycleDays: pick(deals.cycleDays) }),
    ...(deals.reentered === undefined ? {} : { reentered: pick(deals.reentered) }),
    ...(deals.lostDays === undefined ? {} : { lostDays: pick(deals.lostDays) }),
    text: {},
  };
}

import type { DealTable } from "../model/dealTable";

/** One stage of the funnel (DEFINITIONS §4). */
export interface FunnelRow {
  readonly stage: string;
  /** Deals that reached this stage: a date here or in any later stage (a skipped stage counts as reached). */
  readonly reached: number;
  /** reached(this) / reached(previous); `null` for the first stage and when the previous stage has none. */
  readonly stepConversion: number | null;
  /** reached(this) / reached(first stage); `null` when the first stage has none. */
  readonly overallConversion: number | null;
  /** reached(this) − reached(next); `null` for the last stage. */
  readonly dropOff: number | null;
}

/**
 * How many deals reached each stage: deal i reached stage s when its furthest stage is s or later, so the
 * counts never rise along the funnel. O(deals + stages).
 *
 * @example
 * // furthest stages 0, 2, 1, 2 over three stages
 * reachedCounts({ stages: { names: ["Lead", "Proposal", "Won"] }, furthest: Int32Array.of(0, 2, 1, 2) })
 * //=> [4, 3, 2]
 */
export function reachedCounts(deals: Pick<DealTable, "stages" | "furthest">): number[] {
  const stageCount = deals.stages.names.length;
  const endedAt = new Array<number>(stageCount).fill(0);
  const furthest = deals.furthest;
  for (let i = 0; i < furthest.length; i++) endedAt[furthest[i]]++;
  const reached = new Array<number>(stageCount);
  let running = 0;
  for (let stage = stageCount - 1; stage >= 0; stage--) {
    running += endedAt[stage];
    reached[stage] = running;
  }
  return reached;
}

/**
 * The funnel: for every stage, the deals that reached it, the step and overall conversion, and the drop-off
 * to the next stage.
 *
 * @example
 * funnelFromReached(["线索", "商机", "成交"], [10, 4, 1]).map((row) => row.stepConversion)
 * //=> [null, 0.4, 0.25]
 */
export function funnelFromReached(stages: readonly string[], reached: readonly number[]): FunnelRow[] {
  return stages.map((stage, index) => ({
    stage,
    reached: reached[index],
    stepConversion: index === 0 || reached[index - 1] === 0 ? null : reached[index] / reached[index - 1],
    overallConversion: reached[0] === 0 ? null : reached[index] / reached[0],
    dropOff: index === stages.length - 1 ? null : reached[index] - reached[index + 1],
  }));
}

/** The funnel of a deal table (see {@link funnelFromReached}). */
export function funnel(deals: Pick<DealTable, "stages" | "furthest">): FunnelRow[] {
  return funnelFromReached(deals.stages.names, reachedCounts(deals));
}

import { expect } from "vitest";
import type { DealReport } from "../../core/report/analyzeDeals";
import type { SqlFigures } from "../../core/sql/figuresOfRows";

/** Every figure the SQL computes, from a core report, in the same shape. */
export function coreFigures(report: DealReport): SqlFigures {
  const { deals, stages, funnel, winRate, cycleTimeDays, timeInStageDays, lossPoints, averageWonAmount, pipelineVelocity, openPipelineAmount } = report;
  return { deals, stages, funnel, winRate, cycleTimeDays, timeInStageDays, lossPoints, averageWonAmount, pipelineVelocity, openPipelineAmount };
}

/** Numbers equal to 1e-9 (relative past 1), nulls and everything else equal. */
export function expectSameFigures(actual: unknown, expected: unknown, path = "figures"): void {
  if (typeof expected === "number" && typeof actual === "number") {
    expect(Math.abs(actual - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
    return;
  }
  if (expected !== null && typeof expected === "object" && actual !== null && typeof actual === "object") {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected as object).sort());
    for (const key of Object.keys(expected as object)) {
      expectSameFigures((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toEqual(expected);
}

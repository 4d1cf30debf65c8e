import { describe, expect, it } from "vitest";
import { pipelineVelocity } from "../../../core/metrics/pipelineVelocity";

describe("pipeline velocity", () => {
  it("is open × win rate × mean won amount ÷ mean cycle", () => {
    // 40 open deals, a quarter of them won at 300,000 after 60 days → 40 × 0.25 × 300000 / 60 = 50,000 a day.
    expect(pipelineVelocity({ openDeals: 40, winRate: 0.25, meanWonAmount: 300_000, meanCycleDays: 60 })).toBe(50_000);
    expect(pipelineVelocity({ openDeals: 0, winRate: 0.5, meanWonAmount: 10, meanCycleDays: 3 })).toBe(0);
  });

  it("is null when an input is missing or the cycle is 0 days", () => {
    expect(pipelineVelocity({ openDeals: 4, winRate: null, meanWonAmount: 10, meanCycleDays: 3 })).toBeNull();
    expect(pipelineVelocity({ openDeals: 4, winRate: 0.5, meanWonAmount: null, meanCycleDays: 3 })).toBeNull();
    expect(pipelineVelocity({ openDeals: 4, winRate: 0.5, meanWonAmount: 10, meanCycleDays: null })).toBeNull();
    expect(pipelineVelocity({ openDeals: 4, winRate: 0.5, meanWonAmount: 10, meanCycleDays: 0 })).toBeNull();
  });
});

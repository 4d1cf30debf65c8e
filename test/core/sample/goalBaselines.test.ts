import { describe, expect, it } from "vitest";
import { sampleGoals } from "../../../core/sample/goalBaselines";
import type { SampleDeal } from "../../../core/sample/sampleDeals";

/** A sample deal with only what the goal baselines read. */
const deal = (lead: number, opportunity: number | null): SampleDeal => ({
  id: "D",
  customer: "",
  source: "",
  owner: "",
  team: "",
  region: "",
  industry: "",
  amount: 100_000,
  status: "open",
  lostReason: "",
  stageDays: [lead, opportunity],
});

describe("the sample's lead → opportunity baseline counts the leads that had time to convert (hand-worked)", () => {
  it("leaves out a lead before the start that is younger than the median days in the first stage on the as-of day", () => {
    // The goals start 2026-10-01 (46296); the as-of day is 2026-11-30 (46356). Days in the first stage: 70, 70, 5 →
    // median 70, so a lead is mature when dated on or before 46286. Before the start: A, B, F converted; C (46280)
    // mature and not converted; E (46290) too young → 3 of 4 (all five leads would say 3 of 5).
    const sample = [deal(46100, 46105), deal(46200, 46270), deal(46210, 46280), deal(46280, null), deal(46290, null)];
    expect(sampleGoals(sample).numbers.conversion.baseline).toBe(0.75);
  });
});

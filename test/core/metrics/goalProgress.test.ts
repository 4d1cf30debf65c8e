import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { elapsedShare, goalProgress, onTrack } from "../../../core/metrics/goalProgress";
import { dayFromCivil } from "../../../core/parse/dates";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe("goalProgress", () => {
  it("measures a rising goal", () => {
    // Win rate from 20% to 30%, now 25%: (0.25 − 0.20)/(0.30 − 0.20) = 0.05/0.10 = 0.5.
    expect(goalProgress(0.2, 0.3, 0.25)).toBeCloseTo(0.5, 15);
    // Monthly deals from 40 to 60, now 55: 15/20 = 0.75.
    expect(goalProgress(40, 60, 55)).toBe(0.75);
  });

  it("measures a falling goal with the same formula", () => {
    // Cycle time from 45 to 30 days, now 40: (40 − 45)/(30 − 45) = −5/−15 = 1/3.
    expect(goalProgress(45, 30, 40)).toBeCloseTo(1 / 3, 15);
    expect(goalProgress(45, 30, 30)).toBe(1);
    expect(goalProgress(45, 30, 45)).toBe(0);
  });

  it("goes below 0 or above 1 without clamping", () => {
    expect(goalProgress(45, 30, 50)).toBeCloseTo(-1 / 3, 15); // moved the wrong way
    expect(goalProgress(45, 30, 24)).toBeCloseTo(1.4, 15); // beat the target
    expect(goalProgress(40, 60, 70)).toBe(1.5);
  });

  it("is null when target = baseline", () => {
    expect(goalProgress(10, 10, 12)).toBeNull();
    expect(goalProgress(0, 0, 0)).toBeNull();
  });

  it("is linear: current = baseline + s·(target − baseline) gives s", () => {
    fc.assert(
      fc.property(finite, finite, fc.double({ min: -3, max: 3, noNaN: true }), (baseline, target, share) => {
        fc.pre(Math.abs(target - baseline) > 1e-3);
        const current = baseline + share * (target - baseline);
        // Rounding in forming `current` is relative to the operands' size, not to the span.
        const span = Math.abs(target - baseline);
        const tolerance = (4 * Number.EPSILON * (Math.abs(baseline) + Math.abs(share) * span)) / span;
        expect(Math.abs(goalProgress(baseline, target, current)! - share)).toBeLessThanOrEqual(tolerance + 1e-15);
      }),
    );
  });

  it("rejects non-finite arguments", () => {
    expect(() => goalProgress(NaN, 1, 0)).toThrow(RangeError);
    expect(() => goalProgress(0, Infinity, 0)).toThrow(RangeError);
  });
});

describe("elapsedShare", () => {
  // A quarter-long goal: 2026-01-01 to 2026-04-01 is 90 days.
  const start = dayFromCivil(2026, 1, 1);
  const deadline = dayFromCivil(2026, 4, 1);

  it("is the share of the window passed", () => {
    expect(deadline - start).toBe(90);
    expect(elapsedShare(start, deadline, dayFromCivil(2026, 1, 31))).toBeCloseTo(30 / 90, 15);
    expect(elapsedShare(start, deadline, start)).toBe(0);
    expect(elapsedShare(start, deadline, deadline)).toBe(1);
  });

  it("clamps to [0, 1] before the start and after the deadline", () => {
    expect(elapsedShare(start, deadline, start - 10)).toBe(0);
    expect(elapsedShare(start, deadline, deadline + 10)).toBe(1);
  });

  it("treats a one-day goal as all elapsed on its day", () => {
    expect(elapsedShare(start, start, start - 1)).toBe(0);
    expect(elapsedShare(start, start, start)).toBe(1);
    expect(elapsedShare(start, start, start + 1)).toBe(1);
  });

  it("is null when the deadline is before the start", () => {
    expect(elapsedShare(deadline, start, start + 30)).toBeNull();
  });

  it("never leaves [0, 1] and never falls as days pass", () => {
    const day = fc.integer({ min: 1, max: 2_958_465 });
    fc.assert(
      fc.property(day, day, day, day, (startDay, deadlineDay, today, later) => {
        fc.pre(deadlineDay >= startDay);
        const share = elapsedShare(startDay, deadlineDay, today)!;
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        if (later >= today) expect(elapsedShare(startDay, deadlineDay, later)!).toBeGreaterThanOrEqual(share);
      }),
    );
  });

  it("rejects non-finite days", () => {
    expect(() => elapsedShare(start, NaN, start)).toThrow(RangeError);
  });
});

describe("onTrack", () => {
  it("compares progress with the time used", () => {
    // Cycle time 45 → 30 over a 90-day quarter; on day 30 the cycle time is 40: progress 1/3, elapsed 1/3.
    const progress = goalProgress(45, 30, 40);
    const elapsed = elapsedShare(0, 90, 30);
    expect(onTrack(progress, elapsed)).toBe(true);
    expect(onTrack(0.5, 0.4)).toBe(true);
    expect(onTrack(0.3, 0.4)).toBe(false);
    expect(onTrack(0.4, 0.4)).toBe(true);
    expect(onTrack(-0.1, 0)).toBe(false);
  });

  it("is null when either figure is null", () => {
    expect(onTrack(null, 0.4)).toBeNull();
    expect(onTrack(0.4, null)).toBeNull();
    expect(onTrack(goalProgress(10, 10, 12), elapsedShare(0, 90, 30))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { localToday } from "../../../core/model/today";

// Day numbers worked by hand: 2026-01-01 is serial 46023 (2025-12-31 = 46022 as Excel shows it), so 2026-01-05
// is 46027; 2024-01-01 is 45292, and 2024-02-29 is 31 + 28 days later, 45351.
describe("localToday: the calendar day a clock reading falls on, in the runtime's local zone", () => {
  it("is the local day from midnight to the last minute", () => {
    expect(localToday(new Date(2026, 0, 5, 0, 0))).toBe(46027);
    expect(localToday(new Date(2026, 0, 5, 23, 59, 59))).toBe(46027);
    expect(localToday(new Date(2026, 0, 6, 0, 0))).toBe(46028);
  });

  it("counts a leap day", () => {
    expect(localToday(new Date(2024, 1, 29, 12))).toBe(45351);
    expect(localToday(new Date(2024, 2, 1, 12))).toBe(45352);
  });
});

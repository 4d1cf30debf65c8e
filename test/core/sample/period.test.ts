import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromCivil } from "../../../core/parse/dates";
import { pilotStartDay } from "../../../core/sample/market";
import { civilFromDay, samplePeriod, weekday } from "../../../core/sample/period";

describe("samplePeriod", () => {
  it("takes whole calendar months when the end day closes its month", () => {
    expect(samplePeriod()).toEqual({ startDay: dayFromCivil(2025, 12, 1), endDay: dayFromCivil(2026, 11, 30) });
    expect(samplePeriod(46356, 1)).toEqual({ startDay: 46327, endDay: 46356 });
    expect(samplePeriod(dayFromCivil(2024, 2, 29), 12).startDay).toBe(dayFromCivil(2023, 3, 1));
  });

  it("otherwise starts the day after the same date months earlier", () => {
    expect(samplePeriod(46341, 1)).toEqual({ startDay: 46311, endDay: 46341 });
    expect(samplePeriod(dayFromCivil(2026, 3, 30), 1).startDay).toBe(dayFromCivil(2026, 3, 1));
  });

  it("always ends on the end day and starts within (months ± 1) × 31 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3000, max: 2_900_000 }), fc.integer({ min: 1, max: 60 }), (endDay, months) => {
        const { startDay, endDay: end } = samplePeriod(endDay, months);
        expect(end).toBe(endDay);
        expect(endDay - startDay + 1).toBeGreaterThanOrEqual(months * 28);
        expect(endDay - startDay + 1).toBeLessThanOrEqual(months * 31 + 1);
      }),
    );
  });

  it("rejects end days and lengths that are not whole numbers in range", () => {
    expect(() => samplePeriod(46356.5)).toThrow(RangeError);
    expect(() => samplePeriod(10)).toThrow(RangeError);
    expect(() => samplePeriod(46356, 0)).toThrow(RangeError);
    expect(() => samplePeriod(46356, 2.5)).toThrow(RangeError);
  });
});

describe("weekday and civilFromDay", () => {
  it("agree with the calendar", () => {
    expect(weekday(46027)).toBe(1); // 2026-01-05, a Monday
    expect(weekday(dayFromCivil(2026, 11, 29))).toBe(0);
    expect(civilFromDay(46027)).toEqual({ year: 2026, month: 1, day: 5 });
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (day) => {
        const { year, month, day: dayOfMonth } = civilFromDay(day);
        expect(dayFromCivil(year, month, dayOfMonth)).toBe(day);
        expect(weekday(day)).toBe(new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay());
      }),
    );
  });
});

describe("pilotStartDay", () => {
  it("starts the pilot team's new way of working for the last quarter", () => {
    expect(pilotStartDay(samplePeriod())).toBe(dayFromCivil(2026, 9, 1));
    const short = samplePeriod(46356, 1);
    const start = pilotStartDay(short);
    expect(start).toBeGreaterThan(short.startDay);
    expect(start).toBeLessThanOrEqual(short.endDay);
  });
});

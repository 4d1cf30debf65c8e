import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromCivil, dayFromDate, dayFromSerial, dayFromText, isoFromDay, readDateCell } from "../../../core/parse/dates";

// Day numbers worked out by hand (days since 1899-12-30, the Sheets serial; Excel serials from 1900-03-01 on):
//   1970-01-01 = 25569 (the Unix epoch, a well-known constant)
//   2000-01-01 = 25569 + 30·365 + 7 leap days (72 76 80 84 88 92 96) = 36526
//   2025-01-01 = 45658, 2024-01-01 = 45658 − 366 = 45292, 2026-01-01 = 45658 + 365 = 46023
//   2026-01-05 = 46023 + 4 = 46027; 2024-02-29 = 45292 + 31 + 28 = 45351
//   2026-03-01 = 46023 + 31 + 28 = 46082, so 2026-03-08 = 46089 and 2026-03-09 = 46090
//   1900-01-01 = 2 (1899-12-30 is 0), 1900-02-28 = 2 + 31 + 27 = 60, 1900-03-01 = 61
//   9999-12-31 = 2958465 (Excel's last serial)
const DAY = {
  "1900-01-01": 2,
  "1900-02-28": 60,
  "1900-03-01": 61,
  "1970-01-01": 25569,
  "2000-01-01": 36526,
  "2024-01-01": 45292,
  "2024-02-29": 45351,
  "2025-01-01": 45658,
  "2026-01-01": 46023,
  "2026-01-05": 46027,
  "2026-03-08": 46089,
  "2026-03-09": 46090,
  "9999-12-31": 2958465,
} as const;

const MS_PER_DAY = 86_400_000;
const HOUR = 3_600_000;

/** Independent oracle: the day number of a civil date via the JS Date's own UTC arithmetic. */
function oracleDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime() / MS_PER_DAY + 25569;
}

/** Independent oracle: whether y-m-d exists (the Date does not roll over into another month). */
function oracleExists(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

describe("dayFromCivil", () => {
  it("gives the hand-worked day numbers", () => {
    expect(dayFromCivil(1900, 1, 1)).toBe(DAY["1900-01-01"]);
    expect(dayFromCivil(1900, 2, 28)).toBe(DAY["1900-02-28"]);
    expect(dayFromCivil(1900, 3, 1)).toBe(DAY["1900-03-01"]);
    expect(dayFromCivil(1970, 1, 1)).toBe(DAY["1970-01-01"]);
    expect(dayFromCivil(2000, 1, 1)).toBe(DAY["2000-01-01"]);
    expect(dayFromCivil(2024, 2, 29)).toBe(DAY["2024-02-29"]);
    expect(dayFromCivil(2026, 1, 5)).toBe(DAY["2026-01-05"]);
    expect(dayFromCivil(9999, 12, 31)).toBe(DAY["9999-12-31"]);
  });

  it("rejects dates that do not exist", () => {
    expect(dayFromCivil(2026, 2, 29)).toBeNaN(); // 2026 is not a leap year
    expect(dayFromCivil(1900, 2, 29)).toBeNaN(); // nor is 1900 (divisible by 100, not by 400)
    expect(dayFromCivil(2000, 2, 29)).toBe(DAY["2000-01-01"] + 31 + 28); // 2000 is (divisible by 400)
    expect(dayFromCivil(2026, 4, 31)).toBeNaN();
    expect(dayFromCivil(2026, 13, 1)).toBeNaN();
    expect(dayFromCivil(2026, 0, 1)).toBeNaN();
    expect(dayFromCivil(2026, 1, 0)).toBeNaN();
    expect(dayFromCivil(2026, 1, 1.5)).toBeNaN();
    expect(dayFromCivil(Number.NaN, 1, 1)).toBeNaN();
  });

  it("agrees with the JS Date oracle on thousands of random dates, valid or not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 12_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const got = dayFromCivil(year, month, day);
          if (oracleExists(year, month, day)) expect(got).toBe(oracleDay(year, month, day));
          else expect(got).toBeNaN();
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("is consecutive: the day after the last of a month is the first of the next", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const first = dayFromCivil(year, month, 1);
        const nextFirst = month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
        let last = 31;
        while (Number.isNaN(dayFromCivil(year, month, last))) last--;
        expect(dayFromCivil(year, month, last)).toBe(nextFirst - 1);
        expect(nextFirst - first).toBe(last);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isoFromDay", () => {
  it("writes the hand-worked dates", () => {
    for (const [iso, day] of Object.entries(DAY)) expect(isoFromDay(day)).toBe(iso);
  });

  it("round-trips with dayFromCivil and dayFromText over the whole spreadsheet range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          fc.pre(oracleExists(year, month, day));
          const dayNumber = dayFromCivil(year, month, day);
          expect(isoFromDay(dayNumber)).toBe(isoOf(year, month, day));
          expect(dayFromText(isoOf(year, month, day))).toBe(dayNumber);
        },
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: DAY["9999-12-31"] }), (dayNumber) => {
        expect(dayFromText(isoFromDay(dayNumber))).toBe(dayNumber);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("dayFromSerial (Excel serials)", () => {
  it("keeps Excel's 1900 quirk: 59 is 1900-02-28, 60 (the fictitious 1900-02-29) is rejected, 61 is 1900-03-01", () => {
    expect(isoFromDay(dayFromSerial(1) as number)).toBe("1900-01-01");
    expect(dayFromSerial(1)).toBe(DAY["1900-01-01"]);
    expect(dayFromSerial(59)).toBe(DAY["1900-02-28"]);
    expect(typeof dayFromSerial(60)).toBe("string"); // a problem code, never a day
    expect(dayFromSerial(61)).toBe(DAY["1900-03-01"]);
    expect(dayFromSerial(59) as number).toBe((dayFromSerial(61) as number) - 1); // Feb 28 → Mar 1 is one day
  });

  it("reads serials 1–59 as 1900-01-01 + (serial − 1) days and 61 on as 1899-12-30 + serial days (Date oracle)", () => {
    for (let serial = 1; serial <= 59; serial++) {
      expect(isoFromDay(dayFromSerial(serial) as number)).toBe(new Date(Date.UTC(1900, 0, serial)).toISOString().slice(0, 10));
    }
    fc.assert(
      fc.property(fc.integer({ min: 61, max: DAY["9999-12-31"] }), (serial) => {
        const expected = new Date(Date.UTC(1899, 11, 30 + serial)).toISOString().slice(0, 10);
        expect(isoFromDay(dayFromSerial(serial) as number)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the well-known serials of recent dates", () => {
    // Excel: =DATE(2026,1,5) is 46027, =DATE(2025,1,1) is 45658.
    expect(dayFromSerial(46027)).toBe(DAY["2026-01-05"]);
    expect(dayFromSerial(45658)).toBe(DAY["2025-01-01"]);
  });

  it("drops the time of day", () => {
    expect(dayFromSerial(46027.0001)).toBe(DAY["2026-01-05"]);
    expect(dayFromSerial(46027.5)).toBe(DAY["2026-01-05"]); // noon
    expect(dayFromSerial(46027.999988)).toBe(DAY["2026-01-05"]); // 23:59:59
    expect(dayFromSerial(59.75)).toBe(DAY["1900-02-28"]);
    expect(dayFromSerial(2958465.9)).toBe(DAY["9999-12-31"]);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (serial, time) => {
        expect(dayFromSerial(serial + time)).toBe(dayFromSerial(serial));
      }),
    );
  });

  it("rejects serials outside 1900-01-01 … 9999-12-31 and non-finite numbers", () => {
    expect(dayFromSerial(0)).toBe("date.outOfRange");
    expect(dayFromSerial(0.5)).toBe("date.outOfRange");
    expect(dayFromSerial(-1)).toBe("date.outOfRange");
    expect(dayFromSerial(-0.25)).toBe("date.outOfRange");
    expect(dayFromSerial(2958466)).toBe("date.outOfRange");
    expect(dayFromSerial(1e12)).toBe("date.outOfRange");
    expect(dayFromSerial(Number.NaN)).toBe("date.unreadable");
    expect(dayFromSerial(Infinity)).toBe("date.unreadable");
    expect(dayFromSerial(-Infinity)).toBe("date.unreadable");
  });
});

describe("dayFromText", () => {
  it("reads the contract's forms of 2026-01-05", () => {
    for (const text of [
      "2026-01-05",
      "2026-1-5",
      "2026/1/5",
      "2026/01/05",
      "2026年1月5日",
      "2026年01月05日",
      "2026.1.5",
      "2026.01.05",
    ]) {
      expect(dayFromText(text), text).toBe(DAY["2026-01-05"]);
    }
  });

  it("reads full-width digits and separators (a Chinese IME's output)", () => {
    expect(dayFromText("２０２６－０１－０５")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("２０２６／１／５")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("２０２６年１月５日")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("２０２６．１．５")).toBe(DAY["2026-01-05"]);
  });

  it("ignores stray spaces, including non-breaking and ideographic ones", () => {
    expect(dayFromText("  2026-01-05  ")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("2026 / 1 / 5")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("2026 年 1 月 5 日")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("\u00a02026-01-05\u00a0")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("\u30002026年1月5日\u3000")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("\t2026/1/5\n")).toBe(DAY["2026-01-05"]);
  });

  it("drops a time part", () => {
    expect(dayFromText("2026-01-05 09:30")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("2026/1/5 0:00")).toBe(DAY["2026-01-05"]); // how Chinese-locale Excel writes CSV dates
    expect(dayFromText("2026/1/5 23:59:59")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("2026-01-05T09:30:00")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("2026-01-05T09:30:00.123Z")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("2026-01-05T09:30:00+08:00")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("2026年1月5日 14:00")).toBe(DAY["2026-01-05"]);
  });

  it("drops a time of day with AM/PM or 上午/下午, and a zone, keeping the day as written", () => {
    for (const text of [
      "2026/1/5 9:30 AM",
      "2026/1/5 9:30 pm",
      "2026/1/5 11:59:59 P.M.",
      "2026/01/05 上午 09:30:00",
      "2026/01/05 下午 11:30:00",
      "2026年1月5日上午9:30",
      "2026/1/5 9:30 下午",
      "2026-01-05 9:30:00 +08:00",
      "2026-01-05 09:30:00 UTC",
      "2026-01-05 09:30 GMT+8",
    ]) {
      expect(dayFromText(text), text).toBe(DAY["2026-01-05"]);
    }
    // 23:30 at UTC−5 is 04:30 on the 6th in UTC; the log says the 5th, and the 5th it stays.
    expect(dayFromText("2026-01-05 23:30 -05:00")).toBe(DAY["2026-01-05"]);
    expect(dayFromText("2026-01-05 00:30 +14:00")).toBe(DAY["2026-01-05"]);
  });

  it("still reports a time-like tail that is not a time of day", () => {
    for (const text of ["2026/1/5 上午", "2026/1/5 AM", "2026/1/5 9:30 XM", "2026-01-059:30", "2026/1/5 9:30 AM PM"]) {
      expect(dayFromText(text), text).toBe("date.unreadable");
    }
  });

  it("reads leap days only in leap years", () => {
    expect(dayFromText("2024-02-29")).toBe(DAY["2024-02-29"]);
    expect(dayFromText("2026-02-29")).toBe("date.unreadable");
    expect(dayFromText("1900-02-29")).toBe("date.unreadable"); // Excel's fictitious day is not a date
    expect(dayFromText("2026-02-30")).toBe("date.unreadable");
    expect(dayFromText("2026-04-31")).toBe("date.unreadable");
    expect(dayFromText("2026-13-01")).toBe("date.unreadable");
    expect(dayFromText("2026-00-10")).toBe("date.unreadable");
    expect(dayFromText("2026-01-00")).toBe("date.unreadable");
  });

  it("reports day-first or month-first dates that read both ways instead of guessing (1/5/2026 is 5 January or 1 May)", () => {
    expect(dayFromText("1/5/2026")).toBe("date.ambiguous");
    expect(dayFromText("05/01/2026")).toBe("date.ambiguous");
    expect(dayFromText("5.1.2026")).toBe("date.ambiguous");
    expect(dayFromText("26-1-5")).toBe("date.unreadable"); // a one-digit year is no year
  });

  it("reports text that is not a date", () => {
    for (const text of ["soon", "TBD", "待定", "2026", "2026-01", "20260105", "2026-01-05x", "Jan 5", "--"]) {
      expect(dayFromText(text), text).toBe("date.unreadable");
    }
  });

  it("tells a spreadsheet serial written as text (a CSV saved from unformatted date cells), and still does not read it", () => {
    // 46027 is 2026-01-05 as a serial; as text it is never a date (DEFINITIONS §3), but the message says what it is.
    for (const text of ["46027", " 45356 ", "45356.5"]) expect(dayFromText(text), text).toBe("date.serialText");
    for (const text of ["2026", "4602", "460270"]) expect(dayFromText(text), text).toBe("date.unreadable");
  });

  it("reports real dates outside the spreadsheet range as out of range", () => {
    expect(dayFromText("1000-01-01")).toBe("date.outOfRange");
    expect(dayFromText("0001-01-01")).toBe("date.outOfRange");
    expect(dayFromText("1899-12-30")).toBe("date.outOfRange"); // day 0
    expect(dayFromText("1900-01-01")).toBe(DAY["1900-01-01"]);
    expect(dayFromText("9999-12-31")).toBe(DAY["9999-12-31"]);
  });
});

describe("dayFromDate (Sheets hands date cells over as Date instants)", () => {
  // Sheets gives a date cell as the instant of midnight in the spreadsheet's time zone.
  it("reads midnight in the spreadsheet's zone back as the typed date", () => {
    expect(dayFromDate(new Date("2026-01-04T16:00:00Z"), "Asia/Shanghai")).toBe(DAY["2026-01-05"]); // UTC+8
    expect(dayFromDate(new Date("2026-01-05T05:00:00Z"), "America/New_York")).toBe(DAY["2026-01-05"]); // UTC−5
    expect(dayFromDate(new Date("2026-01-04T18:30:00Z"), "Asia/Kolkata")).toBe(DAY["2026-01-05"]); // UTC+5:30
    expect(dayFromDate(new Date("2026-01-04T10:00:00Z"), "Pacific/Kiritimati")).toBe(DAY["2026-01-05"]); // UTC+14
    expect(dayFromDate(new Date("2026-01-05T11:00:00Z"), "Pacific/Pago_Pago")).toBe(DAY["2026-01-05"]); // UTC−11
    expect(dayFromDate(new Date("2026-01-05T00:00:00Z"), "UTC")).toBe(DAY["2026-01-05"]);
  });

  it("reads the same instant as different days in different zones", () => {
    const instant = new Date("2026-01-04T16:00:00Z");
    expect(dayFromDate(instant, "Asia/Shanghai")).toBe(DAY["2026-01-05"]); // 00:00 on the 5th
    expect(dayFromDate(instant, "UTC")).toBe(DAY["2026-01-05"] - 1); // 16:00 on the 4th
    expect(dayFromDate(instant, "America/New_York")).toBe(DAY["2026-01-05"] - 1); // 11:00 on the 4th
    expect(dayFromDate(new Date("2026-01-04T15:59:59Z"), "Asia/Shanghai")).toBe(DAY["2026-01-05"] - 1); // 23:59:59
  });

  it("reads UTC when no zone is given", () => {
    expect(dayFromDate(new Date("2026-01-05T00:00:00Z"))).toBe(DAY["2026-01-05"]);
    expect(dayFromDate(new Date("2026-01-05T23:59:59.999Z"))).toBe(DAY["2026-01-05"]);
    expect(dayFromDate(new Date("2026-01-04T23:59:59.999Z"))).toBe(DAY["2026-01-05"] - 1);
    expect(dayFromDate(new Date("2026-01-05T12:00:00Z"), "Etc/UTC")).toBe(DAY["2026-01-05"]);
  });

  it("reads midnight on both sides of a daylight-saving change (New York, 2026-03-08)", () => {
    // US DST starts on the second Sunday of March, 2026-03-08 at 02:00: midnight that day is still EST (UTC−5),
    // midnight the next day is EDT (UTC−4).
    expect(dayFromDate(new Date("2026-03-08T05:00:00Z"), "America/New_York")).toBe(DAY["2026-03-08"]);
    expect(dayFromDate(new Date("2026-03-09T04:00:00Z"), "America/New_York")).toBe(DAY["2026-03-09"]);
  });

  it("agrees with offset arithmetic for any instant of a date in New York and Shanghai", () => {
    // In New York (UTC−5 or −4, LMT −4:56 before 1883) every instant from 05:00Z to 28:00Z falls on the same local date;
    // in Shanghai (UTC+8, +9 in summer 1940s/1986–91, LMT +8:05:43) every instant from −08:00Z to 15:00Z does.
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2958465 }), fc.integer({ min: 0, max: 23 * HOUR - 1 }), (dayNumber, offset) => {
        const midnightUtc = (dayNumber - 25569) * MS_PER_DAY;
        expect(dayFromDate(new Date(midnightUtc + 5 * HOUR + offset), "America/New_York")).toBe(dayNumber);
        expect(dayFromDate(new Date(midnightUtc - 8 * HOUR + offset), "Asia/Shanghai")).toBe(dayNumber);
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects invalid dates and dates outside the spreadsheet range", () => {
    expect(dayFromDate(new Date(Number.NaN))).toBe("date.unreadable");
    expect(dayFromDate(new Date(Number.NaN), "Asia/Shanghai")).toBe("date.unreadable");
    expect(dayFromDate(new Date("1000-06-01T00:00:00Z"))).toBe("date.outOfRange");
    expect(dayFromDate(new Date("+010000-01-01T00:00:00Z"))).toBe("date.outOfRange");
    expect(dayFromDate(new Date("+010000-01-01T00:00:00Z"), "Asia/Shanghai")).toBe("date.outOfRange");
    expect(dayFromDate(new Date("-000500-01-01T00:00:00Z"), "Asia/Shanghai")).toBe("date.outOfRange");
  });

  it("throws on a zone name that does not exist (a caller's mistake, not a data problem)", () => {
    expect(() => dayFromDate(new Date("2026-01-05T00:00:00Z"), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("readDateCell", () => {
  it("reads every kind of cell a host hands over", () => {
    expect(readDateCell(46027)).toBe(DAY["2026-01-05"]); // Excel passes serials
    expect(readDateCell(46027.4)).toBe(DAY["2026-01-05"]);
    expect(readDateCell("2026/1/5")).toBe(DAY["2026-01-05"]); // text cells, CSV
    expect(readDateCell(new Date("2026-01-04T16:00:00Z"), "Asia/Shanghai")).toBe(DAY["2026-01-05"]); // Sheets passes Date
    expect(readDateCell(new Date("2026-01-05T00:00:00Z"))).toBe(DAY["2026-01-05"]);
  });

  it("reads blanks as null", () => {
    for (const blank of [null, undefined, "", "   ", "\u3000"]) expect(readDateCell(blank)).toBeNull();
  });

  it("reports what is not a date", () => {
    expect(readDateCell(true)).toBe("date.unreadable");
    expect(readDateCell(false)).toBe("date.unreadable");
    expect(readDateCell({})).toBe("date.unreadable");
    expect(readDateCell([46027])).toBe("date.unreadable");
    expect(readDateCell("soon")).toBe("date.unreadable");
    expect(readDateCell(60)).toMatch(/^date\./);
    expect(readDateCell(-5)).toBe("date.outOfRange");
    expect(readDateCell(Number.NaN)).toBe("date.unreadable");
  });
});

import { describe, expect, it } from "vitest";
import { dayFromText, readTextDate } from "../../../core/parse/dates";

// Day numbers (days since 1899-12-30), worked by hand from dates.test.ts's anchors:
//   2026-01-01 = 46023 → 2026-01-05 = 46027, 2026-01-11 = 46033
//   2026-03-01 = 46023 + 31 + 28 = 46082 → 2026-03-04 = 46085, 2026-03-15 = 46096
//   2026-04-03 = 46082 + 31 + 2 = 46115
//   2025-12-29 = 46023 − 3 = 46020
// and checked against an independent oracle: Date.UTC's own calendar arithmetic.
const oracle = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000 + 25569;

const D = { "2026-01-05": 46027, "2026-01-11": 46033, "2026-03-04": 46085, "2026-03-15": 46096, "2026-04-03": 46115, "2025-12-29": 46020 };

describe("the hand-worked day numbers agree with Date.UTC", () => {
  it("2026-03-15 is 46096 and so on", () => {
    expect(oracle(2026, 3, 15)).toBe(D["2026-03-15"]);
    expect(oracle(2026, 1, 5)).toBe(D["2026-01-05"]);
    expect(oracle(2026, 1, 11)).toBe(D["2026-01-11"]);
    expect(oracle(2026, 3, 4)).toBe(D["2026-03-04"]);
    expect(oracle(2026, 4, 3)).toBe(D["2026-04-03"]);
    expect(oracle(2025, 12, 29)).toBe(D["2025-12-29"]);
  });
});

describe("dayFromText: numbers only, year last", () => {
  it("reads a date that can be read only one way with no order given", () => {
    expect(dayFromText("03/15/2026")).toBe(D["2026-03-15"]); // no month 15: month first
    expect(dayFromText("15/03/2026")).toBe(D["2026-03-15"]); // day first
    expect(dayFromText("15.03.2026")).toBe(D["2026-03-15"]); // German
    expect(dayFromText("15-03-2026")).toBe(D["2026-03-15"]);
    expect(dayFromText("12/29/2025")).toBe(D["2025-12-29"]); // US-locale Excel's CSV
    expect(dayFromText("05/05/2026")).toBe(oracle(2026, 5, 5)); // the same day both ways
  });

  it("reads both ways when told the order", () => {
    expect(dayFromText("03/04/2026", "mdy")).toBe(D["2026-03-04"]);
    expect(dayFromText("03/04/2026", "dmy")).toBe(D["2026-04-03"]);
    expect(dayFromText("4.3.2026", "dmy")).toBe(D["2026-03-04"]);
    expect(dayFromText("03/15/2026", "dmy")).toBe("date.unreadable"); // no month 15
  });

  it("reports a date that reads both ways with no order given", () => {
    expect(dayFromText("03/04/2026")).toBe("date.ambiguous");
    expect(dayFromText("03/04/2026", "ymd")).toBe("date.ambiguous"); // ymd says nothing about a year-last date
  });

  it("reads a time of day after a comma, with AM/PM (Salesforce: 1/11/2026, 12:40 PM)", () => {
    expect(dayFromText("1/11/2026, 12:40 PM", "mdy")).toBe(D["2026-01-11"]);
    expect(dayFromText("1/11/2026, 12:40 PM", "dmy")).toBe(oracle(2026, 11, 1));
    expect(dayFromText("3/15/2026 11:59:59 PM")).toBe(D["2026-03-15"]);
    expect(dayFromText("15.03.2026 23:59")).toBe(D["2026-03-15"]);
  });

  it("reads two-digit years as Excel does: 00–29 → 20xx, 30–99 → 19xx", () => {
    expect(dayFromText("3/15/26")).toBe(D["2026-03-15"]);
    expect(dayFromText("15/03/26")).toBe(D["2026-03-15"]);
    expect(dayFromText("3/15/29")).toBe(oracle(2029, 3, 15));
    expect(dayFromText("3/15/30")).toBe(oracle(1930, 3, 15));
    expect(dayFromText("3/15/95")).toBe(oracle(1995, 3, 15));
  });

  it("reports what is no date", () => {
    for (const text of ["13/13/2026", "02/30/2026", "3/15/202", "3/15-2026", "3//15/2026", "1/2/3", "3/15/2026 25"]) {
      expect(dayFromText(text), text).toBe("date.unreadable");
    }
  });

  it("keeps the two numbers for the column to order", () => {
    expect(readTextDate("03/04/2026")).toEqual({ first: 3, second: 4, year: 2026 });
    expect(readTextDate(" 1/11/2026, 12:40 PM ")).toEqual({ first: 1, second: 11, year: 2026 });
    expect(readTextDate("15.03.26")).toEqual({ first: 15, second: 3, year: 2026, dotted: true }); // dots: day first (dateOrder.ts)
  });
});

describe("dayFromText: month names (English)", () => {
  it("reads every usual way of writing 2026-01-05", () => {
    for (const text of [
      "Jan 5, 2026",
      "Jan 5 2026",
      "January 5, 2026",
      "january 5, 2026",
      "JAN 05, 2026",
      "Jan. 5, 2026",
      "Jan 5th, 2026",
      "Jan-05-2026",
      "5 Jan 2026",
      "5-Jan-2026",
      "05-Jan-26",
      "5 January 2026",
      "5 January, 2026",
      "Mon, Jan 5, 2026",
      "Monday, January 5, 2026",
      "2026-Jan-05",
      "Jan 5, 2026, 12:40 PM",
      "5-Jan-2026 09:30",
    ]) {
      expect(dayFromText(text), text).toBe(D["2026-01-05"]);
    }
  });

  it("reads every month's name and short form", () => {
    const names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    names.forEach((name, index) => {
      expect(dayFromText(`${name} 1, 2026`), name).toBe(oracle(2026, index + 1, 1));
      expect(dayFromText(`1-${name.slice(0, 3)}-2026`), name).toBe(oracle(2026, index + 1, 1));
    });
    expect(dayFromText("Sept 15, 2026")).toBe(oracle(2026, 9, 15));
  });

  it("reports a month name with a day that does not exist, or a word that is no month", () => {
    expect(dayFromText("Feb 30, 2026")).toBe("date.unreadable");
    expect(dayFromText("Foo 5, 2026")).toBe("date.unreadable");
    expect(dayFromText("Janu 5, 2026")).toBe("date.unreadable");
    expect(dayFromText("Jan 2026")).toBe("date.unreadable");
  });
});

describe("dayFromText: ISO with T and a zone", () => {
  it("keeps the day as written, whatever the zone", () => {
    expect(dayFromText("2026-03-15T23:30:00-08:00")).toBe(D["2026-03-15"]);
    expect(dayFromText("2026-03-15T00:30:00.000+0800")).toBe(D["2026-03-15"]);
    expect(dayFromText("2026-03-15T10:00Z")).toBe(D["2026-03-15"]);
    expect(dayFromText("2026-03-15T10:00:00+08")).toBe(D["2026-03-15"]);
  });
});

import { describe, expect, it } from "vitest";
import { decideDateOrder, readDateColumn } from "../../../core/parse/dateOrder";
import { readDateCell, readTextDate } from "../../../core/parse/dates";
import { parseDealLog } from "../../../core/parse/dealLog";

// Dotted numeric dates (05.03.2024, 5.3.24) are day first wherever they are written (de, ru, pl, cs, tr …; the US
// and China never write d.m with dots): a column whose dates that read both ways are all dotted is read day
// first without asking (DEFINITIONS §3). Slashes and dashes stay as they were; an explicit order still wins.
//
// Day numbers by hand (days since 1899-12-30): 2026-01-01 = 46023; 2025 has 365 days, 2024 366, so
// 2024-01-01 = 46023 − 365 − 366 = 45292. 2024-03-05 = 45292 + 31 + 29 + 4 = 45356 (the README's serial);
// 2024-05-03 = 45292 + 31 + 29 + 31 + 30 + 2 = 45415; 2024-02-01 = 45292 + 31 = 45323; 2024-01-02 = 45293;
// 2024-04-10 = 45292 + 31 + 29 + 31 + 9 = 45392; 2024-10-04 = 45292 + 274 + 3 = 45569 (Jan–Sep 2024: 274 days).
const D = { "2024-03-05": 45356, "2024-05-03": 45415, "2024-02-01": 45323, "2024-01-02": 45293, "2024-04-10": 45392, "2024-10-04": 45569 };

describe("readTextDate marks dates written with dots", () => {
  it("says a dotted date is dotted, and a slashed or dashed one is not", () => {
    expect(readTextDate("05.03.2024")).toEqual({ first: 5, second: 3, year: 2024, dotted: true });
    expect(readTextDate("5.3.24")).toEqual({ first: 5, second: 3, year: 2024, dotted: true });
    expect(readTextDate("05/03/2024")).toEqual({ first: 5, second: 3, year: 2024 });
    expect(readTextDate("05-03-2024")).toEqual({ first: 5, second: 3, year: 2024 });
  });
});

describe("decideDateOrder: dotted dates", () => {
  const dotted = { dated: 3, monthFirst: 0, dayFirst: 0, ambiguous: 3, dottedAmbiguous: 3 };
  it("reads a column whose ambiguous dates are all dotted day first, said as such", () => {
    expect(decideDateOrder(dotted, {})).toMatchObject({ order: "dmy", source: "dots" });
    // The spreadsheet's locale does not make dots month first (an en-US sheet holding a German export).
    expect(decideDateOrder(dotted, { locale: "mdy" })).toMatchObject({ order: "dmy", source: "dots" });
    expect(decideDateOrder(dotted, { locale: "ymd" })).toMatchObject({ order: "dmy", source: "dots" });
  });
  it("leaves the explicit order and the column's own values first", () => {
    expect(decideDateOrder(dotted, { option: "mdy" })).toMatchObject({ order: "mdy", source: "option" });
    expect(decideDateOrder({ ...dotted, monthFirst: 1 }, {})).toMatchObject({ order: "mdy", source: "values" });
  });
  it("does nothing when one ambiguous date is slashed or dashed, or none is dotted", () => {
    expect(decideDateOrder({ ...dotted, dottedAmbiguous: 2 }, {})).toMatchObject({ order: undefined, source: undefined });
    expect(decideDateOrder({ ...dotted, dottedAmbiguous: 0 }, { locale: "mdy" })).toMatchObject({ order: "mdy", source: "locale" });
  });
});

describe("parseDealLog and function ranges: dotted columns", () => {
  it("reads 05.03.2024 and 5.3.24 as 5 March 2024 with no option, and says why", () => {
    const log = parseDealLog([
      ["Lead", "Won", "Status"],
      ["05.03.2024", "10.04.2024", "Won"],
      ["1.2.24", "5.3.24", "Won"],
    ])!;
    expect(log.problems).toEqual([]);
    expect(log.reading?.dateOrders).toEqual([
      { column: "Lead", order: "dmy", source: "dots" },
      { column: "Won", order: "dmy", source: "dots" },
    ]);
    expect(Array.from(log.deals.stageDays)).toEqual([D["2024-03-05"], D["2024-04-10"], D["2024-02-01"], D["2024-03-05"]]);
  });

  it("still stops on the same dates written with slashes, and reads them in the order given", () => {
    const grid = [
      ["Lead", "Won", "Status"],
      ["05/03/2024", "10/04/2024", "Won"],
    ];
    const log = parseDealLog(grid)!;
    expect(log.reading?.ambiguousDates).toEqual([
      { column: "Lead", ambiguous: 1, dated: 1 },
      { column: "Won", ambiguous: 1, dated: 1 },
    ]);
    expect(log.deals.count).toBe(0);
    expect(Array.from(parseDealLog(grid, { dateOrder: "mdy" })!.deals.stageDays)).toEqual([D["2024-05-03"], D["2024-10-04"]]);
  });

  it("keeps --date-order mdy over the dots (an explicit order wins)", () => {
    const log = parseDealLog([["Lead", "Won", "Status"], ["1.2.24", "05.03.2024", "Won"]], { dateOrder: "mdy" })!;
    expect(log.reading?.dateOrders?.[0]).toEqual({ column: "Lead", order: "mdy", source: "option" });
    expect(Array.from(log.deals.stageDays)).toEqual([D["2024-01-02"], D["2024-05-03"]]);
  });

  it("does not read a column day first when one of its ambiguous dates has slashes", () => {
    const log = parseDealLog([["Lead", "Won", "Status"], ["05.03.2024", "", "Open"], ["06/03/2024", "", "Open"]])!;
    expect(log.reading?.ambiguousDates).toEqual([{ column: "Lead", ambiguous: 2, dated: 2 }]);
  });

  it("reads a function's dotted range day first even in an en-US spreadsheet (the panes' locale)", () => {
    expect(readDateColumn(["Lead", "05.03.2024", "1.2.24"], undefined, { locale: "mdy" }, readDateCell)).toEqual([
      "date.unreadable",
      D["2024-03-05"],
      D["2024-02-01"],
    ]);
  });
});

describe("two-digit years once the order is known (DEFINITIONS §3: 00–29 → 20xx, as Excel)", () => {
  it("reads 3/5/24 as 2024, in either order", () => {
    expect(parseDealLog([["Lead", "Won", "Status"], ["3/5/24", "", "Open"]], { dateOrder: "mdy" })!.deals.stageDays[0]).toBe(D["2024-03-05"]);
    expect(parseDealLog([["Lead", "Won", "Status"], ["3/5/24", "", "Open"]], { dateOrder: "dmy" })!.deals.stageDays[0]).toBe(D["2024-05-03"]);
    // A day above 12 settles it from the values alone: 3/15/24 is 15 March 2024 = 45292 + 31 + 29 + 14 = 45366.
    expect(parseDealLog([["Lead", "Won", "Status"], ["3/15/24", "", "Open"]])!.deals.stageDays[0]).toBe(45366);
  });
  it("reads 30–99 as 19xx (1/2/30 month first = 1930-01-02 = 10960)", () => {
    // 1930-01-02: 1900-01-01 is serial 2 (days since 1899-12-30); 1900–1929 hold 30 × 365 + 7 leap days
    // (1904 … 1928) = 10957 days, so 1930-01-01 = 2 + 10957 = 10959 and 1930-01-02 = 10960.
    expect(parseDealLog([["Lead", "Won", "Status"], ["1/2/30", "", "Open"]], { dateOrder: "mdy" })!.deals.stageDays[0]).toBe(10960);
  });
});

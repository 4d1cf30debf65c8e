import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateOrderOfLocale, dateOrderOfPattern, decideDateOrder, dayOfColumnDate, readDateColumn, yearLastKind } from "../../../core/parse/dateOrder";
import { readDateCell } from "../../../core/parse/dates";
import { parseDealLog } from "../../../core/parse/dealLog";
import type { DateOrder } from "../../../core/model/reading";

// Day numbers by hand (days since 1899-12-30): 2026-01-01 = 46023, 2026-03-01 = 46023 + 31 + 28 = 46082.
//   2026-01-02 = 46024, 2026-01-03 = 46025, 2026-02-01 = 46054, 2026-03-02 = 46083, 2026-03-04 = 46085,
//   2026-03-15 = 46096, 2026-04-03 = 46082 + 31 + 2 = 46115, 2026-02-03 = 46054 + 2 = 46056
const D = {
  "01-02": 46024,
  "01-03": 46025,
  "02-01": 46054,
  "02-03": 46056,
  "03-02": 46083,
  "03-04": 46085,
  "03-15": 46096,
  "04-03": 46115,
};
const oracle = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000 + 25569;

describe("yearLastKind", () => {
  it("tells a date by which of its orders give a real day", () => {
    expect(yearLastKind({ first: 3, second: 15, year: 2026 })).toBe("mdy");
    expect(yearLastKind({ first: 15, second: 3, year: 2026 })).toBe("dmy");
    expect(yearLastKind({ first: 3, second: 4, year: 2026 })).toBe("either");
    expect(yearLastKind({ first: 4, second: 4, year: 2026 })).toBe("same");
    expect(yearLastKind({ first: 13, second: 13, year: 2026 })).toBe("neither");
    expect(yearLastKind({ first: 2, second: 30, year: 2026 })).toBe("neither"); // Feb 30, and no month 30
    expect(yearLastKind({ first: 2, second: 29, year: 2024 })).toBe("mdy"); // a leap day, month first only
  });
});

describe("decideDateOrder", () => {
  const open = { dated: 5, monthFirst: 0, dayFirst: 0, ambiguous: 5 };
  it("takes the column's own values first: a day above 12 settles it", () => {
    expect(decideDateOrder({ dated: 5, monthFirst: 1, dayFirst: 0, ambiguous: 4 }, { option: "dmy", locale: "dmy" })).toMatchObject({ order: "mdy", source: "values" });
    expect(decideDateOrder({ dated: 5, monthFirst: 0, dayFirst: 2, ambiguous: 3 }, {})).toMatchObject({ order: "dmy", source: "values" });
    // Contradictions: the larger side settles it (the other side's dates are reported).
    expect(decideDateOrder({ dated: 5, monthFirst: 3, dayFirst: 1, ambiguous: 1 }, {})).toMatchObject({ order: "mdy", source: "values" });
  });
  it("then the option, then the locale; ymd settles nothing here", () => {
    expect(decideDateOrder(open, { option: "dmy", locale: "mdy" })).toMatchObject({ order: "dmy", source: "option" });
    expect(decideDateOrder(open, { locale: "mdy" })).toMatchObject({ order: "mdy", source: "locale" });
    expect(decideDateOrder(open, { option: "ymd", locale: "dmy" })).toMatchObject({ order: "dmy", source: "locale" });
    expect(decideDateOrder(open, { locale: "ymd" })).toMatchObject({ order: undefined, source: undefined });
    expect(decideDateOrder(open, {})).toMatchObject({ order: undefined });
    // As many each way: the values do not settle it.
    expect(decideDateOrder({ dated: 2, monthFirst: 1, dayFirst: 1, ambiguous: 0 }, { option: "mdy" })).toMatchObject({ order: "mdy", source: "option" });
  });
});

describe("dayOfColumnDate", () => {
  it("reads in the column's order and reports dates of the other order", () => {
    expect(dayOfColumnDate({ first: 3, second: 4, year: 2026 }, "mdy")).toBe(D["03-04"]);
    expect(dayOfColumnDate({ first: 3, second: 4, year: 2026 }, "dmy")).toBe(D["04-03"]);
    expect(dayOfColumnDate({ first: 3, second: 15, year: 2026 }, "dmy")).toBe("date.orderConflict");
    expect(dayOfColumnDate({ first: 2, second: 30, year: 2026 }, "mdy")).toBe("date.unreadable");
  });
  it("in an undecided column, reports what reads both ways and what contradicts", () => {
    expect(dayOfColumnDate({ first: 3, second: 4, year: 2026 }, undefined)).toBe("date.ambiguous");
    expect(dayOfColumnDate({ first: 3, second: 15, year: 2026 }, undefined)).toBe("date.orderConflict");
    expect(dayOfColumnDate({ first: 4, second: 4, year: 2026 }, undefined)).toBe(oracle(2026, 4, 4));
  });
});

describe("dateOrderOfLocale and dateOrderOfPattern", () => {
  it("gives each locale's order, either tag form", () => {
    expect(dateOrderOfLocale("en-US")).toBe("mdy");
    expect(dateOrderOfLocale("en_US")).toBe("mdy");
    expect(dateOrderOfLocale("en-GB")).toBe("dmy");
    expect(dateOrderOfLocale("en_GB")).toBe("dmy");
    expect(dateOrderOfLocale("de-DE")).toBe("dmy");
    expect(dateOrderOfLocale("fr-FR")).toBe("dmy");
    expect(dateOrderOfLocale("zh-CN")).toBe("ymd");
    expect(dateOrderOfLocale("zh_CN")).toBe("ymd");
    expect(dateOrderOfLocale("ja-JP")).toBe("ymd");
  });
  it("gives nothing for no tag or a malformed one", () => {
    expect(dateOrderOfLocale(undefined)).toBeUndefined();
    expect(dateOrderOfLocale("")).toBeUndefined();
    expect(dateOrderOfLocale("not a locale!")).toBeUndefined();
  });
  it("reads Excel's short date patterns", () => {
    expect(dateOrderOfPattern("M/d/yyyy")).toBe("mdy");
    expect(dateOrderOfPattern("m/d/yyyy")).toBe("mdy");
    expect(dateOrderOfPattern("dd/MM/yyyy")).toBe("dmy");
    expect(dateOrderOfPattern("dd.MM.yyyy")).toBe("dmy");
    expect(dateOrderOfPattern("yyyy/M/d")).toBe("ymd");
    expect(dateOrderOfPattern("yyyy'年'M'月'd'日'")).toBe("ymd");
    expect(dateOrderOfPattern("")).toBeUndefined();
    expect(dateOrderOfPattern(undefined)).toBeUndefined();
  });
});

describe("readDateColumn (a function's date range)", () => {
  it("applies the column rule", () => {
    expect(readDateColumn(["03/04/2026", "03/15/2026", "", 46027], undefined, {}, readDateCell)).toEqual([D["03-04"], D["03-15"], null, 46027]);
    expect(readDateColumn(["03/04/2026", "01/02/2026"], undefined, {}, readDateCell)).toEqual(["date.ambiguous", "date.ambiguous"]);
    expect(readDateColumn(["03/04/2026", "01/02/2026"], undefined, { locale: "dmy" }, readDateCell)).toEqual([D["04-03"], D["02-01"]]);
  });
});

// ── The column rule in a deal log ──────────────────────────────────────────────────────────────────────────
describe("parseDealLog: a column's date order comes from its own values", () => {
  it("reads a US-locale column month first when a day above 12 appears, with no option", () => {
    const log = parseDealLog([
      ["Lead", "Won", "Status"],
      ["03/02/2026", "03/15/2026", "Won"], // 03/15: no month 15, so the Won column is month first
      ["01/02/2026", "03/04/2026", "Won"],
      ["2026-01-03", "", "Open"], // year first: no vote, never ambiguous
    ])!;
    // Lead: 03/02 and 01/02 read both ways, nothing settles it, no option: undecided.
    expect(log.reading?.dateOrders).toEqual([{ column: "Won", order: "mdy", source: "values" }]);
    expect(log.reading?.ambiguousDates).toEqual([{ column: "Lead", ambiguous: 2, dated: 2 }]);
    expect(log.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "A", "date.ambiguous"],
      [3, "A", "date.ambiguous"],
    ]);
    expect(log.deals.count).toBe(1);
    expect(Array.from(log.deals.stageDays)).toEqual([D["01-03"], NaN]);
  });

  it("takes the option for a column that stays ambiguous, and the locale after it", () => {
    const grid = [
      ["Lead", "Won", "Status"],
      ["03/02/2026", "03/15/2026", "Won"],
      ["01/02/2026", "03/04/2026", "Won"],
    ];
    const byOption = parseDealLog(grid, { dateOrder: "mdy", localeDateOrder: "dmy" })!;
    expect(byOption.problems).toEqual([]);
    expect(byOption.reading?.dateOrders).toEqual([
      { column: "Lead", order: "mdy", source: "option" },
      { column: "Won", order: "mdy", source: "values" },
    ]);
    expect(Array.from(byOption.deals.stageDays)).toEqual([D["03-02"], D["03-15"], D["01-02"], D["03-04"]]);
    const byLocale = parseDealLog(grid, { localeDateOrder: "dmy" })!;
    expect(byLocale.reading?.dateOrders?.[0]).toEqual({ column: "Lead", order: "dmy", source: "locale" });
    // Lead read day first: 03/02 is 3 February, 01/02 is 1 February.
    expect(Array.from(byLocale.deals.stageDays)).toEqual([D["02-03"], D["03-15"], D["02-01"], D["03-04"]]);
  });

  it("reports dates that contradict their column's order with their row and column", () => {
    const log = parseDealLog([
      ["编号", "线索", "成交"],
      ["A", "15/03/2026", ""],
      ["B", "16/03/2026", ""],
      ["C", "03/17/2026", ""], // month first only: against the column's two day-first dates
      ["D", "04/03/2026", ""], // both ways: read day first, 4 March
    ])!;
    expect(log.reading?.dateOrders).toEqual([{ column: "线索", order: "dmy", source: "values" }]);
    expect(log.problems.map((p) => [p.row, p.column, p.code, p.params.value])).toEqual([[4, "B", "date.orderConflict", "03/17/2026"]]);
    expect(Array.from(log.deals.stageDays)).toEqual([D["03-15"], NaN, D["03-15"] + 1, NaN, D["03-04"], NaN]);
  });

  it("never calls a year-first, month-name or serial column ambiguous, and notes nothing for it", () => {
    const log = parseDealLog([
      ["Lead", "Won"],
      ["2026/03/04", "Mar 15, 2026"],
      [46024, "5-Jan-2026"],
    ])!;
    expect(log.problems).toEqual([]);
    expect(log.reading).toEqual({ shape: "wide" });
  });
});

// ── Property: the same days, whatever order each column is written in ──────────────────────────────────────
type Written = "iso" | "mdy" | "dmy" | "mdy2" | "dmy2" | "dotted" | "monthName" | "dayMonthName" | "serial";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

function write(day: number, form: Written): unknown {
  const date = new Date((day - 25569) * 86_400_000);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  switch (form) {
    case "iso":
      return `${y}-${pad(m)}-${pad(d)}T10:00:00Z`;
    case "mdy":
      return `${m}/${d}/${y}, 12:40 PM`;
    case "dmy":
      return `${pad(d)}/${pad(m)}/${y}`;
    case "mdy2":
      return `${m}/${d}/${String(y).slice(2)}`;
    case "dmy2":
      return `${d}-${m}-${String(y).slice(2)}`;
    case "dotted":
      return `${pad(d)}.${pad(m)}.${y}`;
    case "monthName":
      return `${MONTHS[m - 1]} ${d}, ${y}`;
    case "dayMonthName":
      return `${d}-${MONTHS[m - 1]}-${y}`;
    case "serial":
      return day;
  }
}
const ORDER_OF: Partial<Record<Written, "mdy" | "dmy">> = { mdy: "mdy", mdy2: "mdy", dmy: "dmy", dmy2: "dmy", dotted: "dmy" };

describe("property: dates written in any supported order give the same days", () => {
  it("each column in its own order, settled by one of its values or by the matching option", () => {
    // Days 2000-01-01 … 2029-12-31 (two-digit years read 00–29 as 20xx).
    const day = fc.integer({ min: oracle(2000, 1, 1), max: oracle(2029, 12, 31) });
    const forms = fc.constantFrom<Written>("iso", "mdy", "dmy", "mdy2", "dmy2", "dotted", "monthName", "dayMonthName", "serial");
    fc.assert(
      fc.property(
        fc.array(fc.array(day, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        fc.array(forms, { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        (rows, columnForms, settleByValue) => {
          // Stage dates must not run backwards: sort each row's days.
          const days = rows.map((row) => [...row].sort((a, b) => a - b));
          const orders = new Set(columnForms.map((form) => ORDER_OF[form]).filter((order) => order !== undefined));
          // Columns in different orders cannot share one option: a settling row then, as when asked for.
          const settle = settleByValue || orders.size > 1;
          // The settling row: 2026-03-15, 16, 17 (days above 12) written in each column's own form.
          if (settle) days.push([oracle(2026, 3, 15), oracle(2026, 3, 16), oracle(2026, 3, 17)]);
          const grid: unknown[][] = [["Lead", "Proposal", "Won"]];
          for (const row of days) grid.push(row.map((value, stage) => write(value, columnForms[stage])));
          const option: DateOrder | undefined = settle ? undefined : [...orders][0];
          const log = parseDealLog(grid, { dateOrder: option })!;
          expect(log.problems).toEqual([]);
          expect(log.deals.count).toBe(days.length);
          expect(Array.from(log.deals.stageDays)).toEqual(days.flat());
        },
      ),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { callFunction } from "../../../core/functions/registry";

// Text dates in a function's ranges follow the deal log's column rule: a range's numbers-only dates (03/04/2026)
// are read in the order its own values settle, else the spreadsheet locale's (CallContext.dateOrder, Sheets),
// else they are left out as unreadable dates are (a function's rows without dates do not count), never guessed. Days by hand (since 1899-12-30): 2026-03-01 = 46082.
//   03/02/2026 month first = 2026-03-02 = 46083, day first = 2026-02-03 = 46056
//   03/15/2026 = 2026-03-15 = 46096; 04/03/2026 month first = 2026-04-03 = 46115, day first = 2026-03-04 = 46085
const col = (...cells: unknown[]) => cells.map((cell) => [cell]);

describe("CYCLE_TIME with text dates", () => {
  it("reads each range in the order its own values settle", () => {
    // start: 03/02 (both ways) and 03/13 (month first: no month 13) → month first: 46083, 46094.
    // end: 04/03 (both ways) and 03/20 (month first) → 46115, 46101. Cycles 32 and 7; median 19.5.
    expect(callFunction("CYCLE_TIME", [col("Lead", "03/02/2026", "03/13/2026"), col("Won", "04/03/2026", "03/20/2026")], { locale: "en" })).toBe(19.5);
  });

  it("follows the spreadsheet locale's order when the values leave it open", () => {
    const args = [col("03/02/2026"), col("04/03/2026")];
    expect(callFunction("CYCLE_TIME", args, { locale: "en", dateOrder: "mdy" })).toBe(46115 - 46083); // 32
    expect(callFunction("CYCLE_TIME", args, { locale: "en", dateOrder: "dmy" })).toBe(46085 - 46056); // 29
  });

  it("leaves out a date that reads both ways when nothing settles it", () => {
    // Row 2 is open both ways, row 3 month first only — in the same range: the range is month first.
    expect(callFunction("CYCLE_TIME", [col("03/02/2026"), col("04/03/2026")], { locale: "en" })).toMatchObject({ error: "#DIV/0!" });
    expect(callFunction("CYCLE_TIME", [col("03/02/2026"), col("04/03/2026")], { locale: "en", dateOrder: "ymd" })).toMatchObject({ error: "#DIV/0!" });
    expect(callFunction("CYCLE_TIME", [col("03/02/2026", 46083), col("04/03/2026", 46090)], { locale: "en" })).toBe(7);
  });
});

describe("deal-log functions with text dates", () => {
  it("read a wide log's open columns in the locale's order, else leave those rows out as bad rows", () => {
    const log = [
      ["Lead", "Won", "Status"],
      ["03/02/2026", "04/03/2026", "Won"],
      [46083, 46115, "Won"],
    ];
    // dmy: 2026-02-03 → 2026-03-04 = 29 days; the serial row 46115 − 46083 = 32; median 30.5.
    expect(callFunction("TIME_IN_STAGE", [log, "Lead"], { locale: "en", dateOrder: "dmy" })).toBe(30.5);
    expect(callFunction("TIME_IN_STAGE", [log, "Lead"], { locale: "en" })).toBe(32);
  });
});

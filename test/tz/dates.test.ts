/**
 * Day arithmetic never goes through local time (DEFINITIONS §3). `npm run test:tz` runs this file under
 * TZ=Asia/Shanghai (UTC+8) and TZ=America/New_York (UTC−5/−4), and the normal suite runs it in the machine's zone;
 * every expectation is a hand-written day number, so all runs must give the same answers.
 */
import { describe, expect, it } from "vitest";
import { STATUS_CODE } from "../../core/model/dealTable";
import { parseDealLog } from "../../core/parse/dealLog";
import { dayFromCivil, dayFromDate, dayFromSerial, dayFromText, isoFromDay, readDateCell } from "../../core/parse/dates";

// Hand-worked day numbers (days since 1899-12-30): 2025-01-01 = 45658, 2026-01-01 = 45658 + 365 = 46023,
// 2026-01-05 = 46027, 2026-01-08 = 46030, 2026-02-01 = 46054, 2026-03-01 = 46082, 2026-03-08 = 46089,
// 2026-03-09 = 46090, 2026-11-01 = 46082 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 = 46327, 2026-11-02 = 46328,
// 1900-02-28 = 60, 1900-03-01 = 61.
const JAN_05 = 46027;
const JAN_08 = 46030;
const FEB_01 = 46054;
const MAR_08 = 46089;
const MAR_09 = 46090;
const NOV_01 = 46327;
const NOV_02 = 46328;

describe("the process time zone", () => {
  it("is the one TZ names, so the twin runs really run in two zones", () => {
    const resolved = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const offsetMinutes = new Date("2026-01-05T00:00:00Z").getTimezoneOffset();
    console.info(`process time zone: ${resolved} (TZ=${process.env.TZ ?? "unset"}), UTC offset in January ${-offsetMinutes} min`);
    if (process.env.TZ === "Asia/Shanghai") {
      expect(resolved).toBe("Asia/Shanghai");
      expect(offsetMinutes).toBe(-480);
    } else if (process.env.TZ === "America/New_York") {
      expect(resolved).toBe("America/New_York");
      expect(offsetMinutes).toBe(300);
    } else if (process.env.TZ !== undefined && process.env.TZ !== "") {
      expect(resolved).toBe(process.env.TZ);
    }
  });
});

describe("day numbers do not depend on the process time zone", () => {
  it("reads Excel serials", () => {
    expect(dayFromSerial(46027)).toBe(JAN_05);
    expect(dayFromSerial(46027.99)).toBe(JAN_05); // late evening stays on its day
    expect(dayFromSerial(46027.01)).toBe(JAN_05);
    expect(dayFromSerial(59)).toBe(60);
    expect(dayFromSerial(61)).toBe(61);
    expect(dayFromSerial(46089.5)).toBe(MAR_08); // a US daylight-saving day
  });

  it("reads text dates", () => {
    expect(dayFromText("2026-01-05")).toBe(JAN_05);
    expect(dayFromText("2026/1/5 23:30")).toBe(JAN_05);
    expect(dayFromText("2026年1月5日")).toBe(JAN_05);
    expect(dayFromText("2026-01-05T00:30:00")).toBe(JAN_05);
    expect(dayFromText("2026-03-08")).toBe(MAR_08);
    expect(dayFromText("2026-11-01")).toBe(NOV_01); // US daylight saving ends
  });

  it("reads Date cells in the zone named, never the process's", () => {
    // Sheets hands a date cell as the instant of midnight in the spreadsheet's zone.
    expect(dayFromDate(new Date("2026-01-04T16:00:00Z"), "Asia/Shanghai")).toBe(JAN_05);
    expect(dayFromDate(new Date("2026-01-05T05:00:00Z"), "America/New_York")).toBe(JAN_05);
    expect(dayFromDate(new Date("2026-03-08T05:00:00Z"), "America/New_York")).toBe(MAR_08); // EST midnight
    expect(dayFromDate(new Date("2026-03-09T04:00:00Z"), "America/New_York")).toBe(MAR_09); // EDT midnight
    expect(dayFromDate(new Date("2026-11-01T04:00:00Z"), "America/New_York")).toBe(NOV_01); // EDT midnight
    expect(dayFromDate(new Date("2026-11-02T05:00:00Z"), "America/New_York")).toBe(NOV_02); // EST midnight
    expect(dayFromDate(new Date("2026-01-04T16:00:00Z"), "America/New_York")).toBe(JAN_05 - 1);
    expect(readDateCell(new Date("2026-01-04T16:00:00Z"), "Asia/Shanghai")).toBe(JAN_05);
  });

  it("reads Date cells in UTC when no zone is named", () => {
    expect(dayFromDate(new Date("2026-01-05T00:00:00Z"))).toBe(JAN_05);
    expect(dayFromDate(new Date("2026-01-05T23:59:59Z"))).toBe(JAN_05);
    expect(dayFromDate(new Date("2026-01-04T16:00:00Z"))).toBe(JAN_05 - 1);
    expect(readDateCell(new Date("2026-03-08T03:00:00Z"))).toBe(MAR_08);
  });

  it("writes and builds day numbers", () => {
    expect(dayFromCivil(2026, 1, 5)).toBe(JAN_05);
    expect(dayFromCivil(2026, 3, 8)).toBe(MAR_08);
    expect(isoFromDay(JAN_05)).toBe("2026-01-05");
    expect(isoFromDay(MAR_09)).toBe("2026-03-09");
    expect(isoFromDay(NOV_02)).toBe("2026-11-02");
  });

  it("parses a whole deal log to the same table", () => {
    const grid = Object.freeze([
      Object.freeze(["Deal ID", "Lead", "Opportunity", "Won", "Status"]),
      // Excel serials, with times of day
      Object.freeze(["A", 46027.9, 46030.1, 46054, "Won"]),
      // text
      Object.freeze(["B", "2026-01-05", "2026/1/8 23:00", "", "Lost"]),
      // Sheets Date cells from a Shanghai spreadsheet: midnight there
      Object.freeze(["C", new Date("2026-01-04T16:00:00Z"), new Date("2026-01-07T16:00:00Z"), new Date("2026-01-31T16:00:00Z"), ""]),
      // a DST-day cell written as midnight in Shanghai (2026-03-08 00:00 +08:00)
      Object.freeze(["D", new Date("2026-03-07T16:00:00Z"), "", "", "Open"]),
    ]);
    const log = parseDealLog(grid, { timeZone: "Asia/Shanghai" });
    expect(log?.problems).toEqual([]);
    expect(Array.from(log!.deals.stageDays)).toEqual([
      JAN_05, JAN_08, FEB_01,
      JAN_05, JAN_08, NaN,
      JAN_05, JAN_08, FEB_01,
      MAR_08, NaN, NaN,
    ]);
    expect(Array.from(log!.deals.furthest)).toEqual([2, 1, 2, 0]);
    expect(Array.from(log!.deals.status)).toEqual([STATUS_CODE.won, STATUS_CODE.lost, STATUS_CODE.open, STATUS_CODE.open]);
    expect(Array.from(log!.deals.rows)).toEqual([2, 3, 4, 5]);
  });

  it("parses a log without a status column to the same outcomes", () => {
    const grid = [
      ["线索", "商机", "成交"],
      [new Date("2026-01-05T05:00:00Z"), new Date("2026-01-08T05:00:00Z"), new Date("2026-02-01T05:00:00Z")],
      [new Date("2026-03-08T05:00:00Z"), new Date("2026-03-09T04:00:00Z"), ""],
    ];
    const log = parseDealLog(grid, { timeZone: "America/New_York" });
    expect(Array.from(log!.deals.stageDays)).toEqual([JAN_05, JAN_08, FEB_01, MAR_08, MAR_09, NaN]);
    expect(Array.from(log!.deals.furthest)).toEqual([2, 1]);
    expect(Array.from(log!.deals.status)).toEqual([STATUS_CODE.won, STATUS_CODE.open]);
  });
});

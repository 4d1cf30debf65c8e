import { describe, expect, it } from "vitest";
import { callFunction } from "../../core/functions/registry";
import { analyzeDeals } from "../../core/report/analyzeDeals";
import { HAND_FIGURES, HAND_LOG } from "../fixtures/handLog";

// Run by `npm run test:tz` under Asia/Shanghai and America/New_York: the figures must not move with the zone.

/** HAND_LOG as Sheets hands it: every ISO date a `Date` at midnight in the spreadsheet's zone (here Shanghai, UTC+8). */
const SHANGHAI_LOG = HAND_LOG.map((row, index) =>
  index === 0 ? row : row.map((cell) => (typeof cell === "string" && /^2026-\d\d-\d\d$/.test(cell) ? new Date(`${cell}T00:00:00+08:00`) : cell)),
);

describe("figures do not depend on the process time zone", () => {
  for (const [name, grid, timeZone] of [
    ["ISO text", HAND_LOG, undefined],
    ["Sheets Date cells read in Asia/Shanghai", SHANGHAI_LOG, "Asia/Shanghai"],
  ] as const) {
    it(`the diagnosis of the hand-worked log from ${name}`, () => {
      const report = analyzeDeals(grid, { locale: "en", timeZone })!;
      expect(report.funnel.map((row) => row.reached)).toEqual(HAND_FIGURES.reached);
      expect(report.cycleTimeDays).toEqual({ median: 29, mean: 24, p90: 30.6, n: 3 });
      expect(report.timeInStageDays["商机"]).toEqual({ median: 11, mean: 11.25, n: 4 });
      // Row 10's 2026-13-01 is an unreadable text in one and an invalid Date in the other; row 11 goes backwards.
      expect(report.problems.map((problem) => problem.row)).toEqual([...HAND_FIGURES.problemRows]);
    });

    it(`CYCLE_TIME and TIME_IN_STAGE from ${name}`, () => {
      const context = { locale: "en" as const, timeZone };
      const column = (index: number) => grid.map((row) => [row[index]]);
      expect(callFunction("CYCLE_TIME", [column(1), column(4)], context)).toBe(30);
      expect(callFunction("TIME_IN_STAGE", [grid.map((row) => row.slice(1, 5)), "商机"], context)).toBe(11);
    });
  }
});

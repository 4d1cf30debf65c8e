import { describe, expect, it } from "vitest";
import { parseDealLog } from "../../../core/parse/dealLog";
import { reportOfLog } from "../../../core/report/analyzeDeals";
import { reportNotes } from "../../../core/report/reportNotes";
import { readTable } from "../../../cli/readTable";

// HubSpot keeps only the LATEST date a deal entered each stage ("Date entered", knowledge.hubspot.com
// stage-calculated properties; "Latest time in" counts "since it last entered the stage", only "Cumulative time
// in" adds the stints up). A deal that went back to an earlier stage and on again shows a later stage dated before
// an earlier one. Read as DEFINITIONS §1 "Re-entered stages (HubSpot)" says.
const FIXTURE = "test/fixtures/exports/hubspot-reentered-stages-2026-03-02.csv";

async function fixtureLog() {
  const table = await readTable(FIXTURE);
  const log = parseDealLog(table.grid, { firstRow: table.firstRow });
  expect(log?.shape).toBe("wide");
  return log!;
}

describe("a HubSpot export with re-entered stages (fixture hubspot-reentered-stages)", () => {
  // Stages (columns): AS, QTB, PS, DMBI, CS, Closed won; Closed lost marks a deal lost.
  //   19001 won, straight:                AS 01-05 QTB 01-08 PS 01-15 DMBI 01-22 CS 01-29 CW 02-05
  //   19002 won, PS → back to QTB → CS:   AS 01-06 QTB 01-23 PS 01-16 —          CS 02-03 CW 02-13   (PS before QTB)
  //   19003 won, PS → back to AS → CS:    AS 01-26 QTB 01-12 PS 01-20 —          CS 02-09 CW 02-16   (AS after QTB)
  //   19004 lost after going back to QTB: AS 01-08 QTB 02-04 PS 01-21 DMBI 01-28, Closed lost 02-11
  //   19005 open, back in QTB:            AS 01-09 QTB 02-02 PS 01-22
  //   19006 open, straight:               AS 02-02 QTB 02-09
  //   19007 lost, straight:               AS 01-12 QTB 01-16, Closed lost 01-30
  it("keeps every deal at its furthest dated stage, and reports no row", async () => {
    const log = await fixtureLog();
    expect(log.problems).toEqual([]);
    expect(log.deals.count).toBe(7);
    expect(Array.from(log.deals.furthest)).toEqual([5, 5, 5, 3, 2, 1, 1]);
    expect(log.reading?.revisitedDeals).toBe(4);
  });

  it("gives the hand-worked figures", async () => {
    const report = reportOfLog(await fixtureLog(), "en");
    expect(report.stages).toEqual(["Appointment scheduled", "Qualified to buy", "Presentation scheduled", "Decision maker bought-in", "Contract sent", "Closed won"]);
    // Reached: AS 7, QTB 7, PS 5 (19001–19005), DMBI 4, CS 3, won 3.
    expect(report.funnel.map((row) => row.reached)).toEqual([7, 7, 5, 4, 3, 3]);
    // Won 19001, 19002, 19003; lost 19004, 19007: 3 / 5.
    expect(report.winRate).toBe(0.6);
    // Loss points by furthest stage: 19007 QTB, 19004 DMBI.
    expect(report.lossPoints.map((row) => row.lost)).toEqual([0, 1, 0, 1, 0]);
    // Cycle: 19001 01-05 → 02-05 = 31; 19002 01-06 (AS, its earliest date) → 02-13 = 38; 19003's AS (01-26) was
    // re-entered after QTB (01-12): its start is not in the file, so it has no cycle.
    expect(report.cycleTimeDays).toEqual({ median: 34.5, mean: 34.5, p90: 31 + 0.9 * 7, n: 2 });
    // Time in stage from deals that never went back only (19001, 19006, 19007):
    // AS 3, 7, 4; QTB 7 (19001; 19006 is still there, 19007 left for Closed lost, no stage); PS, DMBI, CS 7 each.
    expect(report.timeInStageDays["Appointment scheduled"]).toEqual({ median: 4, mean: 14 / 3, n: 3 });
    expect(report.timeInStageDays["Qualified to buy"]).toEqual({ median: 7, mean: 7, n: 1 });
    expect(report.timeInStageDays["Contract sent"]).toEqual({ median: 7, mean: 7, n: 1 });
    // Open 19005, 19006: 2 × 0.6 × (10000 + 20000 + 30000) / 3 ÷ 34.5 = 24000 / 34.5.
    expect(report.pipelineVelocity).toBeCloseTo(24000 / 34.5, 9);
  });

  it("says once how many deals went back, in both languages", async () => {
    const report = reportOfLog(await fixtureLog(), "en");
    expect(reportNotes(report, "en", "cli")).toContain(
      "4 deals went back to an earlier stage (HubSpot keeps the latest entry date): counted at their furthest stage, left out of time in stage",
    );
    expect(reportNotes(report, "zh-CN", "cli")).toContain(
      "4 笔交易曾退回较早的阶段（HubSpot 只保留最近一次进入的日期）：按到达的最远阶段计，不计入阶段停留时间",
    );
  });

  it("keeps reporting date.backwards in our own layout (typed stage headers)", () => {
    // 19002's dates under plain stage headers: a later stage dated before an earlier one is a data error there.
    const grid = [
      ["Deal ID", "Lead", "Opportunity", "Proposal", "Won"],
      ["19002", "2026-01-06", "2026-01-23", "2026-01-16", "2026-02-13"],
      ["19001", "2026-01-05", "2026-01-08", "2026-01-15", "2026-02-05"],
    ];
    const log = parseDealLog(grid)!;
    expect(log.deals.count).toBe(1);
    expect(log.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([[2, "D", "date.backwards"]]);
    expect(log.reading?.revisitedDeals).toBeUndefined();
  });

  it("keeps a backwards HubSpot row when a stage list is given too (the headers are still Date entered columns)", () => {
    const grid = [
      ["Record ID", 'Date entered "Lead (Sales Pipeline)"', 'Date entered "Opportunity (Sales Pipeline)"', 'Date entered "Won (Sales Pipeline)"'],
      ["1", "2026-01-10", "2026-01-05", ""],
    ];
    const log = parseDealLog(grid)!;
    expect(log.problems).toEqual([]);
    expect(Array.from(log.deals.furthest)).toEqual([1]);
    expect(log.reading?.revisitedDeals).toBe(1);
  });
});

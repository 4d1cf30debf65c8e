import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTable } from "../../cli/readTable";
import { stageList } from "../../core/model/stages";
import { analyzeDeals } from "../../core/report/analyzeDeals";

// An Odoo CRM pipeline export (test/fixtures/exports/README.md): no status column, and a lost opportunity keeps the
// stage it was in, archived (Active False) with its Lost Reason filled. Nothing else says it is lost, so its lost
// reason must: counting it open at Qualified gave a 100% win rate. Worked by hand, with Odoo's stages given:
//   Office chairs New (open); Desk upgrade Qualified (open); Meeting room Proposition (open);
//   Open space 2F Won (created 01-10, closed 02-12: 33 days); Lobby sofas Qualified, lost (Too expensive);
//   Cafeteria Won (01-15 → 02-24: 40 days).
// Reached New 6, Qualified 5, Proposition 3, Won 2; lost at Qualified 1; win rate 2 / 3; cycle median 36.5.
describe("a current-stage export whose only sign of a lost deal is its lost reason", () => {
  it("counts the deal lost at its stage (Odoo)", async () => {
    const stages = stageList(["New", "Qualified", "Proposition", "Won"]);
    const table = await readTable(join("test/fixtures/exports", "odoo-crm-pipeline.csv"), { stages });
    const report = analyzeDeals(table.grid, { locale: "en", stages, stageOrder: "given", firstRow: table.firstRow })!;
    expect(report.shape).toBe("currentStage");
    expect(report.deals).toBe(6);
    expect(report.funnel.map((row) => row.reached)).toEqual([6, 5, 3, 2]);
    expect(report.lossPoints.map((row) => row.lost)).toEqual([0, 1, 0]);
    expect(report.winRate).toBeCloseTo(2 / 3, 12);
    expect(report.cycleTimeDays.median).toBe(36.5);
    expect(report.problems).toEqual([]);
  });

  it("leaves a status column the last word: a blank status is open, lost reason or not", () => {
    const grid = [
      ["Stage", "Status", "Lost reason", "Created"],
      ["Qualified", "", "Too expensive", "2026-01-05"],
      ["Won", "", "", "2026-01-06"],
    ];
    const report = analyzeDeals(grid, { locale: "en", stages: stageList(["New", "Qualified", "Won"]), stageOrder: "given" })!;
    expect(report.lossPoints.map((row) => row.lost)).toEqual([0, 0]);
    expect(report.winRate).toBe(1);
  });
});

import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readTable } from "../../cli/readTable";
import { analyzeDeals, type DealReport } from "../../core/report/analyzeDeals";
import { buildCli, cli } from "./helpers";

// Exports that repeat their header row inside the data (test/fixtures/exports/README.md): a monday.com board
// export (one header per group, each under the group's name) and two wide exports pasted one under the other.
// A row that only repeats the header, and a group's name right above it, are report furniture: skipped and counted,
// never a deal, never a stage name, never a problem row. Figures worked by hand below.
const DIR = "test/fixtures/exports";

async function reportOf(file: string): Promise<DealReport> {
  const table = await readTable(join(DIR, file));
  const report = analyzeDeals(table.grid, { locale: "en", stages: table.stages, stageOrder: table.stages ? "workbook" : "default", firstRow: table.firstRow });
  expect(report).toBeDefined();
  return report!;
}

describe("a header repeated inside the data is furniture", () => {
  beforeAll(async () => {
    await buildCli();
  }, 120_000);

  it("monday.com board export: groups Active deals / Won / Lost, each with its own header row", async () => {
    // Deals: Acme Lead (open), Globex Proposal (open), Initech Won (created 03-03, closed 03-28: 25 days),
    // Umbrella Won (03-04 → 04-08: 35 days), Hooli Lost (stage "Lost": no known stage, at the first stage).
    // Every stage is a default stage (Lead, Opportunity, Proposal, Quote, Negotiation, Won), so no order is needed.
    // Reached: Lead 5; Opportunity 3 (Globex, Initech, Umbrella); Proposal 3; Quote 2; Negotiation 2; Won 2.
    // Win rate 2 / (2 + 1); cycle 25, 35: median 30, n 2. Furniture: the two repeated headers and the group names
    // "Won" and "Lost" above them (the board's name and "Active deals" sit above the first header).
    const report = await reportOf("monday-board-export.xlsx");
    expect(report.shape).toBe("currentStage");
    expect(report.deals).toBe(5);
    expect(report.funnel.map((row) => [row.stage, row.reached])).toEqual([
      ["Lead", 5], ["Opportunity", 3], ["Proposal", 3], ["Quote", 2], ["Negotiation", 2], ["Won", 2],
    ]);
    expect(report.winRate).toBeCloseTo(2 / 3, 12);
    expect(report.cycleTimeDays.median).toBe(30);
    expect(report.cycleTimeDays.n).toBe(2);
    expect(report.problems).toEqual([]);
    expect(report.reading?.furnitureRows).toBe(4);
  });

  it("two wide exports pasted one under the other, with a total row (read as a stream by the CLI)", async () => {
    // D1 won (03-05 → 04-04: 30 days), D2 lost at Opportunity, D3 open at Proposal; the second header row and the
    // Total row are furniture. Win rate 1 / 2; cycle 30.
    const { code, stdout } = await cli(["analyze", join(DIR, "wide-repeated-header.csv"), "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DealReport;
    expect(report.deals).toBe(3);
    expect(report.winRate).toBe(0.5);
    expect(report.cycleTimeDays.median).toBe(30);
    expect(report.problems).toEqual([]);
    expect(report.reading?.furnitureRows).toBe(2);
  }, 60_000);
});

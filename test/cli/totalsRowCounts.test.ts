import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readTable } from "../../cli/readTable";
import { analyzeDeals, type DealReport } from "../../core/report/analyzeDeals";
import { buildCli, cli } from "./helpers";

// A hand tracker's 合计 row that counts each stage column (COUNTA) and sums the amounts (test/fixtures/exports/
// README.md). In an .xlsx the counts are numbers, which read as serial dates in January 1900: with equal counts
// (3, 3, 3, 3) the row went in as a fourth deal, silently. Three deals, worked by hand:
//   1 won (2024-03-05 → 04-04: 30 days, 10,000); 2 lost at 商机 (20,000); 3 open at 方案 (30,000).
// Reached 3, 3, 2, 1; win rate 1 / 2; open pipeline 30,000; the 合计 row is furniture.
const DIR = "test/fixtures/exports";

function expectThreeDeals(report: DealReport) {
  expect(report.deals).toBe(3);
  expect(report.funnel.map((row) => row.reached)).toEqual([3, 3, 2, 1]);
  expect(report.winRate).toBe(0.5);
  expect(report.cycleTimeDays.median).toBe(30);
  expect(report.openPipelineAmount).toBe(30_000);
  expect(report.problems).toEqual([]);
  expect(report.reading?.furnitureRows).toBe(1);
}

describe("a total row that counts each stage column is furniture, not a deal", () => {
  beforeAll(async () => {
    await buildCli();
  }, 120_000);

  it("WPS .xlsx, counts as numbers (read as a stream by the CLI)", async () => {
    const { code, stdout } = await cli(["analyze", join(DIR, "wps-totals-row-counts.xlsx"), "--json"]);
    expect(code).toBe(0);
    expectThreeDeals(JSON.parse(stdout) as DealReport);
  }, 60_000);

  it("the same read whole, as the panes read a sheet", async () => {
    const table = await readTable(join(DIR, "wps-totals-row-counts.xlsx"));
    expectThreeDeals(analyzeDeals(table.grid, { locale: "zh-CN", firstRow: table.firstRow })!);
  });

  it("CSV, counts as text", async () => {
    const { code, stdout } = await cli(["analyze", join(DIR, "totals-row-counts.csv"), "--json"]);
    expect(code).toBe(0);
    expectThreeDeals(JSON.parse(stdout) as DealReport);
  }, 60_000);
});

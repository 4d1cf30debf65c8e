import { PGlite } from "@electric-sql/pglite";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, cli } from "./helpers";

beforeAll(async () => {
  await buildCli();
}, 120_000);

interface Row {
  grp: number;
  group_label: string;
  figure: string;
  stage: string | null;
  value: number | null;
}

describe("sales-tracker sql --by", () => {
  it("prints a query answering each group's figures: spellings folded to one group, blank its own, most deals first", async () => {
    const run = await cli(["sql", "--dialect", "postgres", "--stages", "Lead,Demo,Won", "--columns", "ID,Lead Source,Lead,Demo,Won,Status,Amount", "--column", "row=ID", "--by", "source"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const db = new PGlite();
    await db.exec(`CREATE TABLE deals ("ID" DOUBLE PRECISION, "Lead Source" TEXT, "Lead" DATE, "Demo" DATE, "Won" DATE, "Status" TEXT, "Amount" DOUBLE PRECISION)`);
    // Web (3 spellings): 1 won in 30 days (amount 10), 1 lost at Demo, 1 open at Lead. Fair: 1 won in 10 days. Blank: 1 open.
    await db.exec(`INSERT INTO deals VALUES
      (1, 'Fair', '2026-01-01', '2026-01-05', '2026-01-11', 'Won', 4),
      (2, 'Web', '2026-01-01', '2026-01-11', '2026-01-31', 'Won', 10),
      (3, ' web ', '2026-01-02', '2026-01-04', NULL, 'Lost', NULL),
      (4, U&'\\FF37\\FF25\\FF22', '2026-01-03', NULL, NULL, 'Open', 7),
      (5, '  ', '2026-01-03', NULL, NULL, NULL, NULL)`);
    const rows = (await db.query<Row>(run.stdout)).rows;
    const value = (grp: number, figure: string, stage: string | null = null) => rows.find((row) => row.grp === grp && row.figure === figure && row.stage === stage)?.value;
    expect([...new Set(rows.map((row) => `${row.grp}:${row.group_label}`))]).toEqual(["1:Web", "2:Fair", "3:"]);
    expect([value(1, "deals"), value(2, "deals"), value(3, "deals")]).toEqual([3, 1, 1]);
    expect([value(1, "reached", "Lead"), value(1, "reached", "Demo"), value(1, "reached", "Won")]).toEqual([3, 2, 1]);
    expect(value(1, "win_rate")).toBe(0.5);
    expect(value(1, "cycle_time_median")).toBe(30);
    expect(value(2, "cycle_time_median")).toBe(10);
    // Velocity: 1 open × 0.5 × 10 ÷ 30 days.
    expect(value(1, "pipeline_velocity")).toBeCloseTo(1 / 6, 12);
    expect(value(1, "time_in_stage_median", "Lead")).toBe(6); // 10 and 2 days
    expect(value(3, "win_rate")).toBeNull();
    expect([value(1, "won_deals"), value(1, "lost_deals")]).toEqual([1, 1]);
    await db.close();
  }, 60_000);

  it("stops with one line naming the headers worth grouping by when --by names no column (exit 1)", async () => {
    const run = await cli(["sql", "--columns", "Lead,Won,Status,Region", "--by", "owner"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no column "owner"');
    expect(run.stderr).toContain("a header: Region)");
  });
});

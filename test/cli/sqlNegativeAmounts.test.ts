import { PGlite } from "@electric-sql/pglite";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, cli } from "./helpers";

beforeAll(async () => {
  await buildCli();
}, 120_000);

// The SQL surface leaves an amount below zero out of the amount figures as the core does (amount.negative,
// DEFINITIONS §5), the deal still counted. By hand: won A 1,000 and B −500, open C 300 and D −200, lost E.
// Deals 5; average won amount 1,000 (not (1000 − 500) / 2 = 250); open pipeline 300 (not 100).
describe("sales-tracker sql: amounts below zero", () => {
  it("leaves them out of the average won amount and the open pipeline, and counts the deals", async () => {
    const run = await cli(["sql", "--dialect", "postgres", "--stages", "Lead,Won", "--columns", '"Lead","Won","Status","Amount"']);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const db = new PGlite();
    await db.exec(`CREATE TABLE deals ("Lead" DATE, "Won" DATE, "Status" TEXT, "Amount" DOUBLE PRECISION)`);
    await db.exec(
      `INSERT INTO deals VALUES ('2026-01-05', '2026-01-20', 'Won', 1000), ('2026-01-05', '2026-01-21', 'Won', -500), ('2026-01-06', NULL, 'Open', 300), ('2026-01-06', NULL, 'Open', -200), ('2026-01-07', NULL, 'Lost', NULL)`,
    );
    const rows = (await db.query<{ figure: string; stage: string | null; value: number | null }>(run.stdout)).rows;
    const value = (figure: string, stage: string | null = null) => rows.find((row) => row.figure === figure && row.stage === stage)?.value;
    expect(value("reached", "Lead")).toBe(5);
    expect(value("average_won_amount")).toBe(1000);
    expect(value("open_pipeline_amount")).toBe(300);
    await db.close();
  }, 60_000);
});

import { PGlite } from "@electric-sql/pglite";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, cli } from "./helpers";

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe("sales-tracker sql", () => {
  it("prints a PostgreSQL query that runs on a schema-qualified table with awkward column names", async () => {
    const header = ['编号', 'Lead date', '商 机', 'Won', 'Status"; DROP TABLE crm."deals 2026"; --', 'Amount (万元)'];
    const columns = header.map((name) => `"${name.replace(/"/g, '""')}"`).join(",");
    const run = await cli(["sql", "--dialect", "postgres", "--stages", "Lead,Opportunity,Won", "--table", 'crm."deals 2026"', "--columns", columns, "--column", `status=${header[4]}`]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('FROM "crm"."deals 2026"');
    const db = new PGlite();
    await db.exec(`CREATE SCHEMA crm; CREATE TABLE crm."deals 2026" ("编号" TEXT, "Lead date" DATE, "商 机" DATE, "Won" DATE, ${JSON.stringify(header[4]).replace(/\\"/g, '""')} TEXT, "Amount (万元)" DOUBLE PRECISION)`);
    // Three deals: won (12 万), lost at 商机, open at Lead.
    await db.exec(`INSERT INTO crm."deals 2026" VALUES ('A', '2026-01-05', '2026-01-10', '2026-02-04', ' closed won ', 12), ('B', '2026-01-06', '2026-01-09', NULL, '丢单', 3), ('C', '2026-01-07', NULL, NULL, NULL, NULL)`);
    const rows = (await db.query<{ figure: string; stage: string | null; value: number | null }>(run.stdout)).rows;
    const value = (figure: string, stage: string | null = null) => rows.find((row) => row.figure === figure && row.stage === stage)?.value;
    expect([value("reached", "Lead"), value("reached", "商 机"), value("reached", "Won")]).toEqual([3, 2, 1]);
    expect(value("win_rate")).toBe(0.5);
    expect(value("cycle_time_median")).toBe(30);
    expect(value("average_won_amount")).toBe(120_000);
    expect(value("loss_lost", "商 机")).toBe(1);
    await db.close();
  }, 60_000);

  it("assumes the template's headers in the user's language without --columns", async () => {
    const run = await cli(["sql", "--shape", "history", "--lang", "zh-CN"]);
    expect(run.code).toBe(0);
    for (const name of ['"商机编号"', '"阶段"', '"进入日期"', '"状态"', '"金额"', 'FROM "deals"']) expect(run.stdout).toContain(name);
  });

  it("refuses an unknown dialect or shape as a usage mistake (exit 2) and a stage no column heads (exit 1)", async () => {
    const dialect = await cli(["sql", "--dialect", "oracle"]);
    expect(dialect.code).toBe(2);
    expect(dialect.stderr).toContain('no SQL dialect "oracle"');
    const shape = await cli(["sql", "--shape", "long", "--lang", "zh-CN"]);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain("没有“long”这种表形状");
    const missing = await cli(["sql", "--stages", "Lead,Demo,Won", "--columns", "Lead,Won,Status"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Demo");
    const column = await cli(["sql", "--column", "colour=Red"]);
    expect(column.code).toBe(2);
  });
});

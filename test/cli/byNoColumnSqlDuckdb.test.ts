import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, cli, tempDir } from "./helpers";

beforeAll(async () => {
  await buildCli();
}, 120_000);

// `analyze --by` offers only the columns worth grouping by (cli/groupableHeaders.ts) when its column is missing;
// `sql --by` and `analyze --engine duckdb --by` listed every header — stage dates, amount, status and the deal ID
// included. Here the columns: an ID, a customer, three stage dates, an amount and a status; the one worth grouping
// by is the customer.
const HEADER = "ID,Customer,Lead,Opportunity,Won,Amount,Status";
const OFFER = '--by: no column "source" in the file (use source, owner, team, region, industry, or a header: Customer)';

describe("--by naming a missing column, in sql and in analyze --engine duckdb", () => {
  it("sql offers only the headers worth grouping by", async () => {
    const run = await cli(["sql", "--stages", "Lead,Opportunity,Won", "--columns", HEADER, "--by", "source"]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`sales-tracker: ${OFFER}`);
    const zh = await cli(["sql", "--stages", "Lead,Opportunity,Won", "--columns", HEADER, "--by", "source", "--lang", "zh-CN"]);
    expect(zh.stderr.trim()).toBe("sales-tracker: --by：文件中没有“source”这一列（可用 source、owner、team、region、industry，或列标题：Customer）");
  });

  it("sql says so when no column is worth grouping by", async () => {
    const run = await cli(["sql", "--columns", "Lead,Won,Status", "--by", "owner"]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('sales-tracker: --by: no column "owner" in the file, and no column to group deals by (source, owner, team, region, industry, or another column of words)');
  });

  it("analyze --engine duckdb offers only the headers worth grouping by", async () => {
    const csv = join(tempDir(), "deals.csv");
    writeFileSync(csv, `${HEADER}\nD1,Acme,2026-01-05,2026-01-12,2026-02-04,100,Won\nD2,Beta,2026-01-06,,,,Lost\n`);
    const run = await cli(["analyze", csv, "--stages", "Lead,Opportunity,Won", "--by", "source", "--engine", "duckdb"]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`sales-tracker: ${csv}: ${OFFER}`);
  }, 60_000);
});

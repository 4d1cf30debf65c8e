import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { buildCli, cli, tempDir } from "./helpers";

// `-500` and `(1,200)` are reported the same way, with row and column and what to do; the deals still count.
// By hand: row 2 won 1,000, row 3 won -500, row 4 won (1,200), row 5 open 300. Deals 4, reached Lead 4, Won 3;
// average won amount 1,000; open pipeline 300.
describe("analyze: amounts below zero", () => {
  let file: string;
  beforeAll(async () => {
    await buildCli();
    file = join(tempDir(), "negative.csv");
    writeFileSync(file, 'Lead,Won,Status,Amount\n2026-01-05,2026-01-20,Won,1000\n2026-01-05,2026-01-21,Won,-500\n2026-01-05,2026-01-22,Won,"(1,200)"\n2026-01-06,,Open,300\n');
  }, 120_000);

  it("reports -500 and (1,200) alike, leaving them out of the amount figures only", async () => {
    const { code, stdout } = await cli(["analyze", file, "--stages", "Lead,Won", "--json"]);
    expect(code).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    expect(report.deals).toBe(4);
    expect(report.funnel.map((row) => row.reached)).toEqual([4, 3]);
    expect(report.averageWonAmount).toBe(1000);
    expect(report.openPipelineAmount).toBe(300);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, "D"],
      [4, "D"],
    ]);
    expect(report.problems[1].message).toBe(
      'Amount "(1,200)" is below zero, treated as missing: a deal\'s amount is its value — record refunds and credit notes elsewhere, or enter the amount without a minus sign',
    );
    const zh = await cli(["analyze", file, "--stages", "Lead,Won", "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("金额“-500”小于零，按空值处理：交易金额是成交价值——退款、冲销请另行记录，或填写不带负号的金额");
  }, 60_000);
});

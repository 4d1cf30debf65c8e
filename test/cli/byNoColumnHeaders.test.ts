import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, cli, tempDir } from "./helpers";

beforeAll(async () => {
  await buildCli();
});

/** The README's example deals.csv: an ID, a customer, four stage date columns, an amount and a status. */
const README_DEALS = [
  "编号,客户,线索,商机,方案,成交,金额,状态",
  'D1,甲公司,2026-01-05,2026-01-12,2026-01-20,2026-02-04,"¥120,000",赢单',
  "D2,乙公司,2026/1/8,2026/1/15,2026/2/1,2026/3/2,8.5万,赢单",
  'D3,丙公司,2026年1月10日,2026年1月20日,2026年2月5日,,"60,000",丢单',
  "D4,丁公司,2026-01-15,2026-02-01,,,,丢单",
  "D5,戊公司,2026-02-01,,,,,进行中",
].join("\n");

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

// `analyze deals.csv --by source` on the README's own file: it has no source column. The headers offered instead
// were every header, stage dates and amount included — `--by 线索` then made one group per lead date. Offered now:
// the columns a deal can be grouped by, here the customer only (编号 is each deal's own, 线索…成交 are stage dates,
// 金额 and 状态 are figures and outcomes).
describe("--by naming a column the file lacks", () => {
  it("offers only headers worth grouping by, not stage dates, amount, status or the deal ID", async () => {
    const deals = file("deals.csv", README_DEALS);
    const en = await cli(["analyze", deals, "--by", "source"]);
    expect(en.code).toBe(1);
    expect(en.stderr.trim()).toBe('sales-tracker: --by: no column "source" in the file (use source, owner, team, region, industry, or a header: 客户)');
    const zh = await cli(["analyze", deals, "--by", "source", "--lang", "zh-CN"]);
    expect(zh.code).toBe(1);
    expect(zh.stderr.trim()).toBe("sales-tracker: --by：文件中没有“source”这一列（可用 source、owner、team、region、industry，或列标题：客户）");
  });

  it("says so when no column is worth grouping by", async () => {
    const deals = file("stages-only.csv", "Lead,Opportunity,Won Date,Amount (USD),Status\n2026-01-05,2026-01-12,2026-02-04,100,Won\n2026-01-06,,,,Lost\n");
    const en = await cli(["analyze", deals, "--by", "owner"]);
    expect(en.code).toBe(1);
    expect(en.stderr.trim()).toBe('sales-tracker: --by: no column "owner" in the file, and no column to group deals by (source, owner, team, region, industry, or another column of words)');
    const zh = await cli(["analyze", deals, "--by", "owner", "--lang", "zh-CN"]);
    expect(zh.stderr.trim()).toBe("sales-tracker: --by：文件中没有“owner”这一列，也没有可用来分组的列（source、owner、team、region、industry 或其他文字列）");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { buildCli, cli } from "./helpers";

// test/fixtures/deals-utf8-bom.csv: won D1 ￥100,000 and D2 (已成交) 50000; D3's 8万 is lost, D5's 30000 open.
// Average won amount (100,000 + 50,000) ÷ 2 = 75,000.
beforeAll(async () => {
  await buildCli();
});

describe("sales-tracker analyze: average won amount", () => {
  it("is in the --json report", async () => {
    const { code, stdout } = await cli(["analyze", "test/fixtures/deals-utf8-bom.csv", "--json"]);
    expect(code).toBe(0);
    expect(DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout)).averageWonAmount).toBe(75000);
  });

  it("is a line of the text report, in both languages", async () => {
    const en = await cli(["analyze", "test/fixtures/deals-utf8-bom.csv", "--lang", "en"]);
    expect(en.stdout).toContain("■ Average won amount: 75,000");
    const zh = await cli(["analyze", "test/fixtures/deals-utf8-bom.csv", "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("■ 平均赢单金额：75,000");
  });
});

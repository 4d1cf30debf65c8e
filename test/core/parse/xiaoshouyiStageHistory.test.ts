import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeCsv, parseCsv } from "../../../cli/readTable";
import { analyzeDeals, type DealReport } from "../../../core/report/analyzeDeals";

// A 销售易 stage history (test/fixtures/exports/history/README.md): 机会名称 repeats per deal, 销售阶段, 进入时间
// (`2024/3/5 14:05`), 停留天数, 操作人, and the amount as 销售易 labels it, 销售金额. Worked by hand:
//   上海甲物流仓储 初步接洽 3/5, 需求确认 3/8, 方案报价 3/14, 赢单 3/24: won, cycle 19 days, 120,000;
//   成都乙商贸门店 初步接洽 3/6, 需求确认 3/10, back to 初步接洽 3/15 and on, 方案报价 3/25, 输单 3/30: lost at 方案报价;
//   北京丙科技框架 初步接洽 3/7, 需求确认 3/14: open, 350,000.
// Win rate 1 / 2. Average won amount 120,000; open pipeline 350,000; velocity 1 open × 0.5 × 120,000 ÷ 19 days.
function report(): DealReport {
  const grid = parseCsv(decodeCsv(readFileSync("test/fixtures/exports/history/xiaoshouyi-stage-history.csv")).text);
  const result = analyzeDeals(grid, { locale: "zh-CN" });
  expect(result).toBeDefined();
  return result!;
}

describe("a 销售易 stage history with 销售金额 (xiaoshouyi-stage-history.csv)", () => {
  it("reads the deals, their stages and outcomes", () => {
    const result = report();
    expect(result.shape).toBe("history");
    expect(result.deals).toBe(3);
    expect(result.stages).toEqual(["初步接洽", "需求确认", "方案报价", "赢单"]);
    expect(result.funnel.map((row) => row.reached)).toEqual([3, 3, 2, 1]);
    expect(result.winRate).toBe(0.5);
    expect(result.cycleTimeDays.median).toBe(19);
    expect(result.reading?.revisitedDeals).toBe(1);
    expect(result.problems).toEqual([]);
  });

  it("takes 销售金额 as the amount, as a current-stage 销售易 export does", () => {
    const result = report();
    expect(result.averageWonAmount).toBe(120_000);
    expect(result.openPipelineAmount).toBe(350_000);
    expect(result.pipelineVelocity).toBeCloseTo((1 * 0.5 * 120_000) / 19, 9);
  });
});

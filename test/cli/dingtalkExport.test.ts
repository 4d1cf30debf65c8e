import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTable } from "../../cli/readTable";
import { stageList } from "../../core/model/stages";
import { analyzeDeals } from "../../core/report/analyzeDeals";

// A 钉钉-style CRM 商机 export (test/fixtures/exports/README.md): a title row, then 商机编号 客户名称 负责人 销售阶段
// 商机金额(元) 创建时间 赢单日期 输单阶段 商机状态, with 商机状态 written 已赢单 / 已输单 / 跟进中. Worked by hand, stages given:
//   SJ001 赢单 (已赢单; 03-05 → 04-04: 30 days; 120,000); SJ002 lost at 需求确认 (已输单, 输单阶段 需求确认);
//   SJ003 open at 方案报价; SJ004 open at 初步接洽.
// Reached 4, 3, 2, 1; lost at 需求确认 1; win rate 1 / 2; cycle 30; average won amount 120,000.
describe("a 钉钉 CRM export whose lost deals say 已输单", () => {
  it("reads 已输单 as lost", async () => {
    const stages = stageList(["初步接洽", "需求确认", "方案报价", "赢单"]);
    const table = await readTable(join("test/fixtures/exports", "dingtalk-crm-opportunities.xlsx"), { stages });
    const report = analyzeDeals(table.grid, { locale: "zh-CN", stages, stageOrder: "given", firstRow: table.firstRow })!;
    expect(report.shape).toBe("currentStage");
    expect(report.deals).toBe(4);
    expect(report.funnel.map((row) => row.reached)).toEqual([4, 3, 2, 1]);
    expect(report.lossPoints.map((row) => row.lost)).toEqual([0, 1, 0]);
    expect(report.winRate).toBe(0.5);
    expect(report.cycleTimeDays.median).toBe(30);
    expect(report.averageWonAmount).toBe(120_000);
    expect(report.problems).toEqual([]);
  });
});

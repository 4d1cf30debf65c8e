import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stageList } from "../../core/model/stages";
import { figuresOfRows } from "../../core/sql/figuresOfRows";
import { reportSql } from "../../core/sql/reportSql";
import { planTable } from "../../core/sql/tablePlan";
import { duckdbEngine, postgresEngine, type Engine } from "./engines";
import { expectSameFigures } from "./compare";

// DEFINITIONS §4 "A worked example": five deals over 线索 · 商机 · 方案 · 成交, figures worked by hand there.
const STAGES = ["线索", "商机", "方案", "成交"];
const WIDE = {
  columns: [
    { name: "编号", type: "VARCHAR" },
    { name: "线索", type: "DATE" },
    { name: "商机", type: "DATE" },
    { name: "方案", type: "DATE" },
    { name: "成交", type: "DATE" },
    { name: "金额", type: "DOUBLE PRECISION" },
    { name: "状态", type: "VARCHAR" },
  ] as const,
  rows: [
    ["D1", "2026-01-05", "2026-01-12", "2026-01-20", "2026-02-04", 120000, "赢单"],
    ["D2", "2026-01-08", "2026-01-15", "2026-02-01", "2026-03-02", 85000, "赢单"],
    ["D3", "2026-01-10", "2026-01-20", "2026-02-05", null, 60000, "丢单"],
    ["D4", "2026-01-15", "2026-02-01", null, null, null, "丢单"],
    ["D5", "2026-02-01", null, null, null, null, "进行中"],
  ],
};
// The same deals as a stage history: one row per stage entered, the outcome on each deal's rows.
const HISTORY = {
  columns: [
    { name: "商机编号", type: "VARCHAR" },
    { name: "阶段", type: "VARCHAR" },
    { name: "进入日期", type: "DATE" },
    { name: "金额", type: "DOUBLE PRECISION" },
    { name: "状态", type: "VARCHAR" },
  ] as const,
  rows: WIDE.rows.flatMap((row) =>
    STAGES.flatMap((stage, index) => (row[index + 1] === null ? [] : [[row[0], stage, row[index + 1], row[5], row[6]]])),
  ),
};

const HAND = {
  deals: 5,
  stages: STAGES,
  funnel: [
    { stage: "线索", reached: 5, stepConversion: null, overallConversion: 1, dropOff: 1 },
    { stage: "商机", reached: 4, stepConversion: 0.8, overallConversion: 0.8, dropOff: 1 },
    { stage: "方案", reached: 3, stepConversion: 0.75, overallConversion: 0.6, dropOff: 1 },
    { stage: "成交", reached: 2, stepConversion: 2 / 3, overallConversion: 0.4, dropOff: null },
  ],
  winRate: 0.5,
  cycleTimeDays: { median: 41.5, mean: 41.5, p90: 50.7, n: 2 },
  // 线索: 7, 7, 10, 17; 商机: 8, 17, 16 (D4 still there); 方案: 15, 29.
  timeInStageDays: {
    线索: { median: 8.5, mean: 10.25, n: 4 },
    商机: { median: 16, mean: 41 / 3, n: 3 },
    方案: { median: 22, mean: 22, n: 2 },
  },
  lossPoints: [
    { stage: "线索", lost: 0, share: 0 },
    { stage: "商机", lost: 1, share: 0.5 },
    { stage: "方案", lost: 1, share: 0.5 },
  ],
  averageWonAmount: 102500,
  pipelineVelocity: (1 * 0.5 * 102500) / 41.5,
  // D5, the one open deal, has no amount: unknown, not 0.
  openPipelineAmount: null,
};

describe.each([["duckdb", duckdbEngine], ["postgres", postgresEngine]] as const)("the README's five deals in %s", (_, open) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await open();
    await engine.load("deals", WIDE.columns, WIDE.rows);
    await engine.load("stage history", HISTORY.columns, HISTORY.rows);
  });
  afterAll(() => engine.close());

  it("gives DEFINITIONS §4's hand-worked figures from the wide table", async () => {
    const plan = planTable({ shape: "wide", stages: stageList(), fixedOrder: false, header: WIDE.columns.map((c) => c.name), locale: "zh-CN" });
    const rows = await engine.figures(reportSql(plan, { dialect: engine.dialect, table: ["deals"] }));
    expectSameFigures(figuresOfRows(plan.stages, rows), HAND);
  });

  it("gives the same figures from the stage history", async () => {
    const plan = planTable({ shape: "history", stages: stageList(STAGES), fixedOrder: true, header: HISTORY.columns.map((c) => c.name), locale: "zh-CN" });
    const rows = await engine.figures(reportSql(plan, { dialect: engine.dialect, table: ["stage history"] }));
    expectSameFigures(figuresOfRows(plan.stages, rows), HAND);
  });

  it("answers one row per figure, in line order", async () => {
    const plan = planTable({ shape: "wide", stages: stageList(), fixedOrder: false, header: WIDE.columns.map((c) => c.name), locale: "zh-CN" });
    const rows = await engine.figures(reportSql(plan, { dialect: engine.dialect, table: ["deals"] }));
    expect(rows[0]).toEqual({ figure: "deals", position: null, value: 5 });
    expect(rows.filter((row) => row.figure === "reached").map((row) => row.value)).toEqual([5, 4, 3, 2]);
  });
});

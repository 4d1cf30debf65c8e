import { describe, expect, it } from "vitest";
import { isCellError } from "../../../core/functions/errors";
import { callFunction, FUNCTIONS, functionSpec } from "../../../core/functions/registry";
import type { CellError, FunctionResult } from "../../../core/functions/types";
import { LOCALES } from "../../../core/model/locale";
import { HAND_FIGURES, HAND_LOG } from "../../fixtures/handLog";

const en = { locale: "en" } as const;
const zh = { locale: "zh-CN" } as const;
const column = (index: number) => HAND_LOG.map((row) => [row[index]]);
const columns = (from: number, to: number) => HAND_LOG.map((row) => row.slice(from, to + 1));

function expectError(result: FunctionResult, code: CellError["error"], text?: RegExp): void {
  expect(isCellError(result), JSON.stringify(result)).toBe(true);
  expect((result as CellError).error).toBe(code);
  if (text) expect((result as CellError).message).toMatch(text);
}

describe("the registry", () => {
  it("declares the fourteen functions of DEFINITIONS §6 with zh-CN and en help for each parameter", () => {
    expect(FUNCTIONS.map((spec) => spec.name).sort()).toEqual(
      ["AVERAGE_WON_AMOUNT", "CYCLE_TIME", "FUNNEL", "FUNNEL_BY", "GOAL_PROGRESS", "LOSS_POINTS", "OPEN_PIPELINE_AMOUNT", "PILOT_LIFT", "PIPELINE_VELOCITY", "STAGE_CONVERSION", "STATUS_ROLLUP", "TIME_IN_STAGE", "WIN_RATE", "WIN_RATE_BY"],
    );
    for (const spec of FUNCTIONS) {
      expect(spec.help["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(spec.help.en).toMatch(/^[\x20-\x7e–−÷×→]+$/);
      for (const param of spec.params) {
        expect(param.name).toMatch(/^[a-z_]+$/);
        expect(param.help["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
        expect(param.help.en.length).toBeGreaterThan(5);
        expect(param.help.en).not.toMatch(/[\u4e00-\u9fff]/);
        // Hosts and help pages mark optional arguments themselves; the help must not say it again.
        for (const locale of LOCALES) expect(param.help[locale]).not.toMatch(/^(可选|optional)/i);
      }
      // Optional parameters come last, as both hosts require.
      const firstOptional = spec.params.findIndex((param) => param.optional);
      if (firstOptional >= 0) expect(spec.params.slice(firstOptional).every((param) => param.optional)).toBe(true);
    }
    expect(functionSpec("stage_conversion")?.name).toBe("STAGE_CONVERSION");
    expect(() => callFunction("NOPE", [], en)).toThrow(TypeError);
  });

  it("STAGE_CONVERSION by name, alias and position", () => {
    expect(callFunction("STAGE_CONVERSION", [HAND_LOG, "商机", "成交"], zh)).toBe(0.5);
    expect(callFunction("STAGE_CONVERSION", [HAND_LOG, "Opportunity", " won "], en)).toBe(0.5);
    expect(callFunction("STAGE_CONVERSION", [HAND_LOG, 1, 2, null], en)).toBe(6 / 8);
    expectError(callFunction("STAGE_CONVERSION", [HAND_LOG, "成交", "商机"], en), "#VALUE!", /must come before/);
    expectError(callFunction("STAGE_CONVERSION", [HAND_LOG, "Demo", "成交"], zh), "#VALUE!", /找不到阶段“Demo”/);
    expectError(callFunction("STAGE_CONVERSION", [HAND_LOG, 9, 10], en), "#VALUE!", /no stage "9"/);
    expectError(callFunction("STAGE_CONVERSION", [[["x", "y"], [1, 2]], 1, 2], en), "#VALUE!", /expected one column of stage names/);
  });

  it("STAGE_CONVERSION on one column of stage names, with a stage order", () => {
    const stages = [["Stage"], ["Discovery"], ["Demo"], ["Closed"], ["Demo"], [""]];
    const order = [["Discovery", "Demo", "Closed"]];
    // reached: Discovery 4, Demo 3, Closed 1
    expect(callFunction("STAGE_CONVERSION", [stages, "Discovery", "Demo", order], en)).toBe(3 / 4);
    expect(callFunction("STAGE_CONVERSION", [stages, 2, 3, order], en)).toBe(1 / 3);
    expectError(callFunction("STAGE_CONVERSION", [[["Lead"], ["Lead"]], "Opportunity", "Won"], en), "#DIV/0!", /No deal reached "Opportunity"/);
    expectError(callFunction("STAGE_CONVERSION", [stages, 1, 2, [["A"], ["a"]]], en), "#VALUE!", /distinct/);
  });

  it("FUNNEL spills a header row and one row per stage", () => {
    const table = callFunction("FUNNEL", [HAND_LOG], en) as unknown[][];
    expect(table[0]).toEqual(["Stage", "Reached", "Step conversion", "Overall conversion", "Did not advance"]);
    expect(table.slice(1).map((row) => row[0])).toEqual(HAND_FIGURES.stages);
    expect(table.slice(1).map((row) => row[1])).toEqual(HAND_FIGURES.reached);
    expect(table[1][2]).toBe("");
    expect(table[3][2]).toBeCloseTo(4 / 6, 12);
    expect(table[4][3]).toBe(3 / 8);
    expect(table[4][4]).toBe("");
    expect((callFunction("FUNNEL", [HAND_LOG], zh) as unknown[][])[0][0]).toBe("阶段");
  });

  it("CYCLE_TIME takes the pairs it is given", () => {
    // 线索 → 成交 pairs with both dates: D1 31, D2 29 (D7 has no 线索 date; the header and bad rows pair with nothing).
    expect(callFunction("CYCLE_TIME", [column(1), column(4)], en)).toBe(30);
    expect(callFunction("CYCLE_TIME", [column(1), column(4), "count"], en)).toBe(2);
    expect(callFunction("CYCLE_TIME", [column(1), column(4), "最大值"], zh)).toBe(31);
    expectError(callFunction("CYCLE_TIME", [column(1), column(4), "mode"], en), "#VALUE!", /Unknown statistic "mode"/);
    expectError(callFunction("CYCLE_TIME", [column(1), column(4).slice(1)], en), "#VALUE!", /same number of rows/);
    expectError(callFunction("CYCLE_TIME", [[["a"]], [["b"]]], en), "#DIV/0!");
  });

  it("CYCLE_TIME reads Sheets' Date cells in the spreadsheet's zone", () => {
    // Sheets passes midnight in the spreadsheet's zone: 2026-01-05 and 2026-02-04 in Shanghai are 16:00Z the day before.
    const starts = [[new Date("2026-01-04T16:00:00Z")]];
    const ends = [[new Date("2026-02-03T16:00:00Z")]];
    expect(callFunction("CYCLE_TIME", [starts, ends], { locale: "en", timeZone: "Asia/Shanghai" })).toBe(30);
    // A single cell arrives as a bare value in Sheets.
    expect(callFunction("CYCLE_TIME", [starts[0][0], ends[0][0]], { locale: "en", timeZone: "Asia/Shanghai" })).toBe(30);
  });

  it("TIME_IN_STAGE over the stage date columns", () => {
    expect(callFunction("TIME_IN_STAGE", [columns(1, 4), "商机"], zh)).toBe(11);
    expect(callFunction("TIME_IN_STAGE", [columns(1, 4), 1, "mean"], en)).toBe(4);
    expect(callFunction("TIME_IN_STAGE", [columns(1, 4), "方案", "count"], en)).toBe(2);
    expectError(callFunction("TIME_IN_STAGE", [columns(1, 4), "成交"], en), "#DIV/0!");
    // A header of the team's own stage names is its stage list.
    const own = [["Discovery", "Demo", "Closed"], ["2026-01-01", "2026-01-04", "2026-01-10"]];
    expect(callFunction("TIME_IN_STAGE", [own, "Demo"], en)).toBe(6);
    expectError(callFunction("TIME_IN_STAGE", [[["Lead"], ["Won"]], 1], en), "#VALUE!", /first row names the stages/);
  });

  it("WIN_RATE reads zh and en status words and skips the header", () => {
    expect(callFunction("WIN_RATE", [column(5)], en)).toBe(HAND_FIGURES.winRate);
    expect(callFunction("WIN_RATE", [[["Closed Won", "Closed Lost", "Open", "Won"]]], en)).toBeCloseTo(2 / 3, 15);
    expectError(callFunction("WIN_RATE", [[["Status"], ["Won"], ["maybe"]]], en), "#VALUE!", /cell 3 has an unknown status "maybe"/);
    expectError(callFunction("WIN_RATE", [[["进行中"], [""]]], zh), "#DIV/0!", /没有已赢单或丢单的交易/);
  });

  it("LOSS_POINTS counts lost deals at their furthest stage", () => {
    const table = callFunction("LOSS_POINTS", [HAND_LOG, column(5)], en) as unknown[][];
    expect(table[0]).toEqual(["Stage", "Lost", "Share"]);
    expect(table.slice(1).map((row) => row[0])).toEqual(HAND_FIGURES.stages.slice(0, -1));
    expect(table.slice(1).map((row) => row[1])).toEqual(HAND_FIGURES.lossPoints);
    expect(table[1][2]).toBeCloseTo(1 / 3, 15);
    expectError(callFunction("LOSS_POINTS", [HAND_LOG, column(5).slice(2)], en), "#VALUE!", /same number of rows/);
  });

  it("LOSS_POINTS leaves out a lost deal dated in the last stage, and answers #DIV/0! when no lost deal is left", () => {
    // Rows: lost at Lead; lost but dated Won (in no row); lost at Proposal; won. Lead 1 and Proposal 1 of 2.
    const stages = [["Lead", "Proposal", "Won"], [46023, "", ""], [46023, 46030, 46040], [46023, 46030, ""], [46023, 46030, 46040]];
    const statuses = [["Status"], ["Lost"], ["Lost"], ["Lost"], ["Won"]];
    expect(callFunction("LOSS_POINTS", [stages, statuses], en)).toEqual([
      ["Stage", "Lost", "Share"],
      ["Lead", 1, 0.5],
      ["Proposal", 1, 0.5],
    ]);
    const onlyContradiction = callFunction("LOSS_POINTS", [stages.slice(0, 3), [["Status"], ["Won"], ["Lost"]]], en) as unknown[][];
    expect(onlyContradiction.map((row) => row[0])).toEqual(["Stage", "Lead", "Proposal"]);
    expectError(onlyContradiction[1][2] as FunctionResult, "#DIV/0!", /No lost deals/);
  });

  it("PIPELINE_VELOCITY from raw columns", () => {
    // Open: D5, D6 (blank status), D9, D10 = 4; win rate 3/6; mean won amount 70,000; cycles D1 31, D2 29 → 30.
    const velocity = callFunction("PIPELINE_VELOCITY", [column(5), column(6), column(1), column(4)], en);
    expect(velocity).toBeCloseTo((4 * 0.5 * 70000) / 30, 9);
    expectError(callFunction("PIPELINE_VELOCITY", [[["Open"]], [[1]], [["2026-01-01"]], [[""]]], en), "#DIV/0!", /No won or lost/);
  });

  it("STATUS_ROLLUP by group with a total row, reading the seed's box form", () => {
    const statuses = [["状态"], ["□未启动■进行中□已完成"], ["已完成"], ["Not started"], [""], ["☑"]];
    const groups = [["负责人"], ["市场部"], ["市场部"], ["销售部"], [""], ["销售部"]];
    expect(callFunction("STATUS_ROLLUP", [statuses, groups], zh)).toEqual([
      ["分组", "未启动", "进行中", "已完成", "完成率"],
      ["市场部", 0, 1, 1, 0.5],
      ["销售部", 1, 0, 1, 0.5],
      ["合计", 1, 1, 2, 0.5],
    ]);
    expect(callFunction("STATUS_ROLLUP", [statuses], en)).toEqual([
      ["Group", "Not started", "In progress", "Done", "Done %"],
      ["Total", 1, 1, 2, 0.5],
    ]);
  });

  it("GOAL_PROGRESS for rising and falling goals", () => {
    expect(callFunction("GOAL_PROGRESS", [45, 30, 40], en)).toBeCloseTo(1 / 3, 15);
    expect(callFunction("GOAL_PROGRESS", ["15%", "25%", "20%"], en)).toBeCloseTo(0.5, 15);
    expect(callFunction("GOAL_PROGRESS", [[[4.2]], [[4.5]], [[4.8]]], en)).toBeCloseTo(2, 12);
    expectError(callFunction("GOAL_PROGRESS", [10, 10, 12], en), "#DIV/0!", /target equals the baseline/);
    expectError(callFunction("GOAL_PROGRESS", [10, "abc", 12], en), "#VALUE!", /target: expected a number/);
    expectError(callFunction("GOAL_PROGRESS", [10, 12], en), "#VALUE!", /Missing argument current/);
  });

  it("PILOT_LIFT switches from the z-test to Fisher's exact test", () => {
    // 60/200 vs 40/200: pooled p = 0.25, se = √(0.25·0.75·(2/200)) = 0.0433013, z = 0.1/se = 2.3094, p ≈ 0.02092.
    const z = callFunction("PILOT_LIFT", [60, 200, 40, 200], en) as unknown[][];
    expect(z[0]).toEqual(["Lift", "Relative lift", "p-value", "Method"]);
    expect(z[1][0]).toBeCloseTo(0.1, 15);
    expect(z[1][1]).toBeCloseTo(0.5, 15);
    expect(z[1][2]).toBeCloseTo(0.02092, 4);
    expect(z[1][3]).toBe("Two-proportion z-test");
    // Fisher's tea tasting: 3 of 4 vs 1 of 4 → two-sided p = 34/70.
    const fisher = callFunction("PILOT_LIFT", [3, 4, 1, 4], zh) as unknown[][];
    expect(fisher[1][0]).toBe(0.5);
    expect(fisher[1][2]).toBeCloseTo(34 / 70, 12);
    expect(fisher[1][3]).toBe("Fisher 精确检验");
    expectError(callFunction("PILOT_LIFT", [5, 4, 1, 4], en), "#VALUE!", /more than the total/);
    expectError(callFunction("PILOT_LIFT", [1.5, 4, 1, 4], en), "#VALUE!", /whole number/);
    const zero = callFunction("PILOT_LIFT", [1, 4, 0, 4], en) as unknown[][];
    expectError(zero[1][1] as FunctionResult, "#DIV/0!", /control rate is 0/);
  });

  it("never lets an exception out", () => {
    for (const spec of FUNCTIONS) {
      for (const args of [[], [undefined, undefined, undefined, undefined], [{}, Symbol("x"), [[NaN]], -1], [[[null]], [[]], "", 0]]) {
        const result = callFunction(spec.name, args, en);
        if (isCellError(result)) expect(result.message.length).toBeGreaterThan(5);
      }
    }
  });
});

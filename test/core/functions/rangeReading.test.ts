/**
 * How the functions read what a user selects, found in review: a header that spells its own stages, a
 * one-column log with a name that is no stage, the Stages sheet's header inside a stage_order, a first open deal
 * with no header row, an optional range left blank, dates as group labels, and Chinese statistic words.
 * Every expected figure is worked by hand in the comment beside it.
 */
import { describe, expect, it } from "vitest";
import { isCellError } from "../../../core/functions/errors";
import { callFunction } from "../../../core/functions/registry";
import type { CellError, FunctionResult } from "../../../core/functions/types";

const en = { locale: "en", timeZone: "UTC" } as const;
const zh = { locale: "zh-CN", timeZone: "UTC" } as const;
/** 2026-01-05 as an Excel serial. */
const D = 46027;

function expectError(result: FunctionResult, code: CellError["error"], text?: RegExp): void {
  expect(isCellError(result), JSON.stringify(result)).toBe(true);
  expect((result as CellError).error).toBe(code);
  if (text) expect((result as CellError).message).toMatch(text);
}

describe("a wide header that mixes default stages with its own (no stage_order)", () => {
  // Lead · Demo · Trial · Won, a template built with its own stages. Two deals:
  //   A: Lead D, Demo D+3, Trial D+13, Won D+23;  B: Lead D+1, Demo D+11, Trial D+21.
  const log = [
    ["Lead", "Demo", "Trial", "Won"],
    [D, D + 3, D + 13, D + 23],
    [D + 1, D + 11, D + 21, ""],
  ];

  it("reads all four stages, not only the two default ones", () => {
    // reached: Lead 2, Demo 2, Trial 2, Won 1.
    const funnel = callFunction("FUNNEL", [log], en) as unknown[][];
    expect(funnel.slice(1).map((row) => [row[0], row[1]])).toEqual([["Lead", 2], ["Demo", 2], ["Trial", 2], ["Won", 1]]);
    expect(callFunction("STAGE_CONVERSION", [log, "Demo", "Won"], en)).toBe(1 / 2);
    // Time in Lead: A 3 − 0 = 3, B 11 − 1 = 10 → mean 6.5. In Demo: A 13 − 3 = 10, B 21 − 11 = 10.
    expect(callFunction("TIME_IN_STAGE", [log, "Lead", "mean"], en)).toBe(6.5);
    expect(callFunction("TIME_IN_STAGE", [log, "Demo", "mean"], en)).toBe(10);
    expect(callFunction("TIME_IN_STAGE", [log, 2, "mean"], en)).toBe(10);
  });

  it("takes the run between the default stages from a whole deal log, leaving its other columns out", () => {
    const whole = [["Deal ID", ...log[0], "Amount", "Notes"], ["A", ...log[1], 100, "call back"], ["B", ...log[2], 200, ""]];
    expect(callFunction("STAGE_CONVERSION", [whole, "Demo", "Won"], en)).toBe(1 / 2);
    expect(callFunction("TIME_IN_STAGE", [whole, "Lead", "mean"], en)).toBe(6.5);
  });

  it("keeps the default reading when only default stages head columns, whatever stands beside them", () => {
    // Lead D, Won D+20 and Lead D+1 only: Opportunity is not a column, so the funnel is Lead 2 → Won 1.
    const plain = [["Lead", "Won", "Notes"], [D, D + 20, "x"], [D + 1, "", ""]];
    const funnel = callFunction("FUNNEL", [plain], en) as unknown[][];
    expect(funnel.slice(1).map((row) => [row[0], row[1]])).toEqual([["Lead", 2], ["Won", 1]]);
  });
});

describe("a one-column log", () => {
  it("refuses a cell that is no stage, naming it, instead of leaving the deal out without a word", () => {
    // 初步接触 is the header (a first cell that is not a stage); 需求确认 in cell 2 is no default stage.
    const stages = [["初步接触"], ["需求确认"], ["需求确认"], ["成交"]];
    expectError(callFunction("STAGE_CONVERSION", [stages, "线索", "成交"], zh), "#VALUE!", /第 2 个单元格“需求确认”不是阶段名称.*stage_order/);
    expectError(callFunction("FUNNEL", [[["Stage"], ["Lead"], ["Opprtunity"], ["Won"]]], en), "#VALUE!", /cell 3, "Opprtunity", is not a stage name/);
    // With the team's stages given, 初步接触 is a stage, so the first cell is a deal too:
    // reached 初步接触 4, 需求确认 3, 成交 1 → 需求确认 → 成交 = 1/3.
    expect(callFunction("STAGE_CONVERSION", [stages, "需求确认", "成交", [["初步接触", "需求确认", "成交"]]], zh)).toBe(1 / 3);
  });
});

describe("a stage_order taken from the Stages sheet with its header", () => {
  it("skips the header cell 阶段 / Stage", () => {
    const order = [["阶段"], ["线索"], ["需求确认"], ["成交"]];
    // Deals: 线索, 需求确认, 需求确认, 成交 under the header 阶段 → reached 线索 4, 成交 1 → 1/4.
    const stages = [["阶段"], ["线索"], ["需求确认"], ["需求确认"], ["成交"]];
    expect(callFunction("STAGE_CONVERSION", [stages, 1, 3, order], zh)).toBe(1 / 4);
    const funnel = callFunction("FUNNEL", [stages, order], zh) as unknown[][];
    expect(funnel.slice(1).map((row) => row[0])).toEqual(["线索", "需求确认", "成交"]);
  });
});

describe("PIPELINE_VELOCITY", () => {
  it("counts a blank first status as an open deal when there is no header row", () => {
    // Open 2, won 1 of 2 closed → win rate 1/2; won amount 300 over 30 days:
    // 2 × 0.5 × 300 ÷ 30 = 10 per day, with or without the header row.
    const rows = [["", 100, D, ""], ["", 200, D, ""], ["Won", 300, D, D + 30], ["Lost", 50, D, D + 5]];
    const args = (withHeader: boolean) =>
      [0, 1, 2, 3].map((column) => [...(withHeader ? [[["Status", "Amount", "Start", "End"][column]]] : []), ...rows.map((row) => [row[column]])]);
    expect(callFunction("PIPELINE_VELOCITY", args(false), en)).toBe(10);
    expect(callFunction("PIPELINE_VELOCITY", args(true), en)).toBe(10);
  });
});

describe("an optional range given as blank cells", () => {
  it("is an argument left out, as Excel ([[null]]) and Sheets (\"\") both pass it", () => {
    const stages = [["Stage"], ["Lead"], ["Won"], ["Lead"]];
    const funnel = callFunction("FUNNEL", [stages], en);
    expect(callFunction("FUNNEL", [stages, [[null]]], en)).toEqual(funnel);
    expect(callFunction("FUNNEL", [stages, ""], en)).toEqual(funnel);
    const rollup = callFunction("STATUS_ROLLUP", [[["Done"], ["Not started"]]], en);
    expect(callFunction("STATUS_ROLLUP", [[["Done"], ["Not started"]], [[null], [null]]], en)).toEqual(rollup);
  });
});

describe("dates as group labels", () => {
  it("are the spreadsheet's calendar day, not UTC's", () => {
    // Sheets hands 2026-01-05 00:00 in Shanghai over as 2026-01-04T16:00Z.
    const day = new Date("2026-01-04T16:00:00Z");
    const table = callFunction("STATUS_ROLLUP", [[["Done"]], [[day]]], { locale: "en", timeZone: "Asia/Shanghai" }) as unknown[][];
    expect(table[1][0]).toBe("2026-01-05");
  });
});

describe("PILOT_LIFT with an empty pilot group", () => {
  it("says the pilot total is 0, not that the control rate is", () => {
    const table = callFunction("PILOT_LIFT", [0, 0, 20, 100], en) as unknown[][];
    expectError(table[1][1] as FunctionResult, "#DIV/0!", /total is 0/);
  });
});

describe("statistic words", () => {
  it("answers to the Chinese words a manager types", () => {
    // Cycles 10, 20, 60 days: mean 30, median 20.
    const starts = [[D], [D], [D]];
    const ends = [[D + 10], [D + 20], [D + 60]];
    for (const word of ["平均数", "均值", "平均"]) expect(callFunction("CYCLE_TIME", [starts, ends, word], zh)).toBe(30);
    for (const word of ["中值", "中位数"]) expect(callFunction("CYCLE_TIME", [starts, ends, word], zh)).toBe(20);
    // P90 = PERCENTILE.INC: rank 0.9 × 2 = 1.8 → 20 + 0.8 × (60 − 20) = 52.
    expect(callFunction("CYCLE_TIME", [starts, ends, "90百分位"], zh)).toBeCloseTo(52, 12);
    expectError(callFunction("CYCLE_TIME", [starts, ends, "众数"], zh), "#VALUE!", /median（中位数）/);
  });
});

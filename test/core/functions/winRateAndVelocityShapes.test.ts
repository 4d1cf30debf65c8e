/**
 * Issue 10, loose ends: WIN_RATE takes the optional stage_order the other current-stage functions take, and
 * PIPELINE_VELOCITY reads the shapes the other functions read — a wide log, a current-stage export with amounts and
 * dates, a stage history — as one range, with the velocity `analyze` gives on the same data (its --json
 * `pipelineVelocity`, run here on the fixtures) and, on a small log, the figure worked by hand.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isCellError } from "../../../core/functions/errors";
import { STAGE_ORDER_PARAM } from "../../../core/functions/params";
import { callFunction, functionSpec } from "../../../core/functions/registry";
import type { CellError } from "../../../core/functions/types";
import { stageList } from "../../../core/model/stages";
import { analyzeDeals } from "../../../core/report/analyzeDeals";
import { readTable } from "../../../cli/readTable";
import { buildCli, cli } from "../../cli/helpers";

const en = { locale: "en", timeZone: "UTC" } as const;
const zh = { locale: "zh-CN", timeZone: "UTC" } as const;
const EXPORTS = "test/fixtures/exports";
const column = (values: readonly unknown[]) => values.map((value) => [value]);

function expectError(result: unknown, code: string, message: RegExp) {
  expect(isCellError(result), JSON.stringify(result)).toBe(true);
  expect((result as CellError).error).toBe(code);
  expect((result as CellError).message).toMatch(message);
}

describe("WIN_RATE's stage_order", () => {
  it("is the same optional argument as the other current-stage functions'", () => {
    const params = functionSpec("WIN_RATE")!.params;
    expect(params.map((param) => param.name)).toEqual(["statuses", "stage_order"]);
    expect(params[1]).toEqual(STAGE_ORDER_PARAM);
    expect(functionSpec("FUNNEL")!.params[1]).toEqual(STAGE_ORDER_PARAM);
  });

  it("reads a current-stage column in the team's own order, as analyze does (hand-worked)", () => {
    // Lead · Demo · Contract, Contract the won stage: Contract ×2 won, Closed Lost lost, Lead and Demo open → 2 / 3.
    const stages = column(["Stage", "Lead", "Demo", "Contract", "Contract", "Closed Lost"]);
    const order = column(["Stage", "Lead", "Demo", "Contract"]);
    expect(callFunction("WIN_RATE", [stages, order], en)).toBe(2 / 3);
    expect(analyzeDeals(stages, { locale: "en", stages: stageList(["Lead", "Demo", "Contract"]) })!.winRate).toBe(2 / 3);
    // Without it the stages are not known: refused, never guessed.
    expectError(callFunction("WIN_RATE", [stages], en), "#VALUE!", /statuses/);
  });

  it("a column of status words ignores it; a bad stage_order is refused as elsewhere", () => {
    expect(callFunction("WIN_RATE", [column(["Status", "Won", "Lost", "Won", "Open"]), column(["Lead", "Won"])], en)).toBe(2 / 3);
    expectError(callFunction("WIN_RATE", [column(["Won"]), column(["Lead", "Lead"])], zh), "#VALUE!", /stage_order/);
  });
});

describe("PIPELINE_VELOCITY on one deal-log range", () => {
  it("the README's five deals (DEFINITIONS §4 worked example): 1 open × 0.5 × 102,500 ÷ 41.5", () => {
    const log = [
      ["编号", "线索", "商机", "方案", "成交", "金额", "状态"],
      ["D1", "2026-01-05", "2026-01-12", "2026-01-20", "2026-02-04", "¥120,000", "赢单"],
      ["D2", "2026-01-08", "2026-01-15", "2026-02-01", "2026-03-02", "8.5万", "赢单"],
      ["D3", "2026-01-10", "2026-01-20", "2026-02-05", "", "60,000", "丢单"],
      ["D4", "2026-01-15", "2026-02-01", "", "", "", "丢单"],
      ["D5", "2026-02-01", "", "", "", "", "进行中"],
    ];
    expect(callFunction("PIPELINE_VELOCITY", [log], zh)).toBeCloseTo((1 * 0.5 * 102_500) / 41.5, 9);
    // Its columns given one by one still work as before: status, amount, first and last stage dates.
    const pick = (index: number) => log.map((row) => [row[index]]);
    expect(callFunction("PIPELINE_VELOCITY", [pick(6), pick(5), pick(1), pick(4)], zh)).toBeCloseTo((0.5 * 102_500) / 41.5, 9);
  });

  it("amounts in two currencies: no velocity across them, said in words", async () => {
    const table = await readTable(join(EXPORTS, "hubspot-multi-currency-2026-03-02.csv"));
    expectError(callFunction("PIPELINE_VELOCITY", [table.grid], en), "#VALUE!", /2 currencies \(USD 7, EUR 2\)/);
  });

  it("some but not all of amounts, start_dates and end_dates: the others read as blank, as an all-blank range does", () => {
    const statuses = column(["Status", "Won", "Open"]);
    // A won amount, but no dates: no cycle time (Excel and Sheets pass a left-out and an all-blank range alike).
    expectError(callFunction("PIPELINE_VELOCITY", [statuses, column(["Amount", 10, 20])], en), "#DIV/0!", /cycle|durations|dates/i);
    expectError(callFunction("PIPELINE_VELOCITY", [statuses, column(["Amount", 10, 20]), column(["", "", ""]), column(["", "", ""])], en), "#DIV/0!", /cycle|durations|dates/i);
  });
});

describe("PIPELINE_VELOCITY agrees with analyze --json on the fixtures", () => {
  beforeAll(async () => {
    await buildCli();
  }, 120_000);

  it.each([
    // [fixture, --stages, the velocity worked by hand in the fixture's own test]
    ["hubspot-crm-exports-all-deals-2026-03-02.csv", undefined, 152_500 / 98], // test/cli/exportsWide.test.ts
    ["hubspot-reentered-stages-2026-03-02.csv", undefined, 24_000 / 34.5], // test/core/parse/hubspotReentered.test.ts
    ["Deals_2026_03_02.csv", undefined, 152_500 / 98], // Zoho current stage (test/cli/currentStageExports.test.ts)
    ["xiaoshouyi-opportunities.csv", ["初步接洽", "需求确认", "方案报价", "商务谈判", "赢单"], 1_525_000 / 98],
    ["history/opportunity-history.csv", undefined, undefined],
    ["history/Deals__2026_03_02.csv", undefined, undefined],
  ] as const)("%s", async (file, stages, byHand) => {
    const path = join(EXPORTS, file);
    const run = await cli(["analyze", path, "--json", ...(stages === undefined ? [] : ["--stages", stages.join(",")])]);
    expect(run.code).toBe(0);
    const expected = JSON.parse(run.stdout).pipelineVelocity as number;
    expect(typeof expected).toBe("number");
    if (byHand !== undefined) expect(expected).toBeCloseTo(byHand, 9);
    const table = await readTable(path);
    const order = stages === undefined ? [] : [column(stages)];
    const velocity = callFunction("PIPELINE_VELOCITY", [table.grid, undefined, undefined, undefined, ...order], en);
    expect(velocity).toBeCloseTo(expected, 9);
    // WIN_RATE on the same range and order: the report's win rate.
    expect(callFunction("WIN_RATE", [table.grid, ...order], en)).toBe(JSON.parse(run.stdout).winRate);
  }, 60_000);
});

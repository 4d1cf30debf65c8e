/**
 * parseDealLog on a one-column range whose values include outcomes (issue 10): read as a current-stage column.
 * Figures worked by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { STATUS_CODE } from "../../../core/model/dealTable";
import { parseDealLog } from "../../../core/parse/dealLog";
import { statesOutcomes } from "../../../core/parse/outcomeColumn";
import { stageList } from "../../../core/model/stages";

const { open, won, lost } = STATUS_CODE;

describe("a one-column range with Closed Won / Closed Lost", () => {
  it("reads won as every stage, lost with no stage at the first stage, others open at their stage", () => {
    // Salesforce's pipeline (9 stages, Closed Won last = 8). Negotiation/Review is 7.
    const log = parseDealLog([["Stage"], ["Prospecting"], ["Closed Won"], ["Closed-Lost to Competition"], ["Negotiation/Review"]]);
    expect(log?.shape).toBe("currentStage");
    expect(Array.from(log!.deals.furthest)).toEqual([0, 8, 0, 7]);
    expect(Array.from(log!.deals.status)).toEqual([open, won, lost, open]);
    expect(log!.deals.hasStatus).toBe(true);
    expect(log!.reading?.lostWithoutStage).toBe(1);
  });

  it("names sheet rows without a header row, from the range's first row", () => {
    // No header (线索 is a stage): rows 10, 11, 12 on the sheet; 待定 on row 12 is no stage.
    const log = parseDealLog([["线索"], ["输单"], ["待定"]], { firstRow: 10, stages: stageList(undefined, "zh-CN") });
    expect(Array.from(log!.deals.rows)).toEqual([10, 11]);
    expect(log!.problems.map((problem) => [problem.code, problem.row])).toEqual([["stage.unknown", 12]]);
  });

  it("leaves a column of default stages alone, 成交 its won stage", () => {
    expect(statesOutcomes([["线索"], ["成交"]], false, stageList())).toBe(false);
    expect(parseDealLog([["线索"], ["成交"]])?.shape).toBe("stageColumn");
    expect(statesOutcomes([["线索"], ["赢单"]], false, stageList())).toBe(true);
  });
});

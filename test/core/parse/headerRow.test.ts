import { describe, expect, it } from "vitest";
import type { Grid } from "../../../core/model/cells";
import { stageList } from "../../../core/model/stages";
import { STAGE_HEADER_SEARCH_ROWS, stageHeaderRow } from "../../../core/parse/headerRow";

function deepFreeze(grid: unknown[][]): Grid {
  for (const row of grid) Object.freeze(row);
  return Object.freeze(grid);
}

const HEADER = ["编号", "线索", "商机", "成交", "状态"];
const DEAL = ["A1", "2026/1/5", "2026/1/8", "2026/2/1", "赢单"];

describe("stageHeaderRow", () => {
  it("is the first row when it names the stages", () => {
    expect(stageHeaderRow(deepFreeze([HEADER, DEAL]))).toBe(0);
  });

  it("passes over a title of one cell, a title with a second cell, two titles and blank lines", () => {
    expect(stageHeaderRow(deepFreeze([["2026年一季度销售台账"], HEADER, DEAL]))).toBe(1);
    expect(stageHeaderRow(deepFreeze([["2026 销售台账", "", "", "单位：元"], HEADER, DEAL]))).toBe(1);
    expect(stageHeaderRow(deepFreeze([["2026年一季度销售台账", "", "", "", ""], ["", "", "", "", ""], HEADER, DEAL]))).toBe(2);
    expect(stageHeaderRow(deepFreeze([["销售台账"], ["华东区", "制表：王"], [], HEADER, DEAL]))).toBe(3);
  });

  it("reads variant headers as detectShape does", () => {
    expect(stageHeaderRow(deepFreeze([["台账"], ["编号", "线索日期", "成交日期"]]))).toBe(1);
    expect(stageHeaderRow(deepFreeze([["台账"], ["Discovery", "Closed"]]), stageList(["Discovery", "Closed"]))).toBe(1);
  });

  it("does not take a row holding a number for a header (a stages table's rows)", () => {
    const stagesTable = [
      ["#", "Stage", "Owner department", "Input", "Output"],
      [4, "Quote", "Sales, finance", "Solution proposal", "Tiered quote"],
      [5, "Negotiation", "Sales", "Quote", "Draft contract"],
    ];
    expect(stageHeaderRow(deepFreeze(stagesTable))).toBe(-1);
    expect(stageHeaderRow(deepFreeze(stagesTable.map((row) => row.map(String))))).toBe(-1); // the same as CSV text
  });

  it("looks at the first rows only, and answers -1 without a header", () => {
    const notes = Array.from({ length: STAGE_HEADER_SEARCH_ROWS }, () => ["note"]);
    expect(stageHeaderRow(deepFreeze([...notes, HEADER]))).toBe(-1);
    expect(stageHeaderRow(deepFreeze([...notes.slice(1), HEADER]))).toBe(STAGE_HEADER_SEARCH_ROWS - 1);
    expect(stageHeaderRow(deepFreeze([["hello", "world"], ["1", "2"]]))).toBe(-1);
    expect(stageHeaderRow([])).toBe(-1);
  });
});

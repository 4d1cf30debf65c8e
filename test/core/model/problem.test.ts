import { describe, expect, it } from "vitest";
import { describeProblem, type Problem } from "../../../core/model/problem";

describe("describeProblem", () => {
  const problem: Problem = { row: 7, column: "D", header: "报价", code: "date.unreadable", params: { value: "soon" } };

  it("writes a problem in English", () => {
    expect(describeProblem(problem, "en")).toEqual({ row: 7, column: "D", message: 'Unreadable date "soon"' });
  });

  it("writes a problem in Chinese", () => {
    expect(describeProblem(problem, "zh-CN")).toEqual({ row: 7, column: "D", message: "无法识别的日期“soon”" });
  });

  it("fills every placeholder of a two-value message", () => {
    const backwards: Problem = { row: 3, column: "C", header: "商机", code: "date.backwards", params: { stage: "商机", earlier: "线索" } };
    expect(describeProblem(backwards, "zh-CN").message).toBe("“商机”的日期早于前一阶段“线索”");
    expect(describeProblem(backwards, "en").message).toBe('"商机" is dated before the earlier stage "线索"');
  });
});

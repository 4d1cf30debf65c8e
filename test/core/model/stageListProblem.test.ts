import { describe, expect, it } from "vitest";
import { MAX_STAGES, MIN_STAGES, stageListMessage, stageListProblem } from "../../../core/model/stageListProblem";

describe("stageListProblem", () => {
  it("accepts a list a template can be built from", () => {
    expect(stageListProblem(["线索", "商机", "赢单"])).toBeUndefined();
    expect(stageListProblem(Array.from({ length: MAX_STAGES }, (_, index) => `Step ${index + 1}`))).toBeUndefined();
  });

  it("names the first problem", () => {
    expect(stageListProblem(["Lead"])).toEqual({ kind: "tooFew", min: MIN_STAGES });
    expect(stageListProblem(Array.from({ length: MAX_STAGES + 1 }, (_, index) => `Step ${index + 1}`))).toEqual({ kind: "tooMany", max: MAX_STAGES });
    expect(stageListProblem(["Lead", "  ", "Won"])).toEqual({ kind: "blank", position: 2 });
    // Folded as the core matches names: case, spaces, full-width forms.
    expect(stageListProblem(["Lead", "Demo", " lead "])).toEqual({ kind: "duplicate", stage: "lead" });
    expect(stageListProblem(["ＤＥＭＯ", "Trial", "demo"])).toEqual({ kind: "duplicate", stage: "demo" });
  });

  it("is said in both languages, the details filled in", () => {
    const duplicate = stageListProblem(["线索", "商机", " 线索 "])!;
    expect(stageListMessage(duplicate, "zh-CN")).toBe("阶段“线索”重复了。");
    expect(stageListMessage(stageListProblem(["Lead"])!, "en")).toBe(`At least ${MIN_STAGES} stages are needed.`);
    expect(stageListMessage(stageListProblem(["a", "", "b"])!, "zh-CN")).toBe("第 2 个阶段没有名称。");
  });
});

import { describe, expect, it } from "vitest";
import { callFunction } from "../../../core/functions/registry";

// Found by the fuzzer: a stage_order that names only a lost outcome (输单) orders no stage. Every function that
// reads a deal table answers with its own words (the order is not known), never the catch-all "calculation failed".
describe("a stage_order of lost outcomes only", () => {
  it.each(["WIN_RATE_BY", "FUNNEL_BY"])("%s: #VALUE! saying the stage order is not known", (name) => {
    const answer = callFunction(name, [[[{ error: "#N/A" }], ["丢单"]], [["线索"]], "输单"], { locale: "zh-CN" });
    expect(answer).toMatchObject({ error: "#VALUE!" });
    expect((answer as { message: string }).message).not.toMatch(/计算出错|calculation failed/i);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES, isDefaultStageName, stageList } from "../../../core/model/stages";

// DEFINITIONS §1, word for word.
const ZH = ["线索", "商机", "方案", "报价", "谈判", "成交"];
const EN = ["Lead", "Opportunity", "Proposal", "Quote", "Negotiation", "Won"];

describe("DEFAULT_STAGES", () => {
  it("is the contract's list in both languages", () => {
    expect(DEFAULT_STAGES.map((stage) => stage["zh-CN"])).toEqual(ZH);
    expect(DEFAULT_STAGES.map((stage) => stage.en)).toEqual(EN);
    expect(Object.isFrozen(DEFAULT_STAGES)).toBe(true);
  });
});

describe("stageList", () => {
  it("defaults to the Chinese list, and gives the English one on request", () => {
    expect(stageList().names).toEqual(ZH);
    expect(stageList(undefined, "zh-CN").names).toEqual(ZH);
    expect(stageList(undefined, "en").names).toEqual(EN);
  });

  it("finds every default stage by either language's name, in either list", () => {
    for (const list of [stageList(), stageList(undefined, "en")]) {
      ZH.forEach((name, index) => expect(list.indexOf(name)).toBe(index));
      EN.forEach((name, index) => expect(list.indexOf(name)).toBe(index));
    }
  });

  it("ignores case, surrounding spaces and full-width forms", () => {
    const list = stageList(undefined, "en");
    expect(list.indexOf("  opportunity ")).toBe(1);
    expect(list.indexOf("ＰＲＯＰＯＳＡＬ")).toBe(2);
    expect(list.indexOf("\u3000谈判\u3000")).toBe(4);
    expect(list.indexOf("won")).toBe(5);
  });

  it("answers -1 for a name that is not a stage", () => {
    const list = stageList();
    for (const name of ["Demo", "", "Leads", "Closed Won", "赢单", "Lead source"]) {
      expect(list.indexOf(name), name).toBe(-1);
    }
  });

  it("takes a user's own list as given: order, spelling, trimmed, blanks dropped", () => {
    const list = stageList(["  初步接触 ", "需求确认", "", "   ", "签约"]);
    expect(list.names).toEqual(["初步接触", "需求确认", "签约"]);
    expect(list.indexOf("需求确认")).toBe(1);
    expect(list.indexOf("签约")).toBe(2);
    expect(list.indexOf("线索")).toBe(-1); // the defaults are replaced, not added
    expect(list.indexOf("Lead")).toBe(-1);
  });

  it("lets each default stage in a user's list answer to its other-language name", () => {
    const list = stageList(["Lead", "Demo", "Quote", "Won"]);
    expect(list.names).toEqual(["Lead", "Demo", "Quote", "Won"]);
    expect(list.indexOf("线索")).toBe(0);
    expect(list.indexOf("报价")).toBe(2);
    expect(list.indexOf("成交")).toBe(3);
    expect(list.indexOf("商机")).toBe(-1); // Opportunity is not in this list
    const chinese = stageList(["线索", "演示", "成交"]);
    expect(chinese.indexOf("Lead")).toBe(0);
    expect(chinese.indexOf("ｗｏｎ")).toBe(2);
  });

  it("reorders with the user's list", () => {
    const list = stageList(["Quote", "Proposal"]);
    expect(list.indexOf("方案")).toBe(1);
    expect(list.indexOf("Quote")).toBe(0);
  });

  it("throws a RangeError for names that repeat after folding", () => {
    expect(() => stageList(["Lead", "Won", "Lead"])).toThrow(RangeError);
    expect(() => stageList(["Lead", " lead "])).toThrow(RangeError);
    expect(() => stageList(["Lead", "ＬＥＡＤ"])).toThrow(RangeError);
    expect(() => stageList(["线索", "线索 "])).toThrow(RangeError);
  });

  it("throws a RangeError for an empty list", () => {
    expect(() => stageList([])).toThrow(RangeError);
    expect(() => stageList(["", "  ", "\u3000"])).toThrow(RangeError);
  });

  it("is frozen", () => {
    const list = stageList(["Lead", "Won"]);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list.names)).toBe(true);
  });
});

describe("isDefaultStageName", () => {
  it("is true for the default names in both languages, however written", () => {
    for (const name of [...ZH, ...EN, " lead ", "ＷＯＮ"]) expect(isDefaultStageName(name), name).toBe(true);
  });

  it("is false for other names", () => {
    for (const name of ["Demo", "签约", "", "Closed Won"]) expect(isDefaultStageName(name), name).toBe(false);
  });
});

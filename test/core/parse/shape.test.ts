import { describe, expect, it } from "vitest";
import type { Grid } from "../../../core/model/cells";
import { stageList } from "../../../core/model/stages";
import { detectShape, gridWidth } from "../../../core/parse/shape";

function deepFreeze(grid: unknown[][]): Grid {
  for (const row of grid) Object.freeze(row);
  return Object.freeze(grid);
}

describe("gridWidth", () => {
  it("is the widest row of a ragged range", () => {
    expect(gridWidth([])).toBe(0);
    expect(gridWidth([[]])).toBe(0);
    expect(gridWidth([["a"], ["a", "b", "c"], ["a", "b"]])).toBe(3);
  });
});

describe("detectShape: wide logs", () => {
  it("finds the stage columns of a Chinese log, in stage order, whatever the column order", () => {
    const shape = detectShape(deepFreeze([["备注", "商机", "编号", "线索", "状态", "成交", "金额", "方案"], []]));
    expect(shape.kind).toBe("wide");
    if (shape.kind !== "wide") return;
    expect(shape.stages.names).toEqual(["线索", "商机", "方案", "成交"]);
    expect(shape.stageColumns).toEqual([
      { column: 3, stage: 0 },
      { column: 1, stage: 1 },
      { column: 7, stage: 2 },
      { column: 5, stage: 3 },
    ]);
  });

  it("finds the stage columns of an English log and spells the stages as its header does", () => {
    const shape = detectShape(deepFreeze([["Deal ID", " won ", "LEAD", "Quote", "Owner"]]));
    expect(shape.kind).toBe("wide");
    if (shape.kind !== "wide") return;
    expect(shape.stages.names).toEqual(["LEAD", "Quote", "won"]);
    expect(shape.stageColumns).toEqual([
      { column: 2, stage: 0 },
      { column: 3, stage: 1 },
      { column: 1, stage: 2 },
    ]);
    expect(shape.stages.indexOf("线索")).toBe(0); // the header's spelling still answers to the other language
    expect(shape.stages.indexOf("成交")).toBe(2);
  });

  it("reads a log that mixes languages and full-width headers", () => {
    const shape = detectShape(deepFreeze([["Ｌｅａｄ", "商机", "Won"]]));
    expect(shape.kind).toBe("wide");
    if (shape.kind !== "wide") return;
    expect(shape.stages.names).toEqual(["Ｌｅａｄ", "商机", "Won"]);
    expect(shape.stageColumns.map((entry) => entry.column)).toEqual([0, 1, 2]);
  });

  it("uses the first of two columns headed by the same stage", () => {
    const shape = detectShape(deepFreeze([["线索", "商机", "Lead"]]));
    expect(shape.kind).toBe("wide");
    if (shape.kind !== "wide") return;
    expect(shape.stages.names).toEqual(["线索", "商机"]);
    expect(shape.stageColumns).toEqual([
      { column: 0, stage: 0 },
      { column: 1, stage: 1 },
    ]);
  });

  it("follows a given stage order, and ignores headers outside it", () => {
    const order = stageList(["初步接触", "需求确认", "签约"]);
    const shape = detectShape(deepFreeze([["客户", "签约", "线索", "初步接触"]]), order);
    expect(shape.kind).toBe("wide");
    if (shape.kind !== "wide") return;
    expect(shape.stages.names).toEqual(["初步接触", "签约"]);
    expect(shape.stageColumns).toEqual([
      { column: 3, stage: 0 },
      { column: 1, stage: 1 },
    ]);
  });

  it("orders the stages by the given order, not the default one", () => {
    const shape = detectShape(deepFreeze([["Lead", "Quote", "Proposal"]]), stageList(["Lead", "Quote", "Proposal"]));
    expect(shape.kind).toBe("wide");
    if (shape.kind !== "wide") return;
    expect(shape.stages.names).toEqual(["Lead", "Quote", "Proposal"]);
  });
});

describe("detectShape: header variants", () => {
  function wide(header: unknown[], order?: Parameters<typeof detectShape>[1]) {
    const shape = detectShape(deepFreeze([header]), order);
    expect(shape.kind).toBe("wide");
    return shape.kind === "wide" ? shape : undefined;
  }

  it("reads stage headers with spaces inside, a colon, or a date word after the name", () => {
    const shape = wide(["编号", "线 索", "商机日期", "方案：", "成交时间", "状态"]);
    expect(shape?.stages.names).toEqual(["线 索", "商机", "方案", "成交"]);
    expect(shape?.stageColumns.map((entry) => entry.column)).toEqual([1, 2, 3, 4]);
    expect(wide(["Lead Date", "Opportunity date", "Won time:"])?.stages.names).toEqual(["Lead", "Opportunity", "Won"]);
    expect(wide(["线索日", "成交(日期)"])?.stages.names).toEqual(["线索", "成交"]);
  });

  it("does not take a column that only contains a stage name for that stage", () => {
    const shape = wide(["线索", "商机", "成交金额", "成交日期备注", "Lead time", "Lead source"]);
    expect(shape?.stages.names).toEqual(["线索", "商机"]);
  });

  it("takes an exact stage name before a header that only folds to it, wherever the columns sit", () => {
    const shape = wide(["线索日期", "商机", "线索"]);
    expect(shape?.stageColumns).toEqual([
      { column: 2, stage: 0 },
      { column: 1, stage: 1 },
    ]);
    expect(shape?.stages.names).toEqual(["线索", "商机"]);
  });

  it("folds headers against a custom stage list and against a default stage's other-language name", () => {
    const order = stageList(["Discovery", "Closed Won"]);
    expect(wide(["Discovery date", "Closed  Won:"], order)?.stages.names).toEqual(["Discovery", "Closed  Won"]);
    expect(wide(["Lead Date", "成交日期"], stageList(["线索", "成交"]))?.stages.names).toEqual(["Lead", "成交"]);
  });

  it("keeps a custom stage whose own name ends in a date word", () => {
    const order = stageList(["Update", "Up"]);
    expect(wide(["Update", "Up"], order)?.stageColumns).toEqual([
      { column: 0, stage: 0 },
      { column: 1, stage: 1 },
    ]);
  });
});

describe("detectShape: one column of stage names", () => {
  it("takes a first cell that is not a stage name as the header", () => {
    expect(detectShape(deepFreeze([["Stage"], ["Lead"], ["Won"]]))).toMatchObject({ kind: "stageColumn", hasHeader: true });
    expect(detectShape(deepFreeze([["当前阶段"], ["线索"]]))).toMatchObject({ kind: "stageColumn", hasHeader: true });
    expect(detectShape(deepFreeze([["Whatever"]]))).toMatchObject({ kind: "stageColumn", hasHeader: true });
  });

  it("has no header when the first cell is a stage name or blank", () => {
    expect(detectShape(deepFreeze([["Lead"], ["Won"]]))).toMatchObject({ kind: "stageColumn", hasHeader: false });
    expect(detectShape(deepFreeze([[" 商机 "], ["Won"]]))).toMatchObject({ kind: "stageColumn", hasHeader: false });
    expect(detectShape(deepFreeze([[""], ["Won"]]))).toMatchObject({ kind: "stageColumn", hasHeader: false });
    expect(detectShape(deepFreeze([[null], ["Won"]]))).toMatchObject({ kind: "stageColumn", hasHeader: false });
  });

  it("is still one column when the columns to its right hold nothing (a CSV line ending in a comma)", () => {
    expect(detectShape(deepFreeze([["阶段", ""], ["线索", ""], ["成交", null]]))).toMatchObject({ kind: "stageColumn", hasHeader: true });
    expect(detectShape(deepFreeze([["Lead", " "], ["Won"]]))).toMatchObject({ kind: "stageColumn", hasHeader: false });
    // Anything in a later column makes it a two-column range, which is no shape without two stage headers.
    expect(detectShape(deepFreeze([["阶段", ""], ["线索", "x"]])).kind).toBe("unknown");
  });

  it("reads the first cell against the given stage order", () => {
    const order = stageList(["初步接触", "签约"]);
    expect(detectShape(deepFreeze([["初步接触"], ["签约"]]), order)).toMatchObject({ kind: "stageColumn", hasHeader: false });
    expect(detectShape(deepFreeze([["线索"], ["签约"]]), order)).toMatchObject({ kind: "stageColumn", hasHeader: true });
  });
});

describe("detectShape: neither shape", () => {
  it("answers unknown for an empty range", () => {
    expect(detectShape([]).kind).toBe("unknown");
    expect(detectShape([[]]).kind).toBe("unknown");
  });

  it("answers unknown for a 2-column range whose first row names fewer than two stages", () => {
    expect(detectShape(deepFreeze([["编号", "阶段"], ["A-1", "线索"]])).kind).toBe("unknown");
    expect(detectShape(deepFreeze([["编号", "线索"], ["A-1", 46027]])).kind).toBe("unknown");
    expect(detectShape(deepFreeze([["Deal ID", "Lead", "Owner"], ["A-1", 46027, "Wang"]])).kind).toBe("unknown");
    expect(detectShape(deepFreeze([["Lead", "线索"], [46027, 46028]])).kind).toBe("unknown"); // one stage, twice
    expect(detectShape(deepFreeze([[46027, 46030], [46028, 46031]])).kind).toBe("unknown");
  });

  it("answers unknown when the stage names are not in the first row", () => {
    expect(detectShape(deepFreeze([["Deals", ""], ["Lead", "Won"]])).kind).toBe("unknown");
  });
});

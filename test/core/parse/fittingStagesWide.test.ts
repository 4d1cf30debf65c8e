import { describe, expect, it } from "vitest";
import { stageList } from "../../../core/model/stages";
import { fittingStages } from "../../../core/parse/fittingStages";

// A workbook's Stages sheet is read only when the deal log fits it; a wide log that the default stages read with
// more stage columns than the workbook's list does not fit it — reading it with the shorter list would drop stage
// columns (商机, 方案 below) from every figure.
describe("fittingStages, a wide log", () => {
  const log = [
    ["编号", "线索", "商机", "方案", "成交", "状态"],
    ["D1", "2026-01-05", "2026-01-12", "2026-01-20", "2026-02-04", "赢单"],
  ];

  it("takes the workbook's list when it names every stage column the defaults name, or more", () => {
    const own = stageList(["线索", "商机", "方案", "成交"]);
    expect(fittingStages(log, own)?.names).toEqual(["线索", "商机", "方案", "成交"]);
    const custom = stageList(["Lead", "Demo", "Trial", "Won"]);
    expect(fittingStages([["ID", "Lead", "Demo", "Trial", "Won"], ["A", 46027, 46030, "", ""]], custom)?.names).toEqual(["Lead", "Demo", "Trial", "Won"]);
  });

  it("leaves a list naming fewer of the log's stage columns than the default stages do", () => {
    expect(fittingStages(log, stageList(["线索", "成交"]))).toBeUndefined();
    expect(fittingStages(log, stageList(["线索", "商机", "成交"]))).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { isStagesSheetName, stagesFromSheet } from "../../../core/parse/stagesSheet";
import { valueGrid } from "../template/specCells";

describe("a workbook's own stage list", () => {
  it("reads the column headed 阶段/Stage down to the first blank", () => {
    expect(stagesFromSheet([["序号", "阶段", "输出"], [1, "线索", "x"], [2, "演示", ""], [3, "签约"], [4, ""], [5, "after blank"]])?.names).toEqual([
      "线索",
      "演示",
      "签约",
    ]);
    expect(stagesFromSheet([["Title"], ["#", " stage "], [1, "Discovery"], [2, "Demo"]])?.names).toEqual(["Discovery", "Demo"]);
  });

  it("is undefined without such a column, with one name, or with a repeated name", () => {
    expect(stagesFromSheet(undefined)).toBeUndefined();
    expect(stagesFromSheet([["#", "Name"], [1, "Lead"], [2, "Won"]])).toBeUndefined();
    expect(stagesFromSheet([["Stage"], ["Lead"]])).toBeUndefined();
    expect(stagesFromSheet([["Stage"], ["Lead"], ["lead"]])).toBeUndefined();
  });

  it("reads back the stage list of the template's own Stages sheet, in both languages", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const stages = ["Discovery", "Demo", "Trial", "Signed"];
      const sheet = buildTemplate({ locale, stages }).sheets.find((candidate) => candidate.key === "stages")!;
      expect(isStagesSheetName(sheet.name)).toBe(true);
      expect(stagesFromSheet(valueGrid(sheet))?.names).toEqual(stages);
    }
  });
});

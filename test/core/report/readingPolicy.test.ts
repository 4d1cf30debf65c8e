import { describe, expect, it } from "vitest";
import { stageList } from "../../../core/model/stages";
import {
  chooseDealSheet,
  listedProblems,
  PROBLEMS_LISTED,
  readingStages,
  sheetHead,
  SHEET_HEAD_ROWS,
  workbookStageList,
  type SheetHead,
} from "../../../core/report/readingPolicy";

// One rule per test; each workbook is built so that dropping the rule picks another sheet.
// Serial 46027 is 2026-01-05; 120 and 260 are counts (below 2000-01-01's serial 36526).

const log = (name: string, deals: number, active?: boolean): SheetHead =>
  sheetHead(name, [["Deal ID", "Lead", "Won"], ...Array.from({ length: deals }, (_, i) => [`D${i}`, 46027 + i, ""])], active);
const summary = (name: string, months: number, active?: boolean): SheetHead =>
  sheetHead(name, [["Month", "Lead", "Won"], ...Array.from({ length: months }, (_, i) => [`M${i + 1}`, 120 + i, 30])], active);
const chosen = (sheets: readonly SheetHead[], stages = {}) => {
  const choice = chooseDealSheet(sheets, stages);
  return choice.kind === "found" ? choice.name : `none:${choice.fallback?.name ?? ""}`;
};

describe("chooseDealSheet", () => {
  it("1. takes the active sheet when it reads as a deal log, even with fewer rows", () => {
    expect(chosen([log("Big", 50), log("Mine", 5, true)])).toBe("Mine");
  });

  it("2. else the deal log with the most rows", () => {
    expect(chosen([log("Small", 5), log("Big", 50), sheetHead("Notes", [["hello"]], true)])).toBe("Big");
  });

  it("2. on a tie, the first in tab order", () => {
    expect(chosen([log("First", 9), log("Second", 9)])).toBe("First");
  });

  it("3. a summary of counts under stage names is passed over for a deal log, even when longer or active", () => {
    expect(chosen([summary("Summary", 80, true), log("Log", 10)])).toBe("Log");
  });

  it("3. with only summaries, the one with the most rows", () => {
    expect(chosen([summary("Q1", 3), summary("Year", 12)])).toBe("Year");
  });

  it("an active log whose first rows hold only dates that cannot be read is still taken (its rows are problems)", () => {
    expect(chosen([log("Other", 30), sheetHead("Bad", [["编号", "线索", "成交"], ["D1", "很快", ""], ["D2", "以后", ""]], true)])).toBe("Bad");
  });

  it("an empty log (a fresh template's Deals sheet) shows deals: the active one is taken", () => {
    expect(chosen([log("Old", 30), log("New", 0, true)])).toBe("New");
  });

  it("never takes the Stages sheet, whatever its first row names", () => {
    expect(chosen([log("Stages", 40), log("Deals", 2)])).toBe("Deals");
  });

  it("finds a header below title rows and says its row", () => {
    const choice = chooseDealSheet([sheetHead("台账", [["2026年一季度销售台账"], [""], ["编号", "线索", "成交"], ["A1", "2026/1/5", ""]])], {});
    expect(choice).toMatchObject({ kind: "found", name: "台账", headerRow: 2, showsDeals: true });
  });

  it("reads headers by the workbook's own stages, then the default ones", () => {
    const own = sheetHead("Pipeline", [["Deal", "Discovery", "Demo"], ["D1", 46027, 46030]]);
    expect(chosen([own])).toBe("none:Pipeline");
    expect(chosen([own], { workbook: stageList(["Discovery", "Demo"]) })).toBe("Pipeline");
    expect(chosen([own, log("Log", 1)], { workbook: stageList(["Discovery", "Demo"]) })).toBe("Pipeline");
  });

  it("a given list replaces both", () => {
    expect(chosen([log("Log", 5), sheetHead("Mine", [["Deal", "Discovery", "Demo"], ["D1", 46027, 46030]])], { given: stageList(["Discovery", "Demo"]) })).toBe("Mine");
  });

  it("reads a current-stage export and a stage history", () => {
    expect(chosen([sheetHead("Opportunities", [["Opportunities report"], ["Stage", "Close Date"], ["Closed Won", 46073]])])).toBe("Opportunities");
    expect(chosen([sheetHead("变更", [["商机编号", "阶段", "进入日期"], ["S1", "线索", "2026-01-05"]])])).toBe("变更");
  });

  it("works from the head: rows beyond it are not read, the row count ranks", () => {
    const long = log("Long", 500);
    expect(long.head).toHaveLength(SHEET_HEAD_ROWS);
    expect(chosen([log("Short", 100), { ...long, head: long.head }])).toBe("Long");
  });

  it("4. none reads as a deal log: the active sheet, else the first that is not the Stages sheet, is read whole", () => {
    const column = sheetHead("Column", [["Stage"], ["Lead"], ["Won"]]);
    expect(chosen([log("Stages", 0), column, sheetHead("Other", [["x"]], true)])).toBe("none:Other");
    expect(chosen([sheetHead("阶段", [["#", "阶段"]]), column])).toBe("none:Column");
    expect(chooseDealSheet([], {})).toEqual({ kind: "none" });
  });
});

describe("readingStages", () => {
  const own = stageList(["Discovery", "Demo", "Won"]);
  it("given, else the workbook's Stages sheet when the log fits it, else the defaults", () => {
    const grid = [["Deal", "Discovery", "Demo", "Won"], ["D1", 46027, 46030, ""]];
    expect(readingStages(grid, { given: stageList(["Demo", "Won"]), workbook: own })).toMatchObject({ stageOrder: "given", stages: { names: ["Demo", "Won"] } });
    expect(readingStages(grid, { workbook: own })).toEqual({ stages: own, stageOrder: "workbook" });
    expect(readingStages([["Deal", "Lead", "Won"], ["D1", 46027, ""]], { workbook: own })).toEqual({ stageOrder: "default" });
    expect(readingStages(grid, {})).toEqual({ stageOrder: "default" });
  });

  it("the workbook's list is read from its Stages sheet (either language)", () => {
    expect(workbookStageList([log("Deals", 1), sheetHead("阶段", [["#", "阶段"], [1, "初访"], [2, "签约"]])])?.names).toEqual(["初访", "签约"]);
    expect(workbookStageList([log("Deals", 1)])).toBeUndefined();
  });
});

describe("listedProblems", () => {
  it(`lists the first ${PROBLEMS_LISTED} and counts the rest`, () => {
    const problems = Array.from({ length: 73 }, (_, row) => ({ row }));
    const { shown, more } = listedProblems(problems);
    expect(shown).toHaveLength(50);
    expect(shown[49]).toEqual({ row: 49 });
    expect(more).toBe(23);
    expect(listedProblems(problems.slice(0, 3))).toEqual({ shown: problems.slice(0, 3), more: 0 });
  });
});

import { describe, expect, it } from "vitest";
import type { ReadingNotes } from "../../../core/model/reading";
import { readVerdict, verdictMessage } from "../../../core/parse/verdict";
import { readingLines } from "../../../core/report/readingLines";

// The stage-order notes and the "no deal log" line end with what to do. On the command line that is the --stages
// option; the Excel pane and the Sheets sidebar have no command line: there it is the workbook's Stages sheet.
const STAGES = ["Lead", "Demo", "Won"];
const ORDERS: ReadingNotes[] = [
  { shape: "wide", stageOrder: { source: "columns" } },
  { shape: "history", stageOrder: { source: "firstEntry" } },
  { shape: "currentStage", stageOrder: { source: "crmDefault", name: "HubSpot" } },
  { shape: "currentStage", stageOrder: { source: "default" } },
];

describe("stage-order notes say how to change the order on each surface", () => {
  it.each(ORDERS)("$stageOrder.source: --stages on the command line, the Stages sheet in the workbook hosts", (reading) => {
    const [cliEn] = readingLines(reading, STAGES, "en", "cli").filter((line) => line.includes("Lead → Demo → Won"));
    expect(cliEn).toMatch(/; to change it, give the stage list \(--stages\)$/);
    const [cliZh] = readingLines(reading, STAGES, "zh-CN", "cli").filter((line) => line.includes("Lead → Demo → Won"));
    expect(cliZh).toMatch(/；如需更改，请指定阶段列表（--stages）$/);
    const [paneEn] = readingLines(reading, STAGES, "en", "workbook").filter((line) => line.includes("Lead → Demo → Won"));
    expect(paneEn).toMatch(/; to change it, list the stages in order on a sheet named Stages \(a column headed Stage\)$/);
    const [paneZh] = readingLines(reading, STAGES, "zh-CN", "workbook").filter((line) => line.includes("Lead → Demo → Won"));
    expect(paneZh).toMatch(/；如需更改，请在名为“阶段”的工作表中按顺序列出各阶段（标题为“阶段”的一列）$/);
  });

  it("an order taken from the workbook's Stages sheet: edit that sheet (and, on the command line, or --stages)", () => {
    const reading: ReadingNotes = { shape: "currentStage", stageOrder: { source: "workbook" } };
    expect(readingLines(reading, STAGES, "en", "cli")).toContain("Stage order: the workbook's Stages sheet (Lead → Demo → Won); to change it, edit that sheet or give the stage list (--stages)");
    expect(readingLines(reading, STAGES, "en", "workbook")).toContain("Stage order: the workbook's Stages sheet (Lead → Demo → Won); to change it, edit that sheet");
    expect(readingLines(reading, STAGES, "zh-CN", "workbook")).toContain("阶段顺序：工作簿的“阶段”表（Lead → Demo → Won）；如需更改，请编辑该表");
  });

  it("no note in the workbook hosts names a command-line option", () => {
    for (const reading of [...ORDERS, { shape: "currentStage", stageOrder: { source: "workbook" } } as ReadingNotes]) {
      for (const locale of ["en", "zh-CN"] as const) {
        for (const line of readingLines(reading, STAGES, locale, "workbook")) expect(line).not.toContain("--");
      }
    }
  });
});

describe("the could-not-read line", () => {
  const notALog = readVerdict([["Owner", "Target"], ["Ann", 12]], undefined);

  it("no deal log: give the stage list as each surface takes it", () => {
    expect(verdictMessage(notALog, "en", "cli")).toMatch(/\. Name the stage date columns after the stages, or give the stage list \(--stages\)$/);
    expect(verdictMessage(notALog, "zh-CN", "cli")).toMatch(/。请把各阶段日期列的标题改为阶段名称，或指定阶段列表（--stages）$/);
    expect(verdictMessage(notALog, "en", "workbook")).toMatch(/\. Name the stage date columns after the stages, or list the stages in order on a sheet named Stages$/);
    expect(verdictMessage(notALog, "zh-CN", "workbook")).toMatch(/。请把各阶段日期列的标题改为阶段名称，或在名为“阶段”的工作表中按顺序列出各阶段$/);
  });

  it.each([[[]], [[[]]], [[["", "  "], [null, ""]]]])("an empty or blank table %j says so plainly, in both languages", (grid) => {
    const verdict = readVerdict(grid, undefined);
    expect(verdictMessage(verdict, "en", "workbook")).toBe("The sheet is empty: no header row and no deal to read. Open the sheet that holds the deal log, or paste it here");
    expect(verdictMessage(verdict, "zh-CN", "workbook")).toBe("工作表是空的：没有表头，也没有交易可读。请打开存放交易表的工作表，或把交易表粘贴到这里");
    expect(verdictMessage(verdict, "en", "cli")).toBe("The file is empty: no header row and no deal to read");
    expect(verdictMessage(verdict, "zh-CN", "cli")).toBe("文件是空的：没有表头，也没有交易可读");
  });

  it("a blank first row: the headers named are those of the first row that holds anything", () => {
    const verdict = readVerdict([["", ""], ["Owner", "Target"]], undefined);
    expect(verdictMessage(verdict, "en", "cli")).toMatch(/^no deal log found: the header row has 2 columns \("Owner", "Target"\)/);
  });
});

describe("a blank table read as a log", () => {
  it("is still said to be empty (a blank CSV reads as an empty one-column log)", async () => {
    const { parseDealLog } = await import("../../../core/parse/dealLog");
    const grid = [["", "", ""], [" ", " ", ""]];
    expect(readVerdict(grid, parseDealLog(grid))).toEqual({ readable: false, reason: "empty" });
    // A header with no rows under it is read (an empty log is no error).
    expect(readVerdict([["Lead", "Won"]], parseDealLog([["Lead", "Won"]])).readable).toBe(true);
  });
});

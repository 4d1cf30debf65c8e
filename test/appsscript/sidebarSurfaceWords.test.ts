import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AnalyzeResponse } from "../../appsscript/shared/protocol";
import { analyzeOnFake } from "./support/analyzeOnFake";
import { SheetsFake } from "./fakes/sheetsFake";

// The Sheets sidebar has no command line: its notes say how to change the stage order with the spreadsheet's
// Stages sheet, never "--stages", and an empty sheet is said to be empty (issue 10, loose ends).

const HISTORY = readFileSync(new URL("../fixtures/exports/history/zh-stage-log.csv", import.meta.url), "utf8")
  .trim()
  .split(/\r?\n/)
  .map((line) => line.split(","));

async function analyzed(sheets: Record<string, readonly (readonly unknown[])[]>, active: string, userLocale: "en" | "zh-CN"): Promise<AnalyzeResponse> {
  const fake = new SheetsFake({ locale: "en_US", userLocale, timeZone: "Asia/Shanghai", sheets: Object.keys(sheets) });
  for (const [name, rows] of Object.entries(sheets)) if (rows.length > 0) fake.put(name, "A1", rows);
  fake.activeSheet = fake.sheet(active);
  return analyzeOnFake(fake);
}

describe("the sidebar's words", () => {
  it.each([
    ["en", "; to change it, list the stages in order on a sheet named Stages (a column headed Stage)"],
    ["zh-CN", "；如需更改，请在名为“阶段”的工作表中按顺序列出各阶段（标题为“阶段”的一列）"],
  ] as const)("%s: the stage-order note points to the Stages sheet, not to --stages", async (locale, hint) => {
    const answer = await analyzed({ 阶段变更: HISTORY }, "阶段变更", locale);
    expect(answer.status).toBe("ok");
    if (answer.status !== "ok") return;
    const order = (answer.notes ?? []).filter((line) => line.includes("初步接洽 → 需求确认"));
    expect(order).toHaveLength(1);
    expect(order[0].endsWith(hint)).toBe(true);
    for (const line of answer.notes ?? []) expect(line).not.toContain("--stages");
  });

  it.each([
    ["en", '"Sheet1": The sheet is empty: no header row and no deal to read. Open the sheet that holds the deal log, or paste it here'],
    ["zh-CN", "“Sheet1”：工作表是空的：没有表头，也没有交易可读。请打开存放交易表的工作表，或把交易表粘贴到这里"],
  ] as const)("%s: an empty sheet is said to be empty", async (locale, line) => {
    const answer = await analyzed({ Sheet1: [] }, "Sheet1", locale);
    expect(answer).toMatchObject({ status: "notADealLog", sheet: "Sheet1", message: line });
  });

  it("a sheet that is no deal log: list the stages on a Stages sheet", async () => {
    const answer = await analyzed({ Targets: [["Owner", "Target"], ["Ann", 12]] }, "Targets", "en");
    expect(answer.status === "notADealLog" && answer.message).toMatch(/, or list the stages in order on a sheet named Stages$/);
  });
});

describe("a current-stage export whose stage order cannot be told", () => {
  it("says where to list the stages in a spreadsheet", async () => {
    const rows = [["Deal", "Stage", "Amount"], ["A", "Discovery", 10], ["B", "Demo", 20], ["C", "Closed Won", 30]];
    const answer = await analyzed({ Deals: rows }, "Deals", "en");
    expect(answer.status === "notADealLog" && answer.message).toMatch(/List the stages in order, ending with the won stage: on a sheet named Stages \(a column headed Stage\)$/);
  });
});

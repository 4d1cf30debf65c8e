import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { activeSheetHeader, findDealSheet } from "../../addin/pane/dealSource";
import { paneReport } from "../../addin/pane/paneReport";
import { asExcelContext, FakeRequestContext } from "./fakes/excelFake";
import { FakeWorkbookModel, type FakeSheetSeed } from "./fakes/fakeWorkbook";
import { fakeOfficeGlobals, installFakeOffice } from "./fakes/officeFake";

// The Excel pane has no command line: its notes say how to change the stage order with the workbook's Stages
// sheet, never "--stages", and an empty sheet is said to be empty (issue 10, loose ends).

/** test/fixtures/exports/history/zh-stage-log.csv: a stage history whose order comes from first entries. */
const HISTORY = readFileSync(new URL("../fixtures/exports/history/zh-stage-log.csv", import.meta.url), "utf8")
  .trim()
  .split(/\r?\n/)
  .map((line) => line.split(","));

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

async function paneOnSheet(sheets: FakeSheetSeed[], locale: "en" | "zh-CN") {
  const model = new FakeWorkbookModel({ sheets });
  uninstall = installFakeOffice(globalThis, fakeOfficeGlobals({ workbook: model }));
  const context = asExcelContext(new FakeRequestContext(model));
  const source = await findDealSheet(context);
  const header = source === undefined ? await activeSheetHeader(context) : undefined;
  return paneReport(source, header?.grid ?? [], locale, undefined);
}

describe("the pane's words", () => {
  it.each([
    ["en", "; to change it, list the stages in order on a sheet named Stages (a column headed Stage)"],
    ["zh-CN", "；如需更改，请在名为“阶段”的工作表中按顺序列出各阶段（标题为“阶段”的一列）"],
  ] as const)("%s: the stage-order note points to the Stages sheet, not to --stages", async (locale, hint) => {
    const shown = await paneOnSheet([{ name: "阶段变更", rows: HISTORY }], locale);
    expect(shown.kind).toBe("report");
    if (shown.kind !== "report") return;
    const order = shown.notes.filter((line) => line.includes("初步接洽 → 需求确认"));
    expect(order).toHaveLength(1);
    expect(order[0].endsWith(hint)).toBe(true);
    for (const line of shown.notes) expect(line).not.toContain("--stages");
  });

  it.each([
    ["en", "The sheet is empty: no header row and no deal to read. Open the sheet that holds the deal log, or paste it here"],
    ["zh-CN", "工作表是空的：没有表头，也没有交易可读。请打开存放交易表的工作表，或把交易表粘贴到这里"],
  ] as const)("%s: an empty sheet is said to be empty", async (locale, line) => {
    const shown = await paneOnSheet([{ name: "Sheet1", rows: [] }], locale);
    expect(shown).toEqual({ kind: "unread", message: line });
  });

  it("a sheet that is no deal log: list the stages on a Stages sheet, in both languages", async () => {
    const en = await paneOnSheet([{ name: "Targets", rows: [["Owner", "Target"], ["Ann", 12]] }], "en");
    expect(en.kind === "unread" && en.message).toMatch(/, or list the stages in order on a sheet named Stages$/);
    const zh = await paneOnSheet([{ name: "目标", rows: [["负责人", "目标"]] }], "zh-CN");
    expect(zh.kind === "unread" && zh.message).toMatch(/或在名为“阶段”的工作表中按顺序列出各阶段$/);
  });
});

describe("a current-stage export whose stage order cannot be told", () => {
  it.each([
    ["en", /List the stages in order, ending with the won stage: on a sheet named Stages \(a column headed Stage\)$/],
    ["zh-CN", /请按顺序列出各阶段（以赢单阶段结尾）：写在名为“阶段”的工作表中（标题为“阶段”的一列）$/],
  ] as const)("%s: says where to list the stages in a workbook", async (locale, line) => {
    const rows = [["Deal", "Stage", "Amount"], ["A", "Discovery", 10], ["B", "Demo", 20], ["C", "Closed Won", 30]];
    const model = new FakeWorkbookModel({ sheets: [{ name: "Deals", rows }] });
    uninstall = installFakeOffice(globalThis, fakeOfficeGlobals({ workbook: model }));
    const context = asExcelContext(new FakeRequestContext(model));
    const { readSelection } = await import("../../addin/pane/dealSource");
    const { parseFakeAddress } = await import("./fakes/fakeAddress");
    model.selection = { sheet: model.sheet("Deals")!, rect: parseFakeAddress("A1:C4")! };
    const shown = paneReport((await readSelection(context))!, [], locale, undefined);
    expect(shown.kind === "unread" && shown.message).toMatch(line);
    expect(shown.kind === "unread" && shown.message).not.toContain("--stages");
  });
});

import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { activeSheetHeader, findDealSheet, readSelection } from "../../addin/pane/dealSource";
import { paneReport } from "../../addin/pane/paneReport";
import { analyzeDeals } from "../../core/report/analyzeDeals";
import { reportNotes } from "../../core/report/reportNotes";
import { asExcelContext, FakeRequestContext } from "./fakes/excelFake";
import { parseFakeAddress } from "./fakes/fakeAddress";
import { FakeWorkbookModel, type FakeSheetSeed } from "./fakes/fakeWorkbook";
import { fakeOfficeGlobals, installFakeOffice } from "./fakes/officeFake";

// The pane says what the CLI says (issue 10): the reading notes above the figures (core reportNotes), and, when
// nothing can be read, the CLI's one line (core/parse/verdict.ts) as its error. A stage history sheet is found and
// read with the workbook's Stages sheet only when its stage values fit it.

/** test/fixtures/exports/history/zh-stage-log.csv (a hand-kept 阶段变更记录, research §5.3), as cells. */
const HISTORY = readFileSync(new URL("../fixtures/exports/history/zh-stage-log.csv", import.meta.url), "utf8")
  .trim()
  .split(/\r?\n/)
  .map((line) => line.split(","));

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function workbook(sheets: FakeSheetSeed[]): { model: FakeWorkbookModel; context: Excel.RequestContext } {
  const model = new FakeWorkbookModel({ sheets });
  uninstall = installFakeOffice(globalThis, fakeOfficeGlobals({ workbook: model }));
  return { model, context: asExcelContext(new FakeRequestContext(model)) };
}

/** What the pane shows for its deal-sheet source (analyzeSection.ts: findDealSheet, else the active sheet's header). */
async function paneOnSheet(sheets: FakeSheetSeed[], locale: "en" | "zh-CN" = "en") {
  const { context } = workbook(sheets);
  const source = await findDealSheet(context);
  const header = source === undefined ? await activeSheetHeader(context) : undefined;
  return { source, shown: paneReport(source, header?.grid ?? [], locale, undefined) };
}

/** The notes the CLI prints above its figures ("· …", cli/printReport.ts), for the same cells, said for a workbook. */
function cliNotes(locale: "en" | "zh-CN"): string[] {
  return reportNotes(analyzeDeals(HISTORY, { locale })!, locale, "workbook");
}

// Deals 1–8 and 10 of the fixture: 1 and 6 reach 签约 (won), 2 and 7 end in 输单 (lost), 3 is lost on its first
// row (no known stage); first entries put 初步接洽 < 需求确认 < 方案报价 < 商务谈判, with 签约 (won) last.
const ORDER = "初步接洽 → 需求确认 → 方案报价 → 商务谈判 → 签约";

describe("the pane reads a stage history sheet, with the CLI's notes", () => {
  it.each(["en", "zh-CN"] as const)("%s: found by its headers; the notes say history, first-entry order, a revisit, a lost deal without stage", async (locale) => {
    const { source, shown } = await paneOnSheet([{ name: "Notes", rows: [["Q1 plan"]] }, { name: "阶段变更", rows: HISTORY }], locale);
    expect(source?.sheet).toBe("阶段变更");
    expect(source?.stages).toBeUndefined();
    expect(shown.kind).toBe("report");
    if (shown.kind !== "report") return;
    expect(shown.report.stages.join(" → ")).toBe(ORDER);
    expect(shown.unread).toBeUndefined();
    expect(shown.notes.some((line) => line.includes(ORDER))).toBe(true);
    expect(shown.notes).toContain(locale === "en" ? "1 lost deals have no known stage: counted in the win rate and at the first stage" : "1 笔丢单不知道丢在哪个阶段：计入赢单率，并计入第一个阶段");
    // The same lines as the CLI's, in the same order.
    expect(shown.notes).toEqual(cliNotes(locale));
    expect(shown.notes.length).toBeGreaterThanOrEqual(4);
  });

  it("a workbook Stages sheet the history's stages do not fit: not forced (no row left out as an unknown stage), ordered by first entry", async () => {
    const stages = [["#", "阶段"], [1, "线索"], [2, "商机"], [3, "成交"]];
    const { source, shown } = await paneOnSheet([{ name: "阶段", rows: stages }, { name: "阶段变更", rows: HISTORY }], "zh-CN");
    expect(source?.stages).toBeUndefined();
    expect(shown.kind === "report" && shown.report.problems).toEqual([]);
    expect(shown.kind === "report" && shown.report.stages.join(" → ")).toBe(ORDER);
  });

  it("a Stages sheet the history fits (its stages, 输单 as lost): read in the workbook's order", async () => {
    const stages = [["#", "阶段"], [1, "初步接洽"], [2, "需求确认"], [3, "方案报价"], [4, "商务谈判"], [5, "签约"]];
    const { source, shown } = await paneOnSheet([{ name: "阶段", rows: stages }, { name: "阶段变更", rows: HISTORY }], "zh-CN");
    expect(source?.stages?.names).toEqual(["初步接洽", "需求确认", "方案报价", "商务谈判", "签约"]);
    expect(shown.kind === "report" && shown.report.reading?.stageOrder?.source).toBe("workbook");
    expect(shown.kind === "report" && shown.report.problems).toEqual([]);
  });

  it("a history selected by hand: the same", async () => {
    const { model, context } = workbook([{ name: "阶段变更", rows: HISTORY }]);
    model.selection = { sheet: model.sheet("阶段变更")!, rect: parseFakeAddress(`A1:F${HISTORY.length}`)! };
    const source = (await readSelection(context))!;
    const shown = paneReport(source, [], "en", undefined);
    expect(shown.kind === "report" && shown.report.stages.join(" → ")).toBe(ORDER);
  });
});

describe("when nothing can be read, the pane says the CLI's one line", () => {
  it("not a deal log: the headers found and the shapes read (the stage history among them), after the active sheet's name", async () => {
    const { source, shown } = await paneOnSheet([{ name: "Targets", rows: [["Owner", "Target"], ["Ann", 12]] }]);
    // No sheet reads as a deal log: the reading policy's fallback, the active sheet, is read whole.
    expect(source).toMatchObject({ sheet: "Targets", firstRow: 1, grid: [["Owner", "Target"], ["Ann", 12]] });
    expect(shown.kind).toBe("unread");
    if (shown.kind !== "unread") return;
    expect(shown.message).toMatch(/^no deal log found: the header row has 2 columns \("Owner", "Target"\); read are .*a stage history/);
    const zh = await paneOnSheet([{ name: "Targets", rows: [["负责人", "目标"]] }], "zh-CN");
    expect(zh.shown.kind === "unread" && zh.shown.message).toMatch(/^找不到交易表：首行有 2 列（“负责人”、“目标”）/);
  });

  it("every row a problem: the report keeps its problem rows, and the line names the most common problem", async () => {
    // Two deals, both with an unreadable Lead date: none read, 2 × the same problem in column B.
    const rows = [["Deal", "Lead", "Won"], ["D1", "soon", ""], ["D2", "later", ""]];
    const { shown } = await paneOnSheet([{ name: "Log", rows }]);
    expect(shown.kind).toBe("report");
    if (shown.kind !== "report") return;
    expect(shown.report.problems).toHaveLength(2);
    expect(shown.unread).toMatch(/^none of the 2 rows could be read: the most common problem is .* in column B \("Lead"\), 2 times/);
  });
});

import { describe, expect, it } from "vitest";
import { columnLetter } from "../../core/model/cells";
import { DEFAULT_STAGES } from "../../core/model/stages";
import { analyzeDeals, type DealReport } from "../../core/report/analyzeDeals";
import { sampleDeals } from "../../core/sample/sampleDeals";
import { sampleGrid, type SampleCell } from "../../core/sample/sampleGrid";
import { findDealSheet, selectSheetRow, type DealSource } from "../../addin/pane/dealSource";
import { asExcelContext, FakeRequestContext } from "./fakes/excelFake";
import { FakeWorkbookModel, type FakeSheetSeed } from "./fakes/fakeWorkbook";

// The task pane's deal sheet below title rows: the header found as the CLI finds it (core stageHeaderRow), the
// figures those of the same log without titles, problems on the sheet's own rows, and no more syncs than before.
// Expectations come from core analyzeDeals on the untitled grid, never hard-coded.

type SeedRow = (string | number | boolean | null)[];

const SHEET = "台账";
const TITLE = "2026年一季度销售台账";
/** Row 5 of the untitled log (0-based index 4) gets a stage date that is not a date: row 7 below two title rows. */
const BAD_INDEX = 4;

/** A zh-CN log with serial dates (Excel's), three seeded bad rows and one more at {@link BAD_INDEX}. */
function untitledLog(count = 40): SeedRow[] {
  const { grid } = sampleGrid(sampleDeals({ count, seed: 11, locale: "zh-CN" }), { locale: "zh-CN", badRows: 3, seed: 4 });
  const rows = grid.map((row) => row.map((cell: SampleCell) => (cell instanceof Date ? cell.getTime() : cell)));
  const opportunity = rows[0].indexOf(DEFAULT_STAGES[1]["zh-CN"]);
  rows[BAD_INDEX][opportunity] = "下周再约";
  return rows;
}

async function find(sheets: readonly FakeSheetSeed[], active?: string) {
  const model = new FakeWorkbookModel({ sheets });
  if (active !== undefined) model.activeSheet = model.sheet(active);
  const context = new FakeRequestContext(model);
  const source = await findDealSheet(asExcelContext(context));
  expect(context.pendingActions).toBe(0);
  return { model, context, source };
}

/** What the pane does with a source (analyzeSection.ts). */
function analyze(source: DealSource): DealReport {
  return analyzeDeals(source.grid, { locale: "zh-CN", stages: source.stages, firstRow: source.firstRow, firstColumn: source.firstColumn })!;
}

/** Every figure of a report but its problems (whose rows move with the title rows). */
function figures(report: DealReport): Omit<DealReport, "problems"> {
  return { ...report, problems: undefined } as Omit<DealReport, "problems">;
}

describe("findDealSheet: a header below title rows", () => {
  const log = untitledLog();
  const expected = analyzeDeals(log, { locale: "zh-CN" })!;

  it("the untitled log has the injected problem at row 5", () => {
    expect(expected.problems.map((problem) => problem.row)).toContain(BAD_INDEX + 1);
  });

  it.each([
    ["one title row", [[TITLE]]],
    ["a title and a note row", [[TITLE], ["", "", "", "单位：元"]]],
    ["a title and a blank row", [[TITLE], []]],
  ] as [string, SeedRow[]][])("%s: the same figures, problems on the sheet's own rows, the same syncs", async (_label, titles) => {
    const plain = await find([{ name: SHEET, rows: log }]);
    const titled = await find([{ name: SHEET, rows: [...titles, ...log] }]);
    const source = titled.source!;
    expect(source.sheet).toBe(SHEET);
    expect(source.firstRow).toBe(titles.length + 1);
    expect(source.firstColumn).toBe(1);
    expect(source.grid).toEqual(plain.source!.grid);
    expect(source.address).toBe(`${SHEET}!A${titles.length + 1}:${columnLetter(log[0].length)}${titles.length + log.length}`);

    const report = analyze(source);
    expect(figures(report)).toEqual(figures(expected));
    expect(report.problems).toEqual(expected.problems.map((problem) => ({ ...problem, row: problem.row! + titles.length })));
    expect(report.problems.map((problem) => problem.row)).toContain(titles.length + BAD_INDEX + 1);
    if (titles.length === 2) expect(report.problems.map((problem) => problem.row)).toContain(7);

    // Sheet list, then every sheet's probes, then one read of the log: as for the log without titles.
    expect(plain.context.syncCount).toBe(3);
    expect(titled.context.syncCount).toBe(plain.context.syncCount);

    // Clicking the problem selects its real sheet row.
    const problemRow = titles.length + BAD_INDEX + 1;
    await selectSheetRow(asExcelContext(new FakeRequestContext(titled.model)), source, problemRow);
    expect(titled.model.describe().selection).toBe(`${SHEET}!A${problemRow}:${columnLetter(log[0].length)}${problemRow}`);
  });

  it("a log whose used range starts below blank rows: the header's sheet row, read as the CLI reads it", async () => {
    const { source, context } = await find([{ name: SHEET, rows: [[], [], [TITLE], ...log] }]);
    expect(source!.firstRow).toBe(4);
    expect(figures(analyze(source!))).toEqual(figures(expected));
    expect(analyze(source!).problems.map((problem) => problem.row)).toContain(3 + BAD_INDEX + 1);
    expect(context.syncCount).toBe(3);
  });

  it("a header below the first 20 rows is not found (the CLI's limit)", async () => {
    const notes: SeedRow[] = Array.from({ length: 20 }, (_, index) => [`说明 ${index + 1}`]);
    expect((await find([{ name: SHEET, rows: [...notes.slice(0, 19), ...log] }])).source?.firstRow).toBe(20);
    // Not found: the reading policy's fallback (the sheet itself) is read whole, from row 1, and is no deal log.
    const whole = (await find([{ name: SHEET, rows: [...notes, ...log] }])).source;
    expect(whole).toMatchObject({ sheet: SHEET, firstRow: 1 });
    expect(analyzeDeals(whole!.grid, { locale: "zh-CN" })).toBeUndefined();
  });

  it("keeps the choice rule: the active sheet if it is a log, else the deal log with the most rows", async () => {
    const titled: FakeSheetSeed = { name: SHEET, rows: [[TITLE], ...log] };
    const other: FakeSheetSeed = { name: "旧台账", rows: log.slice(0, 10) };
    const notes: FakeSheetSeed = { name: "说明", rows: [[TITLE], ["见下一页", "备注"]] };
    expect((await find([other, titled], SHEET)).source?.sheet).toBe(SHEET);
    expect((await find([notes, titled, other], "说明")).source).toMatchObject({ sheet: SHEET, firstRow: 2 });
    // A row holding numbers is data, not a header (a stages table's "5, 线索, 商机"): the sheet is read whole, no log.
    const stagesOnly = (await find([{ name: "阶段", rows: [["#", "阶段"], [5, "线索", "商机"]] }])).source;
    expect(stagesOnly).toMatchObject({ sheet: "阶段", firstRow: 1 });
    expect(analyzeDeals(stagesOnly!.grid, { locale: "zh-CN" })).toBeUndefined();
    // The longer log wins when the active sheet is none (the old pane took the first in tab order).
    expect((await find([notes, other, titled], "说明")).source).toMatchObject({ sheet: SHEET, firstRow: 2 });
  });

  it("a large log: the reads are sliced as before, and the title rows add no sync", async () => {
    const big = untitledLog(2_600);
    const plain = await find([{ name: SHEET, rows: big }]);
    const titled = await find([{ name: SHEET, rows: [[TITLE], ["", "单位：元"], ...big] }]);
    expect(plain.context.syncCount).toBeGreaterThan(3);
    expect(titled.context.syncCount).toBe(plain.context.syncCount);
    expect(titled.source!.grid).toEqual(plain.source!.grid);
    expect(figures(analyze(titled.source!))).toEqual(figures(analyzeDeals(big, { locale: "zh-CN" })!));
  });
});

import { describe, expect, it } from "vitest";
import { findDealSheet, readSelection, READ_CELLS_PER_SYNC, selectionStages, type DealSource } from "../../addin/pane/dealSource";
import { renderWorkbook } from "../../addin/render/renderWorkbook";
import { columnLetter } from "../../core/model/cells";
import { DEFAULT_STAGES, stageList } from "../../core/model/stages";
import { analyzeDeals, type DealReport } from "../../core/report/analyzeDeals";
import { sampleDeals } from "../../core/sample/sampleDeals";
import { sampleGrid, type SampleCell } from "../../core/sample/sampleGrid";
import { buildTemplate } from "../../core/template/buildTemplate";
import { SHEET_NAMES } from "../../core/template/labels";
import { asExcelContext, FakeRequestContext } from "./fakes/excelFake";
import { parseFakeAddress } from "./fakes/fakeAddress";
import { FakeWorkbookModel, type FakeSheetSeed } from "./fakes/fakeWorkbook";

// The pane's "selected range" source reads the workbook's Stages sheet as the deal-sheet source does: a
// selection on a template built with the team's own stages counts every stage (not only those that happen to
// be default names), a selection that does not fit the Stages sheet is read with the default stages, and the
// Stages sheet's cells cost no sync of their own. Expected figures come from core analyzeDeals, never typed in.

type SeedRow = (string | number | boolean | null)[];

const MIXED = ["Lead", "Demo", "Trial", "Contract", "Won"];
const OWN_CHINESE = ["初次接触", "需求确认", "方案演示", "商务谈判", "签约"];

/** A workbook holding the template built with `stages` and sample deals, as the pane's Generate leaves it. */
async function templateWorkbook(stages: readonly string[], locale: "en" | "zh-CN" = "en"): Promise<FakeWorkbookModel> {
  const model = new FakeWorkbookModel({ sheets: [{ name: "Sheet1" }] });
  const spec = buildTemplate({ locale, stages: [...stages], sampleDeals: 100 });
  await renderWorkbook(asExcelContext(new FakeRequestContext(model)), spec, { supports: (version) => model.supports(version) });
  return model;
}

async function read(model: FakeWorkbookModel, sheet: string, address: string) {
  const target = model.sheet(sheet)!;
  model.activeSheet = target;
  model.selection = { sheet: target, rect: parseFakeAddress(address)! };
  const context = new FakeRequestContext(model);
  const source = await readSelection(asExcelContext(context));
  expect(context.pendingActions).toBe(0);
  return { source: source!, syncs: context.syncCount };
}

/** What the pane does with a source (analyzeSection.ts). */
function analyze(source: DealSource, locale: "en" | "zh-CN" = "en"): DealReport | undefined {
  return analyzeDeals(source.grid, { locale, stages: source.stages, firstRow: source.firstRow, firstColumn: source.firstColumn });
}

/** A log in the default stages' names, dates as serials. */
function defaultLog(count: number): SeedRow[] {
  const { grid } = sampleGrid(sampleDeals({ count, seed: 9, locale: "en" }), { locale: "en", dates: "serial", seed: 2 });
  return grid.map((row) => row.map((cell: SampleCell) => (cell instanceof Date ? cell.getTime() : cell)));
}

describe("readSelection: the workbook's own stages", () => {
  it.each([
    ["default and own names mixed", MIXED, "en"],
    ["only the team's own names", OWN_CHINESE, "en"],
    ["only the team's own names, Chinese template", OWN_CHINESE, "zh-CN"],
  ] as const)("%s: every stage is counted, as in the deal-sheet source", async (_label, stages, locale) => {
    const model = await templateWorkbook(stages, locale);
    const deals = SHEET_NAMES.deals[locale];
    const { source } = await read(model, deals, "A1:P101");
    expect(source.stages?.names).toEqual(stages);
    const report = analyze(source, locale)!;
    expect(report).toBeDefined();
    expect(report.funnel.map((row) => row.stage)).toEqual(stages);
    expect(report).toEqual(analyzeDeals(source.grid, { locale, stages: stageList(stages), firstRow: 1, firstColumn: 1 }));
    expect(report.deals).toBe(100);

    // The deal-sheet source reads the same deals with the same stages.
    model.activeSheet = model.sheet(deals);
    const sheet = (await findDealSheet(asExcelContext(new FakeRequestContext(model))))!;
    expect(analyze(sheet, locale)!.funnel).toEqual(report.funnel);
  });

  it("the same syncs as without a Stages sheet: one for the sheet list and the used range, one per slice read", async () => {
    const model = await templateWorkbook(MIXED);
    const withStages = await read(model, "Deals", "A1:P101");
    const log = defaultLog(30);
    const plain = new FakeWorkbookModel({ sheets: [{ name: "Log", rows: log }] });
    const withoutStages = await read(plain, "Log", `A1:${columnLetter(log[0].length)}${log.length}`);
    expect(withoutStages.syncs).toBe(2);
    expect(withStages.syncs).toBe(withoutStages.syncs);
  });

  it("a large selection: still one sync per slice, the Stages sheet rides on the first", async () => {
    const log = defaultLog(3_000);
    const columns = log[0].length;
    const stagesSheet: FakeSheetSeed = { name: "Stages", rows: [["#", "Stage"], ...DEFAULT_STAGES.map((stage, index): SeedRow => [index + 1, stage.en])] };
    const model = new FakeWorkbookModel({ sheets: [{ name: "Log", rows: log }, stagesSheet] });
    const { source, syncs } = await read(model, "Log", `A1:${columnLetter(columns)}${log.length}`);
    expect(syncs).toBe(1 + Math.ceil(log.length / Math.floor(READ_CELLS_PER_SYNC / columns)));
    expect(syncs).toBeGreaterThan(2);
    expect(source.stages?.names).toEqual(DEFAULT_STAGES.map((stage) => stage.en));
    expect(analyze(source)!.deals).toBe(analyzeDeals(log, { locale: "en" })!.deals);
  });

  it("a selection that does not fit the Stages sheet is read with the default stages", async () => {
    const log = defaultLog(20);
    const stagesSheet: FakeSheetSeed = { name: "阶段", rows: [["序号", "阶段"], ...OWN_CHINESE.map((name, index): SeedRow => [index + 1, name])] };
    const model = new FakeWorkbookModel({ sheets: [stagesSheet, { name: "Old log", rows: log }] });
    const { source } = await read(model, "Old log", `A1:${columnLetter(log[0].length)}${log.length}`);
    expect(source.stages).toBeUndefined();
    expect(analyze(source)).toEqual(analyzeDeals(log, { locale: "en" }));
    expect(analyze(source)!.funnel.map((row) => row.stage)).toEqual(DEFAULT_STAGES.map((stage) => stage.en));
  });
});

describe("selectionStages", () => {
  const own = stageList(MIXED);

  it("a wide log fits when its header names two of the workbook's stages", () => {
    expect(selectionStages([["ID", "Lead", "Demo", "Trial"], ["A-1", 46027, 46030, ""]], own)).toBe(own);
    expect(selectionStages([["ID", "Discovery", "Demo"], ["A-1", 46027, 46030]], stageList(["Discovery", "Demo", "Won"]))?.names).toEqual(["Discovery", "Demo", "Won"]);
    expect(selectionStages([["ID", "Opportunity", "Proposal"], ["A-1", 46027, 46030]], own)).toBeUndefined();
  });

  it("one column of stage names fits unless the default stages know more of its cells", () => {
    expect(selectionStages([["Stage"], ["Lead"], ["Demo"], ["Trial"]], own)).toBe(own);
    expect(selectionStages([["Stage"], ["Opportunity"], ["Proposal"], ["Lead"]], own)).toBeUndefined();
    // Ties go to the workbook's own list.
    expect(selectionStages([["Stage"], ["Lead"], ["Won"]], own)).toBe(own);
  });

  it("no Stages sheet, or a range of neither shape: the defaults", () => {
    expect(selectionStages([["Lead", "Demo"]], undefined)).toBeUndefined();
    expect(selectionStages([["Name", "Notes"], ["a", "b"]], own)).toBeUndefined();
  });
});

import { columnLetter } from "../../core/model/cells";
/**
 * Issue 12, no fill-down in Excel: the add-in's Deals helpers are calculated columns of the Deals table, so deals
 * typed or pasted under the table join it and get them, and the Dashboard reads the whole table column
 * (INDEX(DealsTable,0,k)). Against the Excel fake (tables grow as Excel's do, fakeTables.ts); the Dashboard is
 * then calculated by HyperFormula over the fake's cells, the table's name resolved to the rows it holds.
 */
import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../core/template/buildTemplate";
import { fillDown } from "../../core/template/fillDown";
import { templateLayout } from "../../core/template/layout";
import type { TemplateHost } from "../../core/template/types";
import { renderWorkbook } from "../../addin/render/renderWorkbook";

import { asExcelContext, FakeRequestContext } from "./fakes/excelFake";
import { typeBelowTable } from "./fakes/fakeTables";
import { calculateFake } from "./fakes/fakeWorkbookFormulas";
import { FakeWorkbookModel, type FakeTable } from "./fakes/fakeWorkbook";

const PREPARED = 30;
const LAST = PREPARED + 1;

async function rendered(host: TemplateHost) {
  const spec = buildTemplate({ locale: "en", host, dealRows: PREPARED });
  const model = new FakeWorkbookModel();
  const context = new FakeRequestContext(model);
  const result = await renderWorkbook(asExcelContext(context), spec, { supports: (version) => model.supports(version) });
  expect(result.status).toBe("created");
  return { spec, model, context, layout: templateLayout("en", 6, LAST, host) };
}

/** Five deals as a manager pastes them (lead … won dates as day numbers, then the status): 2 won, 1 lost, 2 open. */
function deals(layout: ReturnType<typeof templateLayout>): (string | number | null)[][] {
  const { deals: columns } = layout;
  const rows: [number[], string][] = [
    [[46000, 46003, 46010, 46020, 46030, 46040], "Won"],
    [[46001, 46002, 46004, 46008, 46016, 46031], "Won"],
    [[46005, 46009], "Lost"],
    [[46006, 46007, 46012], "Open"],
    [[46010], "Open"],
  ];
  return rows.map(([dates, status]) => {
    const row = new Array<string | number | null>(columns.lastInput).fill(null);
    dates.forEach((day, i) => (row[columns.stage(i) - 1] = day));
    row[columns.field.status - 1] = status;
    return row;
  });
}

const dealsTable = (model: FakeWorkbookModel): FakeTable => model.tables.find((table) => table.name === "DealsTable")!;

describe("Excel: the Deals helpers are calculated columns of the Deals table", () => {
  it("the table holds the helper columns, each a calculated column, in the same syncs as before", async () => {
    const { model, context, layout } = await rendered("excel");
    const table = dealsTable(model);
    expect(table.rect).toEqual({ column: 1, row: 1, lastColumn: layout.deals.lastColumn, lastRow: LAST });
    expect([...table.calculated.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: layout.deals.lastColumn - layout.deals.valid + 1 }, (_, i) => layout.deals.valid + i),
    );
    expect(context.syncCount).toBeLessThanOrEqual(3);
    expect(context.pendingActions).toBe(0);
  });

  it("with 5,000 deals the helpers' body goes in row slices (several requests) and still makes calculated columns", async () => {
    const spec = buildTemplate({ locale: "en", host: "excel", sampleDeals: 5000 });
    const model = new FakeWorkbookModel();
    const context = new FakeRequestContext(model);
    await renderWorkbook(asExcelContext(context), spec, { supports: (version) => model.supports(version) });
    const layout = templateLayout("en", 6, 5501, "excel");
    const slices = model.log.filter((entry) => entry.sheet === layout.sheetName("deals") && entry.action === "formulas" && entry.address?.startsWith(columnLetter(layout.deals.valid)));
    expect(slices.length).toBeGreaterThan(1);
    expect(dealsTable(model).calculated.size).toBe(layout.deals.lastColumn - layout.deals.valid + 1);
  });

  it("deals pasted just under the table join it, get the helper formulas, and are counted by the Dashboard", async () => {
    const { model, layout } = await rendered("excel");
    const dashboard = layout.sheetName("dashboard");
    const keyCell = (figure: keyof typeof layout.dashboard.keyFigureRow) => `B${layout.dashboard.keyFigureRow[figure]}`;
    expect(calculateFake(model)(dashboard, keyCell("dealsCounted"))).toBe(0);

    const grown = typeBelowTable(model, layout.sheetName("deals"), { row: LAST + 1, column: 1 }, deals(layout));
    expect(grown.map((table) => table.name)).toEqual(["DealsTable"]);
    expect(dealsTable(model).rect.lastRow).toBe(LAST + 5);
    const sheet = model.sheet(layout.sheetName("deals"))!;
    const first = sheet.cell(2, layout.deals.valid);
    expect(first?.kind).toBe("formula");
    for (let row = LAST + 1; row <= LAST + 5; row++) {
      expect(sheet.cell(row, layout.deals.valid)).toEqual({ kind: "formula", formula: fillDown((first as { formula: string }).formula)(row - 2) });
    }

    const value = calculateFake(model);
    // By hand: 5 deals, all valid; won 2, lost 1 → 2/3; open 2; cycles 40 and 30 days → median and mean 35.
    expect(value(dashboard, keyCell("dealsCounted"))).toBe(5);
    expect(value(dashboard, keyCell("winRate"))).toBeCloseTo(2 / 3, 12);
    expect(value(dashboard, keyCell("openDeals"))).toBe(2);
    expect(value(dashboard, keyCell("cycleMean"))).toBe(35);
    expect(value(dashboard, layout.dashboard.warning)).toBe("");
  });

  it("deals pasted with a gap under the table stay out of it, and the Dashboard warns of them", async () => {
    const { model, layout } = await rendered("excel");
    expect(typeBelowTable(model, layout.sheetName("deals"), { row: LAST + 3, column: 1 }, deals(layout))).toEqual([]);
    expect(dealsTable(model).rect.lastRow).toBe(LAST);
    const warning = calculateFake(model)(layout.sheetName("dashboard"), layout.dashboard.warning);
    expect(String(warning)).toMatch(/5/);
  });

  it("a file's Deals table holds no helper columns: deals pasted under it are not counted (the warning says so)", async () => {
    const { model, layout } = await rendered("file");
    typeBelowTable(model, layout.sheetName("deals"), { row: LAST + 1, column: 1 }, deals(layout));
    const value = calculateFake(model);
    expect(value(layout.sheetName("dashboard"), `B${layout.dashboard.keyFigureRow.dealsCounted}`)).toBe(0);
    expect(String(value(layout.sheetName("dashboard"), layout.dashboard.warning))).toMatch(/5/);
  });
});

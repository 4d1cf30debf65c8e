import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../core/template/buildTemplate";
import { expandSheet } from "../../core/template/repeatedRows";
import type { TemplateCell, TemplateOptions, WorkbookSpec } from "../../core/template/types";
import { SYNC_BUDGET_BYTES } from "../../addin/render/payload";
import { widthInPixels } from "../../appsscript/render/looks";
import { renderWorkbook, type RenderOptions, type RenderResult } from "../../addin/render/renderWorkbook";
import { asExcelContext, FakeExcelError, FakeRequestContext } from "./fakes/excelFake";
import { fakeRectAddress, parseFakeAddress, quotedSheet, type FakeRect } from "./fakes/fakeAddress";
import { FakeWorkbookModel, type FakeSheetSeed, type FakeSheetModel, type FakeWorkbookOptions } from "./fakes/fakeWorkbook";
import type { StoredCell } from "./fakes/typedInput";

// The renderer against the Excel fake: sync counts, everything the spec asks for, literal text, clashes,
// onlyMissing, suffixes, and request sizes. Expectations are computed from the spec, never hard-coded.

const TWELVE_STAGES = ["Prospect", "Lead", "MQL", "SQL", "Discovery", "Demo", "Proposal", "Quote", "Negotiation", "Legal", "Signature", "Won"];
const TWENTY_STAGES = Array.from({ length: 20 }, (_, i) => `阶段${i + 1}`);

interface Rendered {
  readonly spec: WorkbookSpec;
  readonly model: FakeWorkbookModel;
  readonly context: FakeRequestContext;
  readonly result: RenderResult;
}

async function render(template: TemplateOptions, options: RenderOptions = {}, workbook: FakeWorkbookOptions = {}, existing?: FakeWorkbookModel): Promise<Rendered> {
  // As the add-in builds it (generateWorkbook.ts): the Deals helpers as calculated columns of the Deals table.
  const spec = buildTemplate({ host: "excel", ...template });
  const model = existing ?? new FakeWorkbookModel(workbook);
  const context = new FakeRequestContext(model);
  const result = await renderWorkbook(asExcelContext(context), spec, { supports: (version) => model.supports(version), ...options });
  expect(context.pendingActions).toBe(0);
  return { spec, model, context, result };
}

function rect(address: string): FakeRect {
  const parsed = parseFakeAddress(address);
  if (parsed === undefined) throw new Error(`bad address in spec: ${address}`);
  return parsed;
}

/** The stored cell the spec's cell should become. */
function expectedStored(cell: TemplateCell): Pick<StoredCell, "kind"> & { value?: unknown; formula?: string } | undefined {
  if (cell === null) return undefined;
  if ("text" in cell) return { kind: "text", value: cell.text };
  if ("number" in cell) return { kind: "number", value: cell.number };
  if ("day" in cell) return { kind: "number", value: cell.day };
  return { kind: "formula", formula: `=${cell.formula}` };
}

function storedView(stored: StoredCell | undefined): ReturnType<typeof expectedStored> {
  if (stored === undefined) return undefined;
  return stored.kind === "formula" ? { kind: "formula", formula: stored.formula } : { kind: stored.kind, value: stored.value };
}

/** Every cell of every block, compared with what the fake holds; returns the mismatches (at most 20). */
function blockMismatches(spec: WorkbookSpec, model: FakeWorkbookModel, nameOf: (name: string) => string = (name) => name): string[] {
  const mismatches: string[] = [];
  for (const sheetSpec of spec.sheets) {
    const sheet = model.sheet(nameOf(sheetSpec.name));
    if (sheet === undefined) {
      mismatches.push(`missing sheet ${sheetSpec.name}`);
      continue;
    }
    for (const block of expandSheet(sheetSpec).blocks) {
      const start = rect(block.at);
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const expected = expectedStored(cell);
          const actual = storedView(sheet.cell(start.row + r, start.column + c));
          if (JSON.stringify(expected) !== JSON.stringify(actual) && mismatches.length < 20) {
            mismatches.push(`${sheet.name}!R${start.row + r}C${start.column + c}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
          }
          if (cell !== null && "day" in cell && !/y/i.test(sheet.numberFormat(start.row + r, start.column + c) ?? "") && mismatches.length < 20) {
            mismatches.push(`${sheet.name}!R${start.row + r}C${start.column + c}: a day without a date format`);
          }
        }),
      );
    }
  }
  return mismatches;
}

/** Number formats, the later spec entry winning where two overlap (as the renderer queues them in order). */
function numberFormatMismatches(spec: WorkbookSpec, model: FakeWorkbookModel): string[] {
  const mismatches: string[] = [];
  for (const sheetSpec of spec.sheets) {
    const sheet = model.sheet(sheetSpec.name)!;
    const expected = new Map<string, string>();
    for (const format of sheetSpec.numberFormats) {
      const area = rect(format.ref);
      for (let row = area.row; row <= area.lastRow; row++) for (let column = area.column; column <= area.lastColumn; column++) expected.set(`${row},${column}`, format.format);
    }
    for (const [cell, format] of expected) {
      const [row, column] = cell.split(",").map(Number);
      const actual = sheet.numberFormat(row, column) ?? "General";
      if (actual !== format && mismatches.length < 20) mismatches.push(`${sheet.name}!R${row}C${column}: ${format} ≠ ${actual}`);
    }
  }
  return mismatches;
}

/** The spec's structure (validations, rules, tables, charts, names, freeze, merges, hidden columns, widths, styles) against the fake. */
function expectStructure(spec: WorkbookSpec, model: FakeWorkbookModel, apiAtLeast19: boolean): void {
  for (const sheetSpec of spec.sheets) {
    const sheet = model.sheet(sheetSpec.name)!;
    const address = (ref: string) => fakeRectAddress(rect(ref));
    for (const validation of sheetSpec.validations) {
      const entry = sheet.validations.find((candidate) => candidate.address === address(validation.ref));
      if ("number" in validation) {
        expect(entry?.rule, `${sheet.name} validation ${validation.ref}`).toEqual({ decimal: { formula1: validation.number.atLeast, operator: "GreaterThanOrEqualTo" } });
        expect(entry?.errorAlert).toEqual({ showAlert: true, style: "Stop", title: validation.title, message: validation.error });
        continue;
      }
      const source = Array.isArray(validation.list) ? (validation.list as readonly string[]).join(",") : `=${(validation.list as { range: string }).range}`;
      expect(entry?.rule, `${sheet.name} validation ${validation.ref}`).toEqual({ list: { inCellDropDown: true, source } });
      expect(entry?.errorAlert).toMatchObject({ showAlert: true, style: "Stop", message: validation.error });
    }
    expect(sheet.conditionalFormats).toHaveLength(sheetSpec.conditionalFormats.length);
    for (const rule of sheetSpec.conditionalFormats) {
      const found = sheet.conditionalFormats.filter((format) => format.address === address(rule.ref));
      if (rule.kind === "dataBar") expect(found.some((format) => format.type === "DataBar" && format.dataBar.fillColor === rule.color), `${sheet.name} data bar ${rule.ref}`).toBe(true);
      else expect(found.some((format) => format.type === "Custom" && format.custom.formula === `=${rule.formula}` && format.custom.fill !== undefined), `${sheet.name} rule ${rule.ref}`).toBe(true);
    }
    for (const table of sheetSpec.tables) {
      const found = model.tables.find((candidate) => candidate.name === table.name);
      expect(found?.sheet.name, `table ${table.name}`).toBe(sheet.name);
      expect(found && fakeRectAddress(found.rect)).toBe(address(table.ref));
      expect(found?.hasHeaders).toBe(true);
    }
    expect(sheet.charts).toHaveLength(sheetSpec.charts.length);
    sheetSpec.charts.forEach((chart, index) => {
      const drawn = sheet.charts[index];
      expect(drawn.position?.start).toBe(chart.at);
      if (chart.kind === "line") {
        // The trend: both series from one two-column source, months as categories, the cycle on the right axis.
        expect(drawn.type).toBe("LineMarkers");
        expect(drawn.source).toBe(`${quotedSheet(sheet.name)}!${address(`${chart.values.split(":")[0]}:${chart.secondValues!.split(":")[1]}`)}`);
        expect(drawn.title).toBe(chart.title);
        // (The structure is checked on hosts of ExcelApi 1.8 and later: series names and axis groups are there.)
        expect(drawn.series?.map((series) => series.xAxisValues)).toEqual([0, 1].map(() => `${quotedSheet(sheet.name)}!${address(chart.categories)}`));
        expect(drawn.series?.map((series) => series.name)).toEqual(chart.seriesNames);
        expect(drawn.series?.[1].axisGroup).toBe("Secondary");
        // The left axis reads as the rate it is (0%–35%, not 0–0.35).
        expect(drawn.valueAxisFormat).toBe(chart.valuesFormat);
        expect(chart.valuesFormat).toBe("0%");
        return;
      }
      expect(drawn.type).toBe(chart.kind === "funnel" && apiAtLeast19 ? "Funnel" : "BarClustered");
      const [categories, values] = [rect(chart.categories), rect(chart.values)];
      if (categories.column === values.column - 1) {
        // The Dashboard's stage column sits left of its values: Excel gets both and takes the text as categories,
        // with no series calls (which funnel charts may refuse); a funnel gets no title or legend calls either.
        const categoriesAndValues = `${chart.categories.split(":")[0]}:${chart.values.split(":")[1]}`;
        expect(drawn.source).toBe(`${quotedSheet(sheet.name)}!${address(categoriesAndValues)}`);
        expect(drawn.xAxisValues).toBeUndefined();
      } else {
        // Categories elsewhere (lost by stage: the stage column, the lost column): set through the series.
        expect(drawn.source).toBe(`${quotedSheet(sheet.name)}!${address(chart.values)}`);
        expect(drawn.xAxisValues).toBe(`${quotedSheet(sheet.name)}!${address(chart.categories)}`);
      }
      expect(drawn.title).toBe(drawn.type === "Funnel" ? undefined : chart.title);
    });
    // The printed page (ExcelApi 1.9): every sheet one page wide (the Dashboard one page tall too, landscape; the
    // others as many tall as needed: no verticalFitToPages), the print area, the Deals header on every page.
    const print = sheetSpec.print;
    expect(print, sheet.name).toBeDefined();
    expect(sheet.pageLayout).toEqual(
      print === undefined || !apiAtLeast19
        ? undefined
        : {
            orientation: print.orientation === "landscape" ? "Landscape" : "Portrait",
            zoom: print.pagesTall === 0 ? { horizontalFitToPages: 1 } : { horizontalFitToPages: 1, verticalFitToPages: 1 },
            printArea: print.area,
            ...(print.titleRows === undefined ? {} : { titleRows: print.titleRows }),
          },
    );
    if (sheetSpec.key === "dashboard") expect(print).toMatchObject({ orientation: "landscape" });
    if (sheetSpec.key === "deals" && apiAtLeast19) expect(sheet.pageLayout?.titleRows).toBe("1:1");
    // Rows of wrapped prose get their height (in points).
    for (const { row, points } of sheetSpec.rowHeights ?? []) expect(sheet.rowHeights.get(row), `${sheet.name} row ${row}`).toBe(points);
    expect(sheet.freeze).toEqual(sheetSpec.freeze === undefined ? undefined : { rows: sheetSpec.freeze.rows, columns: sheetSpec.freeze.columns });
    expect(sheet.merges.map(fakeRectAddress).sort()).toEqual(sheetSpec.merges.map(address).sort());
    expect([...sheet.hiddenColumns].sort((a, b) => a - b)).toEqual(sheetSpec.hiddenColumns.map((letters) => rect(`${letters}1`).column).sort((a, b) => a - b));
    // Hidden columns are grouped (ExcelApi 1.10, present wherever 1.9 is in these tests) and the groups collapsed.
    expect([...sheet.groupedColumns].sort((a, b) => a - b)).toEqual(apiAtLeast19 ? [...sheet.hiddenColumns].sort((a, b) => a - b) : []);
    expect([...sheet.collapsedColumns].sort((a, b) => a - b)).toEqual(apiAtLeast19 ? [...sheet.hiddenColumns].sort((a, b) => a - b) : []);
    // Notes need ExcelApi 1.18 (the fake's default is 1.17: left out there, and listed as unsupported).
    expect([...sheet.notes]).toEqual(model.supports("1.18") ? (sheetSpec.notes ?? []).map((note) => [note.ref, note.text]) : []);
    // A width of n characters is n digits of Calibri 11 (7 px each at 96 dpi) plus 5 px of padding, and Excel's
    // Range.format.columnWidth is in points, ¾ of a pixel (ECMA-376 §18.3.1.13; Office.js RangeFormat).
    sheetSpec.columnWidths.forEach((width, index) => expect(sheet.columnWidths.get(index + 1), `${sheet.name} width of column ${index + 1}`).toBe(Math.round(width * 7 + 5) * 0.75));
    for (const styled of sheetSpec.styles) expect(sheet.formats.some((format) => format.address === address(styled.ref)), `${sheet.name} style ${styled.ref}`).toBe(true);
    expect(sheet.tabColor).toBe(sheetSpec.tabColor);
  }
  for (const defined of spec.names) {
    const match = /^'((?:[^']|'')+)'!(.+)$/.exec(defined.ref)!;
    const sheetName = match[1].replace(/''/g, "'");
    const found = model.names.find((name) => name.name === defined.name);
    expect(found?.formula, `name ${defined.name}`).toBe(`=${quotedSheet(sheetName)}!${match[2]}`);
    expect(found?.literal).toBe(false);
  }
}

describe("renderWorkbook: syncs", () => {
  // The goal (README, bench): at most 3 syncs for 6 or 12 stages — one load, one write request, and the chart's
  // own request. 20 stages write 5 MB, two requests under Excel on the web's limit: 4.
  const cases: [string, TemplateOptions, number][] = [
    ["default zh-CN", { locale: "zh-CN" }, 3],
    ["default en", { locale: "en" }, 3],
    ["12 stages", { locale: "en", stages: TWELVE_STAGES }, 3],
    ["20 stages (the pane's most)", { locale: "zh-CN", stages: TWENTY_STAGES }, 4],
  ];
  it.each(cases)("%s: the whole template in at most %i syncs, each under 5 MB", async (_label, template, most) => {
    const { result, context, model } = await render(template);
    expect(result.status).toBe("created");
    expect(context.syncCount).toBeLessThanOrEqual(most);
    if (result.status === "created") expect(result.syncs).toBe(context.syncCount);
    for (const sync of model.syncs) expect(sync.bytes).toBeLessThanOrEqual(5_000_000);
    console.info(`sync count, ${_label}: ${context.syncCount} (requests ${model.syncs.map((sync) => sync.bytes).join(" + ")} bytes)`);
  });
});

describe("renderWorkbook: what the spec asks for", () => {
  it.each([["zh-CN"], ["en"]] as const)("%s: every sheet, block, format, validation, rule, table, chart and name", async (locale) => {
    const { spec, model, result } = await render({ locale });
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", ...spec.sheets.map((sheet) => sheet.name)]);
    expect(result.status === "created" && result.sheets).toEqual(spec.sheets.map((sheet) => sheet.name));
    expect(blockMismatches(spec, model)).toEqual([]);
    expect(numberFormatMismatches(spec, model)).toEqual([]);
    expectStructure(spec, model, true);
    expect(model.names.map((name) => name.name).sort()).toEqual(spec.names.map((name) => name.name).sort());
    expect(model.activeSheet?.name).toBe(spec.sheets[0].name);
  });

  it("12 stages with sample data: same checks", async () => {
    const { spec, model } = await render({ locale: "en", stages: TWELVE_STAGES, sampleDeals: 120, sampleBadRows: 3 });
    expect(blockMismatches(spec, model)).toEqual([]);
    expect(numberFormatMismatches(spec, model)).toEqual([]);
    expectStructure(spec, model, true);
  });

  it("each block is one whole-range write of exactly its rectangle (values, or formulas when it has any)", async () => {
    const { spec, model } = await render({ locale: "en" });
    for (const sheetSpec of spec.sheets) {
      for (const block of sheetSpec.blocks) {
        const start = rect(block.at);
        const width = Math.max(...block.rows.map((row) => row.length));
        const address = fakeRectAddress({ column: start.column, row: start.row, lastColumn: start.column + width - 1, lastRow: start.row + block.rows.length - 1 });
        const hasFormula = block.rows.some((row) => row.some((cell) => cell !== null && "formula" in cell));
        const writes = model.log.filter((entry) => entry.sheet === sheetSpec.name && entry.address === address && (entry.action === "values" || entry.action === "formulas"));
        expect(writes.map((entry) => entry.action), `${sheetSpec.name}!${address}`).toEqual([hasFormula ? "formulas" : "values"]);
      }
    }
  });

  it("ExcelApi 1.18: the empty template's Deals sheet carries the paste guide as a note on A1; nothing is left out", async () => {
    const { spec, model, result } = await render({ locale: "zh-CN" }, {}, { apiVersion: "1.18" });
    expect(result.status === "created" && [...result.unsupported]).toEqual([]);
    expectStructure(spec, model, true);
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    expect([...model.sheet(deals.name)!.notes.keys()]).toEqual(["A1"]);
    expect(model.sheet(deals.name)!.notes.get("A1")).toMatch(/^在此粘贴交易：从 A2 开始粘贴/);
  });

  it("older hosts: a bar chart below ExcelApi 1.9, and features below their API level are left out, not failed", async () => {
    const bar = await render({ locale: "en" }, {}, { apiVersion: "1.8" });
    // Below 1.9 the Dashboard's page setup is left out too (pageLayout).
    expect(bar.result.status === "created" && [...bar.result.unsupported].sort()).toEqual(["columnGroups", "funnelChart", "notes", "pageLayout"]);
    expectStructure(bar.spec, bar.model, false);
    const chart = bar.model.sheets.flatMap((sheet) => sheet.charts)[0];
    expect(chart).toMatchObject({ type: "BarClustered", reversePlotOrder: true });

    const old = await render({ locale: "en" }, {}, { apiVersion: "1.5" });
    expect(old.result.status).toBe("created");
    if (old.result.status === "created") expect([...old.result.unsupported].sort()).toEqual(["chartAxisOptions", "columnGroups", "conditionalFormats", "dataValidation", "freezePanes", "funnelChart", "notes", "pageLayout", "secondaryAxis", "tabColor"]);
    expect(blockMismatches(old.spec, old.model)).toEqual([]);
    const oldChart = old.model.sheets.flatMap((sheet) => sheet.charts)[0];
    expect(oldChart.type).toBe("BarClustered");
    expect(oldChart.xAxisValues).toBeUndefined();
  });
});

describe("renderWorkbook: column widths in points, as wide as in Sheets", () => {
  it("12 characters are 89 px, 66.75 pt; 30 characters 215 px, 161.25 pt", async () => {
    // Worked by hand: 12 × 7 + 5 = 89 px, × 0.75 = 66.75 pt; 30 × 7 + 5 = 215 px, × 0.75 = 161.25 pt.
    const spec = buildTemplate({ locale: "en" });
    const sheet = { ...spec.sheets[0], columnWidths: [12, 30] };
    const { model } = await renderSpec({ ...spec, sheets: [sheet], names: [] });
    expect(model.sheet(sheet.name)!.columnWidths.get(1)).toBe(66.75);
    expect(model.sheet(sheet.name)!.columnWidths.get(2)).toBe(161.25);
  });

  it("every column of the template is as wide in Excel as the Sheets renderer draws it (points = pixels × 0.75)", async () => {
    const { spec, model } = await render({ locale: "zh-CN" });
    for (const sheetSpec of spec.sheets) {
      sheetSpec.columnWidths.forEach((width, index) => expect(model.sheet(sheetSpec.name)!.columnWidths.get(index + 1), `${sheetSpec.name} column ${index + 1}`).toBe(widthInPixels(width) * 0.75));
    }
  });
});

describe("renderWorkbook: a chart Excel refuses fails alone", () => {
  // An Excel whose API level promises the chart but that refuses it when the request runs (a funnel on a build
  // without it, a platform that lacks the chart type): the sheets, names and everything else stay; the chart
  // is left out and the result says why.
  it.each([
    ["charts.add refused (InvalidArgument)", { at: "add", code: "InvalidArgument" }],
    ["charts.add refused (ApiNotFound)", { at: "add", code: "ApiNotFound" }],
    ["the chart added, then its placement refused", { at: "setPosition", code: "InvalidArgument" }],
  ] as const)("%s: every sheet and name is kept, no half-made chart is left, the error is reported", async (_label, refuseCharts) => {
    const { spec, model, context, result } = await render({ locale: "en" }, {}, { sheets: [{ name: "Mine" }], refuseCharts });
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Mine", ...spec.sheets.map((sheet) => sheet.name)]);
    expect(result.sheets).toEqual(spec.sheets.map((sheet) => sheet.name));
    expect(blockMismatches(spec, model)).toEqual([]);
    expect(model.names.map((name) => name.name).sort()).toEqual(spec.names.map((name) => name.name).sort());
    expect(model.activeSheet?.name).toBe(spec.sheets[0].name);
    expect(model.sheets.flatMap((sheet) => sheet.charts)).toEqual([]);
    expect(result.chartError).toMatchObject({ code: refuseCharts.code });
    // One request loads, one writes, one makes the chart, and one takes out what the refused chart left.
    expect(context.syncCount).toBe(4);
    expect(result.syncs).toBe(context.syncCount);
  });

  it("the chart has a request of its own, after the sheets: a good run reports no chart error, within 3 syncs", async () => {
    const { spec, model, context, result } = await render({ locale: "en" });
    expect(result.status === "created" && result.chartError).toBeUndefined();
    const chartSync = model.log.find((entry) => entry.action === "charts.add")!.sync;
    expect(model.log.filter((entry) => entry.sync === chartSync).map((entry) => entry.action)).toEqual(spec.sheets.flatMap((sheet) => sheet.charts).map(() => "charts.add"));
    expect(Math.max(...model.log.filter((entry) => entry.action !== "charts.add").map((entry) => entry.sync))).toBeLessThan(chartSync);
    expect(context.syncCount).toBeLessThanOrEqual(3);
  });
});

/** Renders a spec into a fresh fake workbook, expecting it to be created. */
async function renderSpec(spec: WorkbookSpec) {
  const model = new FakeWorkbookModel();
  const context = new FakeRequestContext(model);
  const result = await renderWorkbook(asExcelContext(context), spec, { supports: (version) => model.supports(version) });
  expect(result.status).toBe("created");
  return { model, context };
}

describe("renderWorkbook: the Deals sheet's amounts are numbers ≥ 0", () => {
  it.each([["zh-CN"], ["en"]] as const)("%s: a decimal ≥ 0 rule with a Stop alert on exactly the amount range, in the same number of syncs", async (locale) => {
    const spec = buildTemplate({ locale, stages: TWELVE_STAGES, sampleDeals: 50 });
    const dealsSpec = spec.sheets.find((sheet) => sheet.key === "deals")!;
    const amounts = dealsSpec.validations.flatMap((validation) => ("number" in validation ? [validation] : []));
    expect(amounts).toHaveLength(1);
    const { model, context } = await renderSpec(spec);
    const decimals = model.sheets.flatMap((sheet) => sheet.validations.filter((entry) => entry.rule?.decimal !== undefined).map((entry) => [sheet.name, entry]));
    expect(decimals).toEqual([
      [
        dealsSpec.name,
        {
          address: fakeRectAddress(rect(amounts[0].ref)),
          rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
          errorAlert: { showAlert: true, style: "Stop", title: amounts[0].title, message: amounts[0].error },
        },
      ],
    ]);
    // The same template without the number check takes as many syncs: the rule rides in the queue.
    const without = await renderSpec({
      ...spec,
      sheets: spec.sheets.map((sheet) => ({ ...sheet, validations: sheet.validations.filter((validation) => !("number" in validation)) })),
    });
    expect(without.model.sheets.flatMap((sheet) => sheet.validations).some((entry) => entry.rule?.decimal !== undefined)).toBe(false);
    expect(context.syncCount).toBe(without.context.syncCount);
  });

  it("the fake refuses a decimal rule without a bound or with an operator Excel does not know", async () => {
    for (const decimal of [{ formula1: "", operator: "GreaterThanOrEqualTo" }, { formula1: 0, operator: "AtLeast" }]) {
      const context = new FakeRequestContext(new FakeWorkbookModel());
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").dataValidation.rule = { decimal } as Excel.DataValidationRule;
      await expect(context.sync()).rejects.toThrow(FakeExcelError);
    }
  });
});

describe("renderWorkbook: long text wraps (SheetSpec.wrapped)", () => {
  it.each([["zh-CN"], ["en"]] as const)("%s: every wrapped range gets wrapText and top alignment, in the same number of syncs", async (locale) => {
    const spec = buildTemplate({ locale });
    const { model, context } = await renderSpec(spec);
    const wrappedSheets = spec.sheets.filter((sheet) => (sheet.wrapped ?? []).length > 0).map((sheet) => sheet.key);
    expect(wrappedSheets).toEqual(expect.arrayContaining(["guide", "actionPlan"]));
    for (const sheetSpec of spec.sheets) {
      const sheet = model.sheet(sheetSpec.name)!;
      const wrapped = sheet.formats.filter((format) => format.property === "wrapText").map((format) => [format.address, format.value]);
      const top = sheet.formats.filter((format) => format.property === "verticalAlignment").map((format) => [format.address, format.value]);
      const expected = (sheetSpec.wrapped ?? []).map((ref) => fakeRectAddress(rect(ref)));
      expect(wrapped, sheetSpec.name).toEqual(expected.map((address) => [address, true]));
      expect(top, sheetSpec.name).toEqual(expected.map((address) => [address, "Top"]));
    }
    // The same template without wrapped text takes as many syncs: the format calls ride in the queue.
    const unwrapped = await renderSpec({ ...spec, sheets: spec.sheets.map((sheet) => ({ ...sheet, wrapped: undefined })) });
    expect(unwrapped.model.sheets.flatMap((sheet) => sheet.formats).some((format) => format.property === "wrapText")).toBe(false);
    expect(context.syncCount).toBe(unwrapped.context.syncCount);
  });

  it("the fake refuses a vertical alignment Excel does not know", async () => {
    const context = new FakeRequestContext(new FakeWorkbookModel());
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.verticalAlignment = "top";
    await expect(context.sync()).rejects.toThrow(FakeExcelError);
  });
});

describe("renderWorkbook: text stays text", () => {
  const tricky = ["=SUM(A1:A9)", "+1", "-lost", "@home", "'quoted", "2026-01-05", "TRUE", "#N/A", "45%", "plain"];

  it("the fake reads strings as Excel reads typed input (the hazard the renderer must avoid)", async () => {
    const model = new FakeWorkbookModel();
    const context = new FakeRequestContext(model);
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:J1").values = [tricky];
    await context.sync();
    const stored = tricky.map((_, column) => model.sheet("Sheet1")!.cell(1, column + 1)?.kind);
    expect(stored).toEqual(["formula", "number", "formula", "formula", "text", "number", "boolean", "error", "number", "text"]);
  });

  it("stage names and every other text that Excel would reinterpret are stored literally", async () => {
    const stages = tricky.slice(0, 8);
    const { spec, model } = await render({ locale: "en", stages });
    const deals = model.sheet(spec.sheets.find((sheet) => sheet.key === "deals")!.name)!;
    const header = spec.sheets.find((sheet) => sheet.key === "deals")!.blocks[0].rows[0];
    header.forEach((cell, column) => {
      const stored = deals.cell(1, column + 1);
      expect(stored?.kind).toBe("text");
      if (cell !== null && "text" in cell && stored?.kind === "text") expect(stored.value).toBe(cell.text);
    });
    const stagesSheet = model.sheet(spec.sheets.find((sheet) => sheet.key === "stages")!.name)!;
    stages.forEach((name, index) => expect(stagesSheet.cell(2 + index, 2)).toMatchObject({ kind: "text", value: name }));
    expect(blockMismatches(spec, model)).toEqual([]);
  });
});

describe("renderWorkbook: existing sheets", () => {
  async function workbookWith(sheets: FakeSheetSeed[]): Promise<FakeWorkbookModel> {
    return new FakeWorkbookModel({ sheets });
  }

  it("a clash changes nothing and names the clashing sheets (case-insensitively)", async () => {
    const spec = buildTemplate({ locale: "en" });
    const dealsName = spec.sheets.find((sheet) => sheet.key === "deals")!.name;
    const stagesName = spec.sheets.find((sheet) => sheet.key === "stages")!.name;
    const model = await workbookWith([{ name: "Sheet1" }, { name: dealsName.toUpperCase(), rows: [["mine"]] }, { name: stagesName }]);
    const before = model.describe();
    const { result, context } = await render({ locale: "en" }, {}, {}, model);
    expect(result).toEqual({ status: "clash", sheets: [stagesName, dealsName], names: [], copy: 2, syncs: 1 });
    expect(context.syncCount).toBe(1);
    expect(model.log).toEqual([]);
    expect(model.syncs.map((sync) => sync.writes)).toEqual([0]);
    expect(model.describe()).toEqual({ ...before, syncs: 1 });
  });

  it("onlyMissing adds only the missing sheets and leaves the others alone", async () => {
    const spec = buildTemplate({ locale: "zh-CN" });
    const dealsName = spec.sheets.find((sheet) => sheet.key === "deals")!.name;
    const model = await workbookWith([{ name: dealsName, rows: [["我的数据", 42]] }]);
    const { result } = await render({ locale: "zh-CN" }, { onlyMissing: true }, {}, model);
    const missing = spec.sheets.map((sheet) => sheet.name).filter((name) => name !== dealsName);
    expect(result).toMatchObject({ status: "created", sheets: missing, skippedSheets: [dealsName] });
    expect(model.sheets.map((sheet) => sheet.name)).toEqual([dealsName, ...missing]);
    expect(model.log.filter((entry) => entry.sheet === dealsName)).toEqual([]);
    expect(model.values(dealsName, "A1:C1")).toEqual([["我的数据", 42, ""]]);
    expect(model.tables.map((table) => table.name)).not.toContain("DealsTable");
  });

  it("a suffix renames every sheet, and tables, names and cross-sheet formulas follow", async () => {
    const first = await render({ locale: "en" });
    const { spec, model, result } = await render({ locale: "en" }, { suffix: " (2)" }, {}, first.model);
    const renamed = spec.sheets.map((sheet) => `${sheet.name} (2)`);
    expect(result).toMatchObject({ status: "created", sheets: renamed, skippedNames: [] });
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", ...spec.sheets.map((sheet) => sheet.name), ...renamed]);
    for (const table of spec.sheets.flatMap((sheet) => sheet.tables)) expect(model.tables.map((t) => t.name)).toContain(`${table.name}_2`);
    for (const name of spec.names) expect(model.names.map((n) => n.name)).toContain(`${name.name}_2`);
    const crossReferences: string[] = [];
    for (const sheetName of renamed) {
      const sheet: FakeSheetModel = model.sheet(sheetName)!;
      for (const stored of sheet.contents.values()) {
        if (stored.kind !== "formula") continue;
        for (const original of spec.sheets.map((s) => s.name)) if (stored.formula.includes(`${quotedSheet(original)}!`) || stored.formula.includes(`'${original}'!`)) crossReferences.push(`${sheetName}: ${stored.formula.slice(0, 80)}`);
      }
    }
    expect(crossReferences).toEqual([]);
    const dashboard = model.sheet(`${spec.sheets.find((sheet) => sheet.key === "dashboard")!.name} (2)`)!;
    expect([...dashboard.contents.values()].some((stored) => stored.kind === "formula" && stored.formula.includes("'Deals (2)'!"))).toBe(true);
  });

  it("a suffix that makes invalid sheet names changes nothing", async () => {
    const { result, model } = await render({ locale: "en" }, { suffix: " — a suffix far too long" });
    expect(result.status).toBe("invalidName");
    expect(model.log).toEqual([]);
  });
});

describe("renderWorkbook: large sample data", () => {
  it("5,000 deals: writes split into syncs under Excel on the web's 5 MB limit, nothing lost", async () => {
    const { spec, model, context, result } = await render({ locale: "zh-CN", sampleDeals: 5000, sampleBadRows: 10 });
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    expect(result.requestBytes.length).toBeGreaterThan(1);
    for (const bytes of result.requestBytes) expect(bytes).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
    for (const sync of model.syncs) expect(sync.bytes).toBeLessThanOrEqual(5_000_000);
    expect(blockMismatches(spec, model)).toEqual([]);
    expect(numberFormatMismatches(spec, model)).toEqual([]);
    console.info(`sync count, 5,000 sample deals: ${context.syncCount} (requests ${model.syncs.map((sync) => sync.bytes).join(" + ")} bytes)`);
  });

  it("the fake refuses a request over its limit, and the renderer fits any budget it is given", async () => {
    const tooBig = new FakeWorkbookModel({ requestLimitBytes: 1_000_000 });
    await expect(render({ locale: "en" }, {}, {}, tooBig)).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" } satisfies Partial<FakeExcelError>);
    const small = new FakeWorkbookModel({ requestLimitBytes: 1_000_000 });
    const { spec, model, result } = await render({ locale: "en" }, { syncBudgetBytes: 800_000 }, {}, small);
    expect(result.status).toBe("created");
    expect(model.syncs.length).toBeGreaterThan(3);
    expect(blockMismatches(spec, model)).toEqual([]);
  });
});

describe("renderWorkbook: a failure leaves the workbook as it was", () => {
  /** A host whose `failAt`-th sync runs its commands, then reports a failure — as Excel does when a command fails
   * part-way through a batch (the ones before it stay done). */
  class FailingContext extends FakeRequestContext {
    constructor(model: FakeWorkbookModel, private readonly failAt: number) {
      super(model);
    }
    override async sync(): Promise<void> {
      await super.sync();
      if (this.syncCount === this.failAt) throw new FakeExcelError("GeneralException", "injected failure");
    }
  }

  it("takes out the sheets and names a failed run had already written, then rethrows", async () => {
    const model = new FakeWorkbookModel({ sheets: [{ name: "Mine" }] });
    const context = new FailingContext(model, 3); // load, batch 1, then batch 2 fails after running
    const spec = buildTemplate({ locale: "zh-CN", sampleDeals: 5000 });
    await expect(renderWorkbook(asExcelContext(context), spec, { supports: (version) => model.supports(version) })).rejects.toThrow("injected failure");
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Mine"]);
    expect(model.names).toEqual([]);
  });

  /**
   * A host on which a co-author adds a sheet named like one of the template's while the generation runs: just
   * before sync `at` is sent, a sheet `name` with a note in A1 appears in the workbook.
   */
  class CoauthoredContext extends FakeRequestContext {
    constructor(model: FakeWorkbookModel, private readonly at: number, private readonly name: string) {
      super(model);
    }
    override async sync(): Promise<void> {
      if (this.syncCount + 1 === this.at) this.model.createSheet(this.name).setCell(1, 1, { kind: "text", value: "co-author's work", quotePrefix: false });
      await super.sync();
    }
  }

  it.each([
    ["one write request", { locale: "en" } as TemplateOptions, 3, 2],
    ["the third of several write requests", { locale: "zh-CN", sampleDeals: 5000 } as TemplateOptions, 9, 4],
  ])("%s: a co-author's sheet of a template name that appears meanwhile is kept; only the sheets this run added go", async (_label, template, sheetIndex, at) => {
    const spec = buildTemplate(template);
    const theirs = spec.sheets[sheetIndex].name;
    const model = new FakeWorkbookModel({ sheets: [{ name: "Mine" }] });
    const context = new CoauthoredContext(model, at, theirs);
    // Our add of that sheet meets theirs: Excel refuses it (ItemAlreadyExists) and the run is taken back.
    await expect(renderWorkbook(asExcelContext(context), spec, { supports: (version) => model.supports(version) })).rejects.toThrow(FakeExcelError);
    expect(model.log.some((entry) => entry.action === "addSheet" && entry.sheet === spec.sheets[0].name)).toBe(true);
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Mine", theirs]);
    expect(model.values(theirs, "A1")).toEqual([["co-author's work"]]);
    expect(model.names).toEqual([]);
  });

  it("an Office.js that hands back no results with a failed request: sheets it cannot prove its own are left, never a co-author's", async () => {
    const spec = buildTemplate({ locale: "zh-CN", sampleDeals: 5000 });
    const theirs = spec.sheets[9].name;
    const model = new FakeWorkbookModel({ sheets: [{ name: "Mine" }], resultsOnError: false });
    const failing = 4;
    const context = new CoauthoredContext(model, failing, theirs);
    await expect(renderWorkbook(asExcelContext(context), spec, { supports: (version) => model.supports(version) })).rejects.toThrow(FakeExcelError);
    const added = (sync: (n: number) => boolean) => model.log.filter((entry) => entry.action === "addSheet" && sync(entry.sync)).map((entry) => entry.sheet);
    // Sheets added by the requests that succeeded are known by id and deleted; those added by the failed
    // request before its failure have no id the run could read, so they stay — as does the co-author's.
    expect(added((n) => n < failing).length).toBeGreaterThan(0);
    expect(added((n) => n === failing).length).toBeGreaterThan(0);
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Mine", theirs, ...added((n) => n === failing)]);
    expect(model.values(theirs, "A1")).toEqual([["co-author's work"]]);
  });
});

/**
 * The Sheets renderer (appsscript/render/renderWorkbook.ts) against the in-memory fake: everything the template
 * spec asks for lands; the number of service calls does not grow with stages or rows; nothing is overwritten;
 * text stays text.
 */
import { describe, expect, it } from "vitest";
import { a1 as cellAddress, parseA1 } from "../../core/template/a1";
import { buildTemplate } from "../../core/template/buildTemplate";
import type { SheetSpec, TemplateCell, WorkbookSpec } from "../../core/template/types";
import { literalText } from "../../appsscript/render/cellContent";
import { widthInPixels } from "../../appsscript/render/looks";
import { LOOKS } from "../../core/template/looks";
import { PALETTE } from "../../core/template/palette";
import { formatA1Rect, parseA1Rect } from "../../core/template/a1Rect";

/** A reference as Apps Script reads it: no `$`, the sheet quoted. */
const plainRef = (ref: string): string => formatA1Rect(parseA1Rect(ref));
import { asCopy, outlineOf } from "../../core/template/numberedCopy";
import { freeCopy, renderWorkbook, SPARE_COLUMNS, type RenderOptions } from "../../appsscript/render/renderWorkbook";
import { SheetsFake, a1Of, parseA1 as parseFakeA1, type SheetState } from "./fakes/sheetsFake";

const TWELVE_STAGES = ["线索", "初步沟通", "需求确认", "方案", "演示", "试用", "报价", "商务谈判", "合同审批", "签约", "回款", "成交"];

function render(spec: WorkbookSpec, fake = new SheetsFake(), options: RenderOptions = {}) {
  const result = renderWorkbook(spec, fake.spreadsheet, { app: fake.app, charts: fake.charts }, options);
  return { fake, result };
}

/** Every non-empty cell of a sheet's blocks with its address (later blocks win, as the renderer writes them). */
function specCells(sheet: SheetSpec): Map<string, Exclude<TemplateCell, null>> {
  const cells = new Map<string, Exclude<TemplateCell, null>>();
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((row, r) => row.forEach((cell, c) => cell !== null && cells.set(cellAddress(at.column + c, at.row + r), cell)));
  }
  return cells;
}

function* cellsOf(ref: string): Generator<string> {
  const rect = parseA1Rect(ref);
  for (let row = rect.top; row <= rect.bottom; row++) for (let column = rect.left; column <= rect.right; column++) yield cellAddress(column, row);
}

function expectSheetLanded(state: SheetState, sheet: SheetSpec): void {
  // Collected, then asserted once: tens of thousands of cells are checked.
  const wrong: string[] = [];
  const check = (address: string, what: string, actual: unknown, expected: unknown) => {
    if (actual !== expected) wrong.push(`${sheet.name}!${address} ${what}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  };
  for (const [address, cell] of specCells(sheet)) {
    const landed = state.at(address);
    if ("formula" in cell) check(address, "formula", landed.formula, `=${cell.formula}`);
    else {
      check(address, "formula", landed.formula, "");
      check(address, "value", landed.value, "text" in cell ? cell.text : "number" in cell ? cell.number : cell.day);
    }
  }
  for (const format of sheet.numberFormats) for (const address of cellsOf(format.ref)) check(address, "format", state.at(address).format, format.format);
  for (const validation of sheet.validations) {
    const expected =
      "number" in validation
        ? JSON.stringify({ type: "NUMBER_GREATER_THAN_OR_EQUAL_TO", value: validation.number.atLeast })
        : "range" in validation.list
          ? JSON.stringify({ type: "VALUE_IN_RANGE", sheet: parseA1Rect(validation.list.range).sheet, a1: plainRef(validation.list.range).split("!")[1] })
          : JSON.stringify({ type: "VALUE_IN_LIST", values: validation.list });
    for (const address of cellsOf(validation.ref)) {
      const rule = state.at(address).validation;
      check(address, "validation", rule === null ? null : JSON.stringify(rule.criterion), expected);
      check(address, "allowInvalid", rule?.allowInvalid, false);
      check(address, "helpText", rule?.helpText, validation.error);
    }
  }
  expect(wrong.slice(0, 20)).toEqual([]);
  expect(state.conditionalRules.map((rule) => rule.ranges.map((range) => a1Of(range.rect)))).toEqual(sheet.conditionalFormats.map((format) => [plainRef(format.ref)]));
  sheet.conditionalFormats.forEach((format, index) => {
    const rule = state.conditionalRules[index];
    if (format.kind === "dataBar") {
      // Sheets has no data bars: a white-to-colour gradient stands in.
      expect(rule.condition).toEqual({ type: "GRADIENT", min: "#FFFFFF", max: format.color });
    } else {
      expect(rule.condition).toEqual({ type: "FORMULA", formula: `=${format.formula}` });
      expect([rule.background, rule.fontColor]).toEqual([PALETTE[format.look].fill, PALETTE[format.look].font]);
    }
  });
  expect(state.charts).toHaveLength(sheet.charts.length);
  sheet.charts.forEach((chart, index) => {
    const landed = state.charts[index];
    const anchor = parseA1(chart.at);
    if (chart.kind === "line") {
      // The trend: months, then both series, the second on a right axis of its own, named in the legend.
      expect(landed.chartType).toBe("LINE");
      expect(landed.ranges.map(a1Of)).toEqual([plainRef(chart.categories), plainRef(chart.values), plainRef(chart.secondValues!)]);
      expect(landed.options.get("series")).toEqual({ 0: { labelInLegend: chart.seriesNames![0] }, 1: { targetAxisIndex: 1, labelInLegend: chart.seriesNames![1] } });
      // The left axis reads as the rate it is (0%–35%, not 0–0.35).
      expect(chart.valuesFormat).toBe("0%");
      expect(landed.options.get("vAxes")).toEqual({ 0: { format: "0%" } });
    } else {
      expect(landed.chartType).toBe("BAR"); // Sheets has no funnel chart
      expect(landed.ranges.map(a1Of)).toEqual([plainRef(chart.categories), plainRef(chart.values)]);
    }
    expect([landed.position.row, landed.position.column]).toEqual([anchor.row, anchor.column]);
    expect(landed.options.get("title")).toBe(chart.title);
    expect(landed.options.get("numHeaders")).toBe(0); // the ranges start at the first stage: no header to guess
  });
  expect(state.bandings.map((banding) => a1Of(banding.rect))).toEqual(
    sheet.tables.map((table) => {
      const rect = parseA1Rect(table.ref);
      return a1Of({ row: rect.top + 1, column: rect.left, lastRow: rect.bottom, lastColumn: rect.right });
    }),
  );
  expect([state.frozenRows, state.frozenColumns]).toEqual([sheet.freeze?.rows ?? 0, sheet.freeze?.columns ?? 0]);
  sheet.columnWidths.forEach((width, index) => expect(state.columnWidths.get(index + 1)).toBe(widthInPixels(width)));
  // Merged, wrapped prose: Sheets fits no merged cell's height itself; points are ¾ of a pixel.
  for (const { row, points } of sheet.rowHeights ?? []) expect(state.rowHeights.get(row), `${sheet.name} row ${row}`).toBe(Math.round(points / 0.75));
  expect(state.merges.map(a1Of)).toEqual(sheet.merges.map(plainRef));
  expect([...state.hiddenColumns].sort((a, b) => a - b)).toEqual(
    sheet.hiddenColumns.map((letters) => parseFakeA1(`${letters}1`).column).sort((a, b) => a - b),
  );
  // Hidden columns are grouped one level deep and the groups collapsed, so the "+" above them shows them again.
  expect([...state.columnGroupDepth].filter(([, depth]) => depth > 0).map(([column]) => column).sort((a, b) => a - b)).toEqual(
    sheet.hiddenColumns.map((letters) => parseFakeA1(`${letters}1`).column).sort((a, b) => a - b),
  );
  expect(Math.max(0, ...state.columnGroupDepth.values())).toBeLessThanOrEqual(1);
  for (const column of state.hiddenColumns) expect(state.collapsedColumns.has(column)).toBe(true);
  expect([...state.notes]).toEqual((sheet.notes ?? []).map((note) => [plainRef(note.ref), note.text]));
  expect(state.tabColor).toBe(sheet.tabColor ?? null);
  for (const styled of sheet.styles) {
    const look = LOOKS[styled.style];
    const calls = state.styleCalls.filter((call) => call.ranges.includes(plainRef(styled.ref)));
    if (look.bold) expect(calls).toContainEqual(expect.objectContaining({ property: "fontWeight", value: "bold" }));
    if (look.fill !== undefined) expect(calls).toContainEqual(expect.objectContaining({ property: "background", value: look.fill }));
  }
}

describe("renderWorkbook", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    it(`draws every sheet, cell, formula, format, validation, rule, chart and name of the ${locale} template`, () => {
      const spec = buildTemplate({ locale, sampleDeals: 200, sampleBadRows: 3 });
      const { fake, result } = render(spec, new SheetsFake({ locale: locale === "zh-CN" ? "zh_CN" : "en_US" }));
      expect(result.status).toBe("done");
      expect(result.created).toEqual(spec.sheets.map((sheet) => sheet.name));
      expect(fake.sheetNames()).toEqual(["Sheet1", ...spec.sheets.map((sheet) => sheet.name)]);
      for (const sheet of spec.sheets) expectSheetLanded(fake.sheet(sheet.name), sheet);
      const names = fake.namedRangeRefs();
      for (const name of spec.names) expect(names[name.name], name.name).toBe(plainRef(name.ref));
      for (const sheet of spec.sheets) for (const table of sheet.tables) expect(names[table.name]).toBe(`'${sheet.name}'!${table.ref}`);
      expect(Object.keys(names).sort()).toEqual([...spec.names.map((name) => name.name), ...spec.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name))].sort());
      expect(result.names).toHaveLength(Object.keys(names).length);
    });
  }

  it("grows each sheet once to the template plus spare columns (a new Sheets sheet is 1,000 × 26)", () => {
    const spec = buildTemplate({ locale: "en", sampleDeals: 5000, stages: TWELVE_STAGES });
    const { fake } = render(spec);
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    const state = fake.sheet(deals.name);
    const lastRow = Math.max(...deals.validations.map((validation) => parseA1Rect(validation.ref).bottom));
    expect(state.maxRows).toBe(lastRow);
    expect(state.maxColumns).toBeGreaterThanOrEqual(deals.columnWidths.length + SPARE_COLUMNS);
    expect(fake.calls.count("Sheet.insertRowsAfter")).toBeLessThanOrEqual(spec.sheets.length);
  });

  it("draws the empty template: the Deals sheet's paste guide as a note on A1, its helper columns grouped and collapsed", () => {
    const spec = buildTemplate({ locale: "en" });
    const { fake } = render(spec);
    for (const sheet of spec.sheets) expectSheetLanded(fake.sheet(sheet.name), sheet);
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    expect([...fake.sheet(deals.name).notes.keys()]).toEqual(["A1"]);
    expect(fake.sheet(deals.name).notes.get("A1")).toMatch(/^Paste your deals here: from A2/);
  });

  it("makes the same service calls for 6 and 12 stages, and for 30 and 5,000 sample deals (0: one dropdown fewer)", () => {
    const counted = (options: Parameters<typeof buildTemplate>[0]) => {
      const { fake } = render(buildTemplate(options));
      return { total: fake.calls.total, byMethod: fake.calls.byMethod() };
    };
    const six = counted({ locale: "zh-CN", sampleDeals: 200 });
    const twelve = counted({ locale: "zh-CN", sampleDeals: 200, stages: TWELVE_STAGES });
    const none = counted({ locale: "zh-CN", sampleDeals: 0 });
    const few = counted({ locale: "zh-CN", sampleDeals: 30 });
    const many = counted({ locale: "zh-CN", sampleDeals: 5000 });
    console.log(`service calls — 6 stages: ${six.total}, 12 stages: ${twelve.total}; 0 sample deals: ${none.total}, 30: ${few.total}, 5,000: ${many.total}`);
    // The same, but for one sheet that only 12 stages make wider than a new sheet's 26 columns (the Segments
    // tables: 2 + 12 reached + 11 steps + 3 = 28), grown once more.
    expect(twelve.byMethod).toEqual({ ...six.byMethod, "Sheet.insertColumnsAfter": six.byMethod["Sheet.insertColumnsAfter"] + 1 });
    expect(many.byMethod).toEqual(few.byMethod);
    // An empty template has no team to offer: the Pilot's team dropdown (one list validation) is all it lacks;
    // it has the Deals sheet's paste guide instead (one note: a range got for it, no dropdown's).
    const listValidation = ["DataValidationBuilder.build", "DataValidationBuilder.requireValueInList", "DataValidationBuilder.setAllowInvalid", "DataValidationBuilder.setHelpText", "Range.setDataValidations", "Sheet.getRange", "SpreadsheetApp.newDataValidation"];
    const lacking = Object.fromEntries(listValidation.map((method) => [method, (few.byMethod[method] ?? 0) - (none.byMethod[method] ?? 0)]));
    expect(lacking).toEqual(Object.fromEntries(listValidation.map((method) => [method, method === "Sheet.getRange" ? 0 : 1])));
    expect(none.byMethod["Range.setNote"]).toBe(1);
    const noneWithoutNote = Object.fromEntries(Object.entries(none.byMethod).filter(([method]) => method !== "Range.setNote"));
    // The Guide's Start-here line on the deals: in a sample workbook it says how to replace the sample (two lines, a
    // row height); in an empty one it fits one line.
    // Heights go in runs of equal rows (setRowHeights): the sample's two-line row is one run more.
    const heightCalls = (byMethod: Record<string, number>) => (byMethod["Sheet.setRowHeight"] ?? 0) + (byMethod["Sheet.setRowHeights"] ?? 0);
    expect(heightCalls(few.byMethod) - heightCalls(none.byMethod)).toBe(1);
    const heights = Object.fromEntries(["Sheet.setRowHeight", "Sheet.setRowHeights"].filter((method) => method in few.byMethod).map((method) => [method, few.byMethod[method]]));
    expect({ ...noneWithoutNote, ...heights, ...Object.fromEntries(listValidation.map((method) => [method, few.byMethod[method]])) }).toEqual(few.byMethod);
    // and no per-cell calls anywhere: a per-row call alone would be 5,000
    expect(Math.max(...Object.values(many.byMethod))).toBeLessThan(200);
  });

  it("sets row heights in runs: consecutive rows of equal height in one setRowHeights, none row by row", () => {
    // Hand-made: rows 2–4 at 39 pt (52 px), row 5 at 27 pt (36 px), row 7 at 39 pt, row 8 at 27 pt, given out
    // of order: runs 2×3 @52, 5×1 @36, 7×1 @52, 8×1 @36. Rows 6 and 9 keep Sheets' default.
    const base = buildTemplate({ locale: "en" });
    const guide = base.sheets[0];
    const rowHeights = [8, 3, 7, 2, 5, 4].map((row) => ({ row, points: row === 5 || row === 8 ? 27 : 39 }));
    const spec: WorkbookSpec = { ...base, sheets: [{ ...guide, rowHeights }], names: [] };
    const { fake } = render(spec);
    const state = fake.sheet(guide.name);
    expect(Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 9].map((row) => [row, state.rowHeights.get(row)]))).toEqual({
      2: 52, 3: 52, 4: 52, 5: 36, 6: undefined, 7: 52, 8: 36, 9: undefined,
    });
    expect(fake.calls.count("Sheet.setRowHeights")).toBe(4);
    expect(fake.calls.count("Sheet.setRowHeight")).toBe(0);
  });

  it("row heights cost as many calls for 30 as for 5,000 sample deals, and one call per run of the spec's rows", () => {
    for (const options of [{ locale: "zh-CN" }, { locale: "en", stages: TWELVE_STAGES }] as const) {
      const heightCalls = (sampleDeals: number) => {
        const spec = buildTemplate({ ...options, sampleDeals });
        const { fake } = render(spec);
        // brute force: a run starts at every row whose row above is not given the same pixels
        const runs = spec.sheets.reduce((sum, sheet) => {
          const pixels = new Map((sheet.rowHeights ?? []).map(({ row, points }) => [row, Math.round(points / 0.75)]));
          return sum + [...pixels].filter(([row, px]) => pixels.get(row - 1) !== px).length;
        }, 0);
        expect(fake.calls.count("Sheet.setRowHeights") + fake.calls.count("Sheet.setRowHeight")).toBe(runs);
        return runs;
      };
      expect(heightCalls(5000)).toBe(heightCalls(30));
    }
  });

  it("merges one-row merges stacked over the same columns (next to each other in the spec) in one mergeAcross", () => {
    const base = buildTemplate({ locale: "en" });
    const guide = base.sheets[0];
    // Hand-made: B5:D5–B7:D7 stack (one mergeAcross over B5:D7); A9:E10 is two rows (a merge of its own);
    // A11:E11 is below a two-row merge, and B12:E12 spans other columns than A11:E11: each a merge of its own.
    const merges = ["A2:E2", "B5:D5", "B6:D6", "B7:D7", "A9:E10", "A11:E11", "B12:E12"];
    const spec: WorkbookSpec = { ...base, sheets: [{ ...guide, merges, rowHeights: [] }], names: [] };
    const { fake } = render(spec);
    expect(fake.sheet(guide.name).merges.map(a1Of)).toEqual(merges);
    expect([fake.calls.count("Range.merge"), fake.calls.count("Range.mergeAcross")]).toEqual([4, 1]);
  });

  it("reads each workbook name once when it stops on clashes (the clash check), not again before setting it", () => {
    const spec = buildTemplate({ locale: "zh-CN", sampleDeals: 30 });
    const { fake, result } = render(spec);
    expect(result.names.length).toBeGreaterThan(10);
    expect(fake.calls.count("Spreadsheet.getRangeByName")).toBe(result.names.length);
    expect(fake.calls.count("Spreadsheet.setNamedRange")).toBe(result.names.length);
  });

  it.each(["zh-CN", "en"] as const)("%s: checks the Deals amounts as numbers ≥ 0 with one setDataValidation, the message as help text", (locale) => {
    const spec = buildTemplate({ locale, sampleDeals: 30, dealRows: 60 });
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    const [amounts, ...others] = deals.validations.flatMap((validation) => ("number" in validation ? [validation] : []));
    expect(others).toEqual([]);
    const { fake } = render(spec);
    const state = fake.sheet(deals.name);
    const rect = parseA1Rect(amounts.ref);
    for (const address of cellsOf(amounts.ref)) {
      const rule = state.at(address).validation;
      expect([rule?.criterion, rule?.allowInvalid, rule?.helpText], address).toEqual([{ type: "NUMBER_GREATER_THAN_OR_EQUAL_TO", value: 0 }, false, amounts.error]);
    }
    // Not beyond the range: the row below, and the columns either side.
    for (const [row, column] of [[rect.bottom + 1, rect.left], [rect.top, rect.left - 1], [rect.top, rect.left + 1]]) {
      expect(state.at(cellAddress(column, row)).validation?.criterion.type).not.toBe("NUMBER_GREATER_THAN_OR_EQUAL_TO");
    }
    expect(fake.calls.count("DataValidationBuilder.requireNumberGreaterThanOrEqualTo")).toBe(1);
    expect(fake.calls.count("Range.setDataValidation")).toBe(1);
  });

  it("checks amounts in the same calls for 6 and 12 stages, and for 30 and 5,000 sample deals", () => {
    const numberCalls = (options: Parameters<typeof buildTemplate>[0]) => {
      const { fake } = render(buildTemplate(options));
      return ["DataValidationBuilder.requireNumberGreaterThanOrEqualTo", "Range.setDataValidation", "Range.setDataValidations", "SpreadsheetApp.newDataValidation"].map(
        (method) => fake.calls.count(method),
      );
    };
    const six = numberCalls({ locale: "zh-CN", sampleDeals: 30 });
    expect(six.slice(0, 2)).toEqual([1, 1]);
    expect(numberCalls({ locale: "zh-CN", sampleDeals: 30, stages: TWELVE_STAGES })).toEqual(six);
    expect(numberCalls({ locale: "zh-CN", sampleDeals: 5000 })).toEqual(six);
    // With no deal there is no team to list: one setDataValidations and one newDataValidation fewer (the Pilot's dropdown).
    expect(numberCalls({ locale: "zh-CN", sampleDeals: 0 })).toEqual([1, 1, six[2] - 1, six[3] - 1]);
  });

  it("the fake refuses a number rule without a finite bound, and a rule it did not build", () => {
    const fake = new SheetsFake();
    expect(() => fake.app.newDataValidation().requireNumberGreaterThanOrEqualTo(Number.NaN)).toThrow(/requireNumberGreaterThanOrEqualTo/);
    expect(() => fake.spreadsheet.getActiveSheet().getRange("A1:A3").setDataValidation({ criterion: "number" })).toThrow(/Not a data validation rule/);
  });

  it.each(["zh-CN", "en"] as const)("%s: wraps exactly the spec's wrapped ranges, at the top, in one range list per sheet", (locale) => {
    const spec = buildTemplate({ locale, sampleDeals: 50 });
    const { fake } = render(spec);
    expect(spec.sheets.filter((sheet) => (sheet.wrapped ?? []).length > 0).map((sheet) => sheet.key)).toEqual(expect.arrayContaining(["guide", "actionPlan"]));
    for (const sheet of spec.sheets) {
      const calls = fake.sheet(sheet.name).styleCalls.filter((call) => call.property === "wrap" || call.property === "verticalAlignment");
      const refs = (sheet.wrapped ?? []).map(plainRef);
      const expected = refs.length === 0 ? [] : [{ ranges: refs, property: "wrap", value: true }, { ranges: refs, property: "verticalAlignment", value: "top" }];
      expect(calls, sheet.name).toEqual(expected);
    }
  });

  it("wraps text in the same calls for 6 and 12 stages, and for 0 and 5,000 sample deals", () => {
    const wrapCalls = (options: Parameters<typeof buildTemplate>[0]) => {
      const spec = buildTemplate(options);
      const { fake } = render(spec);
      const sheetsWrapped = spec.sheets.filter((sheet) => (sheet.wrapped ?? []).length > 0).length;
      expect(fake.calls.count("RangeList.setWrap")).toBe(sheetsWrapped);
      expect(fake.calls.count("RangeList.setVerticalAlignment")).toBe(sheetsWrapped);
      return [fake.calls.count("RangeList.setWrap"), fake.calls.count("RangeList.setVerticalAlignment"), fake.calls.count("Sheet.getRangeList")];
    };
    const six = wrapCalls({ locale: "en", sampleDeals: 0 });
    expect(six[0]).toBeGreaterThanOrEqual(2);
    expect(wrapCalls({ locale: "en", sampleDeals: 0, stages: TWELVE_STAGES })).toEqual(six);
    expect(wrapCalls({ locale: "en", sampleDeals: 5000 })).toEqual(six);
  });

  it("changes nothing when a sheet of the template exists, and says which", () => {
    const spec = buildTemplate({ locale: "en", sampleDeals: 20 });
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!.name;
    const fake = new SheetsFake({ sheets: ["Sheet1", deals] });
    fake.put(deals, "A1", [["my own", "deal log"], [1, 2]]);
    const before = JSON.stringify(fake.snapshot());
    const { result } = render(spec, fake);
    expect(result).toEqual({ status: "clash", created: [], skipped: [], clashes: [deals], names: [], namesSkipped: [] });
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    // Only reads: the sheets, and the workbook names the template would set.
    expect(fake.calls.methods()).toEqual(["Spreadsheet.getRangeByName", "Spreadsheet.getSheetByName"]);
  });

  it("adds only the missing sheets when asked, leaving the existing one and its names alone", () => {
    const spec = buildTemplate({ locale: "en", sampleDeals: 20 });
    const dashboard = spec.sheets.find((sheet) => sheet.key === "dashboard")!.name;
    const fake = new SheetsFake({ sheets: ["Sheet1", dashboard] });
    fake.put(dashboard, "B2", [["mine"]]);
    const mine = JSON.stringify(fake.sheet(dashboard).snapshot());
    const { result } = render(spec, fake, { onClash: "addMissing" });
    expect(result.status).toBe("done");
    expect(result.skipped).toEqual([dashboard]);
    expect(result.created).toEqual(spec.sheets.filter((sheet) => sheet.name !== dashboard).map((sheet) => sheet.name));
    expect(JSON.stringify(fake.sheet(dashboard).snapshot())).toBe(mine);
    // names that point into the user's own Dashboard are not created
    const names = fake.namedRangeRefs();
    for (const name of spec.names) expect(name.name in names).toBe(!name.ref.startsWith(`'${dashboard}'!`));
  });

  it("adds a numbered copy that reads only itself", () => {
    const spec = buildTemplate({ locale: "en", sampleDeals: 20 });
    const first = render(spec);
    const fake = first.fake;
    const before = JSON.stringify(fake.snapshot());
    const copy = freeCopy(outlineOf(spec), fake.spreadsheet);
    expect(copy).toBe(2);
    const { result } = render(asCopy(spec, copy!), fake);
    expect(result.status).toBe("done");
    expect(result.created).toEqual(spec.sheets.map((sheet) => `${sheet.name} (2)`));
    const after = JSON.parse(JSON.stringify(fake.snapshot())) as { sheets: { name: string }[]; names: Record<string, string> };
    const original = JSON.parse(before) as { sheets: unknown[]; names: Record<string, string> };
    expect(after.sheets.slice(0, original.sheets.length)).toEqual(original.sheets);
    for (const [name, ref] of Object.entries(original.names)) expect(after.names[name]).toBe(ref);
    for (const name of spec.names) expect(after.names[`${name.name}_2`]).toMatch(/^'[^']+ \(2\)'!/);
    const copiedNames = new Set(spec.sheets.map((sheet) => sheet.name));
    for (const sheet of spec.sheets) {
      const state = fake.sheet(`${sheet.name} (2)`);
      for (const row of state.cells) {
        for (const cell of row ?? []) {
          if (cell === undefined || cell.formula === "") continue;
          for (const [, quoted] of cell.formula.matchAll(/'((?:[^']|'')+)'!/g)) {
            const target = quoted.replace(/''/g, "'");
            if (copiedNames.has(target.replace(/ \(2\)$/, ""))) expect(target, cell.formula).toMatch(/ \(2\)$/);
          }
        }
      }
    }
    // Workbook names used in formulas (Diagnosis and Goals read WinRate, StepConversion…) are the copy's own.
    const nameUses = spec.sheets.flatMap((sheet) =>
      fake
        .sheet(`${sheet.name} (2)`)
        .cells.flatMap((row) => row ?? [])
        .flatMap((cell) => (cell?.formula ? [...cell.formula.replace(/"[^"]*"|'[^']*'/g, "").matchAll(/\b(StepConversion|WinRate|CycleMedian|StageNames)(_2)?\b/g)] : [])),
    );
    expect(nameUses.length).toBeGreaterThan(0);
    expect(nameUses.filter((use) => use[2] !== "_2").map((use) => use[0])).toEqual([]);
    expect(freeCopy(outlineOf(spec), fake.spreadsheet)).toBe(3);
  });

  it("an existing workbook name of the template is a clash; adding missing sheets leaves it as it is", () => {
    const spec = buildTemplate({ locale: "en" });
    const fake = new SheetsFake();
    fake.spreadsheet.setNamedRange("WinRate", fake.spreadsheet.getRange("'Sheet1'!A1"));
    const before = JSON.stringify(fake.snapshot());
    const { result: stopped } = render(spec, fake);
    expect(stopped).toMatchObject({ status: "clash", clashes: ["WinRate"], created: [] });
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    const { result } = render(spec, fake, { onClash: "addMissing" });
    expect(result.namesSkipped).toEqual(["WinRate"]);
    expect(fake.namedRangeRefs().WinRate).toBe("'Sheet1'!A1");
  });

  it("a second template in the other language clashes on the workbook names it shares", () => {
    const fake = new SheetsFake();
    render(buildTemplate({ locale: "en" }), fake);
    const { result } = render(buildTemplate({ locale: "zh-CN" }), fake);
    expect(result.status).toBe("clash");
    expect(result.clashes).toEqual(expect.arrayContaining(["WinRate", "StepConversion", "StageNames"]));
    const { result: copy } = render(asCopy(buildTemplate({ locale: "zh-CN" }), 2), fake);
    expect(copy.status).toBe("done");
  });

  it("takes back what it added when a sheet fails part-way, and lets the error through", () => {
    const fake = new SheetsFake({ sheets: ["Mine"] });
    fake.put("Mine", "A1", [["keep me"]]);
    const spec = buildTemplate({ locale: "en" });
    const before = JSON.stringify(fake.snapshot());
    // The fourth sheet's dropdown reads a sheet that does not exist: Sheets refuses the range mid-way.
    const broken: WorkbookSpec = {
      ...spec,
      sheets: spec.sheets.map((sheet, index) =>
        index === 3 ? { ...sheet, validations: [{ ref: "A2:A3", list: { range: "'Nowhere'!A1:A3" }, error: "pick one" }] } : sheet,
      ),
    };
    expect(() => render(broken, fake)).toThrow(/Range not found/);
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    // The same failure while setting names (after every sheet was drawn) takes the names back too.
    const names = new SheetsFake({ sheets: ["Mine"] });
    const badName: WorkbookSpec = { ...spec, names: [...spec.names, { name: "R1C1", ref: spec.names[0].ref }] };
    const untouched = JSON.stringify(names.snapshot());
    expect(() => render(badName, names)).toThrow(/Invalid name/);
    expect(JSON.stringify(names.snapshot())).toBe(untouched);
    expect(names.namedRangeRefs()).toEqual({});
  });

  it("keeps text that Sheets would read as a formula, number, date or boolean exactly as written", () => {
    const tricky = ["Jan 2026", "March 5", "=SUM(A1:A3)", "+86 138 0000 0000", "-", "-abc", "@owner", "'quoted", "0012", "1,000", "10%", "$5", "¥5", "2026-01-05", "TRUE", "false", " =x", ".5", "(1)", "１２", "plain", "线索"];
    const spec: WorkbookSpec = {
      locale: "en",
      names: [],
      sheets: [
        {
          key: "guide",
          name: "Tricky",
          columnWidths: [4, 30, 8, 8, 8, 8],
          blocks: [
            { at: "B2", rows: tricky.map((text) => [{ text }, { number: 7 }, { formula: "1+1" }]) },
            { at: "B30", rows: [[{ text: "merged" }], [{ day: 46027 }, null, { number: 1.5 }], [{ formula: "B31+1" }]] }, // ragged
          ],
          styles: [{ ref: "B30", style: "title" }],
          numberFormats: [{ ref: "B31", format: "yyyy-mm-dd" }],
          validations: [{ ref: "E2:E5", list: { range: "'Tricky'!$B$2:$B$4" }, error: "pick one" }],
          conditionalFormats: [{ kind: "dataBar", ref: "C2:C21", color: "#00FF00" }],
          tables: [{ name: "TrickyTable", ref: "B1:D21" }],
          charts: [{ kind: "bar", title: "chart", categories: "B2:B5", values: "C2:C5", at: "H2", columns: 4, rows: 10 }],
          merges: ["B30:D30"],
          hiddenColumns: ["F", "G", "I"],
          freeze: { rows: 1, columns: 0 },
        },
      ],
    };
    const { fake } = render(spec);
    const state = fake.sheet("Tricky");
    tricky.forEach((text, index) => {
      const cell = state.at(`B${index + 2}`);
      expect([cell.value, cell.formula], text).toEqual([text, ""]);
      expect(state.at(`C${index + 2}`).value).toBe(7);
      expect(state.at(`D${index + 2}`).formula).toBe("=1+1");
    });
    // The rest of this small spec lands too: merge, hidden columns (two runs), ragged block, validation by range…
    expectSheetLanded(state, spec.sheets[0]);
    expect(fake.calls.count("Sheet.hideColumns")).toBe(2);
    // Every text gets the apostrophe (which words a locale reads as dates cannot be listed); empty stays empty.
    expect(literalText("plain")).toBe("'plain");
    expect(literalText("Jan 2026")).toBe("'Jan 2026");
    expect(literalText("")).toBe("");
  });

  it("would lose such text without the guard (the fake reads input as Sheets does)", () => {
    const fake = new SheetsFake();
    const sheet = fake.spreadsheet.getSheetByName("Sheet1")!;
    sheet.getRange(1, 1, 1, 5).setValues([["=SUM(A1)", "0012", "2026-01-05", "TRUE", "-abc"]]);
    const state = fake.sheet("Sheet1");
    expect(state.at("A1").formula).toBe("=SUM(A1)");
    expect(state.at("B1").value).toBe(12);
    expect([state.at("C1").value, state.at("C1").format]).toEqual([46027, "yyyy-mm-dd"]);
    expect(state.at("D1").value).toBe(true);
    expect(state.at("E1").formula).toBe("=-abc");
  });
});

describe("the fake checks what Sheets checks", () => {
  it("refuses arrays that do not match their range", () => {
    const fake = new SheetsFake();
    const range = fake.spreadsheet.getSheetByName("Sheet1")!.getRange("A1:C3");
    expect(() => range.setValues([[1, 2, 3], [4, 5, 6]])).toThrow("The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.");
    expect(() => range.setFormulas([["=1", "=2", "=3"], ["=1", "=2"], ["=1", "=2", "=3"]])).toThrow("The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.");
    expect(() => range.setDataValidations([[null, null, null]])).toThrow("The number of rows in the data does not match");
    expect(JSON.stringify(fake.sheet("Sheet1").cells)).toBe("[]");
  });

  it("refuses ranges outside the sheet until it is grown", () => {
    const fake = new SheetsFake();
    const sheet = fake.spreadsheet.getSheetByName("Sheet1")!;
    expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow("outside the dimensions of the sheet");
    expect(() => sheet.getRange("AA1")).toThrow("outside the dimensions of the sheet");
    sheet.insertRowsAfter(1000, 1).insertColumnsAfter(26, 1);
    expect(sheet.getRange(1, 1, 1001, 27).getNumRows()).toBe(1001);
  });

  it("refuses a second sheet of the same name and malformed names", () => {
    const fake = new SheetsFake();
    expect(() => fake.spreadsheet.insertSheet("sheet1", 0)).toThrow('A sheet with the name "sheet1" already exists');
    const range = fake.spreadsheet.getRange("'Sheet1'!A1");
    for (const bad of ["A1", "R1C1", "TRUE", "two words", "1st"]) expect(() => fake.spreadsheet.setNamedRange(bad, range), bad).toThrow("Invalid name");
  });

  it("checks wrap and vertical alignment arguments and ranges as Sheets does", () => {
    const fake = new SheetsFake();
    const sheet = fake.spreadsheet.getSheetByName("Sheet1")!;
    expect(() => sheet.getRangeList(["A1", "AA1"])).toThrow("outside the dimensions of the sheet");
    const ranges = sheet.getRangeList(["A1:B2", "D4"]);
    expect(() => ranges.setVerticalAlignment("Top" as "top")).toThrow("Invalid argument");
    expect(() => ranges.setWrap("yes" as unknown as boolean)).toThrow("don't match the method signature");
    ranges.setWrap(true).setVerticalAlignment("top");
    expect(fake.sheet("Sheet1").styleCalls).toEqual([
      { ranges: ["A1:B2", "D4"], property: "wrap", value: true },
      { ranges: ["A1:B2", "D4"], property: "verticalAlignment", value: "top" },
    ]);
  });

  it("sets the heights of a run of rows in one call, refusing what Sheets refuses", () => {
    const fake = new SheetsFake();
    const sheet = fake.spreadsheet.getSheetByName("Sheet1")!;
    sheet.setRowHeights(3, 4, 48);
    expect([...fake.sheet("Sheet1").rowHeights]).toEqual([[3, 48], [4, 48], [5, 48], [6, 48]]);
    // The grid is 1,000 rows: the last row may be set, one past it may not.
    sheet.setRowHeights(1000, 1, 30);
    expect(() => sheet.setRowHeights(1000, 2, 30)).toThrow("Those rows are out of bounds");
    expect(() => sheet.setRowHeights(0, 1, 30)).toThrow("Those rows are out of bounds");
    expect(() => sheet.setRowHeights(2, 0, 30)).toThrow("Those rows are out of bounds");
    for (const height of [0, -5, 20.5, Number.NaN]) expect(() => sheet.setRowHeights(2, 1, height), String(height)).toThrow("Invalid height");
    expect(() => sheet.setRowHeights(2.5, 1, 30)).toThrow("don't match the method signature for Sheet.setRowHeights");
    expect(() => sheet.setRowHeights(2, 1.5, 30)).toThrow("don't match the method signature for Sheet.setRowHeights");
    expect(fake.sheet("Sheet1").rowHeights.has(2)).toBe(false);
    expect(fake.sheet("Sheet1").rowHeights.get(1000)).toBe(30);
  });

  it("merges each row of a range apart with mergeAcross, refusing overlaps as merge does", () => {
    const fake = new SheetsFake();
    const sheet = fake.spreadsheet.getSheetByName("Sheet1")!;
    sheet.getRange("B5:D7").mergeAcross();
    expect(fake.sheet("Sheet1").merges.map(a1Of)).toEqual(["B5:D5", "B6:D6", "B7:D7"]);
    expect(() => sheet.getRange("D7:E8").mergeAcross()).toThrow("You must select all cells in a merged range");
    expect(() => sheet.getRange("C6:C6").merge()).toThrow("You must select all cells in a merged range");
    expect(fake.sheet("Sheet1").merges).toHaveLength(3);
  });

  it("counts every call, builders included", () => {
    const fake = new SheetsFake();
    fake.app.newDataValidation().requireValueInList(["a"], true).build();
    expect(fake.calls.byMethod()).toEqual({
      "DataValidationBuilder.build": 1,
      "DataValidationBuilder.requireValueInList": 1,
      "SpreadsheetApp.newDataValidation": 1,
    });
  });
});

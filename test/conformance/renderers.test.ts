/**
 * One conformance suite for the three renderers: the same small specs drawn by the Excel renderer (into the Excel
 * fake), the Sheets renderer (into the Sheets fake) and the .xlsx writer (read back with exceljs), each host's
 * state read into one observation, and the same expectations — worked by hand from the spec — asserted of all
 * three. A renderer that drops a feature fails here by name. Each renderer's own tests (test/addin/render.test.ts,
 * test/appsscript/render.test.ts, test/cli/writeWorkbook.test.ts) keep the host-specific details.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { renderWorkbook as renderExcel } from "../../addin/render/renderWorkbook";
import { renderWorkbook as renderSheets } from "../../appsscript/render/renderWorkbook";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { formatA1Rect, parseA1Rect } from "../../core/template/a1Rect";
import { buildTemplate } from "../../core/template/buildTemplate";
import type { SheetSpec, WorkbookSpec } from "../../core/template/types";
import { asExcelContext, FakeRequestContext } from "../addin/fakes/excelFake";
import { fakeRectAddress } from "../addin/fakes/fakeAddress";
import { FakeWorkbookModel } from "../addin/fakes/fakeWorkbook";
import { a1Of, SheetsFake } from "../appsscript/fakes/sheetsFake";
import { emptySheet } from "../support/emptySheet";
import { asCopy } from "../../core/template/numberedCopy";

/** A cell as every host can show it: text, a number, or a formula (without "="). */
type Seen = { readonly text: string } | { readonly number: number } | { readonly formula: string } | undefined;

/** A dropdown: its words, or the range holding them (A1, sheet quoted, no `$`). */
type SeenList = { readonly words: readonly string[] } | { readonly range: string } | undefined;

/** What a drawn workbook shows, in one vocabulary for every host. Addresses are A1 without `$`. */
interface Observed {
  cell(sheet: string, address: string): Seen;
  numberFormat(sheet: string, address: string): string | undefined;
  /** The cell's horizontal alignment, lower case ("right"), or undefined where none is set. */
  horizontal(sheet: string, address: string): string | undefined;
  list(sheet: string, address: string): SeenList;
  merges(sheet: string): string[];
  /** Widths of columns 1…n in the host's own unit (points, pixels or characters). */
  widths(sheet: string, count: number): number[];
  hiddenColumns(sheet: string): number[];
  frozen(sheet: string): { rows: number; columns: number };
  /** Ranges with a conditional rule, and the formula of each formula rule ("" for a bar or scale). */
  rules(sheet: string): { range: string; formula: string }[];
  /** Workbook names → the range each names. */
  names(): Record<string, string>;
  /** A cell's font, fill and bottom line, colours "#RRGGBB" upper case; a size the host leaves unset is 11 (its body font). */
  look(sheet: string, address: string): SeenLook;
}

/** What a named look draws on one cell. */
interface SeenLook {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  readonly font: string | undefined;
  readonly fill: string | undefined;
  /** The colour of a line along the cell's bottom edge, or undefined where there is none. */
  readonly bottom: string | undefined;
}

const hex = (color: unknown): string | undefined => (typeof color === "string" ? `#${color.replace(/^#/, "").slice(-6).toUpperCase()}` : undefined);
const holds = (ref: string, top: number, left: number) => {
  const rect = parseA1Rect(ref);
  return top >= rect.top && top <= rect.bottom && left >= rect.left && left <= rect.right;
};

const plain = (ref: string): string => formatA1Rect(parseA1Rect(ref.replace(/^=/, "")));
const unformula = (formula: string): string => formula.replace(/^=/, "").replace(/_xlfn\./g, "");
const byAddress = (a: string, b: string) => a.localeCompare(b);

// ---------------------------------------------------------------------------------------------------------
// The three hosts, each read into an Observed

async function drawnInExcel(spec: WorkbookSpec): Promise<Observed> {
  const model = new FakeWorkbookModel();
  const context = new FakeRequestContext(model);
  const result = await renderExcel(asExcelContext(context), spec, { supports: (version) => model.supports(version) });
  expect(result.status).toBe("created");
  const sheet = (name: string) => model.sheet(name)!;
  const at = (address: string) => parseA1Rect(address);
  return {
    cell(name, address) {
      const { top, left } = at(address);
      const stored = sheet(name).cell(top, left);
      if (stored === undefined) return undefined;
      if (stored.kind === "formula") return { formula: unformula(String(stored.formula)) };
      return typeof stored.value === "number" ? { number: stored.value } : { text: String(stored.value) };
    },
    numberFormat(name, address) {
      const { top, left } = at(address);
      return sheet(name).numberFormat(top, left);
    },
    horizontal(name, address) {
      const { top, left } = at(address);
      const set = sheet(name).formats.filter(({ address: ref, property }) => {
        const rect = parseA1Rect(ref);
        return property === "horizontalAlignment" && top >= rect.top && top <= rect.bottom && left >= rect.left && left <= rect.right;
      });
      const value = set[set.length - 1]?.value;
      return value === undefined ? undefined : String(value).toLowerCase();
    },
    list(name, address) {
      const { top, left } = at(address);
      const found = sheet(name).validations.find((validation) => {
        const rect = parseA1Rect(validation.address);
        return top >= rect.top && top <= rect.bottom && left >= rect.left && left <= rect.right;
      });
      const source = found?.rule?.list?.source;
      if (typeof source !== "string") return undefined;
      return source.startsWith("=") ? { range: plain(source) } : { words: source.split(",") };
    },
    merges: (name) => sheet(name).merges.map(fakeRectAddress).sort(byAddress),
    widths: (name, count) => Array.from({ length: count }, (_, index) => sheet(name).columnWidths.get(index + 1) ?? 0),
    hiddenColumns: (name) => [...sheet(name).hiddenColumns].sort((a, b) => a - b),
    frozen: (name) => sheet(name).freeze ?? { rows: 0, columns: 0 },
    rules: (name) => sheet(name).conditionalFormats.map((rule) => ({ range: plain(rule.address), formula: unformula(rule.custom.formula ?? "") })),
    names: () => Object.fromEntries(model.names.map((name) => [name.name, plain(name.formula)])),
    look(name, address) {
      const { top, left } = at(address);
      const formats = sheet(name).formats;
      const last = (property: string) => formats.filter((format) => format.property === property && holds(format.address, top, left)).at(-1)?.value;
      // A line under every cell of a range: its bottom edge under its last row, its inside lines under the others.
      const edge = (format: { address: string }) => (parseA1Rect(format.address).bottom === top ? "EdgeBottom" : "InsideHorizontal");
      const line = (property: "style" | "color") =>
        formats.filter((format) => holds(format.address, top, left) && format.property === `borders.${edge(format)}.${property}`).at(-1)?.value;
      return {
        bold: last("font.bold") === true,
        italic: last("font.italic") === true,
        size: Number(last("font.size") ?? 11),
        font: hex(last("font.color")),
        fill: hex(last("fill.color")),
        bottom: line("style") === "Continuous" ? hex(line("color")) : undefined,
      };
    },
  };
}

function drawnInSheets(spec: WorkbookSpec): Observed {
  const fake = new SheetsFake();
  const result = renderSheets(spec, fake.spreadsheet, { app: fake.app, charts: fake.charts });
  expect(result.status).toBe("done");
  const sheet = (name: string) => fake.sheet(name);
  return {
    cell(name, address) {
      const state = sheet(name).at(address);
      if (state === undefined || (state.formula === "" && state.value === "")) return undefined;
      if (state.formula !== "") return { formula: unformula(state.formula) };
      return typeof state.value === "number" ? { number: state.value } : { text: String(state.value) };
    },
    numberFormat: (name, address) => sheet(name).at(address)?.format || undefined,
    horizontal(name, address) {
      const { top, left } = parseA1Rect(address);
      const set = sheet(name).styleCalls.filter(
        (call) =>
          call.property === "horizontalAlignment" &&
          call.ranges.some((ref) => {
            const rect = parseA1Rect(ref);
            return top >= rect.top && top <= rect.bottom && left >= rect.left && left <= rect.right;
          }),
      );
      const value = set[set.length - 1]?.value;
      return value === undefined || value === null ? undefined : String(value).toLowerCase();
    },
    list(name, address) {
      const criterion = sheet(name).at(address)?.validation?.criterion;
      if (criterion === undefined) return undefined;
      if (criterion.type === "VALUE_IN_LIST") return { words: [...criterion.values] };
      if (criterion.type === "VALUE_IN_RANGE") return { range: plain(`'${criterion.sheet.replace(/'/g, "''")}'!${criterion.a1}`) };
      return undefined;
    },
    merges: (name) => sheet(name).merges.map(a1Of).sort(byAddress),
    widths: (name, count) => Array.from({ length: count }, (_, index) => sheet(name).columnWidths.get(index + 1) ?? 0),
    hiddenColumns: (name) => [...sheet(name).hiddenColumns].sort((a, b) => a - b),
    frozen: (name) => ({ rows: sheet(name).frozenRows, columns: sheet(name).frozenColumns }),
    rules: (name) =>
      sheet(name).conditionalRules.flatMap((rule) =>
        rule.ranges.map((range) => ({ range: a1Of(range.rect), formula: rule.condition.type === "FORMULA" ? unformula(rule.condition.formula) : "" })),
      ),
    names: () => Object.fromEntries(Object.entries(fake.namedRangeRefs()).map(([name, ref]) => [name, plain(ref)])),
    look(name, address) {
      const { top, left } = parseA1Rect(address);
      const calls = sheet(name).styleCalls;
      const last = (property: string) => calls.filter((call) => call.property === property && call.ranges.some((ref) => holds(ref, top, left))).at(-1)?.value;
      // setBorder(top, left, bottom, right, vertical, horizontal, colour, style): bottom draws under a range's last
      // row, horizontal between its rows.
      const lines = calls.flatMap((call) =>
        call.property !== "border" ? [] : call.ranges.filter((ref) => holds(ref, top, left)).map((ref) => ({ ref, border: call.value as SheetsBorder })),
      );
      const line = lines.at(-1);
      const drawn = line === undefined ? false : parseA1Rect(line.ref).bottom === top ? line.border.bottom : line.border.horizontal;
      return {
        bold: last("fontWeight") === "bold",
        italic: last("fontStyle") === "italic",
        size: Number(last("fontSize") ?? 11),
        font: hex(last("fontColor")),
        fill: hex(last("background")),
        bottom: drawn === true ? hex(line?.border.color) : undefined,
      };
    },
  };
}

/** A RangeList.setBorder call as the Sheets fake records it (null: that edge left as it is). */
interface SheetsBorder {
  readonly bottom: boolean | null;
  readonly horizontal: boolean | null;
  readonly color: string | null;
}

/** Days since 1899-12-30, as Excel and Sheets count them (exceljs hands a date-formatted cell back as a UTC Date). */
const serialOf = (date: Date) => (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;

async function drawnAsXlsx(spec: WorkbookSpec): Promise<Observed> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookToXlsx(spec)) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  const sheet = (name: string) => workbook.getWorksheet(name)!;
  type Model = { merges?: string[] };
  /** exceljs keeps a read sheet's conditional formats here; its typings leave them out. */
  type Rules = { conditionalFormattings: { ref: string; rules: { formulae?: unknown[] }[] }[] };
  return {
    cell(name, address) {
      const value = sheet(name).getCell(address).value;
      if (value === null || value === undefined) return undefined;
      if (typeof value === "object" && "formula" in value) return { formula: unformula(String(value.formula)) };
      if (value instanceof Date) return { number: serialOf(value) };
      return typeof value === "number" ? { number: value } : { text: String(value) };
    },
    numberFormat: (name, address) => sheet(name).getCell(address).numFmt || undefined,
    horizontal: (name, address) => sheet(name).getCell(address).alignment?.horizontal ?? undefined,
    list(name, address) {
      const validation = sheet(name).getCell(address).dataValidation;
      if (validation?.type !== "list") return undefined;
      const source = String(validation.formulae?.[0] ?? "");
      return source.startsWith('"') ? { words: source.slice(1, -1).replace(/""/g, '"').split(",") } : { range: plain(source) };
    },
    merges: (name) => [...((sheet(name).model as Model).merges ?? [])].map(plain).sort(byAddress),
    widths: (name, count) => Array.from({ length: count }, (_, index) => sheet(name).getColumn(index + 1).width ?? 0),
    hiddenColumns: (name) => Array.from({ length: 26 }, (_, index) => index + 1).filter((column) => sheet(name).getColumn(column).hidden),
    frozen(name) {
      const view = sheet(name).views.find((candidate) => candidate.state === "frozen") as { xSplit?: number; ySplit?: number } | undefined;
      return { rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 };
    },
    rules: (name) =>
      (sheet(name) as unknown as Rules).conditionalFormattings.flatMap((format) =>
        format.rules.map((rule) => ({ range: plain(format.ref), formula: rule.formulae === undefined ? "" : unformula(String(rule.formulae[0])) })),
      ),
    names() {
      const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
      return Object.fromEntries(model.map((entry) => [entry.name, plain(entry.ranges[0])]));
    },
    look(name, address) {
      const { font, fill, border } = sheet(name).getCell(address);
      const bottom = border?.bottom;
      return {
        bold: font?.bold === true,
        italic: font?.italic === true,
        size: font?.size ?? 11,
        font: hex(font?.color?.argb),
        fill: fill?.type === "pattern" && fill.pattern === "solid" ? hex(fill.fgColor?.argb) : undefined,
        bottom: bottom?.style === "thin" ? hex(bottom.color?.argb) : undefined,
      };
    },
  };
}

const HOSTS: [host: string, draw: (spec: WorkbookSpec) => Promise<Observed> | Observed][] = [
  ["Excel", drawnInExcel],
  ["Google Sheets", drawnInSheets],
  [".xlsx", drawnAsXlsx],
];

// ---------------------------------------------------------------------------------------------------------
// The specs: small, each about one feature, expectations worked by hand

const sheetOf = emptySheet;

const workbook = (sheets: SheetSpec[], names: WorkbookSpec["names"] = []): WorkbookSpec => ({ locale: "en", sheets, names });

describe.each(HOSTS)("every renderer draws the same: %s", (_host, draw) => {
  it("values: text stays text (even '=1+1' and '0012'), numbers and dates are numbers", async () => {
    const spec = workbook([
      sheetOf("Values", {
        blocks: [{ at: "B2", rows: [[{ text: "Deal" }, { number: 1200.5 }, { day: 46023 }], [{ text: "=1+1" }, { text: "0012" }, null]] }],
        numberFormats: [{ ref: "D2", format: "yyyy-mm-dd" }],
      }),
    ]);
    const seen = await draw(spec);
    expect(["B2", "C2", "D2", "B3", "C3", "D3"].map((address) => seen.cell("Values", address))).toEqual([
      { text: "Deal" },
      { number: 1200.5 },
      { number: 46023 }, // 2026-01-01
      { text: "=1+1" },
      { text: "0012" },
      undefined,
    ]);
  });

  it("right-aligned cells: figures and an empty figure's dash at the right, wrapping kept, other cells left alone", async () => {
    const spec = workbook([
      sheetOf("Aligned", {
        blocks: [{ at: "A1", rows: [[{ text: "Group" }, { number: 0 }, { text: "—" }], [{ text: "(blank)" }, { number: 3 }, { text: "a long note" }]] }],
        rightAligned: ["B1:C2"],
        wrapped: ["C2"],
      }),
    ]);
    const seen = await draw(spec);
    expect(["A1", "B1", "C1", "A2", "B2", "C2"].map((address) => seen.horizontal("Aligned", address))).toEqual([
      undefined,
      "right",
      "right",
      undefined,
      "right",
      "right",
    ]);
  });

  it("centred cells: short words in the middle, clear of the figure on their left; right-aligned wins where both are set", async () => {
    const spec = workbook([
      sheetOf("Centred", {
        blocks: [{ at: "A1", rows: [[{ number: 38 }, { text: "Lead" }, { text: "Done" }], [{ text: "—" }, { text: "Demo" }, { text: "a note" }]] }],
        rightAligned: ["A1:A2", "C2"],
        centered: ["B1:C2"],
        wrapped: ["C1"],
      }),
    ]);
    const seen = await draw(spec);
    expect(["A1", "B1", "C1", "A2", "B2", "C2"].map((address) => seen.horizontal("Centred", address))).toEqual([
      "right",
      "center",
      "center",
      "right",
      "center",
      "right",
    ]);
  });

  it("a date the spec leaves unformatted still shows as a date (yyyy-mm-dd); one it formats keeps its format", async () => {
    const spec = workbook([
      sheetOf("Dates", {
        blocks: [{ at: "A1", rows: [[{ day: 46023 }, { day: 46024 }, { number: 7 }]] }],
        numberFormats: [{ ref: "B1", format: "d mmm yyyy" }],
      }),
    ]);
    const seen = await draw(spec);
    expect(["A1", "B1", "C1"].map((address) => seen.numberFormat("Dates", address) ?? "General")).toEqual(["yyyy-mm-dd", "d mmm yyyy", "General"]);
  });

  it("formulas, and number formats over a range", async () => {
    const spec = workbook([
      sheetOf("Figures", {
        blocks: [{ at: "A1", rows: [[{ number: 3 }, { formula: "A1*2" }, { formula: "SUM(A1:B1)" }]] }],
        numberFormats: [{ ref: "B1:C1", format: "0.0%" }],
      }),
    ]);
    const seen = await draw(spec);
    expect([seen.cell("Figures", "B1"), seen.cell("Figures", "C1")]).toEqual([{ formula: "A1*2" }, { formula: "SUM(A1:B1)" }]);
    expect(["A1", "B1", "C1"].map((address) => seen.numberFormat("Figures", address) ?? "General")).toEqual(["General", "0.0%", "0.0%"]);
  });

  it("dropdowns: a list of words and a range on another sheet, over every cell of their range and no other", async () => {
    const spec = workbook([
      sheetOf("Lists", { blocks: [{ at: "A1", rows: [[{ text: "North" }], [{ text: "South" }], [{ text: "East" }]] }] }),
      sheetOf("Input", {
        validations: [
          { ref: "B2:B4", list: ["Won", "Lost", "Open"], error: "Pick one" },
          { ref: "C2:C4", list: { range: "'Lists'!$A$1:$A$3" }, error: "Pick a region" },
        ],
      }),
    ]);
    const seen = await draw(spec);
    for (const address of ["B2", "B4"]) expect(seen.list("Input", address), address).toEqual({ words: ["Won", "Lost", "Open"] });
    for (const address of ["C2", "C4"]) expect(seen.list("Input", address), address).toEqual({ range: "'Lists'!A1:A3" });
    for (const address of ["B1", "B5", "A2", "D3"]) expect(seen.list("Input", address), address).toBeUndefined();
  });

  it("merged cells, column widths (wider where the spec is wider), hidden columns, frozen panes", async () => {
    const spec = workbook([
      sheetOf("Layout", {
        blocks: [{ at: "A1", rows: [[{ text: "Title" }]] }],
        merges: ["A1:C1", "$E$3:$F$4"],
        columnWidths: [10, 24, 24, 6],
        hiddenColumns: ["D", "G"],
        freeze: { rows: 1, columns: 2 },
      }),
    ]);
    const seen = await draw(spec);
    expect(seen.merges("Layout")).toEqual(["A1:C1", "E3:F4"]);
    const [a, b, c, d] = seen.widths("Layout", 4);
    expect([a < b, b === c, d < a, d > 0]).toEqual([true, true, true, true]);
    expect(seen.hiddenColumns("Layout")).toEqual([4, 7]);
    expect(seen.frozen("Layout")).toEqual({ rows: 1, columns: 2 });
  });

  it("a built sheet's merged header: the Diagnosis interview header (Findings, in E) spans E:H as the findings below it do", async () => {
    // Worked from the sheet's declaration: the problem table runs A…H, the interview table's Findings is its 5th column (E).
    const { sheets } = buildTemplate({ locale: "en" });
    const [stages, diagnosis] = (["stages", "diagnosis"] as const).map((key) => sheets.find((sheet) => sheet.key === key)!);
    const seen = await draw(workbook([stages, diagnosis])); // the Stages sheet holds the survey's dropdown words
    const header = Array.from({ length: 80 }, (_, index) => index + 1).find((row) => {
      const cell = seen.cell(diagnosis.name, `E${row}`);
      return cell !== undefined && "text" in cell && cell.text === "Findings";
    })!;
    expect(header).toBeGreaterThan(1);
    expect(seen.merges(diagnosis.name)).toEqual(expect.arrayContaining([`E${header}:H${header}`, `E${header + 1}:H${header + 1}`]));
  });

  it("conditional formats: a formula rule and a data bar, each on its range", async () => {
    const spec = workbook([
      sheetOf("Rules", {
        blocks: [{ at: "B2", rows: [[{ number: 1 }, { number: 5 }], [{ number: -2 }, { number: 9 }]] }],
        conditionalFormats: [
          { kind: "formula", ref: "B2:B3", formula: "B2<0", look: "bad" },
          { kind: "dataBar", ref: "C2:C3", color: "#5B9BD5" },
        ],
      }),
    ]);
    const seen = await draw(spec);
    expect(seen.rules("Rules").sort((x, y) => byAddress(x.range, y.range))).toEqual([
      { range: "B2:B3", formula: "B2<0" },
      { range: "C2:C3", formula: "" },
    ]);
  });

  it("named looks: each style's font (bold, italic, size, colour), fill and bottom line, the same in every host", async () => {
    // The looks chosen for the printed page (docs/DECISIONS.md, core/template/looks.ts), written out by hand:
    // an input range two rows tall has its line under both rows.
    const spec = workbook([
      sheetOf("Looks", {
        blocks: [{ at: "A1", rows: ["Title", "Subtitle", "Header", "Note", "Input", "Input", "Computed", "Total"].map((text) => [{ text }, { text }]) }],
        styles: [
          { ref: "A1", style: "title" },
          { ref: "A2", style: "subtitle" },
          { ref: "A3:B3", style: "header" },
          { ref: "A4", style: "note" },
          { ref: "A5:B6", style: "input" },
          { ref: "A7:B7", style: "computed" },
          { ref: "A8:B8", style: "total" },
        ],
      }),
    ]);
    const seen = await draw(spec);
    const plainLook = { bold: false, italic: false, size: 11, font: undefined, fill: undefined, bottom: undefined };
    const expected: Record<string, SeenLook> = {
      A1: { ...plainLook, bold: true, size: 16, font: "#1F3864" },
      A2: { ...plainLook, bold: true, size: 12, font: "#1F3864" },
      B3: { ...plainLook, bold: true, font: "#FFFFFF", fill: "#305496" },
      A4: { ...plainLook, italic: true, font: "#595959" },
      A5: { ...plainLook, fill: "#FFF2CC", bottom: "#A6A6A6" },
      B6: { ...plainLook, fill: "#FFF2CC", bottom: "#A6A6A6" },
      A7: { ...plainLook, font: "#1F3864", fill: "#DDEBF7" },
      B8: { ...plainLook, bold: true, fill: "#E7E6E6" },
      B1: plainLook,
    };
    for (const [address, look] of Object.entries(expected)) expect(seen.look("Looks", address), address).toEqual(look);
  });

  it("defined names point at their sheet's cells", async () => {
    const spec = workbook(
      [sheetOf("Dash board", { blocks: [{ at: "B2", rows: [[{ number: 0.25 }, { number: 12 }]] }] })],
      [
        { name: "WinRate", ref: "'Dash board'!$B$2" },
        { name: "Figures", ref: "'Dash board'!$B$2:$C$2" },
      ],
    );
    const seen = await draw(spec);
    expect(seen.names()).toMatchObject({ WinRate: "'Dash board'!B2", Figures: "'Dash board'!B2:C2" });
  });

  it("a repeated-rows block: every row written, formulas filled down", async () => {
    const spec = workbook([
      sheetOf("Helpers", {
        blocks: [{ at: "A1", rows: [[{ number: 1 }], [{ number: 2 }], [{ number: 3 }]] }],
        repeated: [{ at: "B1", cells: [{ formula: "A1*10" }, { text: "x" }], count: 3 }],
      }),
    ]);
    const seen = await draw(spec);
    expect(["B1", "B2", "B3", "B4"].map((address) => seen.cell("Helpers", address))).toEqual([{ formula: "A1*10" }, { formula: "A2*10" }, { formula: "A3*10" }, undefined]);
    expect(["C1", "C3", "C4"].map((address) => seen.cell("Helpers", address))).toEqual([{ text: "x" }, { text: "x" }, undefined]);
  });

  it("a numbered copy (made in core, before the renderer) reads only itself: formulas, repeated rows, dropdowns, names", async () => {
    const spec = asCopy(
      workbook(
        [
          sheetOf("Stages", { blocks: [{ at: "A1", rows: [[{ text: "Lead" }], [{ text: "Won" }]] }] }),
          sheetOf("Deals", {
            blocks: [{ at: "A1", rows: [[{ formula: "COUNTA('Stages'!A1:A2)+Rate" }, { text: "'Stages'!A1" }]] }],
            repeated: [{ at: "C1", cells: [{ formula: "Stages!A1&\"!\"" }], count: 2 }],
            validations: [{ ref: "D1:D2", list: { range: "'Stages'!$A$1:$A$2" }, error: "Pick a stage" }],
          }),
        ],
        [{ name: "Rate", ref: "'Stages'!$A$1" }],
      ),
      2,
    );
    const seen = await draw(spec);
    expect(seen.cell("Deals (2)", "A1")).toEqual({ formula: "COUNTA('Stages (2)'!A1:A2)+Rate_2" });
    expect(seen.cell("Deals (2)", "B1")).toEqual({ text: "'Stages'!A1" });
    expect(["C1", "C2"].map((address) => seen.cell("Deals (2)", address))).toEqual([{ formula: "'Stages (2)'!A1&\"!\"" }, { formula: "'Stages (2)'!A2&\"!\"" }]);
    expect(seen.list("Deals (2)", "D2")).toEqual({ range: "'Stages (2)'!A1:A2" });
    expect(seen.names()).toEqual({ Rate_2: "'Stages (2)'!A1" });
  });
});

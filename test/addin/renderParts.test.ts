import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../core/template/buildTemplate";
import { blockMatrix } from "../../addin/render/cellMatrix";
import { literalText, needsQuotePrefix } from "../../addin/render/literalText";
import type { RenderOperation } from "../../addin/render/operations";
import { packOperations } from "../../addin/render/packOperations";
import { OPERATION_OVERHEAD_BYTES, utf8Length } from "../../addin/render/payload";
import { renameReferences } from "../../core/template/renameReferences";
import { withSuffix } from "../../core/template/renamedSpec";
import { isValidSheetName, planRender } from "../../addin/render/renderPlan";
import { storeTyped } from "./fakes/typedInput";

// The renderer's pure parts: literal text, block arrays, reference renaming, planning and packing.

describe("literalText", () => {
  it("prefixes exactly the text Excel would reinterpret, and the fake then stores it as that text", () => {
    const risky = ["=A1", " =A1", "+5", "-x", "@SUM(A1)", "'already", "#N/A", "TRUE", "false", "12", "2026-01-05", "１２３", "50%", "¥1,200", "P90"];
    const safe = ["线索", "Won", "Lead scoring", "Days in Quote", ""];
    for (const text of risky) {
      expect(needsQuotePrefix(text), text).toBe(true);
      expect(storeTyped(literalText(text), undefined)).toEqual({ kind: "text", value: text, quotePrefix: true });
    }
    for (const text of safe) {
      expect(literalText(text), text).toBe(text);
      if (text !== "") expect(storeTyped(literalText(text), undefined)).toEqual({ kind: "text", value: text, quotePrefix: false });
    }
  });
});

describe("blockMatrix", () => {
  it("pads ragged rows to the rectangle, writes formulas with '=', and days as their serial", () => {
    const written = blockMatrix({ at: "C3", rows: [[{ text: "=x" }], [{ day: 46027 }, { formula: "C4*2" }, null]] });
    expect(written).toEqual({
      rect: { top: 3, left: 3, bottom: 4, right: 5 },
      property: "formulas",
      matrix: [["'=x", null, null], [46027, "=C4*2", null]],
    });
    expect(blockMatrix({ at: "A1", rows: [[{ number: 1 }]] }).property).toBe("values");
    expect(() => blockMatrix({ at: "A1", rows: [[{ number: Number.NaN }]] })).toThrow(RangeError);
  });
});

describe("renameReferences", () => {
  const renames = {
    sheets: new Map([["Deals", "Deals (2)"], ["It's", "It's (2)"]]),
    identifiers: new Map([["DEALSTABLE", "DealsTable_2"], ["WINRATE", "WinRate_2"]]),
  };
  it.each([
    ["COUNTIF('Deals'!$A$2:$A$9,\"'Deals'!A1\")", "COUNTIF('Deals (2)'!$A$2:$A$9,\"'Deals'!A1\")"],
    ["Deals!A1+'It''s'!B2", "'Deals (2)'!A1+'It''s (2)'!B2"],
    ["ROWS(DealsTable[Amount])*winrate", "ROWS(DealsTable_2[Amount])*WinRate_2"],
    ["MyDealsTable+WINRATE2+WinRate(1)+A1", "MyDealsTable+WINRATE2+WinRate(1)+A1"],
  ])("%s", (formula, expected) => expect(renameReferences(formula, renames)).toBe(expected));
});

describe("planRender", () => {
  const spec = buildTemplate({ locale: "en" });
  const empty = { sheets: [], names: [], tables: [] };

  it("sheet names follow Excel's rules", () => {
    expect(["Deals", "交易 (2)", "a".repeat(31)].every(isValidSheetName)).toBe(true);
    expect(["", "a".repeat(32), "a/b", "[x]", "'x", "History"].some(isValidSheetName)).toBe(false);
  });

  it("an existing workbook name of the template is a clash (another template's figures), named in the answer", () => {
    expect(planRender(spec, { sheets: [], names: ["winrate"], tables: [] })).toEqual({ status: "clash", sheets: [], names: ["WinRate"], copy: 2 });
  });

  it("a clash names the first copy number whose sheet, name and table spellings are all free", () => {
    const sheets = spec.sheets.map((sheet) => sheet.name);
    const copyTwo = planRender(spec, { sheets, names: [], tables: [] }, { suffix: " (2)" });
    expect(copyTwo.status).toBe("ready");
    // Sheets compare case-insensitively; a copy's name or table taken anywhere moves the number on too.
    const clash = (existing: { sheets: string[]; names: string[]; tables: string[] }) => {
      const plan = planRender(spec, existing);
      return plan.status === "clash" ? plan.copy : undefined;
    };
    expect(clash({ sheets, names: [], tables: [] })).toBe(2);
    expect(clash({ sheets: [...sheets, `${sheets[3].toUpperCase()} (2)`], names: [], tables: [] })).toBe(3);
    expect(clash({ sheets, names: ["winrate_2", "WinRate_3"], tables: [] })).toBe(4);
    expect(clash({ sheets, names: [], tables: ["DealsTable_2"] })).toBe(3);
    // The number found really plans without a clash, and names every sheet "<name> (n)".
    const existing = { sheets: [...sheets, ...sheets.map((name) => `${name} (2)`)], names: ["WinRate_3"], tables: [] };
    const copy = clash(existing);
    expect(copy).toBe(4);
    const plan = planRender(spec, existing, { suffix: ` (${copy})` });
    expect(plan.status === "ready" && plan.create.map((sheet) => sheet.name)).toEqual(sheets.map((name) => `${name} (4)`));
  });

  it("adding only missing sheets keeps existing names (never overwritten); taken table names get a number, in the spec drawn", () => {
    // The Excel template's figures read INDEX(DealsTable,0,k): they must read the table under its new name.
    const excel = buildTemplate({ locale: "en", host: "excel" });
    const plan = planRender(excel, { sheets: [], names: ["winrate"], tables: ["DEALSTABLE"] }, { onlyMissing: true });
    expect(plan.status).toBe("ready");
    if (plan.status !== "ready") return;
    expect(plan.skippedNames).toEqual(["WinRate"]);
    expect(plan.names.map((name) => name.name)).not.toContain("WinRate");
    expect(plan.renamedTables).toEqual({ DealsTable: "DealsTable_2" });
    expect(plan.create.flatMap((sheet) => sheet.tables.map((table) => table.name))).toContain("DealsTable_2");
    const formulas = plan.create.flatMap((sheet) => [...sheet.blocks.flatMap((block) => block.rows.flat()), ...(sheet.repeated ?? []).flatMap((rows) => rows.cells)]);
    const text = formulas.flatMap((cell) => (cell !== null && "formula" in cell ? [cell.formula] : []));
    expect(text.filter((formula) => /\bDealsTable\b(?!_)/.test(formula))).toEqual([]);
    expect(text.some((formula) => formula.includes("INDEX(DealsTable_2,0,"))).toBe(true);
  });

  it("a suffix is core's renamed spec: the sheets drawn are withSuffix's, names and all", () => {
    const plan = planRender(spec, empty, { suffix: " 副本" });
    const copy = withSuffix(spec, " 副本");
    expect(plan.status === "ready" && plan.create.map((sheet) => sheet.name)).toEqual(spec.sheets.map((sheet) => `${sheet.name} 副本`));
    // Deep equality as one boolean: a diff of two whole templates takes vitest minutes to print.
    expect(plan.status === "ready" && isDeepStrictEqual({ create: plan.create, names: plan.names }, { create: copy.sheets, names: copy.names })).toBe(true);
  });

  it("without options a clash refuses everything; with onlyMissing the clash is skipped", () => {
    const existing = { ...empty, sheets: [spec.sheets[0].name.toLowerCase()] };
    expect(planRender(spec, existing)).toEqual({ status: "clash", sheets: [spec.sheets[0].name], names: [], copy: 2 });
    const plan = planRender(spec, existing, { onlyMissing: true });
    expect(plan.status === "ready" && plan.create.map((sheet) => sheet.name)).toEqual(spec.sheets.slice(1).map((sheet) => sheet.name));
  });
});

describe("packOperations", () => {
  const matrix = (rows: number, cellBytes: number): RenderOperation => {
    const cells = Array.from({ length: rows }, () => ["x".repeat(cellBytes - 3)]);
    return { kind: "matrix", label: "m", sheet: "S", rect: { top: 1, left: 1, bottom: rows, right: 1 }, property: "values", matrix: cells, rowBytes: cells.map(() => cellBytes + 1) };
  };
  const call = (bytes: number): RenderOperation => ({ kind: "call", label: "c", bytes, apply: () => undefined });

  it("fills each batch up to the budget, cutting arrays into row slices", () => {
    const batches = packOperations([call(100), matrix(100, 99), call(100)], 3_000);
    expect(batches.every((batch) => batch.bytes <= 3_000)).toBe(true);
    const rows = batches.flatMap((batch) => batch.items).filter((item) => item.kind === "rows");
    expect(rows.map((item) => (item.kind === "rows" ? item.to - item.from : 0)).reduce((a, b) => a + b)).toBe(100);
    expect(batches.length).toBe(Math.ceil((200 + 100 * 100 + rows.length * OPERATION_OVERHEAD_BYTES) / 3_000));
  });

  it("refuses a single row larger than the budget", () => {
    expect(() => packOperations([matrix(1, 5_000)], 3_000)).toThrow(RangeError);
  });

  it("counts UTF-8 bytes", () => {
    expect(utf8Length("aé线😀")).toBe(1 + 2 + 3 + 4);
  });
});

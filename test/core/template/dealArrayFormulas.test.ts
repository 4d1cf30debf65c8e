/**
 * The Deals sheet's helpers for Google Sheets (one ARRAYFORMULA per column over open-ended ranges,
 * dealArrayFormulas.ts) against the row formulas every other host fills down, in HyperFormula (array arithmetic,
 * IF cell by cell as Sheets does). HyperFormula has no open-ended ranges (`H2:H`), so they are bounded at a row
 * far below the deals — the same cells Sheets reads.
 */
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../../core/model/cells";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { KEY_FIGURES, templateLayout } from "../../../core/template/layout";
import { expandRepeated } from "../../../core/template/repeatedRows";
import type { TemplateCell, TemplateOptions, WorkbookSpec } from "../../../core/template/types";
import { loadWorkbook, valueOf } from "./hyperformulaWorkbook";

/** Every open-ended range (`H2:H`, `$S$2:$S`, `$H$1:$H`) ended at `lastRow`. */
function bounded(spec: WorkbookSpec, lastRow: number): WorkbookSpec {
  const end = (formula: string) => formula.replace(/(\$?[A-Z]{1,3}\$?[12]:(\$?)[A-Z]{1,3})(?![$0-9A-Za-z_(!])/g, `$1$2${lastRow}`);
  const cell = (value: TemplateCell): TemplateCell => (value !== null && "formula" in value ? { formula: end(value.formula) } : value);
  return { ...spec, sheets: spec.sheets.map((sheet) => ({ ...sheet, blocks: sheet.blocks.map((block) => ({ ...block, rows: block.rows.map((row) => row.map(cell)) })) })) };
}

const helperValues = (spec: WorkbookSpec, options: TemplateOptions, rows: number) => {
  const hf = loadWorkbook(spec);
  const layout = templateLayout(options.locale, (options.stages ?? [1, 2, 3, 4, 5, 6]).length, 0);
  const sheet = layout.sheetName("deals");
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: layout.deals.lastColumn - layout.deals.valid + 1 }, (_, c) => valueOf(hf, sheet, `${columnLetter(layout.deals.valid + c)}${r + 2}`)),
  );
};

const keyFigures = (spec: WorkbookSpec) => {
  const hf = loadWorkbook(spec);
  const layout = templateLayout(spec.locale, 6, 0);
  return KEY_FIGURES.map((figure) => valueOf(hf, layout.sheetName("dashboard"), `B${layout.dashboard.keyFigureRow[figure]}`));
};

describe("the Deals helpers as Sheets array formulas", () => {
  it("are one ARRAYFORMULA per helper column in row 2, over open-ended ranges, with no function that folds an array", () => {
    const deals = buildTemplate({ locale: "en", host: "sheets" }).sheets.find((sheet) => sheet.key === "deals")!;
    expect(deals.repeated).toBeUndefined();
    const helpers = deals.blocks.find((block) => block.at === `${columnLetter(templateLayout("en", 6, 0).deals.valid)}2`)!;
    expect(helpers.rows).toHaveLength(1);
    expect(helpers.rows[0]).toHaveLength(4 + 5);
    for (const cell of helpers.rows[0]) {
      const formula = (cell as { formula: string }).formula;
      expect(formula).toMatch(/^ARRAYFORMULA\(/);
      expect(formula.replace(/"[^"]*"/g, "")).not.toMatch(/\b(MAX|MIN|AND|OR|COUNT|COUNTA|SUM)\(/);
      expect(formula).not.toMatch(/[A-Z]2:[A-Z]\d/);
    }
  });

  it.each([
    { label: "en, sample with bad rows", options: { locale: "en", sampleDeals: 300, sampleBadRows: 12, seed: 7 } as TemplateOptions },
    { label: "zh-CN, sample", options: { locale: "zh-CN", sampleDeals: 200, seed: 3 } as TemplateOptions },
  ])("compute on every row what the filled-down row formulas compute ($label)", ({ options }) => {
    const rows = (options.sampleDeals ?? 0) + 20;
    const file = buildTemplate({ ...options, dealRows: rows });
    const sheets = buildTemplate({ ...options, dealRows: rows, host: "sheets" });
    expect(helperValues(bounded(sheets, rows + 1), options, rows)).toEqual(helperValues(file, options, rows));
  });

  it("count deals on rows below the prepared ones: the Dashboard of 300 deals past 100 prepared rows is that of 300 prepared", () => {
    const options: TemplateOptions = { locale: "en", sampleDeals: 300, sampleBadRows: 9, seed: 11 };
    const prepared = keyFigures(buildTemplate({ ...options, dealRows: 320 }));
    const below = keyFigures(bounded(buildTemplate({ ...options, host: "sheets", dealRows: 100 }), 400));
    expect(prepared[0]).toBeGreaterThan(250);
    expect(below).toEqual(prepared);
    // A file with 100 prepared rows counts only those (and warns): the figures differ.
    expect(keyFigures(buildTemplate({ ...options, dealRows: 100 }))[0]).toBeLessThan(100);
  });
});

describe("a repeated row", () => {
  it("stands for its rows filled down: relative rows move, absolute rows, text and other sheets' quoted names stay", () => {
    expect(expandRepeated({ at: "S2", cells: [{ formula: `IF(H2="","",$H$1-'Q2'!A2)` }, { text: "H2" }, null], count: 3 }).rows).toEqual([
      [{ formula: `IF(H2="","",$H$1-'Q2'!A2)` }, { text: "H2" }, null],
      [{ formula: `IF(H3="","",$H$1-'Q2'!A3)` }, { text: "H2" }, null],
      [{ formula: `IF(H4="","",$H$1-'Q2'!A4)` }, { text: "H2" }, null],
    ]);
  });

  it("is how the file and Excel templates carry the Deals helpers: one row, as many as the prepared rows", () => {
    for (const host of ["file", "excel"] as const) {
      const deals = buildTemplate({ locale: "en", host }).sheets.find((sheet) => sheet.key === "deals")!;
      const first = `${columnLetter(templateLayout("en", 6, 1001, host).deals.valid)}2`;
      expect(first).toBe("AE2"); // after 16 input columns and 14 spare ones (pasteRoom.ts)
      expect(deals.repeated).toEqual([{ at: first, cells: expect.any(Array), count: 1000 }]);
      expect(deals.blocks.some((block) => block.at === first)).toBe(false);
    }
  });
});

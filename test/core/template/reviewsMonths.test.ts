/**
 * The Reviews sheet's months are fixed once the template is generated (a LibreOffice review: with TODAY() in the
 * first month, every row moved up a month each month while the notes typed beside them stayed put). The core
 * reads no clock: the caller passes `today`; without it the months are fixed too (2025-12 … 2026-11).
 */
import { describe, expect, it } from "vitest";
import { dayFromCivil } from "../../../core/parse/dates";
import { buildTemplate } from "../../../core/template/buildTemplate";
import type { SheetSpec, TemplateOptions } from "../../../core/template/types";
import { loadWorkbook, setValues, valueOf } from "./hyperformulaWorkbook";
import { cellAt } from "./specCells";

const LOCALES = ["zh-CN", "en"] as const;

function reviewsOf(options: TemplateOptions): SheetSpec {
  return Object.freeze(buildTemplate(options)).sheets.find((sheet) => sheet.key === "reviews")!;
}


/** The twelve month cells, A5:A16, as HyperFormula calculates them. */
function months(options: TemplateOptions): unknown[] {
  const spec = buildTemplate(options);
  const hf = loadWorkbook(spec);
  const name = spec.sheets.find((sheet) => sheet.key === "reviews")!.name;
  return Array.from({ length: 12 }, (_, index) => valueOf(hf, name, `A${5 + index}`));
}

describe.each(LOCALES)("the Reviews months (%s)", (locale) => {
  it("start 11 months before `today`'s month, as a fixed date value, and no cell uses TODAY()", () => {
    // 2026-03-15 → the twelve months April 2025 … March 2026 (worked by hand: 3 − 11 = −8 → April of 2025).
    const sheet = reviewsOf({ locale, dealRows: 20, today: dayFromCivil(2026, 3, 15) });
    expect(cellAt(sheet, "A5")).toEqual({ day: dayFromCivil(2025, 4, 1) });
    const formulas = sheet.blocks.flatMap((block) => block.rows.flat()).flatMap((cell) => (cell !== null && "formula" in cell ? [cell.formula] : []));
    expect(formulas.filter((formula) => /TODAY\(/i.test(formula))).toEqual([]);
  });

  it("follow the first month, which the manager may change", () => {
    const options = { locale, dealRows: 20, today: dayFromCivil(2026, 1, 31) } as const;
    // 2026-01-31 → February 2025 … January 2026.
    expect(months(options)).toEqual([
      ...Array.from({ length: 11 }, (_, index) => dayFromCivil(2025, 2 + index, 1)),
      dayFromCivil(2026, 1, 1),
    ]);
    const spec = buildTemplate(options);
    const hf = loadWorkbook(spec);
    const name = spec.sheets.find((sheet) => sheet.key === "reviews")!.name;
    setValues(hf, name, [["A5", dayFromCivil(2026, 7, 1)]]);
    expect(valueOf(hf, name, "A16")).toBe(dayFromCivil(2027, 6, 1));
  });

  it("are fixed without `today` too: December 2025 … November 2026", () => {
    expect(cellAt(reviewsOf({ locale, dealRows: 20 }), "A5")).toEqual({ day: dayFromCivil(2025, 12, 1) });
    expect(months({ locale, dealRows: 20 })[11]).toBe(dayFromCivil(2026, 11, 1));
  });

  it("with sample data are the sample's, whatever `today` is", () => {
    const options = { locale, sampleDeals: 40, dealRows: 60 } as const;
    expect(cellAt(reviewsOf({ ...options, today: dayFromCivil(2030, 6, 1) }), "A5")).toEqual(cellAt(reviewsOf(options), "A5"));
    expect(cellAt(reviewsOf(options), "A5")).toEqual({ day: dayFromCivil(2025, 12, 1) });
  });
});

it("a `today` that is not a whole day number is an error in use", () => {
  expect(() => buildTemplate({ locale: "en", today: 46027.5 })).toThrow(RangeError);
  expect(() => buildTemplate({ locale: "en", today: Number.NaN })).toThrow(/today must be a whole day number/);
});

/**
 * A difference of two rates is shown in percentage points, never in %: every rate-difference cell of the template
 * (the Dashboard's gap to the benchmark, Diagnosis' gap of a rate, the Pilot's lift and its before/after change,
 * the Reviews' win rate against last month and against the goal) has a percentage-point format and holds the
 * difference × 100, checked against the two rates it compares, read from the same workbook (HyperFormula).
 */
import { describe, expect, it } from "vitest";
import { a1, parseA1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { sheetLayouts } from "../../../core/template/layout";
import { WIN_RATE_GOAL_INDEX } from "../../../core/template/sheets/reviews";
import type { SheetSpec, TemplateOptions, WorkbookSpec } from "../../../core/template/types";
import { cellAt } from "./specCells";
import { loadWorkbook, valueOf } from "./hyperformulaWorkbook";

/** The number format a sheet gives a cell (the last one that covers it), or undefined. */
function formatAt(sheet: SheetSpec, address: string): string | undefined {
  const { column, row } = parseA1(address);
  let found: string | undefined;
  for (const { ref, format } of sheet.numberFormats) {
    const [from, to = from] = ref.split(":").map(parseA1);
    if (column >= from.column && column <= to.column && row >= from.row && row <= to.row) found = format;
  }
  return found;
}

const sheetOf = (spec: WorkbookSpec, key: SheetSpec["key"]) => spec.sheets.find((sheet) => sheet.key === key)!;

/** Said in percentage points: the unit in the format, no "%" (which would scale by 100 and read as a relative change). */
function expectPoints(format: string | undefined, locale: TemplateOptions["locale"], where: string) {
  expect(format, where).toBeDefined();
  expect(format!.replace(/"[^"]*"/g, ""), `${where}: ${format}`).not.toContain("%");
  expect(format, where).toContain(locale === "en" ? '" pp"' : '"个百分点"');
}

describe("rate differences in percentage points", () => {
  for (const options of [
    { locale: "zh-CN", sampleDeals: 300, dealRows: 320, seed: 4 },
    { locale: "en", sampleDeals: 300, dealRows: 320, seed: 4 },
  ] as TemplateOptions[]) {
    const { locale } = options;
    const spec = buildTemplate(options);
    const layout = sheetLayouts(options);
    const hf = loadWorkbook(spec);
    const value = (sheet: string, address: string) => valueOf(hf, sheet, address);
    const near = (shown: unknown, rates: [unknown, unknown], where: string) => {
      if (typeof rates[0] !== "number" || typeof rates[1] !== "number") return;
      expect(shown as number, where).toBeCloseTo((rates[0] - rates[1]) * 100, 9);
    };

    it(`the Dashboard's gap to the benchmark (${locale})`, () => {
      const sheet = sheetOf(spec, "dashboard");
      const { funnel, funnelRows } = layout.dashboard;
      let checked = 0;
      for (let row = funnelRows.first + 1; row <= funnelRows.last; row++) {
        expectPoints(formatAt(sheet, a1(funnel.gap, row)), locale, `gap row ${row}`);
        const shown = value(sheet.name, a1(funnel.gap, row));
        near(shown, [value(sheet.name, a1(funnel.stepConversion, row)), value(sheet.name, a1(funnel.benchmark, row))], `gap row ${row}`);
        if (typeof shown === "number") checked++;
      }
      expect(checked).toBeGreaterThan(2);
    });

    it(`the Diagnosis' gap of each rate (${locale})`, () => {
      const sheet = sheetOf(spec, "diagnosis");
      // Problems: value in D, benchmark in E, gap in F; a rate's value is formatted in %.
      const rateRows = sheet.numberFormats.filter(({ ref, format }) => format.includes("%") && parseA1(ref.split(":")[0]).column === 4).map(({ ref }) => parseA1(ref.split(":")[0]).row);
      expect(rateRows.length).toBeGreaterThan(1);
      for (const row of rateRows) {
        expectPoints(formatAt(sheet, a1(6, row)), locale, `diagnosis row ${row}`);
        near(value(sheet.name, a1(6, row)), [value(sheet.name, a1(4, row)), value(sheet.name, a1(5, row))], `diagnosis row ${row}`);
      }
    });

    it(`the Pilot's lift and the pilot team's before/after change (${locale})`, () => {
      const sheet = sheetOf(spec, "pilot");
      const { figures, baseline } = layout.pilot;
      expectPoints(formatAt(sheet, figures.lift), locale, "lift");
      expectPoints(formatAt(sheet, baseline.change), locale, "change");
      near(value(sheet.name, figures.lift), [value(sheet.name, figures.pilotRate), value(sheet.name, figures.controlRate)], "lift");
      near(value(sheet.name, baseline.change), [value(sheet.name, baseline.afterRate), value(sheet.name, baseline.beforeRate)], "change");
      // The relative lift stays a ratio of rates: (pilot − control) / control, in %.
      const [pilotRate, controlRate] = [value(sheet.name, figures.pilotRate), value(sheet.name, figures.controlRate)] as number[];
      expect(value(sheet.name, figures.relativeLift) as number).toBeCloseTo((pilotRate - controlRate) / controlRate, 9);
      expect(formatAt(sheet, figures.relativeLift)).toBe("0.0%");
    });

    it(`the Reviews' win rate against last month and against the goal (${locale})`, () => {
      const sheet = sheetOf(spec, "reviews");
      const { close } = layout.reviews;
      const c = close.columns;
      const goal = value(layout.goals.sheet, a1(layout.goals.columns.target, layout.goals.rows[WIN_RATE_GOAL_INDEX]));
      let checked = 0;
      for (let row = close.first; row <= close.first + 11; row++) {
        for (const key of ["vsLastMonth", "vsGoal"] as const) expectPoints(formatAt(sheet, a1(c[key], row)), locale, `${key} row ${row}`);
        const winRate = value(sheet.name, a1(c.winRate, row));
        if (row > close.first) near(value(sheet.name, a1(c.vsLastMonth, row)), [winRate, value(sheet.name, a1(c.winRate, row - 1))], `vs last month ${row}`);
        near(value(sheet.name, a1(c.vsGoal, row)), [winRate, goal], `vs goal ${row}`);
        if (typeof value(sheet.name, a1(c.vsGoal, row)) === "number") checked++;
      }
      expect(checked).toBeGreaterThan(3);
      expect(cellAt(sheet, a1(c.vsGoal, close.first))).toHaveProperty("formula");
    });
  }
});

import { describe, expect, it } from "vitest";
import { columnNumber, parseA1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { templateLayout } from "../../../core/template/layout";
import { expandSheet } from "../../../core/template/repeatedRows";
import type { SheetSpec, TemplateHost } from "../../../core/template/types";

const HOSTS: readonly TemplateHost[] = ["file", "excel", "sheets"];
/** A wide CRM export: 20 columns, more than the template's 16 input columns with six stages. */
const EXPORT_COLUMNS = 20;

/** Every formula cell a sheet spec writes, as (column, row). */
function formulaCells(sheet: SheetSpec): { column: number; row: number }[] {
  const cells: { column: number; row: number }[] = [];
  for (const block of expandSheet(sheet).blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null && "formula" in cell) cells.push({ column: at.column + c, row: at.row + r });
      }),
    );
  }
  return cells;
}

const dealsOf = (host: TemplateHost, stages?: readonly string[], sampleDeals = 0) =>
  buildTemplate({ locale: "en", host, stages, sampleDeals, dealRows: 50 }).sheets.find((sheet) => sheet.key === "deals")!;

describe("the Deals sheet is safe to paste a wide export into", () => {
  for (const host of HOSTS) {
    for (const stages of [undefined, ["Lead", "Won"], ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10"]]) {
      it(`${host}, ${stages?.length ?? 6} stages: a 20-column export pasted at A2 touches no formula cell`, () => {
        const deals = dealsOf(host, stages);
        const formulas = formulaCells(deals);
        expect(formulas.length).toBeGreaterThan(0);
        // The paste covers A2:T{every row}; in Sheets an array formula in row 2 also fills its column below.
        const hit = formulas.filter(({ column, row }) => row >= 2 && column <= EXPORT_COLUMNS);
        expect(hit).toEqual([]);
      });
    }
  }

  it("the helper columns are hidden, the input and spare columns are not", () => {
    for (const host of HOSTS) {
      const layout = templateLayout("en", 6, 51, host);
      const hidden = new Set(dealsOf(host).hiddenColumns.map(columnNumber));
      for (let column = 1; column <= layout.deals.lastColumn; column++) expect(hidden.has(column), `column ${column}`).toBe(column >= layout.deals.valid);
    }
  });

  it("leaves at least 30 columns for an export before the helpers, and 10 spare columns after the inputs", () => {
    for (const stageCount of [2, 6, 12, 20]) {
      const { deals } = templateLayout("en", stageCount, 51);
      expect(deals.lastInput).toBe(10 + stageCount); // 7 fields, the stages, 3 fields
      expect(deals.valid - 1).toBe(Math.max(30, deals.lastInput + 10));
    }
  });

  it("the sample's rows still land in the input columns, and no input column moves", () => {
    const { deals } = templateLayout("en", 6, 51);
    expect([deals.field.id, deals.stage(0), deals.field.amount, deals.field.lostReason]).toEqual([1, 8, 14, 16]);
  });
});

describe("the empty Deals sheet's paste guide", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    it(`${locale}: a note on the header's first cell says where to paste, which columns are read, the spare ones and the hidden helpers`, () => {
      const deals = buildTemplate({ locale, host: "file" }).sheets.find((sheet) => sheet.key === "deals")!;
      // Six stages: inputs A…P, spare Q…AD, hidden helpers from AE (worked out by hand: 7 + 6 + 3 = 16, 30 − 16 = 14).
      expect(deals.notes).toHaveLength(1);
      const [note] = deals.notes!;
      expect(note.ref).toBe("A1");
      for (const part of ["A2", "A–P", "Q–AD", "AE"]) expect(note.text).toContain(part);
      expect(note.text).toMatch(locale === "en" ? /hidden on purpose/ : /特意隐藏/);
      // A note is no cell value: A1 still holds the ID header, as text.
      expect(deals.blocks[0]).toMatchObject({ at: "A1" });
      expect(deals.blocks[0].rows[0][0]).toEqual({ text: locale === "en" ? "Deal ID" : expect.any(String) });
    });
  }

  it("is on the empty sheet only: a template with deals has no guide", () => {
    expect(buildTemplate({ locale: "en", sampleDeals: 20 }).sheets.find((sheet) => sheet.key === "deals")!.notes ?? []).toEqual([]);
  });
});

describe("hidden working columns", () => {
  it("no chart reads a hidden column (Excel and LibreOffice plot visible cells only)", () => {
    for (const host of HOSTS) {
      for (const sheet of buildTemplate({ locale: "en", host, sampleDeals: 30 }).sheets) {
        const hidden = new Set(sheet.hiddenColumns.map(columnNumber));
        for (const chart of sheet.charts) {
          for (const ref of [chart.categories, chart.values, chart.secondValues].filter((ref) => ref !== undefined)) {
            const [first, last = first] = ref.replace(/\$/g, "").split(":").map((cell) => parseA1(cell).column);
            for (let column = first; column <= last; column++) expect(hidden.has(column), `${sheet.name} ${chart.title} ${ref}`).toBe(false);
          }
        }
      }
    }
  });

  it("the Pilot's k/P(k), the Action plan's status codes, the Reviews' next month and lost-at columns are hidden", () => {
    const layout = templateLayout("en", 6, 1001);
    const spec = buildTemplate({ locale: "en" });
    const hiddenOn = (key: string) => new Set(spec.sheets.find((sheet) => sheet.key === key)!.hiddenColumns.map(columnNumber));
    expect(hiddenOn("pilot").has(layout.pilot.fisherHelper.k) && hiddenOn("pilot").has(layout.pilot.fisherHelper.probability)).toBe(true);
    expect(hiddenOn("actionPlan").has(layout.actionPlan.helpers.statusCode)).toBe(true);
    const reviews = hiddenOn("reviews");
    for (const work of [layout.reviews.cohort.work, layout.reviews.close.work]) {
      expect(reviews.has(work.next)).toBe(true);
      expect(reviews.has(work.lostAt)).toBe(true);
    }
  });
});

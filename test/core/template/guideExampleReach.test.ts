/**
 * Issue 12, the Guide's example call reaches rows typed or pasted below the prepared ones: in the template for
 * Excel (the add-in) and for Google Sheets it names whole stage columns (`Deals!H:M`, header included), which the
 * custom functions cut at the last filled row (core/functions/trimRanges.ts); in the file for LibreOffice and WPS
 * it keeps the prepared rows, as every native figure of that file does. The answers are worked by hand on a
 * four-deal log: three on prepared rows, one far below them.
 */
import { describe, expect, it } from "vitest";
import { callFunction } from "../../../core/functions/registry";
import { MAX_ROWS, parseA1Rect } from "../../../core/template/a1Rect";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { templateLayout } from "../../../core/template/layout";
import type { SheetSpec, TemplateHost } from "../../../core/template/types";

const HOSTS: readonly TemplateHost[] = ["file", "excel", "sheets"];

function guideTexts(host: TemplateHost): string[] {
  const guide = buildTemplate({ locale: "en", host }).sheets.find((sheet: SheetSpec) => sheet.key === "guide")!;
  return guide.blocks.flatMap((block) => block.rows.flatMap((row) => row.flatMap((cell) => (cell !== null && "text" in cell ? [cell.text] : []))));
}

/** The range argument of the Guide's example for Excel (`SALES.`) or Sheets (bare), read as a rectangle. */
function exampleRange(host: TemplateHost, prefix: "SALES." | "") {
  const example = guideTexts(host).find((text) => text.startsWith(`=${prefix}STAGE_CONVERSION(`))!;
  expect(example, host).toBeDefined();
  const argument = example.slice(`=${prefix}STAGE_CONVERSION(`.length).split(",")[0];
  return { example, rect: parseA1Rect(argument) };
}

const layout = templateLayout("en", 6, 1001);
const STAGE_NAMES = ["Lead", "Opportunity", "Proposal", "Quote", "Negotiation", "Won"];

describe("the Guide's example call", () => {
  it.each(HOSTS)("%s: covers the stage columns from the header row", (host) => {
    for (const prefix of ["SALES.", ""] as const) {
      const { rect } = exampleRange(host, prefix);
      expect([rect.top, rect.left, rect.right]).toEqual([1, layout.deals.stage(0), layout.deals.stage(5)]);
    }
  });

  it.each(["excel", "sheets"] as const)("%s: is not bounded by the prepared rows (whole columns)", (host) => {
    for (const prefix of ["SALES.", ""] as const) expect(exampleRange(host, prefix).rect.bottom).toBe(MAX_ROWS);
  });

  it("file: keeps the prepared rows, as the file's own figures do", () => {
    expect(exampleRange("file", "SALES.").rect.bottom).toBe(1001);
  });

  // Opportunity → Won by hand: rows 2–4 on prepared rows (won; reached Opportunity; Lead only), row 5,000 below
  // them (won). Prepared rows: 1 of 2 = 0.5; every row: 2 of 3.
  const dated = (stages: number) => Array.from({ length: 6 }, (_, i) => (i < stages ? 46000 + i : null));
  const deals = new Map<number, (number | null)[]>([
    [2, dated(6)],
    [3, dated(2)],
    [4, dated(1)],
    [5000, dated(6)],
  ]);
  /** The range as a host passes it: the header row, then `rows` rows, blanks as `blank` (one shared blank row). */
  function argument(bottom: number, blank: null | "") {
    const blankRow = Array.from({ length: 6 }, () => blank);
    return Array.from({ length: bottom }, (_, index) => (index === 0 ? STAGE_NAMES : (deals.get(index + 1)?.map((cell) => cell ?? blank) ?? blankRow)));
  }
  const conversion = (range: unknown) => callFunction("STAGE_CONVERSION", [range, "Opportunity", "Won"], { locale: "en" });

  it("Excel's whole columns (1,048,576 rows of nulls) count the deal below the prepared rows; the prepared rows do not", () => {
    const { example, rect } = exampleRange("excel", "SALES.");
    expect(example).toContain('"Opportunity","Won"');
    expect(conversion(argument(rect.bottom, null))).toBeCloseTo(2 / 3, 12);
    expect(conversion(argument(exampleRange("file", "SALES.").rect.bottom, null))).toBe(0.5);
  });

  it("Sheets' whole columns (the grid's rows, blanks as empty strings) answer the same", () => {
    expect(exampleRange("sheets", "").rect.bottom).toBe(MAX_ROWS);
    // Sheets passes as many rows as the grid has: 6,000 here, the deal at row 5,000 among them.
    expect(conversion(argument(6000, ""))).toBeCloseTo(2 / 3, 12);
    // Without the deal below, the whole columns answer exactly what the prepared rows do.
    deals.delete(5000);
    expect(conversion(argument(6000, ""))).toBe(conversion(argument(1001, "")));
    expect(conversion(argument(MAX_ROWS, null))).toBe(0.5);
  });
});

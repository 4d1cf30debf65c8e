/**
 * No label of the empty template is cut by its column (issue 13: "Pipeline velocity (a"): a one-line label with a
 * filled cell on its right fits its column, a header (which wraps) fits in two lines and no word is wider than
 * its column — in the display-width estimate (a CJK character counts two) against the column's characters.
 */
import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { cutLabels } from "./labelWidths";

describe("labels fit their columns", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    it(`no label of the ${locale} template is cut`, () => {
      const cut = buildTemplate({ locale, sampleDeals: 0 }).sheets.flatMap(cutLabels);
      expect(cut.map(({ sheet, at, text, width, columnWidth }) => `${sheet}!${at} "${text}" ${width} > ${columnWidth}`)).toEqual([]);
    });
  }

  it("finds a cut label (the checker can fail)", () => {
    const sheet = buildTemplate({ locale: "en", sampleDeals: 0 }).sheets.find((candidate) => candidate.key === "dashboard")!;
    const narrow = { ...sheet, columnWidths: sheet.columnWidths.map((width, index) => (index === 0 ? 16 : width)) };
    expect(cutLabels(narrow).map(({ text }) => text)).toContain("Pipeline velocity, per day");
  });
});

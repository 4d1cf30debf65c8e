/**
 * A Segments row with no deals reads consistently (session 8 print cosmetics: the "(blank)" row printed "0—", a
 * count's 0 right-aligned against the dash of the next column, left-aligned as text). The rule: a count shows 0,
 * a figure over no deals (a step conversion, the win rate, the median cycle) shows "—", and every figure column
 * sits at the right of its cells like the counts, so the dash lines up under the figures.
 */
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../../core/model/cells";
import { a1 } from "../../../core/template/a1";
import { parseA1Rect } from "../../../core/template/a1Rect";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { EMPTY_FIGURE } from "../../../core/template/emptyFigure";
import { sheetLayouts } from "../../../core/template/layout";
import { SEGMENT_FIELDS } from "../../../core/template/segmentsLayout";
import type { SheetSpec } from "../../../core/template/types";
import { cellAt } from "./specCells";

const rightAligned = (sheet: SheetSpec, column: number, row: number) =>
  (sheet.rightAligned ?? []).some((ref) => {
    const rect = parseA1Rect(ref);
    return column >= rect.left && column <= rect.right && row >= rect.top && row <= rect.bottom;
  });

describe.each([
  { locale: "zh-CN" as const, sampleDeals: 200 },
  { locale: "en" as const, sampleDeals: 0 },
])("the Segments sheet's rows (%o)", (options) => {
  const { segments } = sheetLayouts(options);
  const sheet = buildTemplate(options).sheets.find((candidate) => candidate.key === "segments")!;
  const { at, last } = segments.table;
  const figures = Array.from({ length: last - at.step + 1 }, (_, index) => at.step + index).filter((column) => column !== at.cycleCount);
  const counts = [at.deals, ...Array.from({ length: at.step - at.reached }, (_, index) => at.reached + index), at.cycleCount];

  it("a figure shows the dash where it has nothing to count; a count never does", () => {
    for (const field of SEGMENT_FIELDS) {
      const row = segments.sections[field].blankRow;
      for (const column of figures) expect(JSON.stringify(cellAt(sheet, a1(column, row))), a1(column, row)).toContain(EMPTY_FIGURE);
      for (const column of counts) expect(JSON.stringify(cellAt(sheet, a1(column, row))), a1(column, row)).not.toContain(EMPTY_FIGURE);
    }
  });

  it("every figure column sits at the right, on every group row and the blank row", () => {
    const left: string[] = [];
    for (const field of SEGMENT_FIELDS) {
      const section = segments.sections[field];
      for (let row = section.groupRows.first; row <= section.blankRow; row++) {
        for (const column of figures) if (!rightAligned(sheet, column, row)) left.push(`${columnLetter(column)}${row}`);
      }
    }
    expect(left).toEqual([]);
  });
});

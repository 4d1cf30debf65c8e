import { describe, expect, it } from "vitest";
import { parseA1 } from "../../../core/template/a1";
import { columnNumber, parseA1Rect } from "../../../core/template/a1Rect";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { checkSpec, SpecError } from "../../../core/template/checkSpec";
import { dashboardPrintLayout } from "../../../core/template/dashboardPrintLayout";
import { templateLayout } from "../../../core/template/layout";
import { introHeight } from "../../../core/template/printSetup";
import type { SheetSpec, WorkbookSpec } from "../../../core/template/types";

/**
 * Every sheet prints one page wide (issue 13: all but the Dashboard printed portrait at 100 %, their columns split
 * over two to four pages, and each intro paragraph ran as one line past the page's edge).
 */
const SPECS: readonly [string, WorkbookSpec][] = [
  ["zh-CN sample", buildTemplate({ locale: "zh-CN", sampleDeals: 300, seed: 1 })],
  ["en empty template", buildTemplate({ locale: "en" })],
];

/** The letters of an area's last column. */
const sheetArea = (area: { right: number }) => String.fromCharCode(64 + area.right);

function sheetOf(spec: WorkbookSpec, key: SheetSpec["key"]): SheetSpec {
  return spec.sheets.find((sheet) => sheet.key === key)!;
}

describe("every sheet's printed page", () => {
  for (const [label, spec] of SPECS) {
    describe(label, () => {
      const layout = templateLayout(spec.locale, 6, 0);

      it("fits every sheet but the Dashboard to one page wide, as many pages tall as needed", () => {
        for (const sheet of spec.sheets) {
          expect(sheet.print, sheet.name).toBeDefined();
          if (sheet.key === "dashboard") expect(sheet.print).toEqual({ area: dashboardPrintLayout(layout).printArea, orientation: "landscape" });
          else expect(sheet.print!.pagesTall, sheet.name).toBe(0);
        }
      });

      it("prints every visible filled cell, and no column right of the last one", () => {
        for (const sheet of spec.sheets) {
          if (sheet.key === "deals" || sheet.key === "dashboard") continue;
          const area = parseA1Rect(sheet.print!.area);
          const hidden = new Set(sheet.hiddenColumns.map(columnNumber));
          let right = 0;
          for (const block of sheet.blocks) {
            const at = parseA1(block.at);
            block.rows.forEach((row, r) =>
              row.forEach((cell, c) => {
                const column = at.column + c;
                if (cell === null || hidden.has(column)) return;
                right = Math.max(right, column);
                expect(at.row + r, `${sheet.name} row of ${block.at}+${r},${c}`).toBeLessThanOrEqual(area.bottom);
              }),
            );
          }
          expect(area.left, sheet.name).toBe(1);
          expect(area.right, sheet.name).toBeGreaterThanOrEqual(right);
          for (const chart of sheet.charts) expect(parseA1(chart.at).column + chart.columns - 1).toBeLessThanOrEqual(area.right);
        }
      });

      it("prints the Deals sheet's input columns and filled rows only, its header on every page, landscape", () => {
        const deals = sheetOf(spec, "deals");
        const filled = label.includes("sample") ? 300 : 0;
        const last = layout.deals.lastInput;
        expect(parseA1Rect(deals.print!.area)).toEqual({ top: 1, left: 1, bottom: 1 + filled, right: last });
        expect(deals.print!.titleRows).toBe("1:1");
        expect(deals.print!.orientation).toBe("landscape");
      });

      it("turns the wide sheets landscape", () => {
        for (const key of ["processMap", "diagnosis", "actionPlan", "goals", "reviews", "segments"] as const) {
          expect(sheetOf(spec, key).print!.orientation, key).toBe("landscape");
        }
      });

      it("wraps each intro paragraph in a merged cell across the printed width, in a row tall enough", () => {
        for (const sheet of spec.sheets) {
          if (sheet.key === "stages") continue;
          const area = parseA1Rect(sheet.print!.area);
          const intro = sheet.blocks.find((block) => block.at === "A1" || block.at === "A2");
          const cell = sheet.blocks.flatMap((block) => (block.at === "A1" ? [block.rows[1]?.[0]] : block.at === "A2" ? [block.rows[0][0]] : []))[0];
          expect(intro, sheet.name).toBeDefined();
          if (cell === null || cell === undefined || !("text" in cell)) continue;
          const merge = sheet.merges.find((ref) => ref.startsWith("A2:"));
          expect(merge, sheet.name).toBeDefined();
          const merged = parseA1Rect(merge!);
          expect([merged.top, merged.bottom], sheet.name).toEqual([2, 2]);
          expect(merged.right, sheet.name).toBeLessThanOrEqual(area.right);
          // Across the printed width, or up to a column short of what sits beside it (the Action plan's progress).
          if (merged.right < area.right) expect(sheet.key, sheet.name).toBe("actionPlan");
          expect(sheet.wrapped, sheet.name).toContain("A2");
          // Longer than the merged width (a CJK character two wide; 1.5 lines): a row of at least two lines.
          const width = sheet.columnWidths.slice(0, merged.right).reduce((sum, w, index) => sum + (sheet.hiddenColumns.some((h) => columnNumber(h) === index + 1) ? 0 : w), 0);
          const units = [...cell.text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0);
          if (units > 1.5 * width) expect(sheet.rowHeights?.find((height) => height.row === 2)?.points, sheet.name).toBeGreaterThanOrEqual(32);
        }
      });
    });
  }

  it("wraps a heading longer than the printed width too (the Guide's 'works without the add-in' line), not a short one", () => {
    const guide = sheetOf(SPECS[1][1], "guide");
    const area = parseA1Rect(guide.print!.area);
    const subtitles = guide.styles.filter((styled) => styled.style === "subtitle" && !styled.ref.includes(":")).map((styled) => parseA1(styled.ref));
    const text = (row: number) => guide.blocks.flatMap((block) => {
      const at = parseA1(block.at);
      const cell = block.rows[row - at.row]?.[1 - at.column];
      return at.column === 1 && cell !== null && cell !== undefined && "text" in cell ? [cell.text] : [];
    })[0] ?? "";
    const long = subtitles.filter(({ row }) => text(row).length > 209);
    expect(long.length).toBeGreaterThan(0);
    for (const { row } of subtitles) {
      const merged = guide.merges.includes(`A${row}:${sheetArea(area)}${row}`);
      // Longer than the Guide's 209 characters: merged and wrapped; a heading of a few words stays as it is.
      if (text(row).length > 209) expect(merged, text(row)).toBe(true);
      if (text(row).length < 100) expect(merged, text(row)).toBe(false);
    }
  });

  it("sizes a paragraph's row by its width: a line per 53 characters in 60, one line more for word breaks", () => {
    expect(introHeight("x".repeat(100), 60)).toBe(3 * 16 + 4);
    expect(introHeight("线".repeat(40), 60)).toBe(3 * 16 + 4); // 80 characters of width in 53
    expect(introHeight("short", 60)).toBe(0);
  });

  it("refuses a print area or title rows that are not of the sheet", () => {
    const spec = SPECS[1][1];
    const bad = (print: SheetSpec["print"]) => ({ ...spec, sheets: spec.sheets.map((sheet) => (sheet.key === "goals" ? { ...sheet, print } : sheet)) });
    expect(() => checkSpec(bad({ area: "'Deals'!A1:B2", orientation: "portrait" }))).toThrow(SpecError);
    expect(() => checkSpec(bad({ area: "A1:B2", orientation: "portrait", titleRows: "Goals" }))).toThrow(SpecError);
    expect(() => checkSpec(bad({ area: "A1:B2", orientation: "portrait", titleRows: "A3" }))).toThrow(/title rows/);
  });
});

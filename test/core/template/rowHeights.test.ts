import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { actionPlanLayout } from "../../../core/template/layout";
import { textHeight, wrappedLines, wrappedRowHeights } from "../../../core/template/rowHeights";
import { SheetBuilder, formula, text } from "../../../core/template/sheetBuilder";

// Wrapped text needs a row tall enough for its lines (issue 13 §6: sentences ran over the rows below them in
// LibreOffice). Line counts below are worked by hand: a column of w characters has w − 1 of room, a wide (CJK)
// character takes 2, Latin words stay whole.

const LONG_EN = "Customer preferences are not handed to after-sales";
const LONG_ZH = "线索质量参差不齐，分配耗时长"; // 14 wide characters (the comma is full-width) = 28 units

describe("wrappedLines and textHeight", () => {
  it("lays Latin words greedily: 'Customer preferences are' (24) then 'not handed to after-sales' (25) in 27", () => {
    expect(wrappedLines(LONG_EN, 28)).toBe(2);
    expect(wrappedLines(LONG_EN, 60)).toBe(1);
  });
  it("counts a wide character as two: 28 units take two lines in 27, one in 29", () => {
    expect(wrappedLines(LONG_ZH, 28)).toBe(2);
    expect(wrappedLines(LONG_ZH, 30)).toBe(1);
    expect(wrappedLines(LONG_ZH, 10)).toBe(4); // 9 of room: 4 characters a line, 14 characters
  });
  it("starts a line at each line break and breaks a word longer than the line", () => {
    expect(wrappedLines("a\nb\nc", 20)).toBe(3);
    expect(wrappedLines("x".repeat(60), 21)).toBe(3); // 20 a line
  });
  it("gives the height of the lines: 15 points a Latin line, 16 a line with wide characters, 3 of margin; 0 for one line", () => {
    expect(textHeight(LONG_EN, 28)).toBe(33);
    expect(textHeight(LONG_ZH, 28)).toBe(35);
    expect(textHeight("short", 28)).toBe(0);
  });
});

describe("wrappedRowHeights", () => {
  const sheet = new SheetBuilder("actionPlan", "Plan")
    .widths(5, 28, 28)
    .put("A1", [[text(LONG_EN), text("short")]])
    .put("A3", [[null, text(LONG_ZH), text(LONG_EN)], [null, text("short"), text("x".repeat(60))], [null, formula('REPT("x",200)')]])
    .wrap("B1:C5")
    .merge("B6:C6")
    .put("B6", [[text("y".repeat(40))]])
    .wrap("B6")
    .build();

  it("measures only wrapped text cells: the tallest cell of each row, nothing for one-line rows and formulas", () => {
    // A1 is long but not wrapped (it runs over the empty cells to its right); B5 is a formula.
    expect([...wrappedRowHeights(sheet)].sort((a, b) => a[0] - b[0])).toEqual([
      [3, 35], // B3 zh 2 lines (35) beats C3 en 2 lines (33)
      [4, 48], // C4: 60 characters in 27 = 3 lines of 15 + 3
    ]);
  });
  it("measures a merged cell across its columns (40 characters in 55 fit one line)", () => {
    expect(wrappedRowHeights(sheet).has(6)).toBe(false);
  });
  it("measures extra refs the renderer wraps (the .xlsx header look)", () => {
    // A1 is 5 wide (4 of room): Customer 2 lines, preferences 3, are 1, not 1, handed 2, to 1, after-sales 3 = 13.
    expect(wrappedRowHeights(sheet, ["A1"]).get(1)).toBe(13 * 15 + 3);
  });
});

describe("the action plan's wrapped rows get their height (zh-CN and en sample)", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    it(locale, () => {
      const spec = buildTemplate({ locale, sampleDeals: 40 });
      const plan = spec.sheets.find((sheet) => sheet.key === "actionPlan")!;
      const layout = actionPlanLayout(locale, 6);
      const heights = wrappedRowHeights(plan);
      // Every sample item's measures (40 characters wide) or pain point (28) is longer than one line somewhere.
      const tall = Array.from({ length: 9 }, (_, index) => layout.firstItemRow + index).filter((row) => (heights.get(row) ?? 0) >= 30);
      expect(tall.length).toBeGreaterThanOrEqual(3);
    });
  }
});

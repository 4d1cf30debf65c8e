import { describe, expect, it } from "vitest";
import { parseA1Rect } from "../../../core/template/a1Rect";
import { parseA1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { PILOT_NOTE_ROWS, templateLayout } from "../../../core/template/layout";
import { wrappedRowHeights } from "../../../core/template/rowHeights";
import { SheetBuilder, text } from "../../../core/template/sheetBuilder";
import type { SheetSpec, WorkbookSpec } from "../../../core/template/types";
import { wrapAcross } from "../../../core/template/wrapAcross";

// Issue 13's last look, rendered through LibreOffice: text beside other cells ran past the page's edge (the Pilot's
// verdict and p-value note, the Goals' notes and as-of note), and the Lead scoring's second page had no header.

const WORDS = "word ".repeat(12).trim(); // 12 words of 4 letters: 59 characters

describe("wrapAcross", () => {
  const sheet = new SheetBuilder("pilot", "Pilot").widths(20, 20).put("A1", [[text(WORDS)]]).build();
  it("merges and wraps the cells; one line needs no height", () => {
    const spec = wrapAcross(sheet, "A1:B1", ["short"]);
    expect(spec.merges).toContain("A1:B1");
    expect(spec.wrapped).toContain("A1");
    expect(spec.rowHeights ?? []).toEqual([]);
  });
  it("sizes the row for the longest text: 59 characters in 40 × 0.9 − 1 = 35 of room are two lines, 2 × 16 + 4 points", () => {
    expect(wrapAcross(sheet, "A1:B1", ["short", WORDS]).rowHeights).toEqual([{ row: 1, points: 36 }]);
  });
  it("in a 13-point font a line is 13/11 taller and the room 11/13 narrower: six words a line, 2 × 16 × 13/11 + 4 → 42", () => {
    expect(wrapAcross(sheet, "A1:B1", [WORDS], 13).rowHeights).toEqual([{ row: 1, points: 42 }]);
  });
});

const SPECS: readonly [string, WorkbookSpec][] = [
  ["en sample", buildTemplate({ locale: "en", sampleDeals: 200 })],
  ["zh-CN empty template", buildTemplate({ locale: "zh-CN" })],
];
const sheetOf = (spec: WorkbookSpec, key: SheetSpec["key"]) => spec.sheets.find((sheet) => sheet.key === key)!;
const heightOf = (sheet: SheetSpec, row: number) => sheet.rowHeights?.find((entry) => entry.row === row)?.points ?? 0;

for (const [label, spec] of SPECS) {
  describe(label, () => {
    const layout = templateLayout(spec.locale, 6, 0);
    it("Pilot: the verdict spans the figure table's two columns, wrapped, its row two lines of 13-point text tall", () => {
      const pilot = sheetOf(spec, "pilot");
      const verdict = parseA1(layout.pilot.verdict);
      const { first, last } = layout.pilot.tables.figures;
      expect(pilot.merges).toContain(`${layout.pilot.verdict}:${String.fromCharCode(64 + last)}${verdict.row}`);
      expect(verdict.column).toBe(first);
      expect(heightOf(pilot, verdict.row)).toBeGreaterThanOrEqual(2 * 15 * (13 / 11));
    });
    it("Pilot: the p-value note is merged over rows of its own, so no week row beside it grows", () => {
      const pilot = sheetOf(spec, "pilot");
      const { first, last } = layout.pilot.tables.figures;
      const noteRow = parseA1(layout.pilot.figures.pilotRate).row + Object.keys(layout.pilot.figures).length;
      const note = pilot.merges.map(parseA1Rect).find((rect) => rect.top === noteRow && rect.left === first);
      expect(note).toEqual({ top: noteRow, left: first, bottom: noteRow + PILOT_NOTE_ROWS - 1, right: last });
      const grown = [...(pilot.rowHeights ?? []).map((entry) => entry.row), ...wrappedRowHeights(pilot).keys()];
      for (let row = layout.pilot.headerRow + 1; row <= layout.pilot.totalsRow; row++) expect(grown, `row ${row}`).not.toContain(row);
    });
    it("Goals: the Notes column wraps on every goal row, and the as-of note spans to the table's last column", () => {
      const goals = sheetOf(spec, "goals");
      const notes = layout.goals.columns.notes;
      const wrappedNotes = (goals.wrapped ?? []).map(parseA1Rect).filter((rect) => rect.left <= notes && notes <= rect.right);
      for (const row of layout.goals.rows) expect(wrappedNotes.some((rect) => rect.top <= row && row <= rect.bottom), `row ${row}`).toBe(true);
      const asOf = parseA1(layout.goals.asOf);
      const merge = goals.merges.map(parseA1Rect).find((rect) => rect.top === asOf.row && rect.left === asOf.column + 2);
      expect(merge?.right).toBe(layout.goals.table.last);
      expect(heightOf(goals, asOf.row)).toBeGreaterThan(0);
    });
    it("Lead scoring: the lead table's header repeats on every printed page", () => {
      const scoring = sheetOf(spec, "leadScoring");
      const header = scoring.blocks.flatMap((block) => {
        const at = parseA1(block.at);
        return block.rows.flatMap((row, r) => (row.some((cell) => cell !== null && "text" in cell && cell.text === (spec.locale === "en" ? "Lead (customer)" : "线索（客户）")) ? [at.row + r] : []));
      });
      expect(header).toHaveLength(1);
      expect(scoring.print?.titleRows).toBe(`${header[0]}:${header[0]}`);
    });
  });
}

describe("Guide and Process map: a row's cells sit at its top (a label at the bottom of a tall row read as the next row's)", () => {
  const spec = buildTemplate({ locale: "en", sampleDeals: 200 });
  const covered = (sheet: SheetSpec, column: number, row: number) =>
    (sheet.wrapped ?? []).map(parseA1Rect).some((rect) => rect.left <= column && column <= rect.right && rect.top <= row && row <= rect.bottom);
  it("wraps (top-aligns) the Guide's step, sheet and function columns", () => {
    const guide = sheetOf(spec, "guide");
    // The first step, sheet and function rows (under the Start here block).
    for (const row of [12, 20, 39]) expect(covered(guide, 1, row), `A${row}`).toBe(true);
  });
  it("wraps every Process map column and sizes the Won row for its linked output: 'Signed contract; needs form' | 'handed to after-sales' in 27 → 2 × 15 + 3", () => {
    const map = sheetOf(spec, "processMap");
    for (let column = 1; column <= 11; column++) expect(covered(map, column, 5), `column ${column}`).toBe(true);
    expect(heightOf(map, 10)).toBe(33);
  });
  it("spans each flag's meaning over the rest of its legend row, wrapped", () => {
    const map = sheetOf(spec, "processMap");
    expect(map.merges).toEqual(expect.arrayContaining(["C13:K13", "C14:K14", "C15:K15"]));
  });
});

describe("Goals: each goal row as tall as its note needs in LibreOffice's wider CJK font", () => {
  // 47 wide characters, then "。只计已满 999.5 天的线索（线索停留天数中位数）：更近的线索还没来得及转化；基线请按同一规则" (the days
  // measured as "999.5"): 19 wide characters a line in 44 × 0.9 − 1 = 38.6 → lines of 19, 19, 10 + "只计已满 999.5 天" (37),
  // "的线索（…）：更近的线" (38), "索还没来得及转化；基线请按同一规则" (34): five lines.
  it("gives the zh-CN conversion note (a formula naming 线索 and 商机, and the settle days) five lines: 5 × 16 + 4", () => {
    const spec = buildTemplate({ locale: "zh-CN", sampleDeals: 200 });
    const layout = templateLayout("zh-CN", 6, 0);
    expect(heightOf(sheetOf(spec, "goals"), layout.goals.rows[0])).toBe(84);
  });
});

describe("Diagnosis: each interview finding spans to the sheet's last column, wrapped (at its row's top)", () => {
  it("merges the findings column to column H on every interview row, and wraps the rest of the table", () => {
    const diagnosis = sheetOf(buildTemplate({ locale: "en", sampleDeals: 200 }), "diagnosis");
    const wrapped = (diagnosis.wrapped ?? []).map(parseA1Rect);
    const interviews = wrapped.find((rect) => rect.left === 1 && rect.right === 4)!;
    expect(interviews).toBeDefined();
    for (let row = interviews.top; row <= interviews.bottom; row++) expect(diagnosis.merges, `row ${row}`).toContain(`E${row}:H${row}`);
  });

  // A printed page showed the header's fill stopping at column E over findings that run to H.
  it.each(SPECS)("spans the interview header's Findings over E:H as well, styled as a header to H (%s)", (_label, spec) => {
    const diagnosis = sheetOf(spec, "diagnosis");
    const interviews = (diagnosis.wrapped ?? []).map(parseA1Rect).find((rect) => rect.left === 1 && rect.right === 4)!;
    const header = interviews.top - 1;
    expect(diagnosis.merges).toContain(`E${header}:H${header}`);
    const headerStyled = (column: number) =>
      diagnosis.styles.some(({ ref, style }) => {
        const rect = parseA1Rect(ref);
        return style === "header" && rect.top <= header && header <= rect.bottom && rect.left <= column && column <= rect.right;
      });
    expect([1, 5, 6, 7, 8].map(headerStyled)).toEqual([true, true, true, true, true]);
    expect(headerStyled(9)).toBe(false);
  });
});

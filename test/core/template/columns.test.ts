import { describe, expect, it } from "vitest";
import { columnWidths, drawColumns, placeColumns, type ColumnSpec } from "../../../core/template/columns";
import { RowCursor } from "../../../core/template/rowCursor";
import { SheetBuilder } from "../../../core/template/sheetBuilder";
import { statusTest } from "../../../core/template/statusFormula";

const word = (en: string) => ({ "zh-CN": `${en}（中）`, en });
const SPECS: readonly ColumnSpec[] = [
  { key: "id", header: word("ID"), width: 6 },
  { key: "stage", count: "stages", header: (_locale, index, names) => names[index], width: 12, format: "yyyy-mm-dd", role: "input" },
  { key: "amount", header: word("Amount"), width: 9, role: "input", format: "#,##0" },
  { key: "stay", count: "stagesButLast", header: (locale, index, names) => `${names[index]}/${locale}`, width: 7, role: "computed", format: "0", hidden: true },
  { key: "note", header: word("Note"), width: 30, wrap: true, list: { values: [word("a"), word("b")], error: word("pick") } },
];

describe("placeColumns", () => {
  it("places declarations side by side, a per-stage one taking one column per stage (or per stage but the last)", () => {
    const table = placeColumns(2, SPECS, 3);
    // B id; C, D, E stages; F amount; G, H stays; I note.
    expect(table.at).toEqual({ id: 2, stage: 3, amount: 6, stay: 7, note: 9 });
    expect([table.first, table.last]).toEqual([2, 9]);
    expect(table.placed.map(({ index }) => index)).toEqual([0, 0, 1, 2, 0, 0, 1, 0]);
  });
});

describe("drawColumns", () => {
  it("writes the header and each look over the data rows, adjacent alike columns as one range", () => {
    const sheet = new SheetBuilder("deals", "Deals");
    drawColumns(sheet, placeColumns(1, SPECS, 3), { header: 1, first: 2, last: 10 }, { locale: "en", stageNames: ["Lead", "Demo", "Won"], stageRange: "'S'!$B$2:$B$4" });
    const spec = sheet.build();
    expect(spec.blocks).toEqual([{ at: "A1", rows: [["ID", "Lead", "Demo", "Won", "Amount", "Lead/en", "Demo/en", "Note"].map((text) => ({ text }))] }]);
    expect(spec.styles).toEqual([
      { ref: "A1:H1", style: "header" },
      { ref: "B2:E10", style: "input" }, // stages and amount: one run
      { ref: "F2:G10", style: "computed" },
    ]);
    expect(spec.numberFormats).toEqual([
      { ref: "B2:D10", format: "yyyy-mm-dd" },
      { ref: "E2:E10", format: "#,##0" },
      { ref: "F2:G10", format: "0" },
    ]);
    // A table with a column of sentences wraps every column (each row's cells at its top).
    expect(spec.wrapped).toEqual(["A2:H10"]);
    expect(spec.validations).toEqual([{ ref: "H2:H10", list: ["a", "b"], error: "pick" }]);
    expect(spec.hiddenColumns).toEqual(["F", "G"]);
  });

  it("puts figures at the right and short words after them in the middle: computed with a number format (not a date), or as declared", () => {
    const sheet = new SheetBuilder("reviews", "Reviews");
    const specs: ColumnSpec[] = [
      { key: "month", header: word("Month"), width: 10, role: "computed", format: "yyyy-mm" },
      { key: "count", header: word("Deals"), width: 8, role: "computed", align: "right" },
      { key: "rate", header: word("Win rate"), width: 10, role: "computed", format: "0.0%" },
      { key: "days", header: word("Days"), width: 10, role: "computed", format: '0.0" d"' },
      { key: "stage", header: word("Stage"), width: 12, role: "computed", align: "center" },
      { key: "target", header: word("Target"), width: 10, role: "input", format: "0.0%" },
      { key: "note", header: word("Note"), width: 30, role: "input" },
    ];
    drawColumns(sheet, placeColumns(1, specs, 0), { header: 4, first: 5, last: 16 }, { locale: "en", stageNames: [], stageRange: "'S'!$B$2:$B$4" });
    const spec = sheet.build();
    // B count, C rate, D days: one run; E stage centred; the month (a date) and the manager's own cells as the host has them.
    expect(spec.rightAligned).toEqual(["B5:D16"]);
    expect(spec.centered).toEqual(["E5:E16"]);
  });

  it("offers the Stages sheet's names as a dropdown, and words in the workbook's language", () => {
    const sheet = new SheetBuilder("actionPlan", "Plan");
    const specs: ColumnSpec[] = [{ key: "stage", header: word("Stage"), width: 12, list: { values: "stageNames", error: word("pick") } }];
    drawColumns(sheet, placeColumns(2, specs, 0), { header: 4, first: 5, last: 44 }, { locale: "zh-CN", stageNames: [], stageRange: "'阶段'!$B$2:$B$7" });
    const spec = sheet.build();
    expect(spec.blocks).toEqual([{ at: "B4", rows: [[{ text: "Stage（中）" }]] }]);
    expect(spec.validations).toEqual([{ ref: "B5:B44", list: { range: "'阶段'!$B$2:$B$7" }, error: "pick（中）" }]);
  });
});

describe("columnWidths", () => {
  it("gives each declared column its width from column A and a gap to the columns no table declares", () => {
    const left = placeColumns(1, [SPECS[0], SPECS[2]], 0);
    const right = placeColumns(5, [SPECS[4]], 0);
    expect(columnWidths([left, right], 3)).toEqual([6, 9, 3, 3, 30]);
  });
});

describe("RowCursor", () => {
  it("stacks sections: each takes its rows below the previous one", () => {
    const rows = new RowCursor(3);
    expect(rows.next()).toBe(3);
    expect(rows.take(4)).toEqual({ first: 4, last: 7 });
    expect(rows.skip(2).next()).toBe(10);
    expect(rows.at).toBe(11);
  });
});

describe("statusTest", () => {
  it("tests each non-blank word once, whatever its case", () => {
    expect(statusTest("H2", ["Won", "won", "赢单", "", "WON", "Closed Won"])).toBe(`OR(TRIM(H2)="Won",TRIM(H2)="赢单",TRIM(H2)="Closed Won")`);
  });
});

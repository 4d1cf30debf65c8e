import { describe, expect, it } from "vitest";
import { templateLayout } from "../../../core/template/layout";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { STAGES_TABLE, stagesLayout } from "../../../core/template/stagesLayout";
import type { SheetSpec } from "../../../core/template/types";
import { cellAt } from "./specCells";

/** The Stages sheet of a template built with three stages (two of them default ones) in English. */
function stagesOf(stages: readonly string[]): SheetSpec {
  const spec = buildTemplate({ locale: "en", stages: [...stages] });
  const sheet = spec.sheets.find((candidate) => candidate.key === "stages");
  if (sheet === undefined) throw new Error("no Stages sheet");
  return sheet;
}

describe("the Stages sheet, declared as columns (columns.ts)", () => {
  it("places its seven columns # · Stage · department · input · output · target days · benchmark from A", () => {
    expect(STAGES_TABLE.map((column) => column.key)).toEqual(["position", "stage", "department", "input", "output", "targetDays", "benchmark"]);
    const layout = stagesLayout("Stages", 3);
    // Stage names in B2:B4 (header in row 1), target days in F, the benchmark in G.
    expect([layout.nameColumn, layout.targetDaysColumn, layout.benchmarkColumn, layout.firstRow, layout.lastRow]).toEqual([2, 6, 7, 2, 4]);
    expect(layout.names).toBe("'Stages'!$B$2:$B$4");
    expect(templateLayout("en", 3, 0).stages.names).toBe("'Stages'!$B$2:$B$4");
  });

  it("draws the header, the stage rows and the note as before: inputs C:G, the benchmark as a percentage", () => {
    const sheet = stagesOf(["Lead", "Own stage", "Won"]);
    expect(sheet.columnWidths).toEqual([6, 14, 18, 24, 50, 14, 38]);
    expect(["A1", "B1", "F1", "G1"].map((address) => cellAt(sheet, address))).toEqual([
      { text: "#" },
      { text: "Stage" },
      { text: "Target days" },
      { text: "Reference benchmark conversion (replace with your own)" },
    ]);
    // A default stage gets the method's facts; a stage of the team's own is left blank to fill in.
    expect(["A2", "B2", "C2", "F2", "G2"].map((address) => cellAt(sheet, address))).toEqual([{ number: 1 }, { text: "Lead" }, { text: "Marketing" }, { number: 1 }, null]);
    expect(["A3", "B3", "C3", "D3", "E3", "F3", "G3"].map((address) => cellAt(sheet, address))).toEqual([{ number: 2 }, { text: "Own stage" }, null, null, null, null, null]);
    expect(["A4", "B4", "E4", "F4", "G4"].map((address) => cellAt(sheet, address))).toEqual([
      { number: 3 },
      { text: "Won" },
      { text: "Signed contract; needs form handed to after-sales" },
      { number: 3 },
      { number: 0.6 },
    ]);
    // The note one blank row below the table, in column A (where reading the stage list stops).
    expect(cellAt(sheet, "A5")).toBeNull();
    expect(cellAt(sheet, "A6")).toMatchObject({ text: expect.stringMatching(/^The names in the Stage column must match/) });
    expect([...sheet.styles].sort((a, b) => a.ref.localeCompare(b.ref))).toEqual([
      { ref: "A1:G1", style: "header" },
      { ref: "A6", style: "note" },
      { ref: "C2:G4", style: "input" },
    ]);
    expect(sheet.numberFormats).toEqual([{ ref: "G2:G4", format: "0.0%" }]);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 2 });
    // The note under the table is merged across the printed width and wrapped (printSetup.ts).
    expect([sheet.validations, sheet.hiddenColumns, sheet.merges]).toEqual([[], [], ["A6:G6"]]);
  });
});

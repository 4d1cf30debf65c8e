import { describe, expect, it } from "vitest";
import { identifierSuffix } from "../../../core/template/copyNames";
import { asCopy } from "../../../core/template/numberedCopy";
import { renameSpec, withSuffix } from "../../../core/template/renamedSpec";
import type { WorkbookSpec } from "../../../core/template/types";
import { emptySheet } from "../../support/emptySheet";

// A numbered copy or a suffix is made once in core, before any renderer: every sheet, table and workbook name
// renamed, and every reference to them. Expectations are written out by hand.
const spec: WorkbookSpec = {
  locale: "en",
  sheets: [
    { ...emptySheet("Stages", { key: "stages" }), blocks: [{ at: "A1", rows: [[{ text: "'Stages'!A1" }], [{ text: "Lead" }]] }], tables: [{ name: "StagesTable", ref: "A1:A2" }] },
    {
      ...emptySheet("Deals", { key: "deals" }),
      blocks: [{ at: "A1", rows: [[{ formula: "COUNTA('Stages'!A2:A3)+WinRate" }, { number: 1 }, { day: 46027 }, null]] }],
      repeated: [{ at: "B2", cells: [{ formula: "Stages!A2*2" }, { text: "=Stages!A2" }], count: 2 }],
      validations: [{ ref: "C2:C3", list: { range: "'Stages'!$A$2:$A$3" }, error: "Pick a stage" }, { ref: "D2", list: ["a", "b"], error: "x" }],
      conditionalFormats: [{ kind: "formula", ref: "B2:B3", formula: "B2>WinRate", look: "bad" }, { kind: "dataBar", ref: "B2:B3", color: "#638EC6" }],
    },
  ],
  names: [{ name: "WinRate", ref: "'Deals'!$B$1" }],
};

const renamedBySuffix = (sheet: string, id: string): WorkbookSpec => ({
  locale: "en",
  sheets: [
    { ...spec.sheets[0], name: `Stages${sheet}`, tables: [{ name: `StagesTable${id}`, ref: "A1:A2" }] },
    {
      ...spec.sheets[1],
      name: `Deals${sheet}`,
      blocks: [{ at: "A1", rows: [[{ formula: `COUNTA('Stages${sheet}'!A2:A3)+WinRate${id}` }, { number: 1 }, { day: 46027 }, null]] }],
      repeated: [{ at: "B2", cells: [{ formula: `'Stages${sheet}'!A2*2` }, { text: "=Stages!A2" }], count: 2 }],
      validations: [{ ref: "C2:C3", list: { range: `'Stages${sheet}'!$A$2:$A$3` }, error: "Pick a stage" }, { ref: "D2", list: ["a", "b"], error: "x" }],
      conditionalFormats: [{ kind: "formula", ref: "B2:B3", formula: `B2>WinRate${id}`, look: "bad" }, { kind: "dataBar", ref: "B2:B3", color: "#638EC6" }],
    },
  ],
  names: [{ name: `WinRate${id}`, ref: `'Deals${sheet}'!$B$1` }],
});

describe("a renamed spec (core, before any renderer)", () => {
  it("a suffix renames sheets, tables and names, and every reference follows: cells, repeated rows, dropdowns, rules, names", () => {
    expect(withSuffix(spec, " 副本")).toEqual(renamedBySuffix(" 副本", "_副本"));
    expect(identifierSuffix(" (2)")).toBe("_2");
    expect(identifierSuffix(" 副本")).toBe("_副本");
    expect(identifierSuffix(" - ")).toBe("_copy");
  });

  it("a numbered copy is the suffix ' (n)', its repeated rows included", () => {
    expect(asCopy(spec, 3)).toEqual(renamedBySuffix(" (3)", "_3"));
  });

  it("renames only what it is given (a taken table name), text never", () => {
    const renamed = renameSpec(spec, { sheets: new Map(), identifiers: new Map([["STAGESTABLE", "StagesTable_2"], ["WINRATE", "WinRate"]]) });
    expect(renamed.sheets.map((sheet) => sheet.tables.map((table) => table.name))).toEqual([["StagesTable_2"], []]);
    expect(renamed.sheets[0].blocks).toEqual(spec.sheets[0].blocks);
    expect(renamed.sheets[1]).toEqual(spec.sheets[1]);
    expect(renamed.names).toEqual(spec.names);
  });
});

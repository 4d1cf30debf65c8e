import type { SheetSpec } from "../../core/template/types";

/**
 * A sheet spec with nothing in it but what `parts` gives: for small hand-made specs in tests.
 * @example
 * emptySheet("Input", { merges: ["A1:C1"] }).merges //=> ["A1:C1"]
 */
export function emptySheet(name: string, parts: Partial<SheetSpec> = {}): SheetSpec {
  return {
    key: "guide",
    name,
    columnWidths: [],
    blocks: [],
    styles: [],
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
    merges: [],
    hiddenColumns: [],
    ...parts,
  };
}

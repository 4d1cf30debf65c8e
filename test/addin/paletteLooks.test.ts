import { describe, expect, it } from "vitest";
import { CONDITIONAL_LOOKS, STYLE_LOOKS } from "../../addin/render/styleLooks";
import { CELL_LOOKS, RULE_LOOKS } from "../../appsscript/render/looks";
import { PALETTE, type PaletteRole } from "../../core/template/palette";

// Excel and Sheets fill every named look and rule look with the palette's colour for its role (one meaning per
// colour, issue 13 §6; test/cli/paletteLooks.test.ts checks the .xlsx writer).

const expected = Object.fromEntries(Object.entries(PALETTE).map(([role, colors]) => [role, colors.fill]));

describe("Excel and Sheets looks come from the palette", () => {
  it("Excel: fills each role with its palette colour", () => {
    const drawn: Record<PaletteRole, string | undefined> = {
      header: STYLE_LOOKS.header.fill,
      input: STYLE_LOOKS.input.fill,
      computed: STYLE_LOOKS.computed.fill,
      total: STYLE_LOOKS.total.fill,
      good: CONDITIONAL_LOOKS.good.fill,
      bad: CONDITIONAL_LOOKS.bad.fill,
      warn: CONDITIONAL_LOOKS.warn.fill,
    };
    expect(drawn).toEqual(expected);
  });
  it("Sheets: fills each role with its palette colour", () => {
    const drawn: Record<PaletteRole, string | undefined> = {
      header: CELL_LOOKS.header.background,
      input: CELL_LOOKS.input.background,
      computed: CELL_LOOKS.computed.background,
      total: CELL_LOOKS.total.background,
      good: RULE_LOOKS.good.background,
      bad: RULE_LOOKS.bad.background,
      warn: RULE_LOOKS.warn.background,
    };
    expect(drawn).toEqual(expected);
  });
  it("both write header text in the header's text colour", () => {
    expect([STYLE_LOOKS.header.fontColor, CELL_LOOKS.header.color]).toEqual([PALETTE.header.font, PALETTE.header.font]);
  });
});

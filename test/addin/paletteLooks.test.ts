import { describe, expect, it } from "vitest";
import { CONDITIONAL_LOOKS } from "../../addin/render/styleLooks";
import { LOOKS } from "../../core/template/looks";
import { PALETTE, type PaletteRole } from "../../core/template/palette";

// The named looks (core/template/looks.ts, drawn alike by every host: test/conformance/renderers.test.ts) and
// Excel's rule looks fill each role with the palette's colour for it (one meaning per colour, issue 13 §6).
// Sheets' rules take the palette's colours directly (test/appsscript/render.test.ts); test/cli/paletteLooks.test.ts
// checks the .xlsx writer.

const expected = Object.fromEntries(Object.entries(PALETTE).map(([role, colors]) => [role, colors.fill]));

describe("looks come from the palette", () => {
  it("the named looks and Excel's rules fill each role with its palette colour", () => {
    const drawn: Record<PaletteRole, string | undefined> = {
      header: LOOKS.header.fill,
      input: LOOKS.input.fill,
      computed: LOOKS.computed.fill,
      total: LOOKS.total.fill,
      good: CONDITIONAL_LOOKS.good.fill,
      bad: CONDITIONAL_LOOKS.bad.fill,
      warn: CONDITIONAL_LOOKS.warn.fill,
    };
    expect(drawn).toEqual(expected);
  });
  it("header and computed text is in its role's text colour", () => {
    expect([LOOKS.header.font, LOOKS.computed.font]).toEqual([PALETTE.header.font, PALETTE.computed.font]);
  });
});

import { describe, expect, it } from "vitest";
import { cellLook, ruleLook } from "../../cli/xlsx/cellStyles";
import { PALETTE, type PaletteRole } from "../../core/template/palette";

// The .xlsx writer fills every named look and rule look with the palette's colour for its role (one meaning per
// colour, issue 13 §6; test/addin/paletteLooks.test.ts checks Excel and Sheets).

const fillOf = (fill: unknown) => (fill as { fgColor?: { argb: string } } | undefined)?.fgColor?.argb;
const normal = (argb: string | undefined) => (argb === undefined ? undefined : `#${argb.slice(2)}`);

describe(".xlsx looks come from the palette", () => {
  it("fills each role with its palette colour", () => {
    const drawn: Record<PaletteRole, string | undefined> = {
      header: normal(fillOf(cellLook("header", "en").fill)),
      input: normal(fillOf(cellLook("input", "en").fill)),
      computed: normal(fillOf(cellLook("computed", "en").fill)),
      total: normal(fillOf(cellLook("total", "en").fill)),
      good: normal(fillOf(ruleLook("good").fill)),
      bad: normal(fillOf(ruleLook("bad").fill)),
      warn: normal(fillOf(ruleLook("warn").fill)),
    };
    expect(drawn).toEqual(Object.fromEntries(Object.entries(PALETTE).map(([role, colors]) => [role, colors.fill])));
  });
  it("writes header text in the header's text colour", () => {
    expect(normal((cellLook("header", "zh-CN").font.color as { argb: string } | undefined)?.argb)).toBe(PALETTE.header.font);
  });
});

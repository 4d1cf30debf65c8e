import { describe, expect, it } from "vitest";
import { PALETTE, type PaletteRole } from "../../../core/template/palette";

/**
 * A colour's family as a reader names it: grey when it has (almost) no hue, else its hue band, "dark" or
 * "light" by lightness. Two fills of one family read as one colour (FFF2CC and FFEB9C are both "light yellow").
 */
function family(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const shade = lightness > 0.7 ? "light" : "dark";
  // Chroma (max − min), not HSL saturation, which calls every pale tint saturated.
  if (max - min < 0.06) return `${shade} grey`;
  const d = max - min;
  const hue = max === r ? (60 * ((g - b) / d) + 360) % 360 : max === g ? 60 * ((b - r) / d) + 120 : 60 * ((r - g) / d) + 240;
  const band = hue < 15 || hue >= 340 ? "red" : hue < 40 ? "orange" : hue < 70 ? "yellow" : hue < 170 ? "green" : hue < 260 ? "blue" : "purple";
  return `${shade} ${band}`;
}

const ROLES = Object.keys(PALETTE) as PaletteRole[];

describe("the template's palette: one meaning per colour", () => {
  it("names colour families as a reader would (hand-checked examples)", () => {
    expect(family("#FFF2CC")).toBe("light yellow");
    expect(family("#FFEB9C")).toBe("light yellow");
    expect(family("#F4B183")).toBe("light orange");
    expect(family("#FFC7CE")).toBe("light red");
    expect(family("#C6EFCE")).toBe("light green");
    expect(family("#DDEBF7")).toBe("light blue");
    expect(family("#305496")).toBe("dark blue");
    expect(family("#F2F2F2")).toBe("light grey");
  });

  it("gives every role a fill of its own family: input yellow is not also the warning", () => {
    const families = ROLES.map((role) => `${role}: ${family(PALETTE[role].fill)}`);
    const byFamily = new Map<string, PaletteRole[]>();
    for (const role of ROLES) byFamily.set(family(PALETTE[role].fill), [...(byFamily.get(family(PALETTE[role].fill)) ?? []), role]);
    const shared = [...byFamily.values()].filter((roles) => roles.length > 1);
    expect(shared, families.join("; ")).toEqual([]);
    expect(family(PALETTE.input.fill)).toBe("light yellow");
  });
});

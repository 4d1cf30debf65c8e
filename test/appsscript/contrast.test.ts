import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// WCAG 2.x AA: text needs a contrast ratio of at least 4.5:1 against what is behind it. The pairs are read from
// the sidebar's own style sheet, so a colour changed there is checked here; a gradient must pass at every stop.

const CSS = readFileSync(join(process.cwd(), "appsscript", "sidebar", "sidebar.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

/** Declarations by selector (a rule for "a, b" counts for both), later rules overriding earlier ones. */
const RULES = new Map<string, Map<string, string>>();
for (const [, selectors, body] of CSS.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
  for (const selector of selectors.split(",").map((part) => part.trim())) {
    const declarations = RULES.get(selector) ?? new Map<string, string>();
    for (const declaration of body.split(";")) {
      const colon = declaration.indexOf(":");
      if (colon > 0) declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
    }
    RULES.set(selector, declarations);
  }
}

/** The hex colours of a selector's property (every stop of a gradient), `#abc` spelled out. */
function colors(selector: string, property: "color" | "background"): string[] {
  const value = RULES.get(selector)?.get(property) ?? RULES.get(selector)?.get(`${property}-color`);
  if (value === undefined) throw new Error(`sidebar.css sets no ${property} for ${selector}`);
  const hexes = [...value.matchAll(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi)].map(([, hex]) => (hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex).toLowerCase());
  if (hexes.length === 0) throw new Error(`${selector} ${property}: ${value} has no colour`);
  return hexes.map((hex) => `#${hex}`);
}

/** Relative luminance (WCAG 2.x). */
function luminance(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** Text (selector of its colour) on a background (selector of the colour behind it). */
const PAIRS: [text: string, background: string][] = [
  ["button.action", "button.action"], // primary buttons: white on blue
  ["button.action", "button.action:hover"],
  [".error", "body"], // error lines
  [".problem-place", ".problem"], // problem-row labels
  [".problem-place", "button:hover"],
  [".problem-place", ".problem.current"],
  [".tab.selected", "body"], // the selected tab
  [".tab.selected", ".tab:hover"],
  [".tab", "body"],
  [".tab", ".tab:hover"],
  [".gray", "body"], // hints and secondary text
  [".figure-label", "body"],
  ["body", ".clash"],
  ["body", ".note"],
  ["body", "button"],
  [".problem-message", ".problem.current"],
  [".created", "body"],
];

describe("the sidebar's colours", () => {
  it.each(PAIRS)("%s on %s: at least 4.5:1 (WCAG AA)", (text, background) => {
    for (const foreground of colors(text, "color")) {
      for (const behind of colors(background, "background")) {
        expect(contrast(foreground, behind), `${foreground} on ${behind}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it("computes the ratios WCAG gives", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2); // the old hint gray, just under
    expect(contrast("#ffffff", "#4d90fe")).toBeCloseTo(3.12, 2); // the old primary button
  });
});

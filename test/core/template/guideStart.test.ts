/**
 * The Guide's "Start here" block and its printed width (a newcomer's reading of the printed zh-CN sample): nothing
 * said where to start or where the deals go, nothing that the Deals sheet held sample deals or how to replace
 * them, and the Guide was 209 characters wide — printed one page wide, its text ~5 points.
 */
import { describe, expect, it } from "vitest";
import { parseA1 } from "../../../core/template/a1";
import { parseA1Rect } from "../../../core/template/a1Rect";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { visibleWidth } from "../../../core/template/printSetup";
import type { Locale } from "../../../core/model/locale";
import type { SheetSpec, TemplateOptions } from "../../../core/template/types";

const guideOf = (options: TemplateOptions) => buildTemplate(options).sheets.find((sheet) => sheet.key === "guide")!;

/** Column A's text by row. */
function columnA(sheet: SheetSpec): Map<number, string> {
  const texts = new Map<number, string>();
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    if (at.column !== 1) continue;
    block.rows.forEach((row, r) => {
      const cell = row[0];
      if (cell !== null && cell !== undefined && "text" in cell) texts.set(at.row + r, cell.text);
    });
  }
  return texts;
}

const START = { "zh-CN": "从这里开始", en: "Start here" } as const;
const STEPS = { "zh-CN": "五个步骤", en: "The five steps" } as const;
const NAMES = {
  "zh-CN": { stages: "阶段", deals: "交易", dashboard: "仪表盘", sample: "示例" },
  en: { stages: "Stages", deals: "Deals", dashboard: "Dashboard", sample: "sample" },
} as const;

/** The lines between the "Start here" heading and the steps' title. */
function startLines(sheet: SheetSpec, locale: Locale): string[] {
  const texts = [...columnA(sheet)].sort(([a], [b]) => a - b);
  const start = texts.findIndex(([, text]) => text === START[locale]);
  const steps = texts.findIndex(([, text]) => text === STEPS[locale]);
  expect(start, "a Start here heading").toBeGreaterThanOrEqual(0);
  expect(start, "above the steps").toBeLessThan(steps);
  return texts.slice(start + 1, steps).map(([, text]) => text);
}

describe.each(["zh-CN", "en"] as const)("the Guide's Start here block (%s)", (locale) => {
  const names = NAMES[locale];

  it("comes right under the intro, 3–4 lines: check the stages, paste the deals at A2 of Deals, read the Dashboard", () => {
    const lines = startLines(guideOf({ locale }), locale);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(lines[0]).toContain(names.stages);
    expect(lines[1]).toContain(names.deals);
    expect(lines[1]).toContain("A2");
    expect(lines.some((line) => line.includes(names.dashboard))).toBe(true);
    for (const line of lines) expect(line.startsWith("=")).toBe(false);
    // No sample in this workbook: no word of one.
    expect(lines.join(" ").toLowerCase()).not.toContain(names.sample);
  });

  it("with 200 sample deals says so, and how to replace them: delete rows 2–201 and paste, or build from your deals", () => {
    const lines = startLines(guideOf({ locale, sampleDeals: 200 }), locale);
    const sample = lines.find((line) => line.toLowerCase().includes(names.sample));
    expect(sample).toBeDefined();
    expect(sample).toContain("200");
    expect(sample).toContain("2–201");
    expect(sample).toContain("A2");
    expect(sample).toContain("--deals");
  });

  it("built from the manager's own deals says nothing of samples", () => {
    const lines = startLines(guideOf({ locale, ownDeals: [[{ text: "D1" }], [{ text: "D2" }]] }), locale);
    expect(lines.join(" ").toLowerCase()).not.toContain(names.sample);
  });

  it("prints at most 130 characters wide (was 209: printed one page wide, ~5-point text), its steps' first column holding the step's name", () => {
    for (const sampleDeals of [0, 200]) {
      const guide = guideOf({ locale, sampleDeals });
      const area = parseA1Rect(guide.print!.area);
      expect(visibleWidth(guide, area.left, area.right)).toBeLessThanOrEqual(130);
    }
    const texts = [...columnA(guideOf({ locale })).values()];
    for (const name of locale === "en" ? ["Diagnose", "Pilot"] : ["现状诊断", "试点推行"]) expect(texts.some((text) => text.includes(name)), name).toBe(true);
  });
});

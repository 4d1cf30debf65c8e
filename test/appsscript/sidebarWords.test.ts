import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES } from "../../core/model/stages";
import { displayWidth } from "../../core/model/displayWidth";
import { fitLabel, NAME_BUDGET } from "../../appsscript/sidebar/funnelSvg";
import { COUNTED, say, sayCount, TEXT, type CountedKey, type TextKey } from "../../appsscript/sidebar/text";
import { UI_TEXT } from "../../appsscript/uiText";

// The sidebar's words: English counts agree in number, and funnel labels are cut by display width — never a
// default stage, in either language. (The Chromium test checks the drawn names fit their column.)

describe("counted texts", () => {
  const counted = Object.keys(COUNTED) as CountedKey[];

  it("say one thing in the singular in English, many in the plural, and Chinese alike for both", () => {
    expect(counted.length).toBeGreaterThan(0);
    // A plain text that counts nouns would miss its singular: those live in the counted catalog.
    for (const key of Object.keys(TEXT) as TextKey[]) expect(TEXT[key].en, key).not.toMatch(/\{count\} (\w+ )?(deals|sheets|rows|days)\b/);
    for (const key of counted) {
      const one = sayCount("en", key, 1, { sheets: "Guide" });
      expect(one, key).not.toMatch(/\b1 (\w+ )?(deals|sheets|rows|days)\b/);
      expect(one, key).not.toMatch(/\b(were|are)\b/);
      expect(sayCount("zh-CN", key, 1, { sheets: "使用指南" }), key).toBe(sayCount("zh-CN", key, 2, { sheets: "使用指南" }).replace("2", "1"));
    }
    expect(sayCount("en", "done", 1)).toBe("Done: 1 sheet added.");
    expect(sayCount("en", "done", 11)).toBe("Done: 11 sheets added.");
    expect(sayCount("en", "dealCount", 1)).toBe("1 deal");
    expect(sayCount("en", "dealCount", 1200)).toBe("1,200 deals");
    expect(sayCount("en", "problemRowCount", 1)).toBe("1 problem row");
    expect(sayCount("en", "keptAdded", 1, { sheets: "Guide" })).toBe("The sheet added before was kept: Guide.");
    expect(sayCount("en", "keptAdded", 2, { sheets: "Guide, Stages" })).toBe("The 2 sheets added before were kept: Guide, Stages.");
  });

  it("the sheet line and the analysis announcement count with them", () => {
    expect(say("en", "sheetLine", { sheet: "Deals", deals: sayCount("en", "dealCount", 1) })).toBe('"Deals" · 1 deal');
    expect(say("zh-CN", "sheetLine", { sheet: "交易", deals: sayCount("zh-CN", "dealCount", 1) })).toBe("“交易” · 1 笔交易");
  });

  it("no server text counts anything (uiText needs no plural)", () => {
    for (const text of Object.values(UI_TEXT)) expect(text.en).not.toMatch(/\{(count|deals|n)\}/);
  });

  it("say \"no deals yet\" in both languages", () => {
    expect(say("en", "noDeals")).toMatch(/^No deals yet\./);
    expect(say("zh-CN", "noDeals")).toMatch(/^还没有交易。/);
  });
});

describe("funnel labels", () => {
  it("measure CJK and full-width characters double", () => {
    expect(displayWidth("Opportunity")).toBe(11);
    expect(displayWidth("商机")).toBe(4);
    expect(displayWidth("ＡＢ")).toBe(4); // full-width Latin
    expect(displayWidth("ｱｲ")).toBe(2); // half-width katakana
    expect(displayWidth("𠀀")).toBe(2); // an ideograph beyond the BMP is one character
    expect(displayWidth("Lead 线索")).toBe(9);
  });

  it("keep every default stage whole, in both languages", () => {
    for (const stage of DEFAULT_STAGES) for (const name of [stage.en, stage["zh-CN"]]) expect(fitLabel(name)).toBe(name);
  });

  it("cut a longer name with \"…\" only when needed, never wider than the budget", () => {
    const names = ["Technical evaluation", "客户需求深度确认", "Negotiations", "Ｑｕａｌｉｆｉｃａｔｉｏｎ", "需求 confirmation", "𠀀𠀁𠀂𠀃𠀄𠀅𠀆"];
    for (const name of names) {
      const shown = fitLabel(name);
      expect(displayWidth(shown), name).toBeLessThanOrEqual(NAME_BUDGET);
      if (displayWidth(name) <= NAME_BUDGET) expect(shown).toBe(name);
      else {
        expect(shown.endsWith("…"), name).toBe(true);
        expect(name.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
      }
    }
    expect(fitLabel("Technical evaluation")).toBe("Technical e…");
    expect(fitLabel("客户需求深度确认")).toBe("客户需求深…");
    expect(fitLabel("Negotiations")).toBe("Negotiations");
  });
});

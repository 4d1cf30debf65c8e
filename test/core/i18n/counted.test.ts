import { describe, expect, it } from "vitest";
import { countedIn } from "../../../core/i18n/counted";

const say = countedIn({
  days: { "zh-CN": "{count} 天", en: { one: "{count} day", other: "{count} days" } },
  kept: { "zh-CN": "保留 {count} 个：{sheets}", en: { one: "Kept the sheet: {sheets}", other: "Kept {count} sheets: {sheets}" } },
});

describe("countedIn: one reader for every surface's counted messages", () => {
  it("chooses English's singular by the count as written, grouping as the language does", () => {
    expect(say("en", "days", 1)).toBe("1 day");
    expect(say("en", "days", 0)).toBe("0 days");
    expect(say("en", "days", 2)).toBe("2 days");
    expect(say("en", "days", 12345)).toBe("12,345 days");
    // 1.04 written with one decimal is "1": one day; 1.06 is "1.1": days.
    expect(say("en", "days", 1.04, {}, { maximumFractionDigits: 1 })).toBe("1 day");
    expect(say("en", "days", 1.06, {}, { maximumFractionDigits: 1 })).toBe("1.1 days");
  });

  it("has one Chinese form and fills the other placeholders", () => {
    expect(say("zh-CN", "days", 1)).toBe("1 天");
    expect(say("zh-CN", "kept", 3, { sheets: "A、B、C" })).toBe("保留 3 个：A、B、C");
    expect(say("en", "kept", 1, { sheets: "Guide" })).toBe("Kept the sheet: Guide");
  });
});

/**
 * The Excel pane's and the Sheets sidebar's words (test/core/i18n/salesTerms.test.ts for the rest): no 流失, which
 * reads as both "did not advance" and "lost"; a loss point is 丢单阶段.
 */
import { describe, expect, it } from "vitest";
import { PANE_STRINGS } from "../../addin/i18n/paneStrings";
import { TEXT as SIDEBAR_TEXT } from "../../appsscript/sidebar/text";
import { UI_TEXT } from "../../appsscript/uiText";

/** Every zh-CN string of a catalog (nested objects of { "zh-CN", en }). */
function chinese(catalog: unknown): string[] {
  if (catalog === null || typeof catalog !== "object") return [];
  return Object.entries(catalog).flatMap(([key, value]) => (key === "zh-CN" && typeof value === "string" ? [value] : chinese(value)));
}

describe("the pane's and the sidebar's words", () => {
  it("have no 流失 and call the loss points 丢单阶段", () => {
    const words = [PANE_STRINGS, SIDEBAR_TEXT, UI_TEXT].flatMap(chinese);
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((word) => word.includes("流失"))).toEqual([]);
    expect(PANE_STRINGS.lossHeading["zh-CN"]).toBe("丢单阶段");
    expect(SIDEBAR_TEXT.lossPoints["zh-CN"]).toBe("主要丢单阶段");
  });
});

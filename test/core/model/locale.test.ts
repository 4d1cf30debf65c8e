import { describe, expect, it } from "vitest";
import { LOCALES, resolveLocale } from "../../../core/model/locale";

describe("resolveLocale", () => {
  it("maps any Chinese tag to zh-CN", () => {
    for (const tag of ["zh", "zh-CN", "zh-Hans-CN", "zh-Hans", "zh-TW", "zh-Hant-TW", "zh-HK", "ZH-cn", " zh-CN ", "zh-yue"]) {
      expect(resolveLocale(tag), tag).toBe("zh-CN");
    }
  });

  it("maps the underscore form Sheets reports (Spreadsheet.getSpreadsheetLocale() gives zh_CN)", () => {
    expect(resolveLocale("zh_CN")).toBe("zh-CN");
    expect(resolveLocale("zh_TW")).toBe("zh-CN");
    expect(resolveLocale("en_US")).toBe("en");
  });

  it("maps every other tag, and nothing, to en", () => {
    for (const tag of ["en", "en-US", "en-GB", "fr-FR", "ja-JP", "ko", "de_DE", "", "  "]) expect(resolveLocale(tag), tag).toBe("en");
    expect(resolveLocale(null)).toBe("en");
    expect(resolveLocale(undefined)).toBe("en");
  });

  it("does not take a language whose code merely starts with zh (zha is Zhuang)", () => {
    expect(resolveLocale("zha")).toBe("en");
    expect(resolveLocale("zha-CN")).toBe("en");
  });

  it("knows exactly the two languages", () => {
    expect([...LOCALES].sort()).toEqual(["en", "zh-CN"]);
  });
});

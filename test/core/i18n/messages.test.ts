import { describe, expect, it } from "vitest";
import { MESSAGES as CORE_MESSAGES, message, type MessageCode } from "../../../core/i18n/messages";
import { REPORT_MESSAGES, reportMessage, type ReportMessageCode } from "../../../core/i18n/reportMessages";
import { LOCALES } from "../../../core/model/locale";

// The core's namespace and the report's (split so the functions' bundle carries only the first), checked alike.
const MESSAGES: Record<string, Record<(typeof LOCALES)[number], string>> = { ...CORE_MESSAGES, ...REPORT_MESSAGES };
const CODES = Object.keys(MESSAGES);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

describe("MESSAGES", () => {
  it("has every message in exactly the two languages, none empty", () => {
    expect(CODES.length).toBeGreaterThan(0);
    for (const code of CODES) {
      expect(Object.keys(MESSAGES[code]).sort(), code).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) expect(MESSAGES[code][locale].trim(), `${code} ${locale}`).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const code of CODES) {
      expect(placeholders(MESSAGES[code]["zh-CN"]), code).toEqual(placeholders(MESSAGES[code].en));
    }
  });

  it("writes Chinese messages in Chinese and English ones without Chinese", () => {
    for (const code of CODES) {
      expect(MESSAGES[code]["zh-CN"], code).toMatch(/[\u4e00-\u9fff]/);
      expect(MESSAGES[code].en, code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("message", () => {
  it("fills every placeholder of every message in both languages", () => {
    for (const code of CODES) {
      for (const locale of LOCALES) {
        const names = placeholders(MESSAGES[code][locale]);
        const params = Object.fromEntries(names.map((name) => [name, `<${name}-value>`]));
        const text = code in CORE_MESSAGES ? message(locale, code as MessageCode, params) : reportMessage(locale, code as ReportMessageCode, params);
        expect(text, `${code} ${locale}`).not.toMatch(/\{\w+\}/);
        for (const name of names) expect(text, `${code} ${locale}`).toContain(`<${name}-value>`);
      }
    }
  });

  it("gives the documented examples", () => {
    expect(message("en", "arg.unknownStage", { name: "to_stage", value: "Demo" })).toBe('to_stage: no stage "Demo"');
    expect(message("zh-CN", "arg.unknownStage", { name: "to_stage", value: "Demo" })).toBe("to_stage：找不到阶段“Demo”");
    expect(message("en", "row.noStageDate")).toBe("The row has no stage date");
  });

  it("writes numbers and inserts values literally (no $& patterns, no second pass)", () => {
    expect(message("en", "date.unreadable", { value: 46027 })).toBe('Unreadable date "46027"');
    expect(message("en", "date.unreadable", { value: "$& {value} $1" })).toBe('Unreadable date "$& {value} $1"');
  });
});

import { describe, expect, it } from "vitest";
import { CLI_TEXT, cliText } from "../../../cli/cliText";
import { textIn, type Catalog, type MessageId } from "../../../core/i18n/catalog";
import { message, MESSAGES } from "../../../core/i18n/messages";
import { REPORT_MESSAGES } from "../../../core/i18n/reportMessages";

/** The `{name}` placeholders of a text, each once, sorted. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe("the message catalog: one shape, one reader", () => {
  it("reads a message in the language asked for, placeholders filled", () => {
    const words = textIn({ sheetRow: { "zh-CN": "“{sheet}”第 {row} 行", en: 'Row {row} of "{sheet}"' } });
    expect(words("zh-CN", "sheetRow", { sheet: "交易", row: 7 })).toBe("“交易”第 7 行");
    expect(words("en", "sheetRow", { sheet: "Deals", row: 7 })).toBe('Row 7 of "Deals"');
    expect(words("en", "sheetRow")).toBe('Row {row} of "{sheet}"');
  });

  it("takes no message that lacks a language, nor a key it does not hold", () => {
    // @ts-expect-error -- a message in English only is not a catalog entry
    const oneLanguage: Catalog = { hello: { en: "Hello" } };
    const words = textIn({ hello: { "zh-CN": "你好", en: "Hello" } });
    // @ts-expect-error -- "bye" is not a key of this namespace
    expect(() => words("en", "bye")).toThrow();
    expect(oneLanguage.hello.en).toBe("Hello");
  });

  it("names a message by namespace and key", () => {
    const ids: MessageId[] = ["core:date.unreadable", "cli:usage"];
    // @ts-expect-error -- the CLI's namespace has no such key
    const unknown: MessageId = "cli:date.unreadable";
    expect([...ids, unknown]).toHaveLength(3);
  });

  it("the core's and the CLI's namespaces read as they did (same words, same placeholders in both languages)", () => {
    expect(message("en", "stage.unknown", { value: "Demo" })).toBe('Not a stage name "Demo"');
    expect(cliText("zh-CN", "unexpectedArgument", { argument: "x" })).toBe("多余的参数“x”");
    for (const catalog of [MESSAGES, REPORT_MESSAGES, CLI_TEXT] as Catalog[]) {
      for (const [key, texts] of Object.entries(catalog)) expect(placeholders(texts["zh-CN"]), key).toEqual(placeholders(texts.en));
    }
  });
});

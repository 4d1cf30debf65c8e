import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Catalog, MessageId } from "../../core/i18n/catalog";
import { TEXT } from "../../appsscript/sidebar/text";
import { UI_TEXT, uiText } from "../../appsscript/uiText";

/** The `{name}` placeholders of a text, each once, sorted. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

// Run after `npm run build`: the built bundles, as Apps Script serves them.
const code = readFileSync("dist/appsscript/Code.js", "utf8");
const sidebar = readFileSync("dist/appsscript/Sidebar.html", "utf8");

describe("the Sheets namespaces of the message catalog (menu, sidebar)", () => {
  it("say the same placeholders in both languages", () => {
    for (const catalog of [UI_TEXT, TEXT] as Catalog[]) {
      for (const [key, texts] of Object.entries(catalog)) expect(placeholders(texts["zh-CN"]), key).toEqual(placeholders(texts.en));
    }
    expect(uiText("en", "unread", { sheet: "Log", message: "no stage" })).toBe('"Log": no stage');
    const ids: MessageId[] = ["menu:generate", "sidebar:analyze", "core:stage.unknown"];
    expect(ids).toHaveLength(3);
  });

  it("are bundled apart: neither Code.js nor the sidebar carries the command line's words", () => {
    // Words only the CLI says (cli/cliText.ts: outNotXlsx, fileIsFolder, csvLineTooLong), as they are written there.
    const cliOnly = ["the output file must end in .xlsx", "this is a folder, not a file", "runs past 16 MiB without ending"];
    for (const words of cliOnly) {
      expect(code.includes(words), words).toBe(false);
      expect(sidebar.includes(words), words).toBe(false);
    }
    // …while each carries its own.
    expect(code.includes(UI_TEXT.badRequest.en)).toBe(true);
    expect(sidebar.includes(TEXT.analyzeIntro.en)).toBe(true);
  });
});

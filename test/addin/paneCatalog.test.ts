import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Catalog, MessageId } from "../../core/i18n/catalog";
import { PANE_STRINGS, paneText } from "../../addin/i18n/paneStrings";

/** The `{name}` placeholders of a text, each once, sorted. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe("the pane's namespace of the message catalog", () => {
  it("says the same placeholders in both languages", () => {
    for (const [key, texts] of Object.entries(PANE_STRINGS as Catalog)) expect(placeholders(texts["zh-CN"]), key).toEqual(placeholders(texts.en));
    expect(paneText("zh-CN", "stageLabel", { n: 3 })).toBe("阶段 3");
    const ids: MessageId[] = ["pane:stageLabel", "core:stage.unknown"];
    expect(ids).toHaveLength(2);
  });

  it("is bundled apart: the task pane carries no word only the command line or the Sheets sidebar says", () => {
    // Run after `npm run build`. cli/cliText.ts's outNotXlsx and fileIsFolder; appsscript/sidebar/text.ts's analyzeIntro.
    const pane = readFileSync("dist/taskpane.js", "utf8");
    for (const words of ["the output file must end in .xlsx", "this is a folder, not a file", "Analyzes the deal log on the active sheet"]) {
      expect(pane.includes(words), words).toBe(false);
    }
    expect(pane.includes(PANE_STRINGS.subtitle.en)).toBe(true);
  });
});

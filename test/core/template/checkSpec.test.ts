import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { checkSpec, inlineListSource, SpecError } from "../../../core/template/checkSpec";
import type { SheetSpec, WorkbookSpec } from "../../../core/template/types";
import { emptySheet } from "../../support/emptySheet";

const sheet = (extra: Partial<SheetSpec>): WorkbookSpec => ({ locale: "en", names: [], sheets: [emptySheet("Guide", extra)] });

describe("checkSpec", () => {
  it.each([
    ["en", "file"],
    ["zh-CN", "excel"],
    ["en", "sheets"],
  ] as const)("passes the template (%s, %s) as it is", (locale, host) => {
    const spec = buildTemplate({ locale, host, sampleDeals: 5 });
    expect(checkSpec(spec)).toBe(spec);
  });

  it.each<[string, Partial<SheetSpec>, RegExp]>([
    ["a style on another sheet", { styles: [{ ref: "Sheet2!A1", style: "note" }] }, /Guide!Sheet2!A1 \(style\)/],
    ["a merge that is a name", { merges: ["WinRate"] }, /Guide!WinRate \(merge\)/],
    ["cells at three corners", { blocks: [{ at: "A1:B2:C3", rows: [] }] }, /Guide!A1:B2:C3 \(cells\)/],
    ["a hidden column beyond XFD", { hiddenColumns: ["XFE"] }, /Guide!XFE:XFE \(hidden column\)/],
    ["a dropdown word with a comma", { validations: [{ ref: "A1:A9", list: ["a,b", "c"], error: "no" }] }, /Guide!A1:A9 \(dropdown\).*comma/],
  ])("refuses %s, naming the sheet and the reference", (_what, extra, message) => {
    expect(() => checkSpec(sheet(extra))).toThrow(SpecError);
    expect(() => checkSpec(sheet(extra))).toThrow(message);
  });

  it("takes whole columns, rows and another sheet's list range", () => {
    const spec = sheet({ wrapped: ["C:C", "3:4"], validations: [{ ref: "A2:A9", list: { range: "'Stages'!$A$2:$A$9" }, error: "no" }] });
    expect(checkSpec(spec)).toBe(spec);
  });
});

describe("inlineListSource", () => {
  it("quotes the words, inner quotes doubled", () => {
    expect(inlineListSource(["Won", 'say "hi"'])).toBe('"Won,say ""hi"""');
  });
  it("holds 255 characters, quotes included, and no more", () => {
    // 253 letters + 2 quotes = 255; one more letter is 256.
    expect(inlineListSource(["a".repeat(253)])).toHaveLength(255);
    expect(() => inlineListSource(["a".repeat(254)])).toThrow(/255/);
  });
});

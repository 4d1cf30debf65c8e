/**
 * Excel refuses a data validation whose alert title is over 32 characters or whose message is over 255 (the
 * add-in's `dataValidation.errorAlert` throws; an .xlsx with one is "repaired" on open). checkSpec catches a
 * template that would, before any host draws it, naming the sheet and the cells.
 */
import { describe, expect, it } from "vitest";
import { checkSpec, SpecError, VALIDATION_ERROR_LIMIT, VALIDATION_TITLE_LIMIT } from "../../../core/template/checkSpec";
import type { SheetSpec, WorkbookSpec } from "../../../core/template/types";
import { emptySheet } from "../../support/emptySheet";

const sheet = (extra: Partial<SheetSpec>): WorkbookSpec => ({ locale: "en", names: [], sheets: [emptySheet("Deals", extra)] });
const x = (n: number): string => "x".repeat(n);

describe("checkSpec: a validation's alert within Excel's limits", () => {
  it("the limits are Excel's: 32 for the title, 255 for the message", () => {
    expect([VALIDATION_TITLE_LIMIT, VALIDATION_ERROR_LIMIT]).toEqual([32, 255]);
  });

  it("takes a title of 32 and a message of 255 characters", () => {
    const spec = sheet({ validations: [{ ref: "A2:A9", number: { atLeast: 0 }, title: x(32), error: x(255) }, { ref: "B2:B9", list: ["a"], error: x(255) }] });
    expect(checkSpec(spec)).toBe(spec);
  });

  it.each<[string, Partial<SheetSpec>, RegExp]>([
    ["a number check's title of 33", { validations: [{ ref: "A2:A9", number: { atLeast: 0 }, title: x(33), error: "no" }] }, /Deals!A2:A9 \(validation\).*title.*33/],
    ["a number check's message of 256", { validations: [{ ref: "A2:A9", number: { atLeast: 0 }, title: "No", error: x(256) }] }, /Deals!A2:A9 \(validation\).*message.*256/],
    ["a dropdown's message of 256", { validations: [{ ref: "B2:B9", list: ["a"], error: x(256) }] }, /Deals!B2:B9 \(validation\).*message.*256/],
  ])("refuses %s, naming the sheet and the cells", (_what, extra, message) => {
    expect(() => checkSpec(sheet(extra))).toThrow(SpecError);
    expect(() => checkSpec(sheet(extra))).toThrow(message);
  });
});

import { describe, expect, it } from "vitest";
import { renderWorkbook } from "../../appsscript/render/renderWorkbook";
import { encodeSheet } from "../../appsscript/shared/wireSheet";
import { readDrawSheet } from "../../appsscript/sidebarRequests";
import { columnLetter } from "../../core/model/cells";
import { buildTemplate } from "../../core/template/buildTemplate";
import { templateLayout } from "../../core/template/layout";
import { SheetsFake } from "./fakes/sheetsFake";

/**
 * Safe to paste (issue 13 part 6), in Google Sheets: a CRM export 20 columns wide pasted at A2 of the Deals sheet
 * leaves every helper column's ARRAYFORMULA (row 2) in place; the helper columns are grouped and collapsed.
 */
describe("Sheets: a 20-column export pasted at A2 of the Deals sheet", () => {
  it("overwrites no helper array formula", () => {
    const spec = buildTemplate({ locale: "en", host: "sheets" });
    const fake = new SheetsFake();
    expect(renderWorkbook(spec, fake.spreadsheet, { app: fake.app, charts: fake.charts }).status).toBe("done");
    const { deals, sheetName } = templateLayout("en", 6, 1001, "sheets");
    const sheet = fake.spreadsheet.getSheetByName(sheetName("deals"))!;
    const state = fake.sheet(sheetName("deals"));
    const helpers = Array.from({ length: deals.lastColumn - deals.valid + 1 }, (_, c) => `${columnLetter(deals.valid + c)}2`);
    const before = helpers.map((address) => state.at(address).formula);
    expect(before.every((formula) => formula.startsWith("=ARRAYFORMULA("))).toBe(true);

    const pasted = Array.from({ length: 50 }, (_, r) => Array.from({ length: 20 }, (_, c) => (c === 0 ? `D${r + 1}` : c === deals.stage(0) - 1 ? 46000 + r : "extra")));
    sheet.getRange(2, 1, pasted.length, 20).setValues(pasted);

    expect(helpers.map((address) => state.at(address).formula)).toEqual(before);
    for (const address of helpers) expect(state.hiddenColumns.has(deals.valid + helpers.indexOf(address))).toBe(true);
  });

  it("the sidebar's request carries the empty Deals sheet's paste guide (a note) and the server accepts it", () => {
    const spec = buildTemplate({ locale: "zh-CN", host: "sheets" });
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    const read = readDrawSheet(JSON.parse(JSON.stringify({ locale: spec.locale, sheet: encodeSheet(deals), names: spec.names, onClash: "stop" })));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.sheet.notes).toEqual(deals.notes);
    expect(deals.notes).toHaveLength(1);
  });
});

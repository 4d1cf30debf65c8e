import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { generateWorkbook } from "../../addin/commands/generateWorkbook";
import { readOwnDeals } from "../../addin/pane/sheetDeals";
import { localToday } from "../../core/model/today";
import { buildTemplate } from "../../core/template/buildTemplate";
import { templateLayout } from "../../core/template/layout";
import { FakeWorkbookModel, type FakeSheetSeed } from "./fakes/fakeWorkbook";
import { fakeOfficeGlobals, installFakeOffice } from "./fakes/officeFake";
import { templateScriptLoaded } from "./fakes/templateScriptLoaded";

// dist/template.js, as the page has it once Generate has fetched it.
afterAll(templateScriptLoaded(globalThis));

// The pane's "build the tracker from this sheet's deals" (issue 12 part 1): the deal sheet read as Analyze reads
// it, its deals in a new tracker's Deals sheet, the rows it could not read kept as they came, the sheet itself
// untouched; a sheet that cannot fill a tracker (a current-stage export) is refused in one line.

const csv = (file: string): string[][] => parse(readFileSync(new URL(`../fixtures/exports/${file}`, import.meta.url)), { bom: true, relax_column_count: true });
const US_TRACKER = csv("own-layout-us-excel.csv");

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function host(sheets: FakeSheetSeed[]): FakeWorkbookModel {
  const workbook = new FakeWorkbookModel({ sheets });
  uninstall = installFakeOffice(globalThis, fakeOfficeGlobals({ workbook, displayLanguage: "en-US" }));
  return workbook;
}

/** Every value of a sheet's used rectangle (rows × columns as the seed gave them). */
function snapshot(workbook: FakeWorkbookModel, sheet: string, rows: number, columns: number) {
  return workbook.values(sheet, `A1:${String.fromCharCode(64 + columns)}${rows}`);
}

describe("build the tracker from this sheet's deals (Excel pane)", () => {
  it("fills a new tracker's Deals sheet with the hand tracker's deals and leaves the sheet as it was", async () => {
    const workbook = host([{ name: "Q1 pipeline", rows: US_TRACKER }]);
    const before = snapshot(workbook, "Q1 pipeline", US_TRACKER.length, US_TRACKER[0].length);
    const read = await readOwnDeals("en", "en");
    if (!("ownDeals" in read)) throw new Error(read.refused);
    const { ownDeals } = read;
    // The fixture: one header row, every other row a deal with a customer (hand-counted: no bad row).
    const customers = US_TRACKER.slice(1).map((row) => row[1]);
    expect(ownDeals).toMatchObject({ sheet: "Q1 pipeline", deals: customers.length, unread: 0 });
    expect(ownDeals.stages).toEqual(US_TRACKER[0].slice(3, 9));

    const result = await generateWorkbook({ locale: "en", sampleDeals: 0, today: localToday(new Date()), ownDeals });
    expect(result.status).toBe("created");
    expect(snapshot(workbook, "Q1 pipeline", US_TRACKER.length, US_TRACKER[0].length)).toEqual(before);
    const layout = templateLayout("en", ownDeals.stages.length, 1001);
    const deals = buildTemplate({ locale: "en" }).sheets.find((sheet) => sheet.key === "deals")!.name;
    const column = layout.deals.field.customer;
    const letter = String.fromCharCode(64 + column);
    const written = workbook.values(deals, `${letter}2:${letter}${customers.length + 2}`).map(([value]) => value);
    expect(written).toEqual([...customers, ""]);
    // Dates are real dates (serials), not the text "12/29/2025"; D-1's lead date is 2025-12-29.
    const lead = String.fromCharCode(64 + layout.deals.stage(0));
    expect(workbook.values(deals, `${lead}2`)[0][0]).toBe(Date.UTC(2025, 11, 29) / 86_400_000 + 25_569);
  });

  it("keeps a row it cannot read below the deals, as text, with why, in the tracker's language", async () => {
    const rows = [
      ["Deal ID", "Customer", "Lead", "Opportunity", "Won", "Status", "Amount"],
      ["A-1", "Acme", "2026-01-05", "2026-01-09", "2026-02-20", "Won", "1200"],
      ["A-2", "Beta", "soon", "", "", "Open", "800"],
      ["A-3", "Gamma", "2026-01-07", "", "", "Open", "500"],
    ];
    const workbook = host([{ name: "Log", rows }]);
    const read = await readOwnDeals("en", "zh-CN");
    if (!("ownDeals" in read)) throw new Error(read.refused);
    expect(read.ownDeals).toMatchObject({ deals: 2, unread: 1 });
    await generateWorkbook({ locale: "zh-CN", sampleDeals: 0, today: localToday(new Date()), ownDeals: read.ownDeals });
    const deals = buildTemplate({ locale: "zh-CN" }).sheets.find((sheet) => sheet.key === "deals")!.name;
    const [unread] = workbook.values(deals, "A4:Z4");
    // The row as it came, as one CSV line in a stage cell (text: never a formula), marked in the first column.
    expect(unread).toContain("A-2,Beta,soon,,,Open,800");
    expect(unread[0]).toBe("原第 3 行（未读入）");
    expect(unread.some((cell) => typeof cell === "string" && cell.includes("soon") && cell.startsWith("C"))).toBe(true);
    expect(workbook.values("Log", "A3:G3")).toEqual([rows[2].map((cell) => cell)]);
  });

  it("refuses a current-stage export in one line, in the pane's language, and changes nothing", async () => {
    const workbook = host([{ name: "Report", rows: csv("salesforce-report1772467200000.csv") }]);
    const sheets = workbook.sheets.map((sheet) => sheet.name);
    const en = await readOwnDeals("en", "en");
    expect(en).toEqual({ refused: expect.stringMatching(/^This sheet has no date per stage/) });
    const zh = await readOwnDeals("zh-CN", "en");
    expect(zh).toEqual({ refused: expect.stringMatching(/^这张表没有各阶段的日期/) });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(sheets);
  });

  it("a deal sheet named like the tracker's own: the clash is reported and nothing is written", async () => {
    const workbook = host([{ name: "Deals", rows: US_TRACKER }]);
    const read = await readOwnDeals("en", "en");
    if (!("ownDeals" in read)) throw new Error(read.refused);
    const result = await generateWorkbook({ locale: "en", sampleDeals: 0, today: localToday(new Date()), ownDeals: read.ownDeals });
    expect(result).toMatchObject({ status: "clash", sheets: ["Deals"] });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Deals"]);
    const copy = await generateWorkbook({ locale: "en", sampleDeals: 0, today: localToday(new Date()), ownDeals: read.ownDeals }, { suffix: " (2)" });
    expect(copy.status).toBe("created");
    expect(workbook.sheets.map((sheet) => sheet.name)).toContain("Deals (2)");
  });
});

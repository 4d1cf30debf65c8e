import { afterEach, describe, expect, it } from "vitest";
import { queueLocaleDateOrder } from "../../addin/pane/dateLocale";
import { findDealSheet } from "../../addin/pane/dealSource";
import { analyzeDeals } from "../../core/report/analyzeDeals";
import { asExcelContext, FakeRequestContext } from "./fakes/excelFake";
import { FakeWorkbookModel } from "./fakes/fakeWorkbook";
import { fakeOfficeGlobals, installFakeOffice } from "./fakes/officeFake";

// The pane reads numbers-only text dates (a column pasted as text: 03/02/2026) whose column leaves the order open
// as this Excel's regional short date pattern writes them (cultureInfo.datetimeFormat, ExcelApi 1.12), loaded with
// the reader's first sync. Every day is 12 or less, so the values settle nothing.
// Month first: 2026-03-02 → 2026-04-03, 29 days left of March + 3 = 32; day first: 2026-02-03 → 2026-03-04, 25 + 4 = 29.
const ROWS = [
  ["Deal ID", "Lead", "Won", "Status"],
  ["D1", "03/02/2026", "04/03/2026", "Won"],
];

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

async function paneReads(options: { shortDatePattern?: string; apiVersion?: string }) {
  const model = new FakeWorkbookModel({ sheets: [{ name: "Log", rows: ROWS }], ...options });
  uninstall = installFakeOffice(globalThis, fakeOfficeGlobals({ workbook: model }));
  const context = new FakeRequestContext(model);
  const excel = asExcelContext(context);
  const localeOrder = queueLocaleDateOrder(excel);
  const source = (await findDealSheet(excel))!;
  const syncs = context.syncCount;
  const localeDateOrder = localeOrder();
  return { localeDateOrder, syncs, report: analyzeDeals(source.grid, { locale: "en", firstRow: source.firstRow, localeDateOrder })! };
}

describe("the Excel pane's date order from Excel's regional format", () => {
  it("reads an open column month first in an en-US Excel, day first in a de-DE one, and says so", async () => {
    const us = await paneReads({ shortDatePattern: "M/d/yyyy" });
    expect(us.localeDateOrder).toBe("mdy");
    expect(us.report.cycleTimeDays.median).toBe(32);
    expect(us.report.reading?.dateOrders?.[0]).toEqual({ column: "Lead", order: "mdy", source: "locale" });
    const de = await paneReads({ shortDatePattern: "dd.MM.yyyy" });
    expect(de.report.cycleTimeDays.median).toBe(29);
  });

  it("costs no sync of its own", async () => {
    const withOrder = await paneReads({});
    uninstall?.();
    const model = new FakeWorkbookModel({ sheets: [{ name: "Log", rows: ROWS }] });
    const context = new FakeRequestContext(model);
    await findDealSheet(asExcelContext(context));
    expect(withOrder.syncs).toBe(context.syncCount);
  });

  it("leaves the order open before ExcelApi 1.12 (the column is then reported ambiguous, not guessed)", async () => {
    const old = await paneReads({ apiVersion: "1.11" });
    expect(old.localeDateOrder).toBeUndefined();
    expect(old.report.reading?.ambiguousDates).toEqual([
      { column: "Lead", ambiguous: 1, dated: 1 },
      { column: "Won", ambiguous: 1, dated: 1 },
    ]);
  });
});

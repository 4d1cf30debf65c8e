/**
 * The fake Office host for a browser page (bundled as an IIFE, global `FakeOfficeHost`, and injected with
 * Playwright's addInitScript before the page's own scripts): `FakeOfficeHost.install(config)` puts the fake
 * `Office` and `Excel` globals on window over a workbook preloaded with the given sheets, and exposes
 * `window.__fakeExcel` for the test to inspect.
 */
import { parseFakeAddress } from "./fakeAddress";
import { FakeWorkbookModel, type FakeSheetSeed, type FakeWorkbookSummary } from "./fakeWorkbook";
import { fakeOfficeGlobals, installFakeOffice, type FakeOfficeEvents } from "./officeFake";

export interface BrowserHostConfig {
  readonly displayLanguage: string;
  readonly apiVersion?: string;
  readonly sheets: readonly FakeSheetSeed[];
  /** The sheet active when the pane opens (default: the first). */
  readonly activeSheet?: string;
}

/** What the page exposes as `window.__fakeExcel`. */
export interface BrowserHostHandle {
  describe(): FakeWorkbookSummary;
  /** Selects a range as the user would (and activates its sheet). */
  select(sheet: string, address: string): void;
  /** A range's values as `Range.values` reads them. */
  values(sheet: string, address: string): (string | number | boolean)[][];
  readonly events: FakeOfficeEvents;
}

export function install(config: BrowserHostConfig): void {
  const workbook = new FakeWorkbookModel({ apiVersion: config.apiVersion, sheets: config.sheets });
  if (config.activeSheet !== undefined) workbook.activeSheet = workbook.sheet(config.activeSheet);
  const globals = fakeOfficeGlobals({ workbook, displayLanguage: config.displayLanguage });
  installFakeOffice(window, globals);
  const handle: BrowserHostHandle = {
    describe: () => workbook.describe(),
    select: (sheetName, address) => {
      const sheet = workbook.sheet(sheetName);
      const rect = parseFakeAddress(address);
      if (sheet === undefined || rect === undefined) throw new Error(`fake: cannot select ${sheetName}!${address}`);
      workbook.activeSheet = sheet;
      workbook.selection = { sheet, rect };
    },
    values: (sheetName, address) => workbook.values(sheetName, address),
    events: globals.events,
  };
  (window as unknown as { __fakeExcel: BrowserHostHandle }).__fakeExcel = handle;
}

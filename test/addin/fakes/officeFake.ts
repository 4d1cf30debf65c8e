import { FakeRequestContext } from "./excelFake";
import { compareVersions, type FakeWorkbookModel } from "./fakeWorkbook";

/** How the fake Office host presents itself. */
export interface FakeOfficeOptions {
  readonly workbook: FakeWorkbookModel;
  /** `Office.context.displayLanguage` (default "en-US"). */
  readonly displayLanguage?: string;
  /** Requirement sets other than ExcelApi, by name → highest version (default SharedRuntime 1.1). */
  readonly otherSets?: Readonly<Record<string, string>>;
}

/** What the fake Office host did that a test may check. */
export interface FakeOfficeEvents {
  showAsTaskpane: number;
  readonly associated: string[];
  runs: number;
}

/** The `Office` and `Excel` globals of the fake host. */
export interface FakeOfficeGlobals {
  readonly Office: {
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    readonly context: { readonly displayLanguage: string; readonly requirements: { isSetSupported(name: string, version?: string): boolean } };
    readonly addin: { showAsTaskpane(): Promise<void>; hide(): Promise<void> };
    readonly actions: { associate(id: string, action: (...args: never[]) => unknown): void };
    readonly HostType: { readonly Excel: "Excel" };
  };
  readonly Excel: { run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> };
  readonly events: FakeOfficeEvents;
}

/**
 * The fake host's globals: `Office.onReady`, `Office.context.displayLanguage`, `Office.context.requirements`
 * (ExcelApi up to the workbook's `apiVersion`), `Office.addin.showAsTaskpane`, `Office.actions.associate`, and
 * `Excel.run`, which hands the batch a fresh {@link FakeRequestContext} on the workbook (and, like Office.js,
 * does not sync what the batch left queued: the test sees it as unsynced).
 */
export function fakeOfficeGlobals(options: FakeOfficeOptions): FakeOfficeGlobals {
  const events: FakeOfficeEvents = { showAsTaskpane: 0, associated: [], runs: 0 };
  const info = { host: "Excel", platform: "OfficeOnline" };
  const sets: Record<string, string> = { SharedRuntime: "1.1", ...options.otherSets };
  return {
    Office: {
      onReady: async (callback) => {
        callback?.(info);
        return info;
      },
      context: {
        displayLanguage: options.displayLanguage ?? "en-US",
        requirements: {
          isSetSupported: (name, version = "1.1") => {
            const highest = name === "ExcelApi" ? options.workbook.apiVersion : sets[name];
            return highest !== undefined && compareVersions(highest, version) >= 0;
          },
        },
      },
      addin: {
        showAsTaskpane: async () => {
          events.showAsTaskpane++;
        },
        hide: async () => undefined,
      },
      actions: { associate: (id) => void events.associated.push(id) },
      HostType: { Excel: "Excel" },
    },
    Excel: {
      run: async (batch) => {
        events.runs++;
        return batch(new FakeRequestContext(options.workbook));
      },
    },
    events,
  };
}

/** Puts the fake `Office` and `Excel` on a global object (globalThis in Node, window in a browser); returns an undo. */
export function installFakeOffice(target: object, globals: FakeOfficeGlobals): () => void {
  const host = target as Record<string, unknown>;
  const previous = { Office: host.Office, Excel: host.Excel };
  host.Office = globals.Office;
  host.Excel = globals.Excel;
  return () => {
    host.Office = previous.Office;
    host.Excel = previous.Excel;
  };
}

import type { SheetsHost } from "./hostTypes";

/**
 * The live Apps Script services. Assigning the globals to {@link SheetsHost} here is the compile-time proof
 * (under @types/google-apps-script) that every method the add-on calls exists with that signature.
 *
 * Each global is read when first used, never when the bundle loads: the bundle's top level runs in every
 * execution — custom functions and `onOpen` in AuthMode.NONE included — and must touch no service there.
 */
export function liveHost(): SheetsHost {
  return {
    get SpreadsheetApp() {
      return SpreadsheetApp;
    },
    get HtmlService() {
      return HtmlService;
    },
    get Charts() {
      return Charts;
    },
    get Session() {
      return Session;
    },
  };
}

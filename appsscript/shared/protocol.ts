/**
 * What crosses `google.script.run` between the sidebar and the server functions — types only, shared by both
 * sides. Everything is plain JSON: numbers, strings, booleans, null, arrays and objects. Dates cross as ISO
 * `YYYY-MM-DD` strings or `{ d: milliseconds }` (wireValues.ts), never `Date` (google.script.run cannot carry one).
 */
import type { ReportFigureValues } from "../../core/report/reportFigures";
import type { SegmentHeatTable } from "../../core/present/segmentHeat";
import type { Locale } from "../../core/model/locale";
import { PROBLEMS_LISTED } from "../../core/report/readingPolicy";
import type { DefinedName } from "../../core/template/types";
import type { WireSheet } from "./wireSheet";
import type { WireValue } from "./wireValues";
import type { TemplateOutline } from "../../core/template/numberedCopy";

/** The sidebar's choice when sheets of the template exist. Nothing is ever overwritten. */
export type ClashChoice = "stop" | "addMissing" | "copy";

/**
 * `sidebarPlan(outline)`: before anything is written, which of the template's sheets and workbook names exist
 * already, and the smallest free number for a copy (core copyNames.ts). The sidebar builds the template itself (the core
 * runs in the browser) and sends only its names here.
 */
export type PlanRequest = TemplateOutline;

export type PlanResponse =
  | {
      readonly status: "plan";
      /** The template's sheets that exist, in the template's order. */
      readonly existing: readonly string[];
      /** The template's workbook names that exist (another template's, say): a clash like a sheet. */
      readonly names: readonly string[];
      /** The smallest copy number n ≥ 2 whose names ("Deals (n)", "WinRate_n") are all free; null when none to 999 is. */
      readonly copy: number | null;
    }
  | { readonly status: "invalid"; readonly message: string };

/**
 * `sidebarDrawSheet(request)`: draws one sheet of the template the sidebar built (one call per sheet, so the
 * progress bar moves and no call carries the whole workbook). A numbered copy is renamed by the sidebar
 * (asCopy) before it is sent, so the server only ever adds sheets under the names it is given.
 */
export interface DrawSheetRequest {
  /** The template's language. */
  readonly locale: Locale;
  readonly sheet: WireSheet;
  /** The template's workbook names; those pointing into this sheet are set with it. */
  readonly names: readonly DefinedName[];
  /** "stop": a clash changes nothing; "addMissing": an existing sheet (or name) is left as it is. */
  readonly onClash: "stop" | "addMissing";
  /**
   * A sheet to activate once this one is drawn: sent with the last request, the first sheet the generation
   * added (the Guide), so the user lands where Excel's generation leaves them rather than on the last sheet.
   */
  readonly activate?: string;
}

/**
 * The most characters of JSON the sidebar sends in one call. Google documents no size limit for
 * google.script.run; this is our own ceiling, checked before anything is written. The largest request the
 * sidebar's options make (the Deals sheet with 5,000 sample deals over 20 stages) is under 1 MB.
 */
export const MAX_REQUEST_CHARS = 4_000_000;

export type DrawSheetResponse =
  | {
      readonly status: "done";
      readonly created: readonly string[];
      readonly skipped: readonly string[];
      readonly names: readonly string[];
    }
  | { readonly status: "clash"; readonly clashes: readonly string[] }
  | { readonly status: "invalid"; readonly message: string }
  /** Sheets refused a write (a quota, a limit): what this call had added was taken back. */
  | { readonly status: "failed"; readonly message: string };

export interface WireFunnelRow {
  readonly stage: string;
  readonly reached: number;
  readonly stepConversion: number | null;
  readonly overallConversion: number | null;
  readonly dropOff: number | null;
}

export interface WireProblem {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/**
 * The diagnosis of the deal sheet the reading policy chooses, as the sidebar shows it. The sidebar computes it
 * itself (sidebar/analyzeSheets.ts) from the sheet's pages ({@link SheetHeadsResponse}, {@link SheetValuesResponse}):
 * Code.js, which Apps Script loads for every custom-function recalculation, carries no report.
 */
export type AnalyzeResponse =
  | ({
      readonly status: "ok";
      readonly locale: Locale;
      /** The sheet analyzed; problem rows are its row numbers. */
      readonly sheet: string;
      readonly deals: number;
      /** First and last stage date in the log, `YYYY-MM-DD`; null when it has none. */
      readonly period: { readonly from: string; readonly to: string } | null;
      readonly funnel: readonly WireFunnelRow[];
      readonly lossPoints: readonly { readonly stage: string; readonly lost: number; readonly share: number | null }[];
      /** The first problems (at most {@link MAX_PROBLEMS}); `problemCount` says how many there are. */
      readonly problems: readonly WireProblem[];
      readonly problemCount: number;
      /**
       * What the reader decided (a stage history, the stage order, footer rows, lost deals without a stage,
       * currencies, the order of each column of numbers-only dates), in words: core reportNotes, the CLI's lines.
       */
      readonly notes?: readonly string[];
      /** When every row is a problem: the one line saying so (core/parse/verdict.ts), shown as the error. */
      readonly unread?: string;
      /**
       * The deals split by the field chosen under "By" (core/present/segmentHeat.ts), or the line saying the sheet
       * has no column for it; absent when none was chosen. Computed in the sidebar: never sent by the script.
       */
      readonly segments?: SegmentHeatTable | { readonly missing: string };
      /** The headline figures (win rate, cycle time, …): the table of report figures, core/report/reportFigures.ts. */
    } & Readonly<ReportFigureValues>)
  /** No deal log: `message` is the one line the CLI says (the headers found, the shapes read, what to do). */
  | { readonly status: "notADealLog"; readonly locale: Locale; readonly sheet: string; readonly message: string }
  /** Numbers-only dates (03/04/2026) that neither their column nor the spreadsheet's locale settles. */
  | { readonly status: "datesAmbiguous"; readonly locale: Locale; readonly sheet: string; readonly message: string }
  /** The sheet was renamed or deleted while its pages were being read: nothing is shown, analyze again. */
  | { readonly status: "sheetChanged"; readonly locale: Locale; readonly sheet: string; readonly message: string };

/**
 * `sidebarSheetHeads()`: the first call of an analysis, which the sidebar runs itself (sidebar/analyzeSheets.ts):
 * every sheet's first SHEET_HEAD_ROWS rows (core readingPolicy), enough for the reading policy to choose the
 * deal sheet and its stages, and what reading its dates needs.
 */
export interface SheetHeadsResponse {
  /** The user's language (their account's, else the spreadsheet's): the report's. */
  readonly locale: Locale;
  /** The spreadsheet's locale (`en_US`): how numbers-only dates their column leaves open are read. */
  readonly spreadsheetLocale: string;
  /** The spreadsheet's time zone: date cells are read in it. */
  readonly timeZone: string;
  /** The active sheet's name. */
  readonly active: string;
  readonly sheets: readonly { readonly name: string; readonly rows: number; readonly columns: number; readonly head: readonly (readonly WireValue[])[] }[];
}

/**
 * `sidebarSheetValues(sheet, fromRow, rows, columns)`: one page of a sheet's values, from sheet row `fromRow`
 * (one getValues). `values` may hold fewer rows than asked: the sheet ends sooner, or the answer would pass
 * {@link MAX_ANSWER_CHARS}; the sidebar asks for the rest from where it stops. "missing": no sheet by that name.
 */
export type SheetValuesResponse = { readonly status: "ok"; readonly values: readonly (readonly WireValue[])[] } | { readonly status: "missing" };

/**
 * The most characters of JSON the server answers in one call: the sidebar's own ceiling, as for requests. A
 * 100,000-row deal log is 18–20 MB of JSON, so the sidebar reads it in pages (PAGE_CELLS, wireValues.ts).
 */
export const MAX_ANSWER_CHARS = MAX_REQUEST_CHARS;

/** Problem rows the answer lists: as many as every surface lists (core readingPolicy PROBLEMS_LISTED). */
export const MAX_PROBLEMS = PROBLEMS_LISTED;

/** `sidebarSelectRow(row, sheet)`. */
export type SelectRowResponse = { readonly status: "ok"; readonly sheet: string; readonly row: number } | { readonly status: "missing" };

/** The server functions the sidebar calls, as `google.script.run` exposes them. */
export interface SidebarServer {
  sidebarPlan(request: PlanRequest): PlanResponse;
  sidebarDrawSheet(request: DrawSheetRequest): DrawSheetResponse;
  sidebarSheetHeads(): SheetHeadsResponse;
  sidebarSheetValues(sheet: string, fromRow: number, rows: number, columns: number): SheetValuesResponse;
  sidebarSelectRow(row: number, sheet: string): SelectRowResponse;
}

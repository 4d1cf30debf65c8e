/**
 * What crosses `google.script.run` between the sidebar and the server functions — types only, shared by both
 * sides. Everything is plain JSON: numbers, strings, booleans, null, arrays and objects. Dates cross as ISO
 * `YYYY-MM-DD` strings, never `Date` (google.script.run cannot carry one).
 */
import type { Locale } from "../../core/model/locale";
import type { SheetKey } from "../../core/template/types";

export type ClashChoice = "stop" | "addMissing" | "suffix";

/** `sidebarGenerate(request)`: plan first, then one call per sheet so the sidebar can show progress. */
export interface GenerateRequest {
  /** Language of the template. */
  readonly language: Locale;
  /** The stage names in order; empty for the default stages of `language`. */
  readonly stages: readonly string[];
  /** Sample deals to fill in, 0 for an empty template. */
  readonly sampleDeals: number;
  readonly onClash: ClashChoice;
  /** The suffix the plan proposed, for `onClash: "suffix"`. */
  readonly suffix?: string;
  /** Only plan: say which sheets would be added and which exist, change nothing. */
  readonly planOnly?: boolean;
  /** Only this sheet (one step of the generation); default all. */
  readonly sheet?: SheetKey;
}

export interface PlannedSheet {
  readonly key: SheetKey;
  readonly name: string;
  readonly exists: boolean;
}

export type GenerateResponse =
  /** `names`: workbook names of the template that exist already (another template's) — a clash like a sheet. */
  | { readonly status: "plan"; readonly sheets: readonly PlannedSheet[]; readonly names: readonly string[]; readonly suffix: string }
  | {
      readonly status: "done";
      readonly created: readonly string[];
      readonly skipped: readonly string[];
      readonly names: readonly string[];
    }
  | { readonly status: "clash"; readonly clashes: readonly string[] }
  | { readonly status: "invalid"; readonly message: string };

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

/** `sidebarAnalyze()`: the diagnosis of the active sheet (or the template's Deals sheet). */
export type AnalyzeResponse =
  | {
      readonly status: "ok";
      readonly locale: Locale;
      /** The sheet analyzed; problem rows are its row numbers. */
      readonly sheet: string;
      readonly deals: number;
      /** First and last stage date in the log, `YYYY-MM-DD`; null when it has none. */
      readonly period: { readonly from: string; readonly to: string } | null;
      readonly funnel: readonly WireFunnelRow[];
      readonly winRate: number | null;
      readonly cycleTimeDays: { readonly median: number | null; readonly mean: number | null; readonly p90: number | null; readonly n: number };
      readonly pipelineVelocity: number | null;
      readonly lossPoints: readonly { readonly stage: string; readonly lost: number; readonly share: number | null }[];
      /** The first problems (at most {@link MAX_PROBLEMS}); `problemCount` says how many there are. */
      readonly problems: readonly WireProblem[];
      readonly problemCount: number;
    }
  | { readonly status: "notADealLog"; readonly locale: Locale; readonly sheet: string; readonly message: string };

export const MAX_PROBLEMS = 100;

/** `sidebarSelectRow(row, sheet)`. */
export type SelectRowResponse = { readonly status: "ok"; readonly sheet: string; readonly row: number } | { readonly status: "missing" };

/** The server functions the sidebar calls, as `google.script.run` exposes them. */
export interface SidebarServer {
  sidebarGenerate(request: GenerateRequest): GenerateResponse;
  sidebarAnalyze(): AnalyzeResponse;
  sidebarSelectRow(row: number, sheet: string): SelectRowResponse;
}

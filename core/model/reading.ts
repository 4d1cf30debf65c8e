/**
 * What a reader decided about a deal log, so that every surface can say it (DEFINITIONS §2–§3): which shape it
 * took the table for, where the stage order came from, which date order a column was read in, and what it
 * counted without knowing (a lost deal with no known stage). Each field is present only when it applies.
 */

/** The order in which a date written with numbers only (`03/04/2026`) is read. */
export type DateOrder = "ymd" | "mdy" | "dmy";

/**
 * How a date order was settled: the column's own values (a day above 12), the caller's option, its dates written
 * with dots (`05.03.2024`: day first wherever dots are written, DEFINITIONS §3), or the locale.
 */
export type DateOrderSource = "values" | "option" | "dots" | "locale";

/** The shapes a deal log may come in (DEFINITIONS §2). */
export type LogShapeKind = "wide" | "stageColumn" | "currentStage" | "history";

/** Where the stage order came from. */
export type StageOrderSource =
  | "given" // --stages, stage_order, the pane's stage list
  | "workbook" // the workbook's own Stages sheet
  | "columns" // a wide log's column order
  | "firstEntry" // a history: stages by their typical first-entry day, closed stages last
  | "crmDefault" // a CRM's documented default pipeline
  | "default"; // the product's default stages

/** One column's date order as read. */
export interface DateColumnNote {
  /** The column's header as written. */
  readonly column: string;
  readonly order: DateOrder;
  readonly source: DateOrderSource;
}

/**
 * A column whose dates are written with numbers only, year last, and that nothing settled: no date in it reads
 * one way only, and no option or locale gave an order. Its ambiguous dates are problems; a surface fails with
 * one line (core/report/readingText.ts ambiguousDatesText) rather than guess.
 */
export interface AmbiguousDateColumn {
  /** The column's header as written. */
  readonly column: string;
  /** Its dates that read as two different real days. */
  readonly ambiguous: number;
  /** Its numbers-only, year-last dates in all. */
  readonly dated: number;
}

/** What the reader decided; see the module comment. */
export interface ReadingNotes {
  readonly shape: LogShapeKind;
  readonly stageOrder?: { readonly source: StageOrderSource; readonly name?: string };
  /** Columns whose dates were written with numbers only, and the order each was read in. */
  readonly dateOrders?: readonly DateColumnNote[];
  /** Columns of numbers-only dates that nothing settled (see {@link AmbiguousDateColumn}). */
  readonly ambiguousDates?: readonly AmbiguousDateColumn[];
  /** Lost deals whose stage is not known ("Closed Lost" only): counted in the win rate and the first stage. */
  readonly lostWithoutStage?: number;
  /** Where cycle times come from: stage dates, or created → close dates of won deals (no stage dates). */
  readonly cycleFrom?: "stageDates" | "createdToClose";
  /** Rows a report tool adds (footers, separator lines), skipped and counted once. */
  readonly furnitureRows?: number;
  /** Deals of a stage history that went back to an earlier stage (each keeps its first entry). */
  readonly revisitedDeals?: number;
  /**
   * Currencies of the amount column when there are several, most deals first (no figure is then computed
   * across them: pipeline velocity is null).
   */
  readonly currencies?: readonly string[];
  /** Deals with an amount in each of {@link currencies}, in the same order. */
  readonly currencyDeals?: readonly number[];
}

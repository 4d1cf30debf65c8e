import type { Locale } from "../model/locale";

/**
 * The tracking workbook as data (ARCHITECTURE: template/). One description, in zh-CN or en, that the Excel
 * renderer (in addin/), the Sheets renderer (in appsscript/) and the .xlsx writer (exceljs) all draw from.
 * Nothing here calls a host; everything is plain, serialisable data.
 *
 * Addresses are A1 references on the sheet itself ("B2", "B2:D40"); formulas are en-US syntax (English function
 * names, comma separators) without the leading "=", referring to other sheets by quoted name ('线索'!A1) or by
 * a defined name. Only functions that Excel, Google Sheets and LibreOffice all evaluate the same are used.
 */

/** A cell of the template. Text is always written as text — a renderer must never turn it into a formula. */
export type TemplateCell =
  | { readonly text: string }
  | { readonly number: number }
  /** A date as a day number (the Excel serial, days since 1899-12-30). */
  | { readonly day: number }
  /** A native formula, en-US syntax, no leading "=". */
  | { readonly formula: string }
  | null;

/** A rectangle of cells written at once: `rows[r][c]` goes to `at` + (r, c). Rows may be ragged. */
export interface CellBlock {
  readonly at: string;
  readonly rows: readonly (readonly TemplateCell[])[];
}

/**
 * One row of cells repeated down the sheet: written at `at` and `count` rows in all, row k (0-based) being
 * `cells` with every relative row reference moved k rows down, as a spreadsheet fills a formula down
 * (fillDown.ts). The Deals sheet's helper formulas are one such row, not a thousand spelled-out rows. The Excel
 * renderer writes it over table columns, which makes them calculated columns (new rows of the table get the
 * formula); the .xlsx writer and the Sheets renderer write the rows it stands for (repeatedRows.ts).
 * @example
 * { at: "S2", cells: [{ formula: "IF(H2=\"\",\"\",1)" }], count: 1000 } // S2 … S1001
 */
export interface RepeatedRows {
  readonly at: string;
  readonly cells: readonly TemplateCell[];
  readonly count: number;
}

/** Named looks; each renderer maps them to its host's formatting. */
export type CellStyle =
  | "title" //     large bold heading
  | "subtitle" //  bold section heading
  | "header" //    table header: bold on a tinted fill
  | "note" //      grey italic guidance text
  | "input" //     a cell the manager fills in (light yellow; every fill: palette.ts)
  | "computed" //  a figure computed by a formula (light blue)
  | "total"; //    bold total row

export interface StyledRange {
  readonly ref: string;
  readonly style: CellStyle;
}

export interface NumberFormat {
  readonly ref: string;
  /** An Excel number format code, e.g. "0.0%", "yyyy-mm-dd", "#,##0". */
  readonly format: string;
}

/** A dropdown: a fixed list of words, or the cells of a range (e.g. the Stages sheet's names). */
export interface ListValidation {
  readonly ref: string;
  readonly list: readonly string[] | { readonly range: string };
  /** Shown when a typed value is not in the list (the list still rejects it). */
  readonly error: string;
}

/**
 * A number of at least `number.atLeast`, decimals allowed (an amount): anything else — "¥80,000" typed as text —
 * is refused, so that no value is silently left out of the native figures. `title` and `error` head and word
 * the refusal (Sheets shows `error` as help text; it has no title).
 */
export interface NumberValidation {
  readonly ref: string;
  readonly number: { readonly atLeast: number };
  readonly title: string;
  readonly error: string;
}

/** A cell check: a dropdown (`list`) or a number (`number`). */
export type Validation = ListValidation | NumberValidation;

/** Conditional formats: a data bar, or a style applied where a formula (relative to the range's first cell) is true. */
export type ConditionalFormat =
  | { readonly kind: "dataBar"; readonly ref: string; readonly color: string }
  | { readonly kind: "formula"; readonly ref: string; readonly formula: string; readonly look: "bad" | "good" | "warn" };

/** A structured table (Excel table / Sheets banding) over `ref`, whose first row is the header. */
export interface TableSpec {
  readonly name: string;
  readonly ref: string;
}

/**
 * A chart: `funnel` where the host has one (Excel 2019+ / ExcelApi 1.9), else a bar chart sorted like a funnel.
 * `categories` and `values` are ranges of this sheet.
 */
export interface ChartSpec {
  /** `line`: one line per series over the categories (months), `values` against the left axis. */
  readonly kind: "funnel" | "bar" | "line";
  readonly title: string;
  readonly categories: string;
  readonly values: string;
  /**
   * A line chart's second series, a range of this sheet beside the categories like `values`, against an axis of its
   * own on the right (a figure in other units: days beside a rate).
   */
  readonly secondValues?: string;
  /**
   * The left axis's number format when the values are not plain numbers (a line chart's): `0%` for a rate, so the
   * axis reads 0%–35% rather than 0–0.35 (LibreOffice does not take the cells' own format for an axis).
   */
  readonly valuesFormat?: string;
  /** The legend's names of `values` and `secondValues` (a line chart's; bar charts have no legend). */
  readonly seriesNames?: readonly string[];
  /** Top-left cell of the chart and its size in columns × rows. */
  readonly at: string;
  readonly columns: number;
  readonly rows: number;
}

/**
 * How a sheet prints: `area` (a range of the sheet) landscape or portrait, fitted to one page wide and `pagesTall`
 * pages tall (in an .xlsx: `fitToPage` in sheetPr/pageSetUpPr, without which Excel ignores fitToWidth/fitToHeight).
 * @example
 * { area: "A1:L42", orientation: "landscape" }                                      // the Dashboard: one page
 * { area: "A1:R2001", orientation: "landscape", pagesTall: 0, titleRows: "1:1" }   // Deals: one page wide, header on each page
 */
export interface PrintSetup {
  readonly area: string;
  readonly orientation: "landscape" | "portrait";
  /** Pages tall: 1 (default) the whole area on one page; 0 one page wide and as many pages tall as it needs. */
  readonly pagesTall?: 0 | 1;
  /** Rows repeated at the top of every printed page ("3:3", rows of the sheet), e.g. a long table's header. */
  readonly titleRows?: string;
}

/** A row's height in points, for text a host does not fit itself (wrapped prose in a merged cell). */
export interface RowHeight {
  readonly row: number;
  readonly points: number;
}

/** The sheets of the template, in order (issue: Guide … Lead scoring). */
export const SHEET_KEYS = [
  "guide",
  "stages",
  "deals",
  "dashboard",
  "processMap",
  "diagnosis",
  "actionPlan",
  "goals",
  "pilot",
  "reviews",
  "leadScoring",
  "segments",
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

export interface SheetSpec {
  readonly key: SheetKey;
  /** The sheet's name in the workbook's language. */
  readonly name: string;
  readonly tabColor?: string;
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  readonly blocks: readonly CellBlock[];
  /** Rows repeated down the sheet ({@link RepeatedRows}), written after `blocks` and `tables`. */
  readonly repeated?: readonly RepeatedRows[];
  readonly styles: readonly StyledRange[];
  readonly numberFormats: readonly NumberFormat[];
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly tables: readonly TableSpec[];
  readonly charts: readonly ChartSpec[];
  /** Frozen rows at the top and columns at the left. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly merges: readonly string[];
  /**
   * Cells whose text wraps within the column and sits at the top of its cell (A1 refs or ranges, like
   * `styles`): the columns that hold sentences, which would otherwise be cut off at the next filled cell.
   * The cells' other looks (fill, font, a header's alignment) stay as they are.
   */
  readonly wrapped?: readonly string[];
  /**
   * Cells whose content sits at the right of the cell, as a number does (A1 refs or ranges, like `styles`): figure
   * columns that show "—" where there is nothing to count (emptyFigure.ts), so the dash lines up with the figures
   * instead of sitting at the left, against the count beside it ("0—"). The cells' other looks stay as they are.
   */
  readonly rightAligned?: readonly string[];
  /**
   * Cells whose content sits in the middle of the cell (A1 refs or ranges, like `styles`): short words right of a
   * figure column (a state, a stage name), so they do not touch the figure beside them ("38.0线索"). The cells'
   * other looks stay as they are; a cell also in `rightAligned` is drawn right-aligned (`centered` is drawn first).
   */
  readonly centered?: readonly string[];
  /**
   * Columns (letters) hidden from view, e.g. helper columns a formula needs. Every host draws them grouped one
   * outline level deep and collapsed (adjacent ones as one group), so the "+" above them shows them again.
   */
  readonly hiddenColumns: readonly string[];
  /** Notes (comments) on cells: guidance that is no cell value, so no formula and no reader ever sees it. */
  readonly notes?: readonly CellNote[];
  /** The sheet's printed page (printSetup.ts: the Dashboard one landscape page, every other sheet one page wide). */
  readonly print?: PrintSetup;
  /** Rows given a height (1-based rows): the merged, wrapped prose of printSetup.ts's wrapProse. */
  readonly rowHeights?: readonly RowHeight[];
}

/** A note on one cell (`ref`: an A1 cell of the sheet), plain text. */
export interface CellNote {
  readonly ref: string;
  readonly text: string;
}

/** A workbook-level name: `ref` is sheet-qualified, e.g. "'Dashboard'!$C$5". */
export interface DefinedName {
  readonly name: string;
  readonly ref: string;
}

export interface WorkbookSpec {
  readonly locale: Locale;
  readonly sheets: readonly SheetSpec[];
  readonly names: readonly DefinedName[];
}

/** The host a spec is built for (see {@link TemplateOptions.host}). */
export type TemplateHost = "file" | "excel" | "sheets";

/** What the template is built from. */
export interface TemplateOptions {
  readonly locale: Locale;
  /** The stage list; default: the default stages in `locale`. */
  readonly stages?: readonly string[];
  /** How many sample deals to fill in (0 = an empty template). */
  readonly sampleDeals?: number;
  /** Seed of the sample data. */
  readonly seed?: number;
  /** Deliberately bad sample rows (unreadable or backwards dates, unreadable amounts), for tests. Default 0. */
  readonly sampleBadRows?: number;
  /**
   * The manager's own deals as Deals-sheet rows (logDealRows.ts: counted deals, then the rows that could not be
   * read); instead of sample deals, which must then be 0.
   */
  readonly ownDeals?: readonly (readonly TemplateCell[])[];
  /** How many rows of the Deals sheet carry formulas and dropdowns (default: 1,000, sample + 500, or own deals + 1,000). */
  readonly dealRows?: number;
  /**
   * Which host the spec is drawn in, for the one thing hosts do differently: how the Deals sheet's helper
   * columns reach rows added below the prepared ones (dealsReference.ts). "file" (default; the .xlsx for
   * Excel, LibreOffice, WPS): prepared rows, bounded ranges. "excel": the helper columns are calculated columns
   * of the Deals table, figures read whole table columns. "sheets": one ARRAYFORMULA per helper column, figures
   * read open-ended ranges.
   */
  readonly host?: TemplateHost;
  /**
   * The day the template is generated, as a day number (see parse/dates; the caller's local calendar day: the
   * core reads no clock). Without sample data the Reviews sheet's twelve months end in this day's month, written
   * as fixed dates. Default: 2026-11-30 (`DEFAULT_SAMPLE_END_DAY`), so the months are 2025-12 … 2026-11.
   */
  readonly today?: number;
}

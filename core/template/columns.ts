import { columnLetter } from "../model/cells";
import type { Locale, Localized } from "../model/locale";
import { a1, range } from "./a1";
import { SheetBuilder, text } from "./sheetBuilder";
import { rowsDown } from "./rowsDown";
import type { CellStyle, ListValidation, TemplateCell } from "./types";

/** How many adjacent columns one declaration stands for: a number, one per stage, or one per stage but the last. */
export type ColumnCount = number | "stages" | "stagesButLast";

/** A header in both languages, or (for columns repeated per stage) a function of the stage's index and name. */
export type ColumnHeader = Localized | ((locale: Locale, index: number, stageNames: readonly string[]) => string);

/**
 * One column of a table (or `count` adjacent ones): what it holds and how it looks, the one place that says so.
 * Positions follow from the order of the declarations; {@link drawColumns} writes the header and every look
 * over the table's rows, adjacent columns that look alike as one range.
 * @example
 * const overdue: ColumnSpec<"overdue"> = { key: "overdue", header: { "zh-CN": "逾期", en: "Overdue" }, width: 8, role: "computed" };
 */
export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly header: ColumnHeader;
  /** Width in characters (the spec's unit). */
  readonly width: number;
  readonly count?: ColumnCount;
  /** A cell the manager fills in, or a figure a formula computes (the looks of the same names). */
  readonly role?: Extract<CellStyle, "input" | "computed">;
  /** An Excel number format code for the data rows, or one per language (percentage points: points.ts). */
  readonly format?: string | Localized;
  /**
   * Sentences: the text wraps and sits at the top — and so does every other column of the table, but one marked
   * false (a last column whose text runs over the empty cells beside it).
   */
  readonly wrap?: boolean;
  /**
   * Where the data rows' content sits across the cell ({@link alignmentOf}): "right" for figures (counts, rates, days,
   * amounts and the "—" of an empty one), "center" for short words right of a figure column (a state, a stage name),
   * so the two never read as one ("38.0线索"). Left out: a computed column with a number format (not a date) is a
   * figure, at the right; any other column is left to the host (text at the left).
   */
  readonly align?: "right" | "center";
  /** A helper column a formula needs, hidden from view. */
  readonly hidden?: boolean;
  /** A dropdown of these words, or of the Stages sheet's names. */
  readonly list?: { readonly values: readonly Localized[] | "stageNames"; readonly error: Localized };
  /** Only numbers of at least `value` (an amount). */
  readonly atLeast?: { readonly value: number; readonly title: Localized; readonly error: Localized };
}

/**
 * Where a declared column's data sits across its cells: its `align`, else "right" for a computed column whose number
 * format shows a number (not a date: no y, m, d outside quotes), else undefined (the host's own: text left, numbers right).
 * @example
 * alignmentOf({ key: "rate", header: H, width: 10, role: "computed", format: "0.0%" }) //=> "right"
 * alignmentOf({ key: "month", header: H, width: 10, role: "computed", format: "yyyy-mm" }) //=> undefined
 * alignmentOf({ key: "state", header: H, width: 11, role: "computed", align: "center" }) //=> "center"
 */
export function alignmentOf(spec: ColumnSpec, locale: Locale = "en"): "right" | "center" | undefined {
  if (spec.align !== undefined) return spec.align;
  const format = typeof spec.format === "object" ? spec.format[locale] : spec.format;
  return spec.role === "computed" && format !== undefined && !/[ymd]/i.test(format.replace(/"[^"]*"/g, "")) ? "right" : undefined;
}

/** One physical column of a table: its declaration, its index among a repeated declaration's columns, its number. */
export interface PlacedColumn<K extends string> {
  readonly spec: ColumnSpec<K>;
  readonly index: number;
  readonly column: number;
}

/** Declared columns placed from `first` on. */
export interface TableColumns<K extends string> {
  /** First (1-based) column of each key. */
  readonly at: Readonly<Record<K, number>>;
  readonly first: number;
  readonly last: number;
  readonly placed: readonly PlacedColumn<K>[];
}

/**
 * Places declared columns side by side from column `first`; a repeated declaration takes its count (or
 * `stageCount`, or `stageCount − 1`) columns, the i-th at `at[key] + i`.
 * @example
 * placeColumns(11, [{ key: "group", header: G, width: 16 }, { key: "done", header: D, width: 10 }], 0).at //=> { group: 11, done: 12 }
 */
export function placeColumns<K extends string>(first: number, specs: readonly ColumnSpec<K>[], stageCount: number): TableColumns<K> {
  const at = {} as Record<K, number>;
  const placed: PlacedColumn<K>[] = [];
  let column = first;
  for (const spec of specs) {
    const count = spec.count === "stages" ? stageCount : spec.count === "stagesButLast" ? stageCount - 1 : (spec.count ?? 1);
    at[spec.key] = column;
    for (let index = 0; index < count; index++) placed.push({ spec, index, column: column++ });
  }
  return { at, first, last: column - 1, placed };
}

/** What headers and dropdowns are written with. */
export interface ColumnWords {
  readonly locale: Locale;
  readonly stageNames: readonly string[];
  /** The Stages sheet's names, sheet-qualified (the `stageNames` dropdown). */
  readonly stageRange: string;
}

/** The header cells of a table, left to right. */
export function headerCells<K extends string>(table: TableColumns<K>, { locale, stageNames }: Pick<ColumnWords, "locale" | "stageNames">): TemplateCell[] {
  return table.placed.map(({ spec, index }) => text(typeof spec.header === "function" ? spec.header(locale, index, stageNames) : spec.header[locale]));
}

/**
 * Writes a table's header (on `rows.header`, styled as a header, unless left out) and the looks its columns
 * declare over the data rows `rows.first` … `rows.last` ("open": every row from `rows.first` down, rowsDown.ts):
 * role styles, number formats, wrapping (every column of a table that has a `wrap` column), alignment
 * ({@link alignmentOf}), dropdowns, number checks and hidden columns. Adjacent columns with the same role, format or
 * alignment are one range.
 */
export function drawColumns<K extends string>(
  sheet: SheetBuilder,
  table: TableColumns<K>,
  rows: { readonly header?: number; readonly first: number; readonly last: number | "open" },
  words: ColumnWords,
): SheetBuilder {
  const { locale } = words;
  const span = (from: number, to: number) => rowsDown(from, rows.first, to, rows.last);
  if (rows.header !== undefined) {
    sheet.put(a1(table.first, rows.header), [headerCells(table, words)]);
    sheet.style(range(table.first, rows.header, table.last, rows.header), "header");
  }
  for (const run of runs(table.placed, (spec) => spec.role)) sheet.style(span(run.from, run.to), run.value);
  for (const run of runs(table.placed, (spec) => (typeof spec.format === "object" ? spec.format[locale] : spec.format))) sheet.format(span(run.from, run.to), run.value);
  // A table with a column of sentences wraps all its columns, so each row's cells sit at its top (a label at the bottom
  // of a row made tall by a sentence read as the next row's).
  // A column marked `wrap: false` runs over the empty cells beside it instead.
  if (table.placed.some(({ spec }) => spec.wrap)) {
    for (const run of runs(table.placed, (spec) => (spec.wrap === false ? undefined : "wrap"))) sheet.wrap(span(run.from, run.to));
  }
  for (const run of runs(table.placed, (spec) => alignmentOf(spec, locale))) {
    const ref = span(run.from, run.to);
    if (run.value === "right") sheet.alignRight(ref);
    else sheet.center(ref);
  }
  for (const { spec, column } of table.placed) {
    const ref = span(column, column);
    if (spec.list !== undefined) {
      const { values, error } = spec.list;
      const list: ListValidation["list"] = values === "stageNames" ? { range: words.stageRange } : values.map((word) => word[locale]);
      sheet.list(ref, list, error[locale]);
    }
    if (spec.atLeast !== undefined) sheet.numberAtLeast(ref, spec.atLeast.value, spec.atLeast.title[locale], spec.atLeast.error[locale]);
  }
  const hidden = table.placed.filter(({ spec }) => spec.hidden).map(({ column }) => columnLetter(column));
  if (hidden.length > 0) sheet.hide(...hidden);
  return sheet;
}

/**
 * The widths of a sheet from column A, from its tables' declarations; a column no table declares is `gap` wide.
 * @example
 * columnWidths([items, rollup], 3) //=> [5, 12, …, 8, 3, 16, 10, …]
 */
export function columnWidths(tables: readonly TableColumns<string>[], gap: number): number[] {
  const widths: number[] = [];
  for (const table of tables) for (const { spec, column } of table.placed) widths[column - 1] ??= spec.width;
  return Array.from(widths, (width) => width ?? gap);
}

/** Runs of adjacent columns whose `value` is the same (and defined). */
function runs<K extends string, V extends string>(placed: readonly PlacedColumn<K>[], value: (spec: ColumnSpec<K>) => V | undefined) {
  const out: { from: number; to: number; value: V }[] = [];
  for (const { spec, column } of placed) {
    const current = value(spec);
    if (current === undefined) continue;
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.value === current && previous.to === column - 1) previous.to = column;
    else out.push({ from: column, to: column, value: current });
  }
  return out;
}

import { a1, parseA1 } from "./a1";
import type {
  CellBlock,
  CellNote,
  CellStyle,
  ChartSpec,
  ConditionalFormat,
  ListValidation,
  NumberFormat,
  NumberValidation,
  PrintSetup,
  RepeatedRows,
  SheetKey,
  SheetSpec,
  StyledRange,
  TableSpec,
  TemplateCell,
  Validation,
} from "./types";

/** Cell constructors, so sheet files read like the sheet. */
export const text = (value: string): TemplateCell => ({ text: value });
export const num = (value: number): TemplateCell => ({ number: value });
export const day = (value: number): TemplateCell => ({ day: value });
export const formula = (value: string): TemplateCell => ({ formula: value.replace(/^=/, "") });

/**
 * Collects one sheet's spec step by step; `build()` freezes it. Each sheet module is a function that fills
 * a builder.
 */
export class SheetBuilder {
  private readonly blocks: CellBlock[] = [];
  private readonly repeated: RepeatedRows[] = [];
  private readonly styles: StyledRange[] = [];
  private readonly numberFormats: NumberFormat[] = [];
  private readonly validations: Validation[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly tables: TableSpec[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly merges: string[] = [];
  private readonly hiddenColumns: string[] = [];
  private readonly wrapped: string[] = [];
  private readonly rightAligned: string[] = [];
  private readonly centered: string[] = [];
  private readonly notes: CellNote[] = [];
  private columnWidths: number[] = [];
  private frozen?: { rows: number; columns: number };
  private printed?: PrintSetup;

  constructor(
    readonly key: SheetKey,
    readonly name: string,
    private readonly tabColor?: string,
  ) {}

  widths(...widths: number[]): this {
    this.columnWidths = widths;
    return this;
  }
  put(at: string, rows: readonly (readonly TemplateCell[])[]): this {
    this.blocks.push({ at, rows });
    return this;
  }
  /** One row of cells at `at`, repeated `count` rows down, formulas filled down (a {@link RepeatedRows}). */
  repeat(at: string, cells: readonly TemplateCell[], count: number): this {
    this.repeated.push({ at, cells, count });
    return this;
  }
  /**
   * Lines of text down from `at`, each in its look: a sheet's title and note, a section's subtitle and notes.
   * @example
   * sheet.lines("A1", ["title", "Goals"], ["note", "Progress = …"]) // A1 titled, A2 a note
   */
  lines(at: string, ...lines: readonly (readonly [CellStyle, string])[]): this {
    const { column, row } = parseA1(at);
    this.put(at, lines.map(([, words]) => [text(words)]));
    lines.forEach(([look], index) => this.style(a1(column, row + index), look));
    return this;
  }
  style(ref: string, style: CellStyle): this {
    this.styles.push({ ref, style });
    return this;
  }
  format(ref: string, format: string): this {
    this.numberFormats.push({ ref, format });
    return this;
  }
  list(ref: string, list: ListValidation["list"], error: string): this {
    this.validations.push({ ref, list, error });
    return this;
  }
  /** Only numbers of at least `atLeast` (decimals allowed); anything else is refused with `title` and `error`. */
  numberAtLeast(ref: string, atLeast: number, title: string, error: string): this {
    const validation: NumberValidation = { ref, number: { atLeast }, title, error };
    this.validations.push(validation);
    return this;
  }
  rule(rule: ConditionalFormat): this {
    this.conditionalFormats.push(rule);
    return this;
  }
  table(name: string, ref: string): this {
    this.tables.push({ name, ref });
    return this;
  }
  chart(chart: ChartSpec): this {
    this.charts.push(chart);
    return this;
  }
  merge(ref: string): this {
    this.merges.push(ref);
    return this;
  }
  /** Text wraps and sits at the top in these cells (columns of sentences). */
  wrap(...refs: string[]): this {
    this.wrapped.push(...refs);
    return this;
  }
  /** Figures (and the "—" of an empty one) sit at the right of these cells. */
  alignRight(...refs: string[]): this {
    this.rightAligned.push(...refs);
    return this;
  }
  /** Short words in the middle of these cells, clear of the figure on their left. */
  center(...refs: string[]): this {
    this.centered.push(...refs);
    return this;
  }
  /** A note on the cell `ref` (no cell value). */
  note(ref: string, text: string): this {
    this.notes.push({ ref, text });
    return this;
  }
  hide(...columns: string[]): this {
    this.hiddenColumns.push(...columns);
    return this;
  }
  /** Prints `setup.area` on one page, fitted (landscape or portrait). */
  print(setup: PrintSetup): this {
    this.printed = setup;
    return this;
  }
  freeze(rows: number, columns = 0): this {
    this.frozen = { rows, columns };
    return this;
  }

  build(): SheetSpec {
    return Object.freeze({
      key: this.key,
      name: this.name,
      tabColor: this.tabColor,
      columnWidths: this.columnWidths,
      blocks: this.blocks,
      ...(this.repeated.length > 0 ? { repeated: this.repeated } : {}),
      styles: this.styles,
      numberFormats: this.numberFormats,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      tables: this.tables,
      charts: this.charts,
      freeze: this.frozen,
      merges: this.merges,
      wrapped: this.wrapped.length > 0 ? this.wrapped : undefined,
      ...(this.rightAligned.length > 0 ? { rightAligned: this.rightAligned } : {}),
      ...(this.centered.length > 0 ? { centered: this.centered } : {}),
      hiddenColumns: this.hiddenColumns,
      ...(this.notes.length > 0 ? { notes: this.notes } : {}),
      ...(this.printed === undefined ? {} : { print: this.printed }),
    });
  }
}

import { fakeRectAddress, parseFakeAddress, quotedSheet, rectColumns, rectRows, type FakeRect } from "./fakeAddress";
import type { FakeErrorCode } from "./excelFake";
import type { CalculatedColumn } from "./fakeTables";
import type { StoredCell } from "./typedInput";

/** One executed write, in order: what the fake records for tests to compare with the spec. */
export interface FakeWriteRecord {
  /** The workbook-wide number of the sync that carried it (1 = the first sync ever on this workbook). */
  readonly sync: number;
  readonly action: string;
  readonly sheet?: string;
  readonly address?: string;
  readonly detail?: unknown;
}

/** One `context.sync()` as the fake saw it. */
export interface FakeSyncRecord {
  readonly sync: number;
  /** Estimated request size (JSON of every queued call's arguments + 64 bytes a call). */
  readonly bytes: number;
  readonly actions: number;
  readonly writes: number;
}

export interface FakeValidation {
  readonly address: string;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface FakeConditionalFormat {
  readonly address: string;
  readonly type: string;
  readonly dataBar: { fillColor?: string; gradientFill?: boolean };
  readonly custom: { formula?: string; fill?: string; fontColor?: string };
}

export interface FakeChart {
  readonly type: string;
  readonly source: string;
  readonly seriesBy?: string;
  title?: string;
  legendVisible?: boolean;
  position?: { readonly start: string; readonly end?: string };
  xAxisValues?: string;
  reversePlotOrder?: boolean;
  /** The value axis's tick-label format (ChartAxis.numberFormat). */
  valueAxisFormat?: string;
  /** Per series (index): its legend name, axis group ("Primary" / "Secondary") and category range. */
  series?: { name?: string; axisGroup?: string; xAxisValues?: string }[];
}

export interface FakeTable {
  name: string;
  readonly sheet: FakeSheetModel;
  /** Grows when rows are typed just below it (fakeTables.ts). */
  rect: FakeRect;
  readonly hasHeaders: boolean;
  /** Calculated columns by column number (fakeTables.ts). */
  readonly calculated: Map<number, CalculatedColumn>;
}

export interface FakeName {
  readonly name: string;
  /** What the name refers to, as Excel's Name Manager shows it ("=#REF!" once its sheet is deleted). */
  formula: string;
  /** True when the reference was handed over as text without "=" (Excel may store it as a quoted string). */
  readonly literal: boolean;
}

/** A formatting write on a range (font, fill, alignment), as recorded. */
export interface FakeRangeFormat {
  readonly address: string;
  readonly property: string;
  readonly value: unknown;
}

const key = (row: number, column: number) => `${row},${column}`;

/** A worksheet's state. Cells are keyed "row,column" (1-based). */
export class FakeSheetModel {
  tabColor?: string;
  freeze?: { rows: number; columns: number };
  /** `worksheet.pageLayout` as set: orientation, fit-to-pages zoom, print area, print title rows. */
  pageLayout?: { orientation?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number }; printArea?: string; titleRows?: string };
  /** Row heights set through `range.format.rowHeight`, in points, by row. */
  readonly rowHeights = new Map<number, number>();
  readonly contents = new Map<string, StoredCell>();
  readonly numberFormats = new Map<string, string>();
  readonly formats: FakeRangeFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  /** Columns grouped (Range.group "ByColumns") and those of collapsed groups (Range.hideGroupDetails). */
  readonly groupedColumns = new Set<number>();
  readonly collapsedColumns = new Set<number>();
  /** Cell notes by address (worksheet.notes.add, ExcelApi 1.18). */
  readonly notes = new Map<string, string>();
  readonly merges: FakeRect[] = [];
  readonly validations: FakeValidation[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChart[] = [];

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(row: number, column: number): StoredCell | undefined {
    return this.contents.get(key(row, column));
  }
  setCell(row: number, column: number, stored: StoredCell | undefined): void {
    if (stored === undefined) this.contents.delete(key(row, column));
    else this.contents.set(key(row, column), stored);
  }
  numberFormat(row: number, column: number): string | undefined {
    return this.numberFormats.get(key(row, column));
  }
  setNumberFormat(row: number, column: number, format: string | undefined): void {
    if (format === undefined) this.numberFormats.delete(key(row, column));
    else this.numberFormats.set(key(row, column), format);
  }

  /** The bounding box of cells with content (and, unless `valuesOnly`, of cells with a number format); undefined when blank. */
  usedRect(valuesOnly: boolean): FakeRect | undefined {
    let rect: { column: number; row: number; lastColumn: number; lastRow: number } | undefined;
    const keys = valuesOnly ? [...this.contents.keys()] : [...this.contents.keys(), ...this.numberFormats.keys()];
    for (const cellKey of keys) {
      const [row, column] = cellKey.split(",").map(Number);
      if (rect === undefined) rect = { column, row, lastColumn: column, lastRow: row };
      else {
        rect.column = Math.min(rect.column, column);
        rect.row = Math.min(rect.row, row);
        rect.lastColumn = Math.max(rect.lastColumn, column);
        rect.lastRow = Math.max(rect.lastRow, row);
      }
    }
    return rect;
  }

  /** The value Excel's `Range.values` reads: text, number, boolean, error text; "" for blanks and for formulas (the fake does not calculate). */
  valueAt(row: number, column: number): string | number | boolean {
    const stored = this.cell(row, column);
    if (stored === undefined || stored.kind === "formula") return "";
    return stored.value;
  }

  /** `Range.formulas` reads: the formula, or the constant. */
  formulaAt(row: number, column: number): string | number | boolean {
    const stored = this.cell(row, column);
    if (stored === undefined) return "";
    return stored.kind === "formula" ? stored.formula : stored.value;
  }

  /** A sheet-qualified address as Excel returns it ("'My sheet'!A1:B2"). */
  address(rect: FakeRect): string {
    return `${quotedSheet(this.name)}!${fakeRectAddress(rect)}`;
  }
}

/** A preloaded sheet: a name and rows of plain values (numbers stay numbers, strings are stored as text). */
export interface FakeSheetSeed {
  readonly name: string;
  readonly rows?: readonly (readonly (string | number | boolean | null)[])[];
}

/** How the fake host is set up. */
export interface FakeWorkbookOptions {
  /** The highest ExcelApi requirement set the host supports (default "1.17"). */
  readonly apiVersion?: string;
  readonly sheets?: readonly FakeSheetSeed[];
  /** Excel on the web's request limit (default 5,000,000 bytes). */
  readonly requestLimitBytes?: number;
  /**
   * Whether a failed sync still hands back the results of the loads that ran before the failing call (default
   * true). Office.js's current runtime processes the response's results before it raises the error
   * (ClientRequestContext.processRequestExecutorResponseMessage reads `Results`/`ProcessedResults` first);
   * older runtimes returned the error alone, and their loads stay unread. false models those.
   */
  readonly resultsOnError?: boolean;
  /**
   * Charts this host refuses when the request runs, as an Excel whose API level promises a chart type it cannot
   * make: `at: "add"` fails `charts.add`; `at: "setPosition"` adds the chart and then fails to place it (a
   * half-made chart stays, as Excel keeps what ran before a failing call).
   */
  readonly refuseCharts?: { readonly at: "add" | "setPosition"; readonly code: FakeErrorCode };
  /** `application.cultureInfo.datetimeFormat.shortDatePattern` (ExcelApi 1.12; default "M/d/yyyy", en-US). */
  readonly shortDatePattern?: string;
}

/** Compares "1.10" > "1.9" numerically. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The workbook behind the fake host: sheets, names, tables, the selection, and the record of writes and syncs. */
export class FakeWorkbookModel {
  readonly sheets: FakeSheetModel[] = [];
  readonly names: FakeName[] = [];
  readonly tables: FakeTable[] = [];
  readonly log: FakeWriteRecord[] = [];
  readonly syncs: FakeSyncRecord[] = [];
  readonly apiVersion: string;
  readonly requestLimitBytes: number;
  readonly resultsOnError: boolean;
  readonly refuseCharts?: FakeWorkbookOptions["refuseCharts"];
  readonly shortDatePattern: string;
  activeSheet?: FakeSheetModel;
  selection?: { sheet: FakeSheetModel; rect: FakeRect };
  /** The number of the sync being executed (0 before the first). */
  currentSync = 0;
  private nextId = 1;

  constructor(options: FakeWorkbookOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.requestLimitBytes = options.requestLimitBytes ?? 5_000_000;
    this.resultsOnError = options.resultsOnError ?? true;
    this.refuseCharts = options.refuseCharts;
    this.shortDatePattern = options.shortDatePattern ?? "M/d/yyyy";
    for (const seed of options.sheets ?? [{ name: "Sheet1" }]) {
      const sheet = this.createSheet(seed.name);
      seed.rows?.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || value === "") return;
          sheet.setCell(r + 1, c + 1, typeof value === "string" ? { kind: "text", value, quotePrefix: false } : typeof value === "number" ? { kind: "number", value } : { kind: "boolean", value });
        }),
      );
    }
    this.activeSheet = this.sheets[0];
    if (this.activeSheet !== undefined) this.selection = { sheet: this.activeSheet, rect: { column: 1, row: 1, lastColumn: 1, lastRow: 1 } };
  }

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  /** The sheet of that name (case-insensitive, as Excel compares sheet names). */
  sheet(name: string): FakeSheetModel | undefined {
    const wanted = name.toUpperCase();
    return this.sheets.find((sheet) => sheet.name.toUpperCase() === wanted);
  }

  createSheet(name: string): FakeSheetModel {
    const sheet = new FakeSheetModel(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  record(entry: Omit<FakeWriteRecord, "sync">): void {
    this.log.push({ sync: this.currentSync, ...entry });
  }

  /** Writes recorded in syncs after the given one. */
  writesAfter(sync: number): FakeWriteRecord[] {
    return this.log.filter((entry) => entry.sync > sync);
  }

  /** The values of a sheet's range as `Range.values` reads them. */
  values(sheetName: string, address: string): (string | number | boolean)[][] {
    const sheet = this.sheet(sheetName);
    const rect = parseFakeAddress(address);
    if (sheet === undefined || rect === undefined) throw new Error(`fake: no range ${sheetName}!${address}`);
    return Array.from({ length: rectRows(rect) }, (_, r) => Array.from({ length: rectColumns(rect) }, (_, c) => sheet.valueAt(rect.row + r, rect.column + c)));
  }

  /** A JSON summary for tests that run in a browser. */
  describe(): FakeWorkbookSummary {
    return {
      sheets: this.sheets.map((sheet) => sheet.name),
      activeSheet: this.activeSheet?.name,
      selection: this.selection === undefined ? undefined : this.selection.sheet.address(this.selection.rect),
      names: this.names.map((name) => name.name),
      tables: this.tables.map((table) => table.name),
      charts: this.sheets.flatMap((sheet) => sheet.charts.map((chart) => ({ sheet: sheet.name, type: chart.type }))),
      syncs: this.syncs.length,
      writes: this.log.length,
    };
  }
}

/** What {@link FakeWorkbookModel.describe} returns. */
export interface FakeWorkbookSummary {
  readonly sheets: readonly string[];
  readonly activeSheet?: string;
  readonly selection?: string;
  readonly names: readonly string[];
  readonly tables: readonly string[];
  readonly charts: readonly { readonly sheet: string; readonly type: string }[];
  readonly syncs: number;
  readonly writes: number;
}

/**
 * An in-memory fake of the parts of the Excel JavaScript API that the add-in uses, faithful where the add-in's
 * correctness depends on Excel's behaviour. Tests hand `new FakeRequestContext(model)` to code written against
 * `Excel.RequestContext` and inspect the {@link FakeWorkbookModel} afterwards.
 *
 * What it checks, like Excel:
 * - Batching: calls are queued and run only at `context.sync()`, in order; `syncCount` counts syncs. An error
 *   stops the batch at the failing call (earlier calls stay applied, later ones are dropped) and rejects the sync.
 * - Load before read: a property (and a collection's `items`) read before `load()` + `sync()` throws
 *   PropertyNotLoaded; `isNullObject` throws until a sync resolved the object. Loaded values are a snapshot,
 *   handed to the proxies when the sync's response is processed; a failed sync hands back the loads that ran
 *   before the failing call, or none with `resultsOnError: false` (older Office.js runtimes).
 * - Request size: a sync whose estimated payload (JSON of every queued call's arguments + 64 bytes a call)
 *   exceeds 5,000,000 bytes fails with RequestPayloadSizeLimitExceeded and runs nothing (Excel on the web).
 * - Ranges: addresses must parse (InvalidArgument); `values`, `formulas` and `numberFormat` must be 2-D arrays of
 *   exactly the range's rows × columns (InvalidArgument, "The number of rows or columns in the input array
 *   doesn't match the size or dimensions of the range."); null leaves a cell unchanged, "" clears it; numbers
 *   must be finite. Strings are stored as Excel reads typed input (typedInput.ts: formulas, apostrophe prefix,
 *   the Text format "@", numbers, dates, booleans, error literals).
 * - Sheets: names unique case-insensitively (ItemAlreadyExists) and valid (≤ 31 characters, none of : \ / ? * [ ],
 *   no leading/trailing apostrophe, not "History": InvalidArgument); getItem of a missing sheet → ItemNotFound,
 *   getItemOrNullObject → a null object.
 * - Names and tables share one namespace, unique case-insensitively, valid identifiers that are not cell
 *   references; tables may not overlap other tables or merged cells.
 * - Data validation: one rule kind; a list needs a source; an inline list is at most 255 characters; error
 *   alert titles ≤ 32 and messages ≤ 225 characters; alert style Stop/Warning/Information.
 * - Conditional formats: a custom rule's formula starts with "="; data-bar properties only on a data bar.
 * - Charts: known chart types; "Funnel" only from ExcelApi 1.9; a host may refuse charts at `add` or at
 *   `setPosition` (`refuseCharts`); `charts.getItemAt(i)` (ItemNotFound past the end) and `chart.delete()`.
 *   API levels: calls of a newer requirement set than
 *   the host's (`apiVersion`) fail with ApiNotFound (tabColor, freezePanes, setXAxisValues, reversePlotOrder 1.7;
 *   dataValidation 1.8; conditionalFormats 1.6; names.add 1.4).
 * - Tables: a column whose whole body is written with one formula (relative to each row) is a calculated column;
 *   rows typed or pasted just below a table join it and get those formulas (`typeBelowTable`, fakeTables.ts);
 *   writes through the API do not grow a table.
 * - Everything written is recorded (`model.log`), with the number of the sync that carried it.
 *
 * What it does not do: calculate formulas (a formula cell reads back as "" through `values`), check formula or
 * number-format syntax, model styles beyond recording them, conditional formats and validations following a
 * grown table, events, undo, charts' rendering, the real wire protocol (the payload is an estimate), response-size limits, or any API not listed.
 */
import { fakeRectAddress, parseFakeAddress, quotedSheet, rectColumns, rectRows, rectsOverlap, type FakeRect } from "./fakeAddress";
import { FakeSheetModel, type FakeChart, type FakeConditionalFormat, type FakeTable, type FakeValidation, type FakeWorkbookModel } from "./fakeWorkbook";
import { noteCalculatedColumns } from "./fakeTables";
import { storeTyped } from "./typedInput";

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "GeneralException";

/** An error as Office.js raises it: `name` "RichApi.Error" and a `code`. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

interface QueuedAction {
  readonly label: string;
  readonly bytes: number;
  readonly write: boolean;
  readonly run: () => void;
}

const ACTION_BYTES = 64;

function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (const char of json) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The request context: a queue of calls and a sync counter, over one workbook model. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  /** `context.application`: only `cultureInfo.datetimeFormat` is modelled. */
  readonly application: { readonly cultureInfo: { readonly datetimeFormat: FakeDatetimeFormatInfo } };
  /** Syncs made through this context. */
  syncCount = 0;
  private queue: QueuedAction[] = [];
  private results: (() => void)[] = [];

  constructor(readonly model: FakeWorkbookModel) {
    this.workbook = new FakeWorkbook(this);
    this.application = { cultureInfo: { datetimeFormat: new FakeDatetimeFormatInfo(this) } };
  }

  /** Calls queued and not yet synced. */
  get pendingActions(): number {
    return this.queue.length;
  }

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  /** A load's result, handed to its proxy when the running sync's response is processed. */
  deliver(result: () => void): void {
    this.results.push(result);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.syncCount++;
    const sync = ++this.model.currentSync;
    const bytes = actions.reduce((sum, action) => sum + action.bytes, 0);
    this.model.syncs.push({ sync, bytes, actions: actions.length, writes: actions.filter((action) => action.write).length });
    await Promise.resolve();
    if (bytes > this.model.requestLimitBytes) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${bytes} > ${this.model.requestLimitBytes} bytes).`);
    }
    const results: (() => void)[] = [];
    this.results = results;
    try {
      for (const action of actions) action.run();
    } catch (error) {
      if (this.model.resultsOnError) for (const result of results) result();
      throw error;
    }
    for (const result of results) result();
  }
}

type LoadOption = string | readonly string[] | { readonly select?: string } | undefined;

function loadList(option: LoadOption): string[] {
  if (option === undefined) return [];
  if (typeof option === "string") return option.split(",").map((part) => part.trim()).filter(Boolean);
  if (Array.isArray(option)) return option.map((part: string) => part.trim());
  const select = (option as { readonly select?: string }).select;
  return select === undefined ? [] : loadList(select);
}

function requireApi(context: FakeRequestContext, version: string, what: string): void {
  if (!context.model.supports(version)) throw new FakeExcelError("ApiNotFound", `${what} needs ExcelApi ${version}; this host has ${context.model.apiVersion}.`);
}

/**
 * A proxy: resolved to its model object either by a queued call (`queued`, e.g. getItem, add, getRange) or, for
 * child objects (a range's format), when first used inside a later call.
 */
abstract class FakeClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private state: { readonly resolved: false } | { readonly resolved: true; readonly value: T | null } = { resolved: false };

  constructor(
    protected readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
    options: { readonly queued: boolean; readonly label: string; readonly write?: boolean; readonly bytes?: number },
  ) {
    if (options.queued) {
      context.enqueue({
        label: options.label,
        bytes: options.bytes ?? ACTION_BYTES,
        write: options.write === true,
        run: () => (this.state = { resolved: true, value: this.resolver() }),
      });
    }
  }

  /** True when the object does not exist (the *OrNullObject methods); readable after a sync. */
  get isNullObject(): boolean {
    if (!this.state.resolved) throw notLoaded("isNullObject");
    return this.state.value === null;
  }

  /** The model object, inside a running call. */
  protected target(): T {
    const value = this.targetOrNull();
    if (value === null) throw new FakeExcelError("InvalidOperation", `${this.constructor.name}: the object is a null object.`);
    return value;
  }

  protected targetOrNull(): T | null {
    if (!this.state.resolved) this.state = { resolved: true, value: this.resolver() };
    return this.state.value;
  }

  load(option?: LoadOption): this {
    const properties = loadList(option);
    this.context.enqueue({
      label: `load ${this.constructor.name} ${properties.join(",")}`,
      bytes: ACTION_BYTES,
      write: false,
      run: () => {
        const value = this.targetOrNull();
        const read = (properties.length > 0 ? properties : this.defaultProperties()).map((property) => [property, value === null ? null : this.read(property, value)] as const);
        this.context.deliver(() => {
          for (const [property, loaded] of read) this.loaded.set(property, loaded);
        });
      },
    });
    return this;
  }

  /** What `load()` without arguments loads. */
  protected defaultProperties(): string[] {
    return [];
  }

  /** A property's current value in the model. */
  protected read(property: string, _value: T): unknown {
    throw new Error(`fake: ${this.constructor.name}.${property} is not modelled`);
  }

  protected loadedValue<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** Queues a write that runs against the model object. */
  protected queueWrite(label: string, args: unknown, run: (value: T) => void): void {
    this.context.enqueue({ label, bytes: ACTION_BYTES + payloadBytes(args), write: true, run: () => run(this.target()) });
  }
}

function notLoaded(property: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/**
 * `application.cultureInfo.datetimeFormat` (ExcelApi 1.12): `shortDatePattern` from the model. Below 1.12 the
 * request fails as Excel's does for an API it lacks.
 */
export class FakeDatetimeFormatInfo extends FakeClientObject<FakeWorkbookModel> {
  constructor(context: FakeRequestContext) {
    super(context, () => {
      requireApi(context, "1.12", "cultureInfo.datetimeFormat");
      return context.model;
    }, { queued: false, label: "datetimeFormat" });
  }

  get shortDatePattern(): string {
    return this.loadedValue("shortDatePattern");
  }

  protected override read(property: string, model: FakeWorkbookModel): unknown {
    if (property === "shortDatePattern") return model.shortDatePattern;
    return super.read(property, model);
  }
}

/** `context.workbook`. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.tables = new FakeTableCollection(context, undefined);
  }

  getSelectedRange(): FakeRange {
    const model = this.context.model;
    return new FakeRange(this.context, () => {
      if (model.selection === undefined) throw new FakeExcelError("ItemNotFound", "Nothing is selected.");
      return { sheet: model.selection.sheet, rect: model.selection.rect };
    }, "getSelectedRange");
  }
}

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

function checkSheetName(name: string): void {
  if (name.trim() === "" || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw new FakeExcelError("InvalidArgument", `The sheet name "${name}" is not valid.`);
  }
}

/** `workbook.worksheets`. */
export class FakeWorksheetCollection {
  private itemList?: FakeWorksheet[];

  constructor(private readonly context: FakeRequestContext) {}

  get items(): FakeWorksheet[] {
    if (this.itemList === undefined) throw notLoaded("items");
    return this.itemList;
  }

  load(option?: LoadOption): this {
    const properties = loadList(option).map((property) => property.replace(/^items\//, "")).filter((property) => property !== "items");
    this.context.enqueue({
      label: "load worksheets",
      bytes: ACTION_BYTES,
      write: false,
      run: () => {
        const items = this.context.model.sheets.map((sheet) => FakeWorksheet.loadedFrom(this.context, sheet, properties));
        this.context.deliver(() => (this.itemList = items));
      },
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(this.context, () => {
      const sheetName = name ?? `Sheet${model.sheets.length + 1}`;
      checkSheetName(sheetName);
      if (model.sheet(sheetName) !== undefined) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${sheetName}" already exists.`);
      const sheet = model.createSheet(sheetName);
      model.record({ action: "addSheet", sheet: sheetName });
      return sheet;
    }, { queued: true, label: `add sheet ${name}`, write: true, bytes: ACTION_BYTES + payloadBytes(name) });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.find(key);
      if (sheet === undefined) throw new FakeExcelError("ItemNotFound", `The sheet "${key}" does not exist.`);
      return sheet;
    }, { queued: true, label: `getItem ${key}` });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.find(key) ?? null, { queued: true, label: `getItemOrNullObject ${key}` });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const active = this.context.model.activeSheet;
      if (active === undefined) throw new FakeExcelError("ItemNotFound", "No active sheet.");
      return active;
    }, { queued: true, label: "getActiveWorksheet" });
  }

  private find(key: string): FakeSheetModel | undefined {
    return this.context.model.sheet(key) ?? this.context.model.sheets.find((sheet) => sheet.id === key);
  }
}

/** A worksheet proxy. */
export class FakeWorksheet extends FakeClientObject<FakeSheetModel> {
  private formatChildren?: { tables: FakeTableCollection; charts: FakeChartCollection; freezePanes: FakeFreezePanes; notes: FakeNoteCollection };

  /** An item of a loaded collection, with `properties` loaded. */
  static loadedFrom(context: FakeRequestContext, sheet: FakeSheetModel, properties: readonly string[]): FakeWorksheet {
    const item = new FakeWorksheet(context, () => sheet, { queued: false, label: sheet.name });
    for (const property of properties.length > 0 ? properties : item.defaultProperties()) item.loaded.set(property, item.read(property, sheet));
    return item;
  }

  protected override defaultProperties(): string[] {
    return ["name", "id", "position", "visibility"];
  }

  protected override read(property: string, sheet: FakeSheetModel): unknown {
    switch (property) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.context.model.sheets.indexOf(sheet);
      case "visibility":
        return "Visible";
      case "tabColor":
        return sheet.tabColor ?? "";
      default:
        return super.read(property, sheet);
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get position(): number {
    return this.loadedValue("position");
  }
  get tabColor(): string {
    return this.loadedValue("tabColor");
  }
  set tabColor(color: string) {
    this.loaded.set("tabColor", color);
    this.queueWrite("tabColor", color, (sheet) => {
      requireApi(this.context, "1.7", "Worksheet.tabColor");
      sheet.tabColor = color;
      this.context.model.record({ action: "tabColor", sheet: sheet.name, detail: color });
    });
  }

  /** Deletes the sheet (Excel refuses to delete the last visible one). Workbook names into it turn to #REF!. */
  delete(): void {
    this.queueWrite("delete sheet", null, (sheet) => {
      const model = this.context.model;
      if (model.sheets.length <= 1) throw new FakeExcelError("InvalidOperation", "The last visible sheet cannot be deleted.");
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      if (model.activeSheet === sheet) model.activeSheet = model.sheets[0];
      for (const name of model.names) if (name.formula.includes(`${quotedSheet(sheet.name)}!`)) name.formula = "=#REF!";
      model.record({ action: "deleteSheet", sheet: sheet.name });
    });
  }

  activate(): void {
    this.queueWrite("activate", null, (sheet) => {
      this.context.model.activeSheet = sheet;
      this.context.model.record({ action: "activate", sheet: sheet.name });
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      if (address === undefined) return { sheet, rect: { column: 1, row: 1, lastColumn: 16_384, lastRow: 1_048_576 } };
      const rect = parseFakeAddress(address);
      if (rect === undefined) throw new FakeExcelError("InvalidArgument", `The address "${address}" is not valid.`);
      return { sheet, rect };
    }, `getRange ${address}`);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { column: 1, row: 1, lastColumn: 1, lastRow: 1 } };
    }, "getUsedRange");
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.targetOrNull();
      const rect = sheet?.usedRect(valuesOnly);
      return sheet === null || rect === undefined ? null : { sheet, rect };
    }, "getUsedRangeOrNullObject");
  }

  private children() {
    this.formatChildren ??= {
      tables: new FakeTableCollection(this.context, this),
      charts: new FakeChartCollection(this.context, this),
      freezePanes: new FakeFreezePanes(this.context, () => this.target()),
      notes: new FakeNoteCollection(this.context, () => this.target()),
    };
    return this.formatChildren;
  }
  get tables(): FakeTableCollection {
    return this.children().tables;
  }
  get charts(): FakeChartCollection {
    return this.children().charts;
  }
  get freezePanes(): FakeFreezePanes {
    return this.children().freezePanes;
  }
  get notes(): FakeNoteCollection {
    return this.children().notes;
  }

  /**
   * `worksheet.pageLayout` (ExcelApi 1.9): orientation, zoom (fit to pages), setPrintArea and setPrintTitleRows,
   * recorded on the model. A zoom takes whole pages of at least 1 or a scale of 10–400 (Office.js
   * PageLayoutZoomOptions; 0 is not documented, so refused here), and print titles whole rows ("1:1").
   */
  get pageLayout(): {
    orientation: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintArea(area: string): void;
    setPrintTitleRows(rows: string): void;
  } {
    const write = (label: string, value: unknown, apply: (layout: NonNullable<FakeSheetModel["pageLayout"]>) => void) =>
      this.queueWrite(label, value, (sheet) => {
        requireApi(this.context, "1.9", "PageLayout");
        apply((sheet.pageLayout ??= {}));
        this.context.model.record({ action: label, sheet: sheet.name, detail: value });
      });
    return {
      set orientation(value: string) {
        write("pageLayout.orientation", value, (layout) => (layout.orientation = value));
      },
      get orientation(): string {
        throw notLoaded("orientation");
      },
      set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        write("pageLayout.zoom", value, (layout) => {
          for (const pages of [value.horizontalFitToPages, value.verticalFitToPages]) {
            if (pages !== undefined && !(Number.isInteger(pages) && pages >= 1)) throw new FakeExcelError("InvalidArgument", `Fit to ${pages} pages is not valid.`);
          }
          if (value.scale !== undefined && !(value.scale >= 10 && value.scale <= 400)) throw new FakeExcelError("InvalidArgument", `Scale ${value.scale} is not valid.`);
          layout.zoom = value;
        });
      },
      get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number } {
        throw notLoaded("zoom");
      },
      setPrintArea: (area: string) => {
        write("pageLayout.setPrintArea", area, (layout) => {
          if (parseFakeAddress(area) === undefined) throw new FakeExcelError("InvalidArgument", `The print area "${area}" is not valid.`);
          layout.printArea = area;
        });
      },
      setPrintTitleRows: (rows: string) => {
        write("pageLayout.setPrintTitleRows", rows, (layout) => {
          if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeExcelError("InvalidArgument", `The print title rows "${rows}" are not whole rows.`);
          layout.titleRows = rows;
        });
      },
    };
  }

  /** The model sheet, inside a running call (for sibling proxies). */
  sheetModel(): FakeSheetModel {
    return this.target();
  }
}

/** A range's model: a sheet and a rectangle. */
export interface FakeRangeTarget {
  readonly sheet: FakeSheetModel;
  readonly rect: FakeRect;
}

type MatrixProperty = "values" | "formulas" | "numberFormat";

/** A range proxy. */
export class FakeRange extends FakeClientObject<FakeRangeTarget> {
  private lazy?: { format: FakeRangeFormat; dataValidation: FakeDataValidation; conditionalFormats: FakeConditionalFormatCollection };

  constructor(context: FakeRequestContext, resolver: () => FakeRangeTarget | null, label: string) {
    super(context, resolver, { queued: true, label });
  }

  protected override defaultProperties(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat"];
  }

  protected override read(property: string, { sheet, rect }: FakeRangeTarget): unknown {
    const grid = (cell: (row: number, column: number) => unknown) =>
      Array.from({ length: rectRows(rect) }, (_, r) => Array.from({ length: rectColumns(rect) }, (_, c) => cell(rect.row + r, rect.column + c)));
    switch (property) {
      case "address":
        return sheet.address(rect);
      case "rowIndex":
        return rect.row - 1;
      case "columnIndex":
        return rect.column - 1;
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectColumns(rect);
      case "values":
        return grid((row, column) => sheet.valueAt(row, column));
      case "formulas":
        return grid((row, column) => sheet.formulaAt(row, column));
      case "numberFormat":
        return grid((row, column) => sheet.numberFormat(row, column) ?? "General");
      case "columnHidden":
        return Array.from({ length: rectColumns(rect) }, (_, c) => sheet.hiddenColumns.has(rect.column + c)).every(Boolean);
      default:
        return super.read(property, { sheet, rect });
    }
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(matrix: unknown[][]) {
    this.writeMatrix("values", matrix);
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(matrix: unknown[][]) {
    this.writeMatrix("formulas", matrix);
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(matrix: unknown[][]) {
    this.writeMatrix("numberFormat", matrix);
  }
  get columnHidden(): boolean {
    return this.loadedValue("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.loaded.set("columnHidden", hidden);
    this.queueWrite("columnHidden", hidden, ({ sheet, rect }) => {
      for (let column = rect.column; column <= rect.lastColumn; column++) {
        if (hidden) sheet.hiddenColumns.add(column);
        else sheet.hiddenColumns.delete(column);
      }
      this.context.model.record({ action: "columnHidden", sheet: sheet.name, address: fakeRectAddress(rect), detail: hidden });
    });
  }

  private writeMatrix(property: MatrixProperty, matrix: unknown[][]): void {
    this.loaded.set(property, matrix);
    this.queueWrite(property, matrix, ({ sheet, rect }) => {
      const rows = rectRows(rect);
      const columns = rectColumns(rect);
      if (!Array.isArray(matrix) || matrix.length !== rows || matrix.some((row) => !Array.isArray(row) || row.length !== columns)) {
        throw new FakeExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
      matrix.forEach((row, r) =>
        row.forEach((cell, c) => {
          const rowNumber = rect.row + r;
          const column = rect.column + c;
          if (cell === null || cell === undefined) return;
          if (property === "numberFormat") {
            if (typeof cell !== "string") throw new FakeExcelError("InvalidArgument", `A number format must be text, not ${typeof cell}.`);
            sheet.setNumberFormat(rowNumber, column, cell === "" || cell === "General" ? undefined : cell);
          } else if (cell === "") {
            sheet.setCell(rowNumber, column, undefined);
          } else if (typeof cell === "number") {
            if (!Number.isFinite(cell)) throw new FakeExcelError("InvalidArgument", `${cell} cannot be written to a cell.`);
            sheet.setCell(rowNumber, column, { kind: "number", value: cell });
          } else if (typeof cell === "boolean") {
            sheet.setCell(rowNumber, column, { kind: "boolean", value: cell });
          } else if (typeof cell === "string") {
            sheet.setCell(rowNumber, column, storeTyped(cell, sheet.numberFormat(rowNumber, column)));
          } else {
            throw new FakeExcelError("InvalidArgument", `A cell value must be a number, text or Boolean, not ${typeof cell}.`);
          }
        }),
      );
      if (property !== "numberFormat") noteCalculatedColumns(this.context.model, sheet, rect);
      this.context.model.record({ action: property, sheet: sheet.name, address: fakeRectAddress(rect), detail: { rows, columns } });
    });
  }

  private children() {
    this.lazy ??= {
      format: new FakeRangeFormat(this.context, () => this.target()),
      dataValidation: new FakeDataValidation(this.context, () => this.target()),
      conditionalFormats: new FakeConditionalFormatCollection(this.context, () => this.target()),
    };
    return this.lazy;
  }
  get format(): FakeRangeFormat {
    return this.children().format;
  }
  get dataValidation(): FakeDataValidation {
    return this.children().dataValidation;
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.children().conditionalFormats;
  }

  /** The range's sheet. */
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.targetOrNull()?.sheet ?? null, { queued: true, label: "range.worksheet" });
  }

  /** A row of the range (0-based). */
  getRow(index: number): FakeRange {
    return new FakeRange(this.context, () => {
      const parent = this.targetOrNull();
      if (parent === null) return null;
      if (index < 0 || index >= rectRows(parent.rect)) throw new FakeExcelError("InvalidArgument", `Row ${index} is outside the range.`);
      return { sheet: parent.sheet, rect: { ...parent.rect, row: parent.rect.row + index, lastRow: parent.rect.row + index } };
    }, `getRow ${index}`);
  }

  /** A cell of the range (0-based row and column). */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const parent = this.target();
      const at = { row: parent.rect.row + row, column: parent.rect.column + column };
      return { sheet: parent.sheet, rect: { ...at, lastRow: at.row, lastColumn: at.column } };
    }, `getCell ${row},${column}`);
  }

  /** The used part of this range (a null object when none of its cells is used). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const parent = this.targetOrNull();
      const used = parent?.sheet.usedRect(valuesOnly);
      if (parent === null || parent === undefined || used === undefined || !rectsOverlap(parent.rect, used)) return null;
      const rect = {
        column: Math.max(parent.rect.column, used.column),
        row: Math.max(parent.rect.row, used.row),
        lastColumn: Math.min(parent.rect.lastColumn, used.lastColumn),
        lastRow: Math.min(parent.rect.lastRow, used.lastRow),
      };
      return { sheet: parent.sheet, rect };
    }, "range.getUsedRangeOrNullObject");
  }

  /** Makes this the selection (and its sheet the active sheet). */
  select(): void {
    this.queueWrite("select", null, ({ sheet, rect }) => {
      this.context.model.activeSheet = sheet;
      this.context.model.selection = { sheet, rect };
      this.context.model.record({ action: "select", sheet: sheet.name, address: fakeRectAddress(rect) });
    });
  }

  /** Groups the range's columns one outline level deeper (ExcelApi 1.10); only whole columns ("ByColumns") here. */
  group(groupOption: string): void {
    this.queueWrite("group", groupOption, ({ sheet, rect }) => {
      requireApi(this.context, "1.10", "Range.group");
      if (groupOption !== "ByColumns") throw new FakeExcelError("InvalidArgument", `group(${groupOption}): the fake groups columns only`);
      for (let column = rect.column; column <= rect.lastColumn; column++) sheet.groupedColumns.add(column);
      this.context.model.record({ action: "group", sheet: sheet.name, address: fakeRectAddress(rect), detail: groupOption });
    });
  }
  /** Collapses the column groups over the range (ExcelApi 1.10): their columns are hidden. */
  hideGroupDetails(groupOption: string): void {
    this.queueWrite("hideGroupDetails", groupOption, ({ sheet, rect }) => {
      requireApi(this.context, "1.10", "Range.hideGroupDetails");
      if (groupOption !== "ByColumns") throw new FakeExcelError("InvalidArgument", `hideGroupDetails(${groupOption}): the fake groups columns only`);
      for (let column = rect.column; column <= rect.lastColumn; column++) {
        if (!sheet.groupedColumns.has(column)) throw new FakeExcelError("InvalidOperation", "hideGroupDetails: the range is not grouped");
        sheet.collapsedColumns.add(column);
        sheet.hiddenColumns.add(column);
      }
    });
  }

  merge(across = false): void {
    this.queueWrite("merge", across, ({ sheet, rect }) => {
      if (this.context.model.tables.some((table) => table.sheet === sheet && rectsOverlap(table.rect, rect))) {
        throw new FakeExcelError("InvalidOperation", "Cells in a table cannot be merged.");
      }
      sheet.merges.push(rect);
      this.context.model.record({ action: "merge", sheet: sheet.name, address: fakeRectAddress(rect), detail: across });
    });
  }

  /** The model, for sibling proxies that take a Range argument. */
  rangeTarget(): FakeRangeTarget {
    return this.target();
  }
}

/** Records font/fill/size writes of a range. */
class FakeFormatPart extends FakeClientObject<FakeRangeTarget> {
  constructor(
    context: FakeRequestContext,
    resolver: () => FakeRangeTarget,
    private readonly prefix: string,
  ) {
    super(context, resolver, { queued: false, label: prefix });
  }

  protected set(property: string, value: unknown, check?: () => void): void {
    this.loaded.set(property, value);
    this.queueWrite(`${this.prefix}${property}`, value, ({ sheet, rect }) => {
      check?.();
      sheet.formats.push({ address: fakeRectAddress(rect), property: `${this.prefix}${property}`, value });
      this.context.model.record({ action: "format", sheet: sheet.name, address: fakeRectAddress(rect), detail: { [`${this.prefix}${property}`]: value } });
    });
  }
}

const isColor = (value: unknown) => typeof value === "string" && (/^#[0-9a-f]{6}$/i.test(value) || /^[a-z]+$/i.test(value));

export class FakeRangeFont extends FakeFormatPart {
  constructor(context: FakeRequestContext, resolver: () => FakeRangeTarget) {
    super(context, resolver, "font.");
  }
  set bold(value: boolean) {
    this.set("bold", value);
  }
  set italic(value: boolean) {
    this.set("italic", value);
  }
  set size(value: number) {
    this.set("size", value, () => {
      if (!(value >= 1 && value <= 409)) throw new FakeExcelError("InvalidArgument", `Font size ${value} is out of range.`);
    });
  }
  set color(value: string) {
    this.set("color", value, () => {
      if (!isColor(value)) throw new FakeExcelError("InvalidArgument", `"${value}" is not a colour.`);
    });
  }
  set name(value: string) {
    this.set("name", value);
  }
}

export class FakeRangeFill extends FakeFormatPart {
  constructor(context: FakeRequestContext, resolver: () => FakeRangeTarget) {
    super(context, resolver, "fill.");
  }
  set color(value: string) {
    this.set("color", value, () => {
      if (!isColor(value)) throw new FakeExcelError("InvalidArgument", `"${value}" is not a colour.`);
    });
  }
}

/** One line of `range.format.borders` (recorded as "borders.EdgeBottom.color" and so on). */
export class FakeRangeBorder extends FakeFormatPart {
  constructor(context: FakeRequestContext, resolver: () => FakeRangeTarget, index: string) {
    super(context, resolver, `borders.${index}.`);
  }
  set style(value: string) {
    this.set("style", value, () => {
      if (!BORDER_STYLES.includes(value)) throw new FakeExcelError("InvalidArgument", `"${value}" is not a border line style.`);
    });
  }
  set weight(value: string) {
    this.set("weight", value, () => {
      if (!["Hairline", "Thin", "Medium", "Thick"].includes(value)) throw new FakeExcelError("InvalidArgument", `"${value}" is not a border weight.`);
    });
  }
  set color(value: string) {
    this.set("color", value, () => {
      if (!isColor(value)) throw new FakeExcelError("InvalidArgument", `"${value}" is not a colour.`);
    });
  }
}

/** Excel.BorderLineStyle and Excel.BorderIndex: what `range.format.borders` accepts. */
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

/** `range.format`. */
export class FakeRangeFormat extends FakeFormatPart {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: { getItem(index: string): FakeRangeBorder };

  constructor(context: FakeRequestContext, resolver: () => FakeRangeTarget) {
    super(context, resolver, "");
    this.font = new FakeRangeFont(context, resolver);
    this.fill = new FakeRangeFill(context, resolver);
    this.borders = {
      getItem(index: string) {
        if (!BORDER_INDEXES.includes(index)) throw new FakeExcelError("InvalidArgument", `"${index}" is not a border index.`);
        return new FakeRangeBorder(context, resolver, index);
      },
    };
  }

  set columnWidth(points: number) {
    this.loaded.set("columnWidth", points);
    this.queueWrite("columnWidth", points, ({ sheet, rect }) => {
      if (!(points >= 0 && points <= 1_790)) throw new FakeExcelError("InvalidArgument", `Column width ${points} is out of range.`);
      for (let column = rect.column; column <= rect.lastColumn; column++) sheet.columnWidths.set(column, points);
      this.context.model.record({ action: "columnWidth", sheet: sheet.name, address: fakeRectAddress(rect), detail: points });
    });
  }
  /** Whole rows' height in points (Excel: 0–409). */
  set rowHeight(points: number) {
    this.loaded.set("rowHeight", points);
    this.queueWrite("rowHeight", points, ({ sheet, rect }) => {
      if (!(points >= 0 && points <= 409)) throw new FakeExcelError("InvalidArgument", `Row height ${points} is out of range.`);
      for (let row = rect.row; row <= rect.lastRow; row++) sheet.rowHeights.set(row, points);
      this.context.model.record({ action: "rowHeight", sheet: sheet.name, address: fakeRectAddress(rect), detail: points });
    });
  }
  set wrapText(value: boolean) {
    this.set("wrapText", value, () => {
      if (typeof value !== "boolean") throw new FakeExcelError("InvalidArgument", `wrapText must be true or false, not ${String(value)}.`);
    });
  }
  set horizontalAlignment(value: string) {
    this.set("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.set("verticalAlignment", value, () => {
      if (!VERTICAL_ALIGNMENTS.includes(value)) throw new FakeExcelError("InvalidArgument", `Vertical alignment "${value}" is not valid.`);
    });
  }
}

/** Excel.VerticalAlignment: what `range.format.verticalAlignment` accepts. */
const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"];

const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];
/** Excel.DataValidationOperator. */
const BASIC_OPERATORS: readonly string[] = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];

/** `range.dataValidation`. */
export class FakeDataValidation extends FakeClientObject<FakeRangeTarget> {
  constructor(context: FakeRequestContext, resolver: () => FakeRangeTarget) {
    super(context, resolver, { queued: false, label: "dataValidation" });
  }

  private entry({ sheet, rect }: FakeRangeTarget): FakeValidation {
    const address = fakeRectAddress(rect);
    let entry = sheet.validations.find((validation) => validation.address === address);
    if (entry === undefined) {
      entry = { address };
      sheet.validations.push(entry);
    }
    return entry;
  }

  set rule(rule: Excel.DataValidationRule) {
    this.queueWrite("dataValidation.rule", rule, (target) => {
      requireApi(this.context, "1.8", "Range.dataValidation");
      const kinds = Object.keys(rule).filter((kind) => (rule as Record<string, unknown>)[kind] !== undefined);
      if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0])) throw new FakeExcelError("InvalidArgument", `A rule needs exactly one kind, got ${kinds.join(",")}.`);
      if (rule.list !== undefined) {
        const source = rule.list.source;
        if (typeof source !== "string" || source.trim() === "") throw new FakeExcelError("InvalidArgument", "A list rule needs a source.");
        if (!source.startsWith("=") && source.length > 255) throw new FakeExcelError("InvalidArgument", "A list source is longer than 255 characters.");
      }
      for (const basic of [rule.wholeNumber, rule.decimal]) {
        if (basic === undefined) continue;
        if (basic.formula1 === undefined || basic.formula1 === "") throw new FakeExcelError("InvalidArgument", "A number rule needs formula1.");
        if (!BASIC_OPERATORS.includes(basic.operator)) throw new FakeExcelError("InvalidArgument", `Operator "${basic.operator}" is not valid.`);
        if ((basic.operator === "Between" || basic.operator === "NotBetween") && basic.formula2 === undefined) throw new FakeExcelError("InvalidArgument", "Between needs formula2.");
      }
      this.entry(target).rule = rule;
      this.context.model.record({ action: "dataValidation.rule", sheet: target.sheet.name, address: fakeRectAddress(target.rect), detail: rule });
    });
  }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.queueWrite("dataValidation.errorAlert", alert, (target) => {
      requireApi(this.context, "1.8", "Range.dataValidation");
      if (!["Stop", "Warning", "Information"].includes(alert.style)) throw new FakeExcelError("InvalidArgument", `Alert style "${alert.style}" is not valid.`);
      if ((alert.title ?? "").length > 32 || (alert.message ?? "").length > 225) throw new FakeExcelError("InvalidArgument", "The alert's title or message is too long.");
      this.entry(target).errorAlert = alert;
      this.context.model.record({ action: "dataValidation.errorAlert", sheet: target.sheet.name, address: fakeRectAddress(target.rect), detail: alert });
    });
  }
}

/** `range.conditionalFormats`. */
export class FakeConditionalFormatCollection extends FakeClientObject<FakeRangeTarget> {
  constructor(context: FakeRequestContext, resolver: () => FakeRangeTarget) {
    super(context, resolver, { queued: false, label: "conditionalFormats" });
  }

  add(type: string): FakeConditionalFormatClient {
    let created: FakeConditionalFormat | undefined;
    this.queueWrite(`conditionalFormats.add ${type}`, type, ({ sheet, rect }) => {
      requireApi(this.context, "1.6", "Range.conditionalFormats");
      if (!["DataBar", "Custom", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"].includes(type)) {
        throw new FakeExcelError("InvalidArgument", `Conditional format type "${type}" is not valid.`);
      }
      created = { address: fakeRectAddress(rect), type, dataBar: {}, custom: {} };
      sheet.conditionalFormats.push(created);
      this.context.model.record({ action: "conditionalFormat", sheet: sheet.name, address: created.address, detail: type });
    });
    return new FakeConditionalFormatClient(this.context, () => {
      if (created === undefined) throw new Error("fake: conditional format used before it was added");
      return created;
    });
  }
}

/** A conditional format: its data bar and custom rule parts. */
export class FakeConditionalFormatClient extends FakeClientObject<FakeConditionalFormat> {
  readonly dataBar: { readonly positiveFormat: { fillColor: string; gradientFill: boolean } };
  readonly custom: { readonly rule: { formula: string }; readonly format: { readonly fill: { color: string }; readonly font: { color: string } } };

  constructor(context: FakeRequestContext, resolver: () => FakeConditionalFormat) {
    super(context, resolver, { queued: false, label: "conditionalFormat" });
    const setter = (kind: "DataBar" | "Custom", apply: (format: FakeConditionalFormat, value: unknown) => void) => (value: unknown) =>
      this.queueWrite(`conditionalFormat.${kind}`, value, (format) => {
        if (format.type !== kind) throw new FakeExcelError("InvalidOperation", `This conditional format is a ${format.type}, not a ${kind}.`);
        apply(format, value);
      });
    const fillColor = setter("DataBar", (format, value) => (format.dataBar.fillColor = String(value)));
    const gradientFill = setter("DataBar", (format, value) => (format.dataBar.gradientFill = Boolean(value)));
    const formula = setter("Custom", (format, value) => {
      if (typeof value !== "string" || !value.startsWith("=")) throw new FakeExcelError("InvalidArgument", `A rule formula must start with "=": ${String(value)}`);
      format.custom.formula = value;
    });
    const fill = setter("Custom", (format, value) => (format.custom.fill = String(value)));
    const fontColor = setter("Custom", (format, value) => (format.custom.fontColor = String(value)));
    this.dataBar = {
      positiveFormat: {
        set fillColor(value: string) {
          fillColor(value);
        },
        get fillColor(): string {
          throw notLoaded("fillColor");
        },
        set gradientFill(value: boolean) {
          gradientFill(value);
        },
        get gradientFill(): boolean {
          throw notLoaded("gradientFill");
        },
      },
    };
    this.custom = {
      rule: {
        set formula(value: string) {
          formula(value);
        },
        get formula(): string {
          throw notLoaded("formula");
        },
      },
      format: {
        fill: {
          set color(value: string) {
            fill(value);
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
        font: {
          set color(value: string) {
            fontColor(value);
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
      },
    };
  }
}

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]|[Cc])$/;

function checkIdentifier(model: FakeWorkbookModel, name: string, what: string, except?: FakeTable): void {
  if (!NAME_PATTERN.test(name) || CELL_LIKE.test(name) || name.length > 255) throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid ${what} name.`);
  const wanted = name.toUpperCase();
  const taken = model.names.some((item) => item.name.toUpperCase() === wanted) || model.tables.some((table) => table !== except && table.name.toUpperCase() === wanted);
  if (taken) throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" is already used in this workbook.`);
}

/** `workbook.names`. */
/** A loaded item of `workbook.names`: its name and formula, and `delete()`. */
export interface FakeNamedItem {
  readonly name: string;
  readonly formula: string;
  delete(): void;
}

export class FakeNamedItemCollection {
  private itemList?: FakeNamedItem[];

  constructor(private readonly context: FakeRequestContext) {}

  get items(): FakeNamedItem[] {
    if (this.itemList === undefined) throw notLoaded("items");
    return this.itemList;
  }

  load(_option?: LoadOption): this {
    const context = this.context;
    this.context.enqueue({
      label: "load names",
      bytes: ACTION_BYTES,
      write: false,
      run: () => {
        const items = context.model.names.map((item) => ({
          name: item.name,
          formula: item.formula,
          delete: () =>
            context.enqueue({
              label: `delete name ${item.name}`,
              bytes: ACTION_BYTES,
              write: true,
              run: () => {
                const index = context.model.names.findIndex((entry) => entry.name.toUpperCase() === item.name.toUpperCase());
                if (index < 0) throw new FakeExcelError("ItemNotFound", `No name "${item.name}".`);
                context.model.names.splice(index, 1);
                context.model.record({ action: "names.delete", detail: { name: item.name } });
              },
            }),
        }));
        context.deliver(() => (this.itemList = items));
      },
    });
    return this;
  }

  add(name: string, reference: FakeRange | string, comment?: string): void {
    const model = this.context.model;
    const argument = typeof reference === "string" ? reference : "<Range>";
    this.context.enqueue({
      label: `names.add ${name}`,
      bytes: ACTION_BYTES + payloadBytes([name, argument, comment]),
      write: true,
      run: () => {
        requireApi(this.context, "1.4", "NamedItemCollection.add");
        checkIdentifier(model, name, "defined");
        let formula: string;
        if (typeof reference === "string") formula = reference;
        else {
          const { sheet, rect } = reference.rangeTarget();
          const absolute = fakeRectAddress(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
          formula = `=${quotedSheet(sheet.name)}!${absolute}`;
        }
        model.names.push({ name, formula, literal: typeof reference === "string" && !reference.startsWith("=") });
        model.record({ action: "names.add", detail: { name, formula } });
      },
    });
  }
}

/** `workbook.tables` or `worksheet.tables`. */
export class FakeTableCollection {
  private itemList?: { readonly name: string }[];

  constructor(
    private readonly context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet | undefined,
  ) {}

  get items(): { readonly name: string }[] {
    if (this.itemList === undefined) throw notLoaded("items");
    return this.itemList;
  }

  load(_option?: LoadOption): this {
    this.context.enqueue({
      label: "load tables",
      bytes: ACTION_BYTES,
      write: false,
      run: () => {
        const sheet = this.worksheet?.sheetModel();
        const items = this.context.model.tables.filter((table) => sheet === undefined || table.sheet === sheet).map((table) => ({ name: table.name }));
        this.context.deliver(() => (this.itemList = items));
      },
    });
    return this;
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTableClient {
    const model = this.context.model;
    let created: FakeTable | undefined;
    this.context.enqueue({
      label: "tables.add",
      bytes: ACTION_BYTES + payloadBytes([typeof address === "string" ? address : "<Range>", hasHeaders]),
      write: true,
      run: () => {
        let target: { sheet: FakeSheetModel; rect: FakeRect };
        if (typeof address === "string") {
          if (this.worksheet === undefined) throw new FakeExcelError("InvalidArgument", "workbook.tables.add needs a Range or a sheet-qualified address (not modelled).");
          const rect = parseFakeAddress(address);
          if (rect === undefined) throw new FakeExcelError("InvalidArgument", `The address "${address}" is not valid.`);
          target = { sheet: this.worksheet.sheetModel(), rect };
        } else target = address.rangeTarget();
        if (model.tables.some((table) => table.sheet === target.sheet && rectsOverlap(table.rect, target.rect))) {
          throw new FakeExcelError("InvalidOperation", "A table cannot overlap another table.");
        }
        if (target.sheet.merges.some((merged) => rectsOverlap(merged, target.rect))) throw new FakeExcelError("InvalidOperation", "A table cannot contain merged cells.");
        let number = model.tables.length + 1;
        while (model.tables.some((table) => table.name.toUpperCase() === `TABLE${number}`)) number++;
        created = { name: `Table${number}`, sheet: target.sheet, rect: target.rect, hasHeaders, calculated: new Map() };
        model.tables.push(created);
        model.record({ action: "tables.add", sheet: target.sheet.name, address: fakeRectAddress(target.rect), detail: { hasHeaders } });
      },
    });
    return new FakeTableClient(this.context, () => {
      if (created === undefined) throw new Error("fake: table used before it was added");
      return created;
    });
  }
}

/** A table proxy. */
export class FakeTableClient extends FakeClientObject<FakeTable> {
  constructor(context: FakeRequestContext, resolver: () => FakeTable) {
    super(context, resolver, { queued: false, label: "table" });
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.loaded.set("name", name);
    this.queueWrite("table.name", name, (table) => {
      checkIdentifier(this.context.model, name, "table", table);
      const previous = table.name;
      table.name = name;
      this.context.model.record({ action: "table.name", sheet: table.sheet.name, detail: { from: previous, to: name } });
    });
  }
}

/** The number of columns of a sheet-qualified address ("'Dashboard'!G14:H25" → 2). */
function columnSpan(address: string): number {
  const rect = parseFakeAddress(address.slice(address.lastIndexOf("!") + 1));
  return rect === undefined ? 1 : rect.lastColumn - rect.column + 1;
}

const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
  "Funnel",
]);

/** `worksheet.charts`. */
export class FakeChartCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChartClient {
    let created: FakeChart | undefined;
    this.context.enqueue({
      label: `charts.add ${type}`,
      bytes: ACTION_BYTES + payloadBytes([type, seriesBy]),
      write: true,
      run: () => {
        if (!CHART_TYPES.has(type)) throw new FakeExcelError("InvalidArgument", `Chart type "${type}" is not valid.`);
        if (type === "Funnel") requireApi(this.context, "1.9", "ChartType.funnel");
        const refused = this.context.model.refuseCharts;
        if (refused?.at === "add") throw new FakeExcelError(refused.code, `This host refuses charts.add("${type}").`);
        if (!(sourceData instanceof FakeRange)) throw new FakeExcelError("InvalidArgument", "A chart's source must be a Range.");
        const sheet = this.worksheet.sheetModel();
        const source = sourceData.rangeTarget();
        created = { type, source: source.sheet.address(source.rect), seriesBy };
        sheet.charts.push(created);
        this.context.model.record({ action: "charts.add", sheet: sheet.name, address: fakeRectAddress(source.rect), detail: { type, seriesBy } });
      },
    });
    return new FakeChartClient(this.context, () => {
      if (created === undefined) throw new Error("fake: chart used before it was added");
      return created;
    });
  }

  /** The chart at a position of the sheet's charts (ItemNotFound past the end, when the call runs). */
  getItemAt(index: number): FakeChartClient {
    let found: FakeChart | undefined;
    this.context.enqueue({
      label: `charts.getItemAt ${index}`,
      bytes: ACTION_BYTES,
      write: false,
      run: () => {
        found = this.worksheet.sheetModel().charts[index];
        if (found === undefined) throw new FakeExcelError("ItemNotFound", `The sheet has no chart at ${index}.`);
      },
    });
    return new FakeChartClient(this.context, () => {
      if (found === undefined) throw new Error("fake: chart used before it was found");
      return found;
    });
  }
}

/** A chart proxy: title, legend, position, the first series' categories, the category axis's order. */
export class FakeChartClient extends FakeClientObject<FakeChart> {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(index: number): { setXAxisValues(range: FakeRange): void; name: string; axisGroup: string } };
  readonly axes: { readonly categoryAxis: { reversePlotOrder: boolean }; readonly valueAxis: { numberFormat: string } };

  constructor(context: FakeRequestContext, resolver: () => FakeChart) {
    super(context, resolver, { queued: false, label: "chart" });
    const write = (label: string, value: unknown, apply: (chart: FakeChart) => void) => this.queueWrite(label, value, apply);
    this.title = {
      set text(value: string) {
        write("chart.title", value, (chart) => (chart.title = value));
      },
      get text(): string {
        throw notLoaded("text");
      },
    };
    this.legend = {
      set visible(value: boolean) {
        write("chart.legend", value, (chart) => (chart.legendVisible = value));
      },
      get visible(): boolean {
        throw notLoaded("visible");
      },
    };
    // One series per column of the source (seriesBy "Columns", the only way the renderer adds charts).
    const seriesAt = (chart: FakeChart, index: number) => {
      const columns = chart.source.includes(":") ? columnSpan(chart.source) : 1;
      if (index < 0 || index >= columns) throw new FakeExcelError("ItemNotFound", `The chart has no series ${index}.`);
      chart.series ??= [];
      return (chart.series[index] ??= {});
    };
    this.series = {
      getItemAt: (index: number) => ({
        setXAxisValues: (range: FakeRange) =>
          write("series.setXAxisValues", index, (chart) => {
            requireApi(context, "1.7", "ChartSeries.setXAxisValues");
            const { sheet, rect } = range.rangeTarget();
            seriesAt(chart, index).xAxisValues = sheet.address(rect);
            if (index === 0) chart.xAxisValues = sheet.address(rect);
          }),
        set name(value: string) {
          write("series.name", value, (chart) => {
            requireApi(context, "1.7", "ChartSeries.name");
            seriesAt(chart, index).name = value;
          });
        },
        get name(): string {
          throw notLoaded("name");
        },
        set axisGroup(value: string) {
          write("series.axisGroup", value, (chart) => {
            requireApi(context, "1.8", "ChartSeries.axisGroup");
            seriesAt(chart, index).axisGroup = value;
          });
        },
        get axisGroup(): string {
          throw notLoaded("axisGroup");
        },
      }),
    };
    this.axes = {
      categoryAxis: {
        set reversePlotOrder(value: boolean) {
          write("categoryAxis.reversePlotOrder", value, (chart) => {
            requireApi(context, "1.7", "ChartAxis.reversePlotOrder");
            chart.reversePlotOrder = value;
          });
        },
        get reversePlotOrder(): boolean {
          throw notLoaded("reversePlotOrder");
        },
      },
      valueAxis: {
        set numberFormat(value: string) {
          write("valueAxis.numberFormat", value, (chart) => {
            requireApi(context, "1.8", "ChartAxis.numberFormat");
            chart.valueAxisFormat = value;
          });
        },
        get numberFormat(): string {
          throw notLoaded("numberFormat");
        },
      },
    };
  }

  /** Deletes the chart from its sheet. */
  delete(): void {
    this.queueWrite("chart.delete", null, (chart) => {
      const sheet = this.context.model.sheets.find((candidate) => candidate.charts.includes(chart));
      if (sheet === undefined) throw new FakeExcelError("ItemNotFound", "The chart is gone.");
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
      this.context.model.record({ action: "chart.delete", sheet: sheet.name, detail: { type: chart.type } });
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.queueWrite("chart.setPosition", [startCell, endCell], (chart) => {
      const refused = this.context.model.refuseCharts;
      if (refused?.at === "setPosition") throw new FakeExcelError(refused.code, "This host refuses to place the chart.");
      if (parseFakeAddress(startCell) === undefined || (endCell !== undefined && parseFakeAddress(endCell) === undefined)) {
        throw new FakeExcelError("InvalidArgument", `Chart position ${startCell}:${endCell} is not valid.`);
      }
      chart.position = { start: startCell, end: endCell };
    });
  }
}

/** `worksheet.notes` (ExcelApi 1.18): `add(cell, content)` on one cell of this sheet, recorded on the model. */
export class FakeNoteCollection extends FakeClientObject<FakeSheetModel> {
  constructor(context: FakeRequestContext, resolver: () => FakeSheetModel) {
    super(context, resolver, { queued: false, label: "notes" });
  }

  add(cellAddress: FakeRange | string, content: string): void {
    this.queueWrite("notes.add", { cell: typeof cellAddress === "string" ? cellAddress : "<Range>", content }, (sheet) => {
      requireApi(this.context, "1.18", "NoteCollection.add");
      const target = typeof cellAddress === "string" ? undefined : cellAddress.rangeTarget();
      // A string must name the sheet (Office.js: "the full address, including the sheet name").
      if (target === undefined) throw new FakeExcelError("InvalidArgument", "notes.add: the fake takes a Range");
      if (target.sheet !== sheet) throw new FakeExcelError("InvalidArgument", "notes.add: the cell is on another sheet");
      if (target.rect.column !== target.rect.lastColumn || target.rect.row !== target.rect.lastRow) throw new FakeExcelError("InvalidArgument", "notes.add: one cell only");
      if (typeof content !== "string") throw new FakeExcelError("InvalidArgument", "notes.add: the content is text");
      const address = fakeRectAddress(target.rect);
      if (sheet.notes.has(address)) throw new FakeExcelError("InvalidOperation", "notes.add: the cell has a note already");
      sheet.notes.set(address, content);
      this.context.model.record({ action: "note", sheet: sheet.name, address, detail: content });
    });
  }
}

/** `worksheet.freezePanes`. */
export class FakeFreezePanes extends FakeClientObject<FakeSheetModel> {
  constructor(context: FakeRequestContext, resolver: () => FakeSheetModel) {
    super(context, resolver, { queued: false, label: "freezePanes" });
  }

  private freeze(label: string, args: unknown, panes: (sheet: FakeSheetModel) => { rows: number; columns: number }): void {
    this.queueWrite(label, args, (sheet) => {
      requireApi(this.context, "1.7", "WorksheetFreezePanes");
      sheet.freeze = panes(sheet);
      this.context.model.record({ action: "freezePanes", sheet: sheet.name, detail: sheet.freeze });
    });
  }

  freezeAt(frozenRange: FakeRange | string): void {
    this.freeze("freezeAt", typeof frozenRange === "string" ? frozenRange : "<Range>", () => {
      const rect = typeof frozenRange === "string" ? parseFakeAddress(frozenRange) : frozenRange.rangeTarget().rect;
      if (rect === undefined) throw new FakeExcelError("InvalidArgument", `"${String(frozenRange)}" is not a valid range.`);
      return { rows: rect.lastRow, columns: rect.lastColumn };
    });
  }
  freezeRows(count = 1): void {
    this.freeze("freezeRows", count, () => ({ rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", count, () => ({ rows: 0, columns: count }));
  }
}

/** The fake context typed as the real one, for code written against Office.js. */
export function asExcelContext(context: FakeRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

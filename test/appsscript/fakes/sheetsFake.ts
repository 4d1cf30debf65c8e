/**
 * An in-memory, typed fake of the part of Apps Script the add-on uses — SpreadsheetApp, Spreadsheet, Sheet,
 * Range, RangeList, DataValidationBuilder, ConditionalFormatRuleBuilder, EmbeddedChartBuilder, Ui, Menu,
 * HtmlService, HtmlOutput, Charts, Session — implementing appsscript/hostTypes.ts (which host.ts proves is a
 * subset of @types/google-apps-script). There is no Apps Script emulator offline; this is what the renderer and
 * the built Code.js (in node:vm, `fake.globals()`) run against.
 *
 * What it checks, throwing as Sheets does (Sheets' messages where known):
 * - every 2-D array against its range: the row count, then every row's length ("The number of rows in the
 *   data does not match the number of rows in the range. The data has 2 but the range has 3.") — setValues,
 *   setFormulas, setDataValidations (setDataValidation sets one rule on every cell of its range);
 * - ranges inside the sheet's grid; a new sheet is 1,000 rows × 26 columns, as in Sheets, and grows only
 *   through insertRowsAfter / insertColumnsAfter ("The coordinates of the range are outside the dimensions of
 *   the sheet.");
 * - cell values: string, finite number, boolean or Date (of any realm) only;
 * - strings given to setValues are read the way Sheets reads typed input — pessimistically: `=…` is a
 *   formula, and so is `+…`, `-…`, `@…` unless it is a number; `'…` is text without the apostrophe; numbers
 *   (with thousands commas, a %, a currency sign), TRUE/FALSE and year-first dates become numbers, booleans
 *   and dates. So text that is not guarded does not survive;
 * - setFormulas entries are "" or start with "=" (stricter than Sheets, which would store other text as text);
 *   an ARRAYFORMULA may not fold its array with MAX, MIN, AND, OR, COUNT… (stricter than Sheets, which would
 *   give every row one value; arrayFormulas.ts, which also says which cells an array formula's result fills);
 * - unique sheet names (case-insensitive), valid named-range names (letters, digits, _; not TRUE/FALSE, not
 *   A1- or R1C1-like), merges and bandings that do not overlap earlier ones;
 * - builders: a validation needs a criterion, a conditional format rule a condition (formula or gradient) and
 *   ranges on the sheet it is set on, a chart a type, a range and a position; only objects this fake built
 *   (ranges, rules, charts) are accepted back;
 * - it counts every method call on every fake object, builders included, as "Class.method".
 *
 * What it does not do:
 * - evaluate formulas (a formula cell's value is "" to getValues) or check their syntax and function names;
 * - display: number formats change no value, except that a number under a date format is returned by
 *   getValues as a `Date` at midnight in the spreadsheet's time zone, as Sheets does; styles, widths,
 *   conditional formats, bandings and charts are recorded, not drawn; data validation does not reject input;
 * - Sheets' exact input parsing in every locale (its rules here are a superset for the cases that matter);
 * - quotas, execution time limits, authorization and trigger restrictions beyond the one below (tests assert
 *   which calls were made instead), collaboration, undo, recalculation.
 *
 * AuthMode, as far as the menu needs it (`fake.authMode`, default "FULL"; a test sets the mode the trigger it
 * simulates runs in). Google's AuthMode reference says NONE allows no service that requires authorization and
 * LIMITED "a limited subset" (the bound file, menus); whether `Session.getActiveUserLocale()` is in that subset
 * is not documented. So in NONE, `SpreadsheetApp.getActive()` and `Session.getActiveUserLocale()` throw; in
 * LIMITED the locale throws when the test asks for it (`refuseUserLocaleWhenLimited`), so code is tested both
 * ways. The message is the one Apps Script gives for a service called from a simple trigger without
 * authorization ("Authorization is required to perform that action.").
 */
import { checkArrayFormula } from "./arrayFormulas";
import type {
  CellInput,
  ConditionalFormatRuleBuilderApi,
  DataValidationBuilderApi,
  EmbeddedChartBuilderApi,
  HostObject,
  HtmlOutputApi,
  HtmlServiceApi,
  MenuApi,
  RangeApi,
  RangeListApi,
  SessionApi,
  SheetApi,
  SheetsHost,
  SpreadsheetApi,
  SpreadsheetAppApi,
  UiApi,
} from "../../../appsscript/hostTypes";
import { isDate, zonedMidnight } from "../support/zonedDates";

// ---------------------------------------------------------------------------------------------------------
// Call counting

/** Calls per "Class.method", in the order first seen. */
export class CallLog {
  private readonly counts = new Map<string, number>();
  private paused = 0;

  record(name: string): void {
    if (this.paused === 0) this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }
  get total(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }
  /** Calls per method, sorted by name. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
  /** Methods called at all, sorted. */
  methods(): string[] {
    return [...this.counts.keys()].sort();
  }
  reset(): void {
    this.counts.clear();
  }
  /** Runs `action` without counting (for a test's own look-ups through the API). */
  uncounted<T>(action: () => T): T {
    this.paused++;
    try {
      return action();
    } finally {
      this.paused--;
    }
  }
}

/** Wraps a fake object so every method call is counted; methods returning the object return the wrapper. */
function tracked<T extends object>(log: CallLog, kind: string, target: T): T {
  const proxy: T = new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function" || typeof property !== "string" || property === "constructor") return value;
      return (...args: unknown[]) => {
        log.record(`${kind}.${property}`);
        const result: unknown = (value as (...values: unknown[]) => unknown).apply(object, args);
        return result === object ? proxy : result;
      };
    },
  });
  return proxy;
}

// ---------------------------------------------------------------------------------------------------------
// Cells and sheets (the state tests inspect directly, uncounted)

export type CellValue = string | number | boolean | Date;

export interface CellState {
  value: CellValue;
  /** "=…" for a formula cell (its value is then ""), else "". */
  formula: string;
  /** The number format; "" for automatic. */
  format: string;
  validation: FakeDataValidation | null;
}

/** A rectangle, 1-based, inclusive. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  /** An open-ended range (`A2:C`): it reaches the grid's last row, however far the grid grows ({@link SheetState.lastRowOf}). */
  readonly open?: boolean;
}

export interface StyleCall {
  readonly ranges: readonly string[];
  readonly property: string;
  readonly value: unknown;
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

function columnNumber(letters: string): number {
  let number = 0;
  for (const char of letters.toUpperCase()) number = number * 26 + (char.charCodeAt(0) - 64);
  return number;
}

function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * "B2:D4" (or "B2", "$B$2") → rectangle; "B2:D" → an open-ended one, down to the grid's last row (`lastRow` is
 * unbounded until a sheet resolves it, {@link SheetState.resolve}); throws like Sheets for anything else.
 */
export function parseA1(a1: string): Rect {
  const open = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})$/i.exec(a1.trim());
  if (open !== null) {
    const [left, right] = [columnNumber(open[1]), columnNumber(open[3])];
    return { row: Number(open[2]), column: Math.min(left, right), lastRow: Number.MAX_SAFE_INTEGER, lastColumn: Math.max(left, right), open: true };
  }
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(a1.trim());
  if (match === null) throw new Error(`Exception: Range not found: ${a1}`);
  const [row, column] = [Number(match[2]), columnNumber(match[1])];
  const [lastRow, lastColumn] = match[3] === undefined ? [row, column] : [Number(match[4]), columnNumber(match[3])];
  return { row: Math.min(row, lastRow), column: Math.min(column, lastColumn), lastRow: Math.max(row, lastRow), lastColumn: Math.max(column, lastColumn) };
}

export function a1Of(rect: Rect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.open === true) return `${start}:${columnLetters(rect.lastColumn)}`;
  return rect.row === rect.lastRow && rect.column === rect.lastColumn ? start : `${start}:${columnLetters(rect.lastColumn)}${rect.lastRow}`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row <= b.lastRow && b.row <= a.lastRow && a.column <= b.lastColumn && b.column <= a.lastColumn;
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.lastRow <= outer.lastRow && inner.column >= outer.column && inner.lastColumn <= outer.lastColumn;
}

/** One sheet's contents and settings. */
export class SheetState {
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  /** cells[row - 1][column - 1]; missing = empty. */
  readonly cells: (CellState | undefined)[][] = [];
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  /** Column group depth (Range.shiftColumnGroupDepth), and the columns of collapsed groups (Group.collapse). */
  readonly columnGroupDepth = new Map<number, number>();
  readonly collapsedColumns = new Set<number>();
  /** Cell notes by A1 address (Range.setNote). */
  readonly notes = new Map<string, string>();
  readonly merges: Rect[] = [];
  readonly bandings: { rect: Rect; theme: unknown; showHeader: boolean; showFooter: boolean }[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  readonly charts: FakeChart[] = [];
  readonly styleCalls: StyleCall[] = [];

  constructor(
    public name: string,
    readonly id: number,
  ) {}

  cell(row: number, column: number): CellState | undefined {
    return this.cells[row - 1]?.[column - 1];
  }
  /** The cell, created empty when missing. */
  cellForWrite(row: number, column: number): CellState {
    const cellsOfRow = (this.cells[row - 1] ??= []);
    return (cellsOfRow[column - 1] ??= { value: "", formula: "", format: "", validation: null });
  }
  /** The cell at an A1 address, for tests: value, formula, format, validation. */
  at(a1: string): CellState {
    const { row, column } = parseA1(a1);
    return this.cell(row, column) ?? { value: "", formula: "", format: "", validation: null };
  }
  /** The last row and column holding a value or formula (0 when empty). */
  lastUsed(): { row: number; column: number } {
    let lastRow = 0;
    let lastColumn = 0;
    this.cells.forEach((cellsOfRow, rowIndex) =>
      cellsOfRow?.forEach((cell, columnIndex) => {
        if (cell !== undefined && (cell.formula !== "" || cell.value !== "")) {
          lastRow = Math.max(lastRow, rowIndex + 1);
          lastColumn = Math.max(lastColumn, columnIndex + 1);
        }
      }),
    );
    return { row: lastRow, column: lastColumn };
  }
  /** Validations set over open-ended ranges: rows added at the bottom of the grid get them too. */
  readonly openValidations: { rect: Rect; rule: FakeDataValidation | null }[] = [];
  /** An open-ended rectangle as far as the grid goes now; any other as it is. */
  resolve(rect: Rect): Rect {
    return rect.open === true ? { ...rect, lastRow: this.maxRows } : rect;
  }
  /** The last row a range reaches now: the grid's last row for an open-ended one. */
  lastRowOf(rect: Rect): number {
    return rect.open === true ? this.maxRows : rect.lastRow;
  }
  checkInside(rect: Rect): void {
    if (rect.row < 1 || rect.column < 1 || rect.lastRow > this.maxRows || rect.lastColumn > this.maxColumns) {
      throw new Error("Exception: The coordinates of the range are outside the dimensions of the sheet.");
    }
  }
  /** Plain data of everything the sheet holds, for before/after comparisons. */
  snapshot(): unknown {
    return {
      name: this.name,
      size: [this.maxRows, this.maxColumns],
      cells: this.cells.map((cellsOfRow) =>
        cellsOfRow?.map((cell) => (cell === undefined ? null : [isDate(cell.value) ? cell.value.getTime() : cell.value, cell.formula, cell.format, cell.validation?.describe() ?? null])),
      ),
      frozen: [this.frozenRows, this.frozenColumns],
      tabColor: this.tabColor,
      widths: [...this.columnWidths],
      hidden: [...this.hiddenColumns],
      groups: [...this.columnGroupDepth],
      notes: [...this.notes],
      merges: this.merges.map(a1Of),
      bandings: this.bandings.map((banding) => a1Of(banding.rect)),
      rules: this.conditionalRules.map((rule) => rule.describe()),
      charts: this.charts.map((chart) => chart.describe()),
      styles: this.styleCalls.length,
    };
  }
}

// ---------------------------------------------------------------------------------------------------------
// How Sheets reads what setValues gives it

const NUMBER_TEXT = /^\s*[+-]?\s*[$¥￥€£]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?\s*%?\s*$/;
const DATE_TEXT = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/;

function dayNumber(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / 86_400_000 + 25569;
}

/** A `setValues` entry as Sheets stores it: [value, formula, format to apply ("" = keep)]. */
export function readInput(input: unknown): [CellValue, string, string] {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error(`Exception: Invalid value: ${input}`);
    return [input, "", ""];
  }
  if (typeof input === "boolean") return [input, "", ""];
  if (isDate(input)) {
    if (Number.isNaN(input.getTime())) throw new Error("Exception: Invalid date");
    return [input, "", ""];
  }
  if (typeof input !== "string") throw new Error(`Exception: The parameters (${input === null ? "null" : typeof input}) don't match the method signature for Range.setValues.`);
  if (input.startsWith("'")) return [input.slice(1), "", ""];
  if (input === "") return ["", "", ""];
  if (/\d/.test(input) && NUMBER_TEXT.test(input)) {
    const percent = input.includes("%");
    const number = Number(input.replace(/[\s,$¥￥€£%]/g, ""));
    if (Number.isFinite(number)) return [percent ? number / 100 : number, "", percent ? "0%" : ""];
  }
  if (/^[=+\-@]/.test(input)) return ["", input.startsWith("=") ? input : `=${input}`, ""];
  if (/^(true|false)$/i.test(input.trim())) return [input.trim().toLowerCase() === "true", "", ""];
  const date = DATE_TEXT.exec(input);
  if (date !== null) {
    const day = dayNumber(Number(date[1]), Number(date[2]), Number(date[3]));
    if (day !== undefined) return [day, "", "yyyy-mm-dd"];
  }
  return [input, "", ""];
}

/** True for a number format that shows a date (Sheets hands such cells to scripts as `Date`). */
function isDateFormat(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"/g, "");
  return /[yd]/i.test(unquoted) && !/^[#0.,%\s]*$/.test(unquoted);
}

// ---------------------------------------------------------------------------------------------------------
// The fake objects

export class FakeDataValidation {
  constructor(
    readonly criterion:
      | { readonly type: "VALUE_IN_LIST"; readonly values: readonly string[] }
      | { readonly type: "VALUE_IN_RANGE"; readonly sheet: string; readonly a1: string }
      | { readonly type: "NUMBER_GREATER_THAN_OR_EQUAL_TO"; readonly value: number },
    readonly showDropdown: boolean,
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  describe(): string {
    const { criterion } = this;
    const what =
      criterion.type === "VALUE_IN_LIST" ? criterion.values.join("|") : criterion.type === "VALUE_IN_RANGE" ? `'${criterion.sheet}'!${criterion.a1}` : String(criterion.value);
    return `${this.criterion.type}:${what}:${this.allowInvalid}:${this.helpText}`;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    readonly condition: { readonly type: "FORMULA"; readonly formula: string } | { readonly type: "GRADIENT"; readonly min: string; readonly max: string },
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: readonly { readonly sheet: SheetState; readonly rect: Rect }[],
  ) {}
  describe(): string {
    const condition = this.condition.type === "FORMULA" ? this.condition.formula : `${this.condition.min}→${this.condition.max}`;
    return `${this.condition.type}:${condition}:${this.background}:${this.fontColor}:${this.ranges.map((range) => a1Of(range.rect)).join(",")}`;
  }
}

export class FakeChart {
  constructor(
    readonly sheet: SheetState,
    readonly chartType: unknown,
    readonly ranges: readonly Rect[],
    readonly position: { readonly row: number; readonly column: number; readonly offsetX: number; readonly offsetY: number },
    readonly options: ReadonlyMap<string, unknown>,
  ) {}
  describe(): string {
    return `${String(this.chartType)}:${this.ranges.map(a1Of).join(",")}@${this.position.row},${this.position.column}:${JSON.stringify([...this.options])}`;
  }
}

class FakeRange implements RangeApi {
  constructor(
    private readonly fake: SheetsFake,
    readonly sheet: SheetState,
    readonly rect: Rect,
  ) {
    sheet.checkInside(rect);
  }
  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.column;
  }
  getNumRows(): number {
    return this.rect.lastRow - this.rect.row + 1;
  }
  getNumColumns(): number {
    return this.rect.lastColumn - this.rect.column + 1;
  }
  setNote(note: string): RangeApi {
    if (typeof note !== "string") throw new Error("Exception: The parameters don't match the method signature for Range.setNote.");
    for (let row = this.rect.row; row <= this.rect.lastRow; row++) {
      for (let column = this.rect.column; column <= this.rect.lastColumn; column++) {
        const address = a1Of({ row, column, lastRow: row, lastColumn: column });
        if (note === "") this.sheet.notes.delete(address);
        else this.sheet.notes.set(address, note);
      }
    }
    return this;
  }
  shiftColumnGroupDepth(delta: number): RangeApi {
    if (!Number.isInteger(delta)) throw new Error("Exception: The parameters don't match the method signature for Range.shiftColumnGroupDepth.");
    for (let column = this.rect.column; column <= this.rect.lastColumn; column++) {
      // Sheets allows depths 0 … 8; shifting below 0 or above 8 is an error.
      const depth = (this.sheet.columnGroupDepth.get(column) ?? 0) + delta;
      if (depth < 0 || depth > 8) throw new Error("Exception: The group depth is out of range.");
      this.sheet.columnGroupDepth.set(column, depth);
    }
    return this;
  }
  getA1Notation(): string {
    return a1Of(this.rect);
  }
  getValues(): unknown[][] {
    const rows: unknown[][] = [];
    for (let row = this.rect.row; row <= this.rect.lastRow; row++) {
      const values: unknown[] = [];
      for (let column = this.rect.column; column <= this.rect.lastColumn; column++) {
        const cell = this.sheet.cell(row, column);
        if (cell === undefined || cell.formula !== "") values.push("");
        else if (typeof cell.value === "number" && isDateFormat(cell.format)) values.push(this.fake.createDate(zonedMidnight(Math.floor(cell.value), this.fake.timeZone)));
        else values.push(cell.value);
      }
      rows.push(values);
    }
    return rows;
  }
  /** Checks a 2-D array against this range as Sheets does. */
  private checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) throw new Error(`Exception: The parameters don't match the method signature for Range.${method}.`);
    const rows = this.getNumRows();
    const columns = this.getNumColumns();
    if (data.length !== rows) throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`);
    for (const row of data as unknown[][]) {
      if (row.length !== columns) throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${columns}.`);
    }
    return data as unknown[][];
  }
  setValues(values: CellInput[][]): RangeApi {
    const data = this.checkShape(values, "setValues");
    const read = data.map((row) => row.map(readInput)); // all or nothing: check every entry before writing
    read.forEach((row, r) =>
      row.forEach(([value, formula, format], c) => {
        const cell = this.sheet.cellForWrite(this.rect.row + r, this.rect.column + c);
        cell.value = value;
        cell.formula = formula;
        if (format !== "") cell.format = format;
      }),
    );
    return this;
  }
  setFormulas(formulas: string[][]): RangeApi {
    const data = this.checkShape(formulas, "setFormulas");
    for (const row of data) {
      for (const formula of row) {
        if (typeof formula !== "string" || (formula !== "" && !formula.startsWith("="))) throw new Error(`Exception: Not a formula: ${String(formula)}`);
        checkArrayFormula(formula);
      }
    }
    (data as string[][]).forEach((row, r) =>
      row.forEach((formula, c) => {
        const cell = this.sheet.cellForWrite(this.rect.row + r, this.rect.column + c);
        cell.value = "";
        cell.formula = formula;
      }),
    );
    return this;
  }
  /** One rule (or none) for every cell of the range. */
  setDataValidation(rule: HostObject | null): RangeApi {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error("Exception: Not a data validation rule built by SpreadsheetApp.newDataValidation().");
    if (this.rect.open === true) this.sheet.openValidations.push({ rect: this.rect, rule });
    for (let row = this.rect.row; row <= this.rect.lastRow; row++) {
      for (let column = this.rect.column; column <= this.rect.lastColumn; column++) this.sheet.cellForWrite(row, column).validation = rule;
    }
    return this;
  }
  setDataValidations(rules: (HostObject | null)[][]): RangeApi {
    const data = this.checkShape(rules, "setDataValidations");
    for (const row of data) {
      for (const rule of row) if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error("Exception: Not a data validation rule built by SpreadsheetApp.newDataValidation().");
    }
    (data as (FakeDataValidation | null)[][]).forEach((row, r) => row.forEach((rule, c) => (this.sheet.cellForWrite(this.rect.row + r, this.rect.column + c).validation = rule)));
    return this;
  }
  merge(): RangeApi {
    if (this.sheet.merges.some((merge) => overlaps(merge, this.rect))) throw new Error("Exception: You must select all cells in a merged range to merge or unmerge them.");
    this.sheet.merges.push(this.rect);
    return this;
  }
  mergeAcross(): RangeApi {
    if (this.sheet.merges.some((merge) => overlaps(merge, this.rect))) throw new Error("Exception: You must select all cells in a merged range to merge or unmerge them.");
    for (let row = this.rect.row; row <= this.rect.lastRow; row++) this.sheet.merges.push({ ...this.rect, row, lastRow: row });
    return this;
  }
  activate(): RangeApi {
    this.fake.activeSheet = this.sheet;
    this.fake.activeRange = { sheet: this.sheet.name, a1: a1Of(this.rect) };
    return this;
  }
  applyRowBanding(bandingTheme: unknown, showHeader: boolean, showFooter: boolean): unknown {
    if (this.sheet.bandings.some((banding) => overlaps(banding.rect, this.rect))) throw new Error("Exception: You cannot add alternating colors to a range that already has alternating colors.");
    this.sheet.bandings.push({ rect: this.rect, theme: bandingTheme, showHeader, showFooter });
    return { range: this.getA1Notation() };
  }
}

class FakeRangeList implements RangeListApi {
  constructor(
    private readonly sheet: SheetState,
    private readonly rects: readonly Rect[],
  ) {
    for (const rect of rects) sheet.checkInside(rect);
  }
  private style(property: string, value: unknown): this {
    this.sheet.styleCalls.push({ ranges: this.rects.map(a1Of), property, value });
    return this;
  }
  setNumberFormat(numberFormat: string): RangeListApi {
    for (const rect of this.rects) {
      for (let row = rect.row; row <= rect.lastRow; row++) {
        for (let column = rect.column; column <= rect.lastColumn; column++) this.sheet.cellForWrite(row, column).format = numberFormat;
      }
    }
    return this;
  }
  setFontWeight(fontWeight: "bold" | "normal" | null): RangeListApi {
    return this.style("fontWeight", fontWeight);
  }
  setFontStyle(fontStyle: "italic" | "normal" | null): RangeListApi {
    return this.style("fontStyle", fontStyle);
  }
  setFontSize(size: number): RangeListApi {
    return this.style("fontSize", size);
  }
  setFontColor(color: string | null): RangeListApi {
    return this.style("fontColor", color);
  }
  setBackground(color: string | null): RangeListApi {
    return this.style("background", color);
  }
  setWrap(isWrapEnabled: boolean): RangeListApi {
    if (typeof isWrapEnabled !== "boolean") throw new Error(`Exception: The parameters (${typeof isWrapEnabled}) don't match the method signature for SpreadsheetApp.RangeList.setWrap.`);
    return this.style("wrap", isWrapEnabled);
  }
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): RangeListApi {
    if (alignment !== null && !["top", "middle", "bottom"].includes(alignment)) throw new Error(`Exception: Invalid argument: alignment ${String(alignment)}`);
    return this.style("verticalAlignment", alignment);
  }
  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): RangeListApi {
    if (alignment !== null && !["left", "center", "normal", "right"].includes(alignment)) throw new Error(`Exception: Invalid argument: alignment ${String(alignment)}`);
    return this.style("horizontalAlignment", alignment);
  }
  /** Recorded as one "border" style call: { top, left, bottom, right, vertical, horizontal, color, style }. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: null,
  ): RangeListApi {
    if (color !== null && !/^#[0-9a-f]{6}$/i.test(color)) throw new Error(`Exception: Invalid argument: color ${color}`);
    return this.style("border", { top, left, bottom, right, vertical, horizontal, color, style });
  }
}

class FakeEmbeddedChartBuilder implements EmbeddedChartBuilderApi {
  private chartType: unknown = undefined;
  private readonly ranges: Rect[] = [];
  private position: { row: number; column: number; offsetX: number; offsetY: number } | undefined;
  private readonly options = new Map<string, unknown>();
  constructor(private readonly sheet: SheetState) {}
  setChartType(type: unknown): EmbeddedChartBuilderApi {
    this.chartType = type;
    return this;
  }
  addRange(range: RangeApi): EmbeddedChartBuilderApi {
    if (!(range instanceof FakeRange)) throw new Error("Exception: Not a Range.");
    this.ranges.push(range.rect);
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderApi {
    this.sheet.checkInside({ row: anchorRowPos, column: anchorColPos, lastRow: anchorRowPos, lastColumn: anchorColPos });
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setNumHeaders(headers: number): EmbeddedChartBuilderApi {
    if (!Number.isInteger(headers) || headers < 0) throw new Error(`Exception: Invalid argument: numHeaders ${headers}`);
    this.options.set("numHeaders", headers);
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilderApi {
    this.options.set(option, value);
    return this;
  }
  build(): HostObject {
    if (this.chartType === undefined || this.ranges.length === 0 || this.position === undefined) throw new Error("Exception: A chart needs a type, at least one range and a position.");
    return new FakeChart(this.sheet, this.chartType, [...this.ranges], this.position, new Map(this.options));
  }
}

class FakeSheet implements SheetApi {
  constructor(
    private readonly fake: SheetsFake,
    readonly state: SheetState,
  ) {}
  private range(rect: Rect): RangeApi {
    return tracked(this.fake.calls, "Range", new FakeRange(this.fake, this.state, rect));
  }
  getName(): string {
    return this.state.name;
  }
  getSheetId(): number {
    return this.state.id;
  }
  getRange(a1Notation: string): RangeApi;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): RangeApi {
    if (typeof a1OrRow === "string") {
      if (a1OrRow.includes("!")) throw new Error(`Exception: Range not found: ${a1OrRow} (Sheet.getRange takes no sheet name)`);
      return this.range(this.state.resolve(parseA1(a1OrRow)));
    }
    if (![a1OrRow, column, numRows, numColumns].every((value) => Number.isInteger(value))) throw new Error("Exception: The parameters don't match the method signature for Sheet.getRange.");
    if (numRows < 1) throw new Error("Exception: The number of rows in the range must be at least 1.");
    if (numColumns < 1) throw new Error("Exception: The number of columns in the range must be at least 1.");
    return this.range({ row: a1OrRow, column: column!, lastRow: a1OrRow + numRows - 1, lastColumn: column! + numColumns - 1 });
  }
  getRangeList(a1Notations: string[]): RangeListApi {
    if (a1Notations.length === 0) throw new Error("Exception: A range list needs at least one range.");
    return tracked(this.fake.calls, "RangeList", new FakeRangeList(this.state, a1Notations.map((a1) => this.state.resolve(parseA1(a1)))));
  }
  getDataRange(): RangeApi {
    const last = this.state.lastUsed();
    return this.range({ row: 1, column: 1, lastRow: Math.max(1, last.row), lastColumn: Math.max(1, last.column) });
  }
  getLastRow(): number {
    return this.state.lastUsed().row;
  }
  getLastColumn(): number {
    return this.state.lastUsed().column;
  }
  getMaxRows(): number {
    return this.state.maxRows;
  }
  getMaxColumns(): number {
    return this.state.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi {
    if (!Number.isInteger(howMany) || howMany < 1) throw new Error("Exception: Those rows are out of bounds.");
    if (afterPosition < 1 || afterPosition > this.state.maxRows) throw new Error("Exception: Those rows are out of bounds.");
    if (afterPosition < this.state.cells.length) this.state.cells.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    const grownAtBottom = afterPosition === this.state.maxRows;
    this.state.maxRows += howMany;
    // An open-ended validation reaches the rows added at the bottom of the grid.
    for (const { rect, rule } of grownAtBottom ? this.state.openValidations : []) {
      for (let row = afterPosition + 1; row <= this.state.maxRows; row++) {
        for (let column = rect.column; column <= rect.lastColumn; column++) this.state.cellForWrite(row, column).validation = rule;
      }
    }
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi {
    if (!Number.isInteger(howMany) || howMany < 1) throw new Error("Exception: Those columns are out of bounds.");
    if (afterPosition < 1 || afterPosition > this.state.maxColumns) throw new Error("Exception: Those columns are out of bounds.");
    for (const cellsOfRow of this.state.cells) {
      if (cellsOfRow !== undefined && cellsOfRow.length > afterPosition) cellsOfRow.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => undefined));
    }
    this.state.maxColumns += howMany;
    return this;
  }
  setFrozenRows(rows: number): void {
    if (!Number.isInteger(rows) || rows < 0 || rows >= this.state.maxRows) throw new Error("Exception: Those rows are out of bounds.");
    this.state.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    if (!Number.isInteger(columns) || columns < 0 || columns >= this.state.maxColumns) throw new Error("Exception: Those columns are out of bounds.");
    this.state.frozenColumns = columns;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi {
    this.state.checkInside({ row: 1, column: startColumn, lastRow: 1, lastColumn: startColumn + numColumns - 1 });
    if (!(width > 0)) throw new Error("Exception: Invalid width.");
    for (let column = startColumn; column < startColumn + numColumns; column++) this.state.columnWidths.set(column, width);
    return this;
  }
  setRowHeight(row: number, height: number): SheetApi {
    this.state.checkInside({ row, column: 1, lastRow: row, lastColumn: 1 });
    if (!(Number.isInteger(height) && height > 0)) throw new Error("Exception: Invalid height.");
    this.state.rowHeights.set(row, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): SheetApi {
    if (!Number.isInteger(startRow) || !Number.isInteger(numRows)) throw new Error("Exception: The parameters don't match the method signature for Sheet.setRowHeights.");
    if (startRow < 1 || numRows < 1 || startRow + numRows - 1 > this.state.maxRows) throw new Error("Exception: Those rows are out of bounds.");
    if (!(Number.isInteger(height) && height > 0)) throw new Error("Exception: Invalid height.");
    for (let row = startRow; row < startRow + numRows; row++) this.state.rowHeights.set(row, height);
    return this;
  }
  /** The column group of `groupDepth` around `columnIndex` (its run of columns at least that deep), or null. */
  getColumnGroup(columnIndex: number, groupDepth: number): { collapse(): unknown } | null {
    const depth = (column: number) => this.state.columnGroupDepth.get(column) ?? 0;
    if (depth(columnIndex) < groupDepth) return null;
    let first = columnIndex;
    let last = columnIndex;
    while (first > 1 && depth(first - 1) >= groupDepth) first--;
    while (depth(last + 1) >= groupDepth) last++;
    const state = this.state;
    return {
      collapse() {
        for (let column = first; column <= last; column++) {
          state.collapsedColumns.add(column);
          state.hiddenColumns.add(column);
        }
        return this;
      },
    };
  }
  hideColumns(columnIndex: number, numColumns: number): void {
    this.state.checkInside({ row: 1, column: columnIndex, lastRow: 1, lastColumn: columnIndex + numColumns - 1 });
    for (let column = columnIndex; column < columnIndex + numColumns; column++) this.state.hiddenColumns.add(column);
  }
  setTabColor(color: string | null): SheetApi {
    this.state.tabColor = color;
    return this;
  }
  setConditionalFormatRules(rules: HostObject[]): void {
    for (const rule of rules) {
      if (!(rule instanceof FakeConditionalFormatRule)) throw new Error("Exception: Not a conditional format rule built by SpreadsheetApp.newConditionalFormatRule().");
      if (rule.ranges.some((range) => range.sheet !== this.state)) throw new Error("Exception: A conditional format rule's ranges must be on the sheet it is set on.");
    }
    this.state.conditionalRules = [...(rules as FakeConditionalFormatRule[])];
  }
  newChart(): EmbeddedChartBuilderApi {
    return tracked(this.fake.calls, "EmbeddedChartBuilder", new FakeEmbeddedChartBuilder(this.state));
  }
  insertChart(chart: HostObject): void {
    if (!(chart instanceof FakeChart) || chart.sheet !== this.state) throw new Error("Exception: Not a chart built by this sheet's newChart().");
    this.state.charts.push(chart);
  }
  activate(): SheetApi {
    this.fake.activeSheet = this.state;
    return this;
  }
}

class FakeDataValidationBuilder implements DataValidationBuilderApi {
  private criterion: FakeDataValidation["criterion"] | undefined;
  private showDropdown = true;
  private allowInvalid = true;
  private helpText = "";
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi {
    if (!Array.isArray(values) || values.length === 0 || !values.every((value) => typeof value === "string")) throw new Error("Exception: A list of text values is required.");
    this.criterion = { type: "VALUE_IN_LIST", values: [...values] };
    this.showDropdown = showDropdown;
    return this;
  }
  requireValueInRange(range: RangeApi, showDropdown: boolean): DataValidationBuilderApi {
    if (!(range instanceof FakeRange)) throw new Error("Exception: Not a Range.");
    this.criterion = { type: "VALUE_IN_RANGE", sheet: range.sheet.name, a1: a1Of(range.rect) };
    this.showDropdown = showDropdown;
    return this;
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderApi {
    if (typeof number !== "number" || !Number.isFinite(number)) throw new Error("Exception: The parameters don't match the method signature for DataValidationBuilder.requireNumberGreaterThanOrEqualTo.");
    this.criterion = { type: "NUMBER_GREATER_THAN_OR_EQUAL_TO", value: number };
    this.showDropdown = false;
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi {
    this.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilderApi {
    this.helpText = helpText;
    return this;
  }
  build(): HostObject {
    if (this.criterion === undefined) throw new Error("Exception: A data validation rule needs a criterion.");
    return new FakeDataValidation(this.criterion, this.showDropdown, this.allowInvalid, this.helpText);
  }
}

class FakeConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private formula: string | undefined;
  private gradient: { min?: string; max?: string } = {};
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: { sheet: SheetState; rect: Rect }[] = [];
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderApi {
    if (!formula.startsWith("=")) throw new Error("Exception: A custom formula must start with =.");
    this.formula = formula;
    return this;
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi {
    this.background = color;
    return this;
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi {
    this.fontColor = color;
    return this;
  }
  setGradientMinpoint(color: string): ConditionalFormatRuleBuilderApi {
    this.gradient.min = color;
    return this;
  }
  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilderApi {
    this.gradient.max = color;
    return this;
  }
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi {
    this.ranges = ranges.map((range) => {
      if (!(range instanceof FakeRange)) throw new Error("Exception: Not a Range.");
      return { sheet: range.sheet, rect: range.rect };
    });
    return this;
  }
  build(): HostObject {
    if (this.ranges.length === 0) throw new Error("Exception: A conditional format rule needs at least one range.");
    if (this.formula !== undefined && (this.gradient.min !== undefined || this.gradient.max !== undefined)) throw new Error("Exception: A rule is either a formula or a gradient.");
    if (this.formula !== undefined) return new FakeConditionalFormatRule({ type: "FORMULA", formula: this.formula }, this.background, this.fontColor, this.ranges);
    if (this.gradient.min !== undefined && this.gradient.max !== undefined) return new FakeConditionalFormatRule({ type: "GRADIENT", min: this.gradient.min, max: this.gradient.max }, null, null, this.ranges);
    throw new Error("Exception: A conditional format rule needs a condition.");
  }
}

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,249}$/;

class FakeSpreadsheet implements SpreadsheetApi {
  constructor(private readonly fake: SheetsFake) {}
  private sheetApi(state: SheetState): SheetApi {
    return tracked(this.fake.calls, "Sheet", new FakeSheet(this.fake, state));
  }
  getSpreadsheetLocale(): string {
    return this.fake.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.fake.timeZone;
  }
  getSheetByName(name: string): SheetApi | null {
    const state = this.fake.sheets.find((sheet) => sheet.name === name);
    return state === undefined ? null : this.sheetApi(state);
  }
  getSheets(): SheetApi[] {
    return this.fake.sheets.map((state) => this.sheetApi(state));
  }
  getNumSheets(): number {
    return this.fake.sheets.length;
  }
  insertSheet(sheetName: string, sheetIndex: number): SheetApi {
    if (typeof sheetName !== "string" || sheetName.trim() === "" || sheetName.length > 100) throw new Error(`Exception: Invalid sheet name: ${String(sheetName)}`);
    if (this.fake.sheets.some((sheet) => sheet.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    if (!Number.isInteger(sheetIndex) || sheetIndex < 0 || sheetIndex > this.fake.sheets.length) throw new Error("Exception: Those sheets are out of bounds.");
    const state = new SheetState(sheetName, this.fake.nextSheetId++);
    this.fake.sheets.splice(sheetIndex, 0, state);
    this.fake.activeSheet = state; // Sheets activates the sheet it inserts
    return this.sheetApi(state);
  }
  deleteSheet(sheet: SheetApi): void {
    const state = sheet instanceof FakeSheet ? sheet.state : undefined;
    const index = state === undefined ? -1 : this.fake.sheets.indexOf(state);
    if (index < 0) throw new Error("Exception: Sheet not found.");
    if (this.fake.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.fake.sheets.splice(index, 1);
    if (this.fake.activeSheet === state) this.fake.activeSheet = this.fake.sheets[Math.max(0, index - 1)];
    // Sheets keeps a named range whose sheet is gone as #REF!; the fake forgets it, which the renderer's
    // rollback does explicitly anyway (removeNamedRange) before it deletes.
    for (const [key, named] of this.fake.namedRanges) if (named.sheet === state) this.fake.namedRanges.delete(key);
  }
  getActiveSheet(): SheetApi {
    return this.sheetApi(this.fake.activeSheet ?? this.fake.sheets[0]);
  }
  getRange(a1Notation: string): RangeApi {
    const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(a1Notation);
    const sheetName = match === null ? undefined : (match[1]?.replace(/''/g, "'") ?? match[2]);
    const state = sheetName === undefined ? (this.fake.activeSheet ?? this.fake.sheets[0]) : this.fake.sheets.find((sheet) => sheet.name === sheetName);
    if (state === undefined) throw new Error(`Exception: Range not found: ${a1Notation}`);
    return tracked(this.fake.calls, "Range", new FakeRange(this.fake, state, parseA1(match === null ? a1Notation : match[3])));
  }
  getRangeByName(name: string): RangeApi | null {
    const named = this.fake.namedRanges.get(name.toUpperCase());
    return named === undefined ? null : tracked(this.fake.calls, "Range", new FakeRange(this.fake, named.sheet, named.rect));
  }
  setNamedRange(name: string, range: RangeApi): void {
    if (!NAME_PATTERN.test(name) || /^(true|false)$/i.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name)) {
      throw new Error(`Exception: Invalid name: "${name}". Named ranges can only contain letters, numbers and underscores, and can't look like a cell reference.`);
    }
    if (!(range instanceof FakeRange)) throw new Error("Exception: Not a Range.");
    this.fake.namedRanges.set(name.toUpperCase(), { name, sheet: range.sheet, rect: range.rect });
  }
  removeNamedRange(name: string): void {
    if (!this.fake.namedRanges.delete(String(name).toUpperCase())) throw new Error(`Exception: Named range "${name}" not found.`);
  }
  toast(msg: string, title: string, timeoutSeconds: number | null): void {
    this.fake.toasts.push({ msg, title, timeoutSeconds });
  }
}

class FakeMenu implements MenuApi {
  readonly items: ({ caption: string; functionName: string } | "separator")[] = [];
  constructor(private readonly fake: SheetsFake) {}
  addItem(caption: string, functionName: string): MenuApi {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): MenuApi {
    this.items.push("separator");
    return this;
  }
  addToUi(): void {
    this.fake.menus.push(this.items);
  }
}

class FakeHtmlOutput implements HtmlOutputApi {
  title = "";
  width = 0;
  height = 0;
  constructor(public content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutputApi {
    this.content = content;
    return this;
  }
  setTitle(title: string): HtmlOutputApi {
    this.title = title;
    return this;
  }
  setWidth(width: number): HtmlOutputApi {
    this.width = width;
    return this;
  }
  setHeight(height: number): HtmlOutputApi {
    this.height = height;
    return this;
  }
}

class FakeUi implements UiApi {
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO" } as const;
  constructor(private readonly fake: SheetsFake) {}
  createAddonMenu(): MenuApi {
    return tracked(this.fake.calls, "Menu", new FakeMenu(this.fake));
  }
  alert(title: string, prompt: string, buttons: unknown): unknown {
    this.fake.alerts.push({ title, prompt, buttons });
    return "OK";
  }
  showSidebar(userInterface: HtmlOutputApi): void {
    if (!(userInterface instanceof FakeHtmlOutput)) throw new Error("Exception: Not an HtmlOutput.");
    this.fake.sidebars.push({ title: userInterface.title, content: userInterface.content });
  }
  showModalDialog(userInterface: HtmlOutputApi, title: string): void {
    if (!(userInterface instanceof FakeHtmlOutput)) throw new Error("Exception: Not an HtmlOutput.");
    this.fake.dialogs.push({ title, content: userInterface.content, width: userInterface.width, height: userInterface.height });
  }
}

class FakeHtmlService implements HtmlServiceApi {
  constructor(private readonly fake: SheetsFake) {}
  createHtmlOutput(html: string): HtmlOutputApi {
    return tracked(this.fake.calls, "HtmlOutput", new FakeHtmlOutput(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutputApi {
    const content = this.fake.htmlFiles[filename];
    if (content === undefined) throw new Error(`Exception: No HTML file named ${filename} was found.`);
    return tracked(this.fake.calls, "HtmlOutput", new FakeHtmlOutput(content));
  }
}

/** What Apps Script throws when a trigger's AuthMode does not allow a service call. */
export const NOT_AUTHORIZED = "Exception: Authorization is required to perform that action.";

class FakeSpreadsheetApp implements SpreadsheetAppApi {
  readonly BandingTheme = { LIGHT_GREY: "LIGHT_GREY", CYAN: "CYAN", GREEN: "GREEN" } as const;
  constructor(private readonly fake: SheetsFake) {}
  getActive(): SpreadsheetApi {
    if (this.fake.authMode === "NONE") throw new Error(NOT_AUTHORIZED);
    return this.fake.spreadsheet;
  }
  getUi(): UiApi {
    return this.fake.ui;
  }
  newDataValidation(): DataValidationBuilderApi {
    return tracked(this.fake.calls, "DataValidationBuilder", new FakeDataValidationBuilder());
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi {
    return tracked(this.fake.calls, "ConditionalFormatRuleBuilder", new FakeConditionalFormatRuleBuilder());
  }
}

class FakeSession implements SessionApi {
  constructor(private readonly fake: SheetsFake) {}
  getActiveUserLocale(): string {
    const { authMode, refuseUserLocaleWhenLimited } = this.fake;
    if (authMode === "NONE" || (authMode === "LIMITED" && refuseUserLocaleWhenLimited)) throw new Error(NOT_AUTHORIZED);
    return this.fake.userLocale;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The fake as a whole

/** `ScriptApp.AuthMode` of the execution, as the fake enforces it (see the header). */
export type FakeAuthMode = "FULL" | "LIMITED" | "NONE";

export interface SheetsFakeOptions {
  /** The AuthMode calls run in (default "FULL"): "NONE" or "LIMITED" for an `onOpen` trigger. */
  readonly authMode?: FakeAuthMode;
  /** In AuthMode.LIMITED, `Session.getActiveUserLocale()` throws (undocumented either way; default false). */
  readonly refuseUserLocaleWhenLimited?: boolean;
  /** `getSpreadsheetLocale()`, e.g. "zh_CN" (default "en_US"). */
  readonly locale?: string;
  /** `getSpreadsheetTimeZone()` (default "Asia/Shanghai"). */
  readonly timeZone?: string;
  /** `Session.getActiveUserLocale()`, e.g. "zh-CN" (default "", as when Apps Script cannot tell). */
  readonly userLocale?: string;
  /** Sheets the spreadsheet starts with (default one, "Sheet1"). */
  readonly sheets?: readonly string[];
  /** HTML files of the project, by name without ".html", for createHtmlOutputFromFile. */
  readonly htmlFiles?: Readonly<Record<string, string>>;
  /** Makes the `Date`s getValues returns; pass the `Date` of a node:vm context so scripts inside it see their own realm's dates. */
  readonly createDate?: (time: number) => Date;
}

export class SheetsFake {
  readonly calls = new CallLog();
  readonly sheets: SheetState[] = [];
  readonly namedRanges = new Map<string, { name: string; sheet: SheetState; rect: Rect }>();
  readonly menus: ({ caption: string; functionName: string } | "separator")[][] = [];
  readonly alerts: { title: string; prompt: string; buttons: unknown }[] = [];
  readonly toasts: { msg: string; title: string; timeoutSeconds: number | null }[] = [];
  readonly sidebars: { title: string; content: string }[] = [];
  readonly dialogs: { title: string; content: string; width: number; height: number }[] = [];
  activeSheet: SheetState | undefined;
  activeRange: { sheet: string; a1: string } | undefined;
  nextSheetId = 1;
  locale: string;
  timeZone: string;
  userLocale: string;
  /** The AuthMode of what runs now; a test switches it to "FULL" when a menu item is clicked after onOpen. */
  authMode: FakeAuthMode;
  refuseUserLocaleWhenLimited: boolean;
  readonly htmlFiles: Readonly<Record<string, string>>;
  readonly createDate: (time: number) => Date;

  /** The services, each counted: what the add-on's code receives. */
  readonly app: SpreadsheetAppApi;
  readonly spreadsheet: SpreadsheetApi;
  readonly ui: UiApi;
  readonly html: HtmlServiceApi;
  readonly session: SessionApi;
  readonly charts = { ChartType: { BAR: "BAR", COLUMN: "COLUMN", PIE: "PIE", LINE: "LINE" } } as const;

  constructor(options: SheetsFakeOptions = {}) {
    this.locale = options.locale ?? "en_US";
    this.timeZone = options.timeZone ?? "Asia/Shanghai";
    this.userLocale = options.userLocale ?? "";
    this.authMode = options.authMode ?? "FULL";
    this.refuseUserLocaleWhenLimited = options.refuseUserLocaleWhenLimited ?? false;
    this.htmlFiles = options.htmlFiles ?? {};
    this.createDate = options.createDate ?? ((time) => new Date(time));
    for (const name of options.sheets ?? ["Sheet1"]) this.sheets.push(new SheetState(name, this.nextSheetId++));
    this.activeSheet = this.sheets[0];
    this.app = tracked(this.calls, "SpreadsheetApp", new FakeSpreadsheetApp(this));
    this.spreadsheet = tracked(this.calls, "Spreadsheet", new FakeSpreadsheet(this));
    this.ui = tracked(this.calls, "Ui", new FakeUi(this));
    this.html = tracked(this.calls, "HtmlService", new FakeHtmlService(this));
    this.session = tracked(this.calls, "Session", new FakeSession(this));
  }

  /** The globals of an Apps Script project, for node:vm. */
  globals(): SheetsHost {
    return { SpreadsheetApp: this.app, HtmlService: this.html, Charts: this.charts, Session: this.session };
  }

  /** A sheet's state by name (uncounted). */
  sheet(name: string): SheetState {
    const state = this.sheets.find((sheet) => sheet.name === name);
    if (state === undefined) throw new Error(`No sheet named ${name}; sheets: ${this.sheetNames().join(", ")}`);
    return state;
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** Named ranges as name → "'Sheet'!A1:B2" (uncounted). */
  namedRangeRefs(): Record<string, string> {
    return Object.fromEntries([...this.namedRanges.values()].map(({ name, sheet, rect }) => [name, `'${sheet.name.replace(/'/g, "''")}'!${a1Of(rect)}`]));
  }

  /** Writes values straight into a sheet (uncounted; Sheets-like reading of strings). For test set-up. */
  put(sheetName: string, at: string, values: readonly (readonly unknown[])[]): void {
    const state = this.sheet(sheetName);
    const start = parseA1(at);
    const rows = values.length;
    const columns = Math.max(1, ...values.map((row) => row.length));
    if (start.row + rows - 1 > state.maxRows) state.maxRows = start.row + rows - 1;
    if (start.column + columns - 1 > state.maxColumns) state.maxColumns = start.column + columns - 1;
    values.forEach((row, r) =>
      row.forEach((input, c) => {
        const [value, formula, format] = readInput(input);
        const cell = state.cellForWrite(start.row + r, start.column + c);
        cell.value = value;
        cell.formula = formula;
        if (format !== "") cell.format = format;
      }),
    );
  }

  /** Everything the spreadsheet holds, as plain data (uncounted). */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((sheet) => sheet.snapshot()),
      names: this.namedRangeRefs(),
    };
  }
}

/** Containment of one rectangle in another, for tests. */
export { contains as rectContains };

/**
 * The part of the Apps Script API this add-on uses, as plain interfaces. Everything in appsscript/ is written
 * against these, not against the globals, so that:
 * - the renderer and handlers take their services as arguments (STYLE §6: what varies by host is passed in);
 * - the test fake (test/appsscript/fakes/sheetsFake.ts) implements exactly this surface, typed;
 * - host.ts assigns the real globals (`SpreadsheetApp`, `HtmlService`, …) to these types, so the compiler
 *   proves every method named here exists in @types/google-apps-script with a compatible signature.
 *
 * No Apps Script type appears here (the file compiles without @types/google-apps-script); enum values the
 * API passes around (`Charts.ChartType.BAR`, `BandingTheme.LIGHT_GREY`, `ButtonSet.OK`) are opaque `unknown`.
 */

/** What `Range.setValues` accepts per cell. */
export type CellInput = string | number | boolean | Date;

/** An opaque host object: a built data-validation rule, conditional-format rule or chart. */
export type HostObject = object;

export interface RangeApi {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  getValues(): unknown[][];
  setValues(values: CellInput[][]): RangeApi;
  setFormulas(formulas: string[][]): RangeApi;
  setDataValidation(rule: HostObject | null): RangeApi;
  setDataValidations(rules: (HostObject | null)[][]): RangeApi;
  merge(): RangeApi;
  /** Merges each row of the range apart, across the range's columns. */
  mergeAcross(): RangeApi;
  /** Sets the note of every cell of the range (plain text). */
  setNote(note: string): RangeApi;
  /** Deepens (or flattens, below 0) the column groups over the range's columns. */
  shiftColumnGroupDepth(delta: number): RangeApi;
  activate(): RangeApi;
  applyRowBanding(bandingTheme: unknown, showHeader: boolean, showFooter: boolean): unknown;
}

/** Formatting applied to several ranges of one sheet in one call each. */
export interface RangeListApi {
  setNumberFormat(numberFormat: string): RangeListApi;
  setFontWeight(fontWeight: "bold" | "normal" | null): RangeListApi;
  setFontStyle(fontStyle: "italic" | "normal" | null): RangeListApi;
  setFontSize(size: number): RangeListApi;
  setFontColor(color: string | null): RangeListApi;
  setBackground(color: string | null): RangeListApi;
  setWrap(isWrapEnabled: boolean): RangeListApi;
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): RangeListApi;
  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): RangeListApi;
  /** Each edge: true draws it, false clears it, null leaves it; style null is Sheets' default (thin, solid). */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: null,
  ): RangeListApi;
}

export interface EmbeddedChartBuilderApi {
  setChartType(type: unknown): EmbeddedChartBuilderApi;
  addRange(range: RangeApi): EmbeddedChartBuilderApi;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderApi;
  setOption(option: string, value: unknown): EmbeddedChartBuilderApi;
  setNumHeaders(headers: number): EmbeddedChartBuilderApi;
  build(): HostObject;
}

export interface SheetApi {
  getName(): string;
  getSheetId(): number;
  getRange(a1Notation: string): RangeApi;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRangeList(a1Notations: string[]): RangeListApi;
  getDataRange(): RangeApi;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi;
  setRowHeight(row: number, height: number): SheetApi;
  /** Sets `numRows` rows from `startRow` to `height` pixels (positive integers, rows inside the grid). */
  setRowHeights(startRow: number, numRows: number, height: number): SheetApi;
  hideColumns(columnIndex: number, numColumns: number): void;
  /** The column group of that depth that holds the column, or null. */
  getColumnGroup(columnIndex: number, groupDepth: number): { collapse(): unknown } | null;
  setTabColor(color: string | null): SheetApi;
  setConditionalFormatRules(rules: HostObject[]): void;
  newChart(): EmbeddedChartBuilderApi;
  insertChart(chart: HostObject): void;
  activate(): SheetApi;
}

export interface SpreadsheetApi {
  getSpreadsheetLocale(): string;
  getSpreadsheetTimeZone(): string;
  getSheetByName(name: string): SheetApi | null;
  /** Every sheet, in tab order. */
  getSheets(): SheetApi[];
  getNumSheets(): number;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  getActiveSheet(): SheetApi;
  /** A range by A1 notation, sheet-qualified: `'Deals'!B2:B40`. */
  getRange(a1Notation: string): RangeApi;
  getRangeByName(name: string): RangeApi | null;
  setNamedRange(name: string, range: RangeApi): void;
  removeNamedRange(name: string): void;
  toast(msg: string, title: string, timeoutSeconds: number | null): void;
}

export interface DataValidationBuilderApi {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  requireValueInRange(range: RangeApi, showDropdown: boolean): DataValidationBuilderApi;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  build(): HostObject;
}

export interface ConditionalFormatRuleBuilderApi {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setGradientMinpoint(color: string): ConditionalFormatRuleBuilderApi;
  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): HostObject;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addToUi(): void;
}

export interface HtmlOutputApi {
  getContent(): string;
  setContent(content: string): HtmlOutputApi;
  setTitle(title: string): HtmlOutputApi;
  setWidth(width: number): HtmlOutputApi;
  setHeight(height: number): HtmlOutputApi;
}

export interface UiApi {
  readonly ButtonSet: { readonly OK: unknown };
  createAddonMenu(): MenuApi;
  alert(title: string, prompt: string, buttons: unknown): unknown;
  showSidebar(userInterface: HtmlOutputApi): void;
  showModalDialog(userInterface: HtmlOutputApi, title: string): void;
}

export interface SpreadsheetAppApi {
  readonly BandingTheme: { readonly LIGHT_GREY: unknown };
  getActive(): SpreadsheetApi;
  getUi(): UiApi;
  newDataValidation(): DataValidationBuilderApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
}

export interface HtmlServiceApi {
  createHtmlOutput(html: string): HtmlOutputApi;
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
}

export interface ChartsApi {
  readonly ChartType: { readonly BAR: unknown; readonly LINE: unknown };
}

export interface SessionApi {
  getActiveUserLocale(): string;
}

/** The services, as the globals of an Apps Script project provide them (see host.ts). */
export interface SheetsHost {
  readonly SpreadsheetApp: SpreadsheetAppApi;
  readonly HtmlService: HtmlServiceApi;
  readonly Charts: ChartsApi;
  readonly Session: SessionApi;
}

/** What a simple trigger (onOpen, onInstall) is given; `authMode` is a `ScriptApp.AuthMode` value. */
export interface TriggerEvent {
  readonly authMode?: unknown;
}

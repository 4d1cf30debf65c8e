import { columnNumber, parseA1 } from "../../core/template/a1";
import { formatA1Rect, MAX_ROWS, parseA1Rect, rectSize, type A1Rect } from "../../core/template/a1Rect";
import type { CellStyle, SheetSpec, TemplateCell, WorkbookSpec } from "../../core/template/types";
import type { CellInput, ChartsApi, HostObject, SheetApi, SpreadsheetApi, SpreadsheetAppApi } from "../hostTypes";
import { formulaInput, isFormulaCell, valueInput } from "./cellContent";
import { LOOKS } from "../../core/template/looks";
import { PALETTE } from "../../core/template/palette";
import { applyLook, SCALE_LOW, widthInPixels } from "./looks";
import { runs } from "./refs";
import { firstFreeCopy } from "../../core/template/copyNames";
import { finishSpec } from "../../core/template/finishSpec";
import { expandSheet } from "../../core/template/repeatedRows";
import { definedNames, type TemplateOutline } from "../../core/template/numberedCopy";

/**
 * What to do when a sheet of the template already exists. Nothing is ever overwritten. (A numbered copy is
 * the template renamed before it is drawn: core/template/numberedCopy.ts, in the sidebar.)
 */
export type ClashChoice =
  /** change nothing and report the clashes */
  | "stop"
  /** add only the sheets that do not exist yet (their formulas then read the existing sheets of those names) */
  | "addMissing";

export interface RenderOptions {
  readonly onClash?: ClashChoice;
}

export interface RenderResult {
  readonly status: "done" | "clash";
  /** Sheets inserted, in order. */
  readonly created: readonly string[];
  /** Existing sheets left as they were ("addMissing"). */
  readonly skipped: readonly string[];
  /** Existing sheets (and, with "stop", workbook names) that stopped the rendering. */
  readonly clashes: readonly string[];
  /** Workbook names set. */
  readonly names: readonly string[];
  /** Workbook names that already existed and were left as they were. */
  readonly namesSkipped: readonly string[];
}

/** The services the renderer calls besides the spreadsheet itself. */
export interface RenderServices {
  readonly app: Pick<SpreadsheetAppApi, "newDataValidation" | "newConditionalFormatRule" | "BandingTheme">;
  readonly charts: ChartsApi;
}

/**
 * The workbook names of the template (pointing into sheets `into` accepts) that the spreadsheet has already —
 * another template's, say in the other language, whose figures this one's Goals and Diagnosis would read.
 */
export function existingNames(spec: WorkbookSpec, spreadsheet: SpreadsheetApi, into: (sheet: string) => boolean = () => true): string[] {
  return definedNames(spec)
    .filter(({ name, ref }) => into(parseA1Rect(ref).sheet ?? "") && spreadsheet.getRangeByName(name) !== null)
    .map(({ name }) => name);
}

/**
 * A reference as every Apps Script `getRange` reads it: no `$` markers, the sheet (if any) quoted, columns from a
 * row down open-ended (`A2:C`: to the grid's last row, however far it grows).
 */
function plainA1(ref: string): string {
  return formatA1Rect(parseA1Rect(ref), { openEnded: true });
}

/** Free columns every sheet keeps to the right of the template, for the manager's own columns. */
export const SPARE_COLUMNS = 10;

/**
 * Draws the template spec into the current spreadsheet with SpreadsheetApp: one `insertSheet` per sheet (no new
 * file, so the `spreadsheets.currentonly` scope suffices), then whole-range writes only. The number of service
 * calls depends on the spec's shape — sheets, styles, formats, validations, rules, charts — and never on the
 * number of cells: 5,000 sample deals cost the same calls as none, 12 stages the same as 6 (the payloads grow).
 *
 * Per sheet:
 * - the sheet is grown once to the template's extent plus {@link SPARE_COLUMNS} (a new sheet has 1,000 × 26 cells);
 * - **formulas**: one `setFormulas` per block of formulas, over its formulas' rectangle;
 * - **values**: one `setValues` over the rectangle holding every other cell — text kept literal (see
 *   cellContent.ts), dates as serials under the spec's date format, and the formulas of blocks that mix
 *   formulas and values as "=…" strings (see writeCells);
 * - number formats and styles: one `RangeList` per distinct format or style; wrapped text: one `RangeList`
 *   with `setWrap(true)` and `setVerticalAlignment("top")`;
 * - list validations: one `setDataValidations` per validation, the rule repeated over the whole range; number
 *   validations (amounts ≥ 0): one `setDataValidation` per validation, the rule set once for the range;
 * - conditional formats: one `setConditionalFormatRules` with every rule of the sheet. Sheets has no data
 *   bars, so a data bar becomes a white-to-colour gradient scale, the nearest equivalent;
 * - tables: alternating row colours (banding) on the data rows, and a workbook name for the table's range;
 * - charts: Sheets has no funnel chart, so a funnel is a bar chart (bars in stage order, top to bottom); a line
 *   chart's second series goes on a right axis (`series` option `targetAxisIndex: 1`);
 * - the print setup (`spec.print`: orientation, fit to width or page, print area, title rows) is left out: Apps
 *   Script cannot set a sheet's page setup (Sheets asks for it in File › Print each time);
 * - merges (one-row merges stacked over the same columns: one `mergeAcross`), frozen rows and columns, column
 *   widths (runs of equal width in one call), hidden columns (runs, each grouped and collapsed), row heights
 *   (`spec.rowHeights`: runs of consecutive rows of equal height, one `setRowHeights` each).
 * Workbook names follow the sheets they point into (read once: in "stop" mode the clash check has read them).
 *
 * **Never overwrites.** When a sheet of the spec exists, "stop" changes nothing and returns the clashes;
 * "addMissing" leaves existing sheets alone and adds the others (a numbered copy is a renamed spec,
 * core/template/numberedCopy.ts, drawn with "stop"). A workbook name
 * that exists is left as it is (reported in `namesSkipped`). A rendering that fails part-way deletes what it
 * added before the error goes on.
 */
export function renderWorkbook(
  template: WorkbookSpec,
  spreadsheet: SpreadsheetApi,
  services: RenderServices,
  options: RenderOptions = {},
): RenderResult {
  const spec = finishSpec(template);
  const onClash = options.onClash ?? "stop";
  const wanted = spec.sheets;
  const existing = wanted.filter((sheet) => spreadsheet.getSheetByName(sheet.name) !== null).map((sheet) => sheet.name);
  // A workbook name of the template that exists already (another template, say in the other language) would
  // leave this template's Goals and Diagnosis reading the other one's figures: a clash too, in "stop" mode.
  // Only names pointing into the sheets of this call count, so a template drawn sheet by sheet (the sidebar)
  // does not trip over the names its own earlier steps set.
  const wantedNames = new Set(wanted.map((sheet) => sheet.name));
  const nameClashes =
    onClash === "stop" ? existingNames(spec, spreadsheet, (sheet) => wantedNames.has(sheet)) : [];
  if ((existing.length > 0 && onClash !== "addMissing") || nameClashes.length > 0) {
    return { status: "clash", created: [], skipped: [], clashes: [...existing, ...nameClashes], names: [], namesSkipped: [] };
  }
  const drawn = wanted.filter((sheet) => !existing.includes(sheet.name));
  const inserted: SheetApi[] = [];
  const names: string[] = [];
  const namesSkipped: string[] = [];
  try {
    let position = drawn.length > 0 ? spreadsheet.getNumSheets() : 0;
    for (const sheetSpec of drawn) drawSheet(spreadsheet, services, sheetSpec, position++, inserted);

    const drawnNames = new Set(drawn.map((sheet) => sheet.name));
    for (const { name, ref } of definedNames(spec)) {
      const target = parseA1Rect(ref).sheet;
      if (target === undefined || !drawnNames.has(target)) continue;
      // In "stop" mode the clash check has read every name of these sheets already, and found none.
      if (onClash !== "stop" && spreadsheet.getRangeByName(name) !== null) {
        namesSkipped.push(name);
        continue;
      }
      spreadsheet.setNamedRange(name, spreadsheet.getRange(plainA1(ref)));
      names.push(name);
    }
  } catch (error) {
    rollBack(spreadsheet, inserted, names);
    throw error;
  }
  return { status: "done", created: drawn.map((sheet) => sheet.name), skipped: existing, clashes: [], names, namesSkipped };
}

/**
 * Undoes a rendering that failed part-way (a quota, a refused value): removes the names it set and deletes the
 * sheets it inserted, so the spreadsheet is as it was. What was there before is never touched.
 */
function rollBack(spreadsheet: SpreadsheetApi, inserted: readonly SheetApi[], names: readonly string[]): void {
  // Each step on its own: one that fails (the service is what failed in the first place) does not stop the rest,
  // and the error that started it all is the one reported.
  const attempt = (step: () => void) => {
    try {
      step();
    } catch {
      // left as it is; the caller reports the original error
    }
  };
  for (const name of names) attempt(() => spreadsheet.removeNamedRange(name));
  for (const sheet of [...inserted].reverse()) attempt(() => spreadsheet.deleteSheet(sheet));
}

/**
 * The smallest copy number n ≥ 2 for which no sheet "<name> (n)" of the template exists and no workbook name
 * "<name>_n" is taken (core firstFreeCopy), for a copy drawn with asCopy; `null` when 2 to 999 are all taken.
 * Needs only the template's names (outlineOf).
 * @example
 * freeCopy({ sheets: ["Deals"], names: ["WinRate"] }, spreadsheet) //=> 2, or 3 when "Deals (2)" exists
 */
export function freeCopy(outline: TemplateOutline, spreadsheet: SpreadsheetApi): number | null {
  return firstFreeCopy(outline, {
    sheet: (name) => spreadsheet.getSheetByName(name) !== null,
    name: (name) => spreadsheet.getRangeByName(name) !== null,
  });
}

function drawSheet(spreadsheet: SpreadsheetApi, services: RenderServices, repeated: SheetSpec, position: number, inserted: SheetApi[]): void {
  // Repeated rows are drawn as the rows they stand for (the template for Sheets has none on its Deals sheet:
  // its helpers are array formulas, core/template/sheets/dealArrayFormulas.ts).
  const spec = expandSheet(repeated);
  const sheet = spreadsheet.insertSheet(spec.name, position);
  inserted.push(sheet);
  growTo(sheet, extent(spec));
  if (spec.tabColor !== undefined) sheet.setTabColor(spec.tabColor);
  writeCells(sheet, spec);

  const formats = groupBy(spec.numberFormats, (entry) => entry.format);
  for (const [format, entries] of formats) sheet.getRangeList(entries.map((entry) => plainA1(entry.ref))).setNumberFormat(format);
  const styles = groupBy(spec.styles, (entry) => entry.style);
  for (const [style, entries] of styles) applyLook(sheet.getRangeList(entries.map((entry) => plainA1(entry.ref))), LOOKS[style as CellStyle]);
  const wrapped = spec.wrapped ?? [];
  if (wrapped.length > 0) sheet.getRangeList(wrapped.map((ref) => plainA1(ref))).setWrap(true).setVerticalAlignment("top");
  // Centred first, so a cell also right-aligned ends at the right.
  for (const [refs, at] of [[spec.centered, "center"], [spec.rightAligned, "right"]] as const) {
    if (refs?.length) sheet.getRangeList(refs.map((ref) => plainA1(ref))).setHorizontalAlignment(at);
  }

  for (const validation of spec.validations) {
    const builder = services.app.newDataValidation();
    if (!("list" in validation)) {
      // One rule for the whole range: Sheets has no error title, so the message is the help text it shows.
      const rule = builder.requireNumberGreaterThanOrEqualTo(validation.number.atLeast).setAllowInvalid(false).setHelpText(validation.error).build();
      sheet.getRange(plainA1(validation.ref)).setDataValidation(rule);
      continue;
    }
    const { list } = validation;
    const listed =
      "range" in list
        ? builder.requireValueInRange(spreadsheet.getRange(plainA1(list.range)), true)
        : builder.requireValueInList([...list], true);
    const rule = listed.setAllowInvalid(false).setHelpText(validation.error).build();
    const rect = parseA1Rect(validation.ref);
    // Open-ended (every row of the grid): one rule for the range, as no array can be as long as the grid will be.
    if (rect.bottom === MAX_ROWS) {
      sheet.getRange(plainA1(validation.ref)).setDataValidation(rule);
      continue;
    }
    const { rows, columns } = rectSize(rect);
    sheet.getRange(plainA1(validation.ref)).setDataValidations(filled(rows, columns, rule));
  }

  const rules: HostObject[] = spec.conditionalFormats.map((format) => {
    const builder = services.app.newConditionalFormatRule();
    if (format.kind === "dataBar") builder.setGradientMinpoint(SCALE_LOW).setGradientMaxpoint(format.color);
    // A rule's look is a role of the palette (bad, good, warn): its fill and its text colour.
    else builder.whenFormulaSatisfied(`=${format.formula}`).setBackground(PALETTE[format.look].fill).setFontColor(PALETTE[format.look].font);
    return builder.setRanges([sheet.getRange(plainA1(format.ref))]).build();
  });
  if (rules.length > 0) sheet.setConditionalFormatRules(rules);

  for (const table of spec.tables) {
    const rect = parseA1Rect(table.ref);
    if (rect.bottom > rect.top) {
      sheet.getRange(rect.top + 1, rect.left, rect.bottom - rect.top, rect.right - rect.left + 1).applyRowBanding(services.app.BandingTheme.LIGHT_GREY, false, false);
    }
  }

  for (const chart of spec.charts) {
    const anchor = parseA1(chart.at);
    if (chart.kind === "line") {
      // Months left to right, the second series (days) on a right axis of its own; the legend names both.
      let line = sheet.newChart().setChartType(services.charts.ChartType.LINE).addRange(sheet.getRange(plainA1(chart.categories))).addRange(sheet.getRange(plainA1(chart.values)));
      if (chart.secondValues !== undefined) line = line.addRange(sheet.getRange(plainA1(chart.secondValues)));
      const names = chart.seriesNames ?? [];
      sheet.insertChart(
        line
          .setNumHeaders(0)
          .setPosition(anchor.row, anchor.column, 0, 0)
          .setOption("title", chart.title)
          .setOption("series", { 0: { labelInLegend: names[0] ?? "" }, 1: { targetAxisIndex: 1, labelInLegend: names[1] ?? "" } })
          .setOption("legend", { position: "bottom" })
          .setOption("vAxes", { 0: chart.valuesFormat === undefined ? {} : { format: chart.valuesFormat } })
          .setOption("width", chart.columns * 100)
          .setOption("height", chart.rows * 21)
          .build(),
      );
      continue;
    }
    // kind "funnel" and "bar" alike: Sheets has no funnel chart; a bar chart lists the stages top to bottom.
    const built = sheet
      .newChart()
      .setChartType(services.charts.ChartType.BAR)
      .addRange(sheet.getRange(plainA1(chart.categories)))
      .addRange(sheet.getRange(plainA1(chart.values)))
      // The ranges start at the first stage: no header row to guess (an empty template's first row is data too).
      .setNumHeaders(0)
      .setPosition(anchor.row, anchor.column, 0, 0)
      .setOption("title", chart.title)
      .setOption("legend", { position: "none" })
      .setOption("width", chart.columns * 100)
      .setOption("height", chart.rows * 21)
      .build();
    sheet.insertChart(built);
  }

  for (const { rect, across } of mergeRuns(spec.merges)) {
    const range = sheet.getRange(plainA1(formatA1Rect(rect)));
    if (across) range.mergeAcross();
    else range.merge();
  }
  if (spec.freeze !== undefined && spec.freeze.rows > 0) sheet.setFrozenRows(spec.freeze.rows);
  if (spec.freeze !== undefined && spec.freeze.columns > 0) sheet.setFrozenColumns(spec.freeze.columns);
  for (const [start, count, width] of widthRuns(spec.columnWidths)) sheet.setColumnWidths(start, count, width);
  for (const note of spec.notes ?? []) sheet.getRange(plainA1(note.ref)).setNote(note.text);
  // Hidden columns: grouped one level deep and collapsed, so the "+" above them shows them again.
  for (const [start, count] of runs(spec.hiddenColumns.map((letters) => columnNumber(letters)))) {
    sheet.getRange(1, start, 1, count).shiftColumnGroupDepth(1);
    sheet.hideColumns(start, count);
    sheet.getColumnGroup(start, 1)?.collapse();
  }
  // Sheets fits no merged cell's height: the wrapped prose gets its rows' heights (points → pixels).
  for (const [start, count, pixels] of heightRuns(spec.rowHeights ?? [])) sheet.setRowHeights(start, count, pixels);
}

/**
 * Writes the sheet's cells in whole ranges. A block made only of formulas (and empty cells) is one
 * `setFormulas` over its formulas' rectangle; every other cell of the sheet — text, numbers, dates, and the
 * formulas of blocks that mix them with values — goes into one `setValues` over the rectangle that holds them,
 * formulas as "=…" (Sheets reads such a string as a formula: the very reading literalText keeps text from).
 * Values are written first, so the "" that rectangle holds elsewhere never lands on a formula.
 */
function writeCells(sheet: SheetApi, spec: SheetSpec): void {
  // Later blocks win where blocks overlap, as if written in order.
  const cells = new Map<number, Map<number, Exclude<TemplateCell, null>>>();
  const formulaBlocks: { rect: A1Rect; cells: [row: number, column: number][] }[] = [];
  for (const block of spec.blocks) {
    const at = parseA1(block.at);
    const placed: [number, number][] = [];
    let onlyFormulas = true;
    block.rows.forEach((cellsOfRow, r) =>
      cellsOfRow.forEach((cell, c) => {
        if (cell === null) return;
        const row = at.row + r;
        const column = at.column + c;
        let cellsOfSheetRow = cells.get(row);
        if (cellsOfSheetRow === undefined) cells.set(row, (cellsOfSheetRow = new Map()));
        cellsOfSheetRow.set(column, cell);
        placed.push([row, column]);
        if (!isFormulaCell(cell)) onlyFormulas = false;
      }),
    );
    if (onlyFormulas && placed.length > 0) formulaBlocks.push({ rect: boundsOf(placed), cells: placed });
  }
  const cellAt = (row: number, column: number) => cells.get(row)?.get(column);

  // A formula block whose rectangle also covers another block's cell would erase it with setFormulas' ""
  // entries; its formulas then go through setValues too. The template has none.
  const viaFormulas = formulaBlocks.filter(({ rect, cells: own }) => !coversOther(rect, own, cellAt));
  const viaFormulaCells = new Set(viaFormulas.flatMap((block) => block.cells.map(([row, column]) => row * 100_000 + column)));
  const valueCells: [number, number][] = [];
  for (const [row, cellsOfRow] of cells) {
    for (const column of cellsOfRow.keys()) if (!viaFormulaCells.has(row * 100_000 + column)) valueCells.push([row, column]);
  }

  if (valueCells.length > 0) {
    const rect = boundsOf(valueCells);
    const { rows, columns } = rectSize(rect);
    const values: CellInput[][] = Array.from({ length: rows }, () => new Array<CellInput>(columns).fill(""));
    for (const [row, column] of valueCells) values[row - rect.top][column - rect.left] = valueInput(cellAt(row, column)!);
    sheet.getRange(rect.top, rect.left, rows, columns).setValues(values);
  }
  for (const { rect, cells: formulaCells } of viaFormulas) {
    const { rows, columns } = rectSize(rect);
    const formulas: string[][] = Array.from({ length: rows }, () => new Array<string>(columns).fill(""));
    for (const [row, column] of formulaCells) formulas[row - rect.top][column - rect.left] = formulaInput(cellAt(row, column) as { formula: string });
    sheet.getRange(rect.top, rect.left, rows, columns).setFormulas(formulas);
  }
}

/** True when `rect` holds a cell that is not one of `own`. */
function coversOther(rect: A1Rect, own: readonly [number, number][], cellAt: (row: number, column: number) => TemplateCell | undefined): boolean {
  const mine = new Set(own.map(([row, column]) => row * 100_000 + column));
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) {
      if (cellAt(row, column) !== undefined && !mine.has(row * 100_000 + column)) return true;
    }
  }
  return false;
}

function boundsOf(cells: readonly [number, number][]): A1Rect {
  let row = Infinity;
  let column = Infinity;
  let lastRow = 0;
  let lastColumn = 0;
  for (const [r, c] of cells) {
    if (r < row) row = r;
    if (c < column) column = c;
    if (r > lastRow) lastRow = r;
    if (c > lastColumn) lastColumn = c;
  }
  return { top: row, left: column, bottom: lastRow, right: lastColumn };
}

/** The last row and column anything of the sheet's spec touches. */
function extent(spec: SheetSpec): { rows: number; columns: number } {
  let rows = 1;
  let columns = spec.columnWidths.length;
  const include = (rect: A1Rect) => {
    // An open-ended range (`A2:C`) reaches whatever the grid holds: it asks for its first row only.
    rows = Math.max(rows, rect.bottom === MAX_ROWS ? rect.top : rect.bottom);
    columns = Math.max(columns, rect.right);
  };
  for (const block of spec.blocks) {
    const at = parseA1(block.at);
    const width = Math.max(0, ...block.rows.map((row) => row.length));
    include({ top: at.row, left: at.column, bottom: at.row + Math.max(block.rows.length, 1) - 1, right: at.column + Math.max(width, 1) - 1 });
  }
  const refs = [
    ...spec.styles.map((entry) => entry.ref),
    ...spec.numberFormats.map((entry) => entry.ref),
    ...spec.validations.map((entry) => entry.ref),
    ...spec.conditionalFormats.map((entry) => entry.ref),
    ...spec.tables.map((entry) => entry.ref),
    ...spec.merges,
    ...(spec.wrapped ?? []),
    ...(spec.rightAligned ?? []),
    ...(spec.centered ?? []),
    ...spec.charts.flatMap((chart) => [chart.categories, chart.values, chart.at]),
  ];
  for (const ref of refs) include(parseA1Rect(ref));
  for (const letters of spec.hiddenColumns) columns = Math.max(columns, columnNumber(letters));
  if (spec.freeze !== undefined) {
    rows = Math.max(rows, spec.freeze.rows + 1);
    columns = Math.max(columns, spec.freeze.columns + 1);
  }
  return { rows, columns: columns + SPARE_COLUMNS };
}

/** Grows a sheet to hold `rows` × `columns` (Sheets refuses ranges outside a sheet's grid). */
function growTo(sheet: SheetApi, size: { rows: number; columns: number }): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (size.rows > maxRows) sheet.insertRowsAfter(maxRows, size.rows - maxRows);
  if (size.columns > maxColumns) sheet.insertColumnsAfter(maxColumns, size.columns - maxColumns);
}

/**
 * The rows given a height, as runs of consecutive rows of equal height in pixels (points → pixels: a point is ¾
 * of a pixel): [start row, count, pixels], by row. Each run is one `setRowHeights`, so the calls follow the
 * template's wrapped prose, never the number of rows or deals.
 * @example
 * heightRuns([{ row: 5, points: 27 }, { row: 2, points: 39 }, { row: 3, points: 39 }]) //=> [[2, 2, 52], [5, 1, 36]]
 */
export function heightRuns(heights: readonly { row: number; points: number }[]): [number, number, number][] {
  // A row given twice takes its later height, as if set in order.
  const pixelsOf = new Map(heights.map(({ row, points }) => [row, Math.round(points / 0.75)]));
  const out: [number, number, number][] = [];
  for (const [row, pixels] of [...pixelsOf].sort(([a], [b]) => a - b)) {
    const last = out[out.length - 1];
    if (last !== undefined && last[0] + last[1] === row && last[2] === pixels) last[1]++;
    else out.push([row, 1, pixels]);
  }
  return out;
}

/**
 * The spec's merges as calls: one-row merges over the same columns on consecutive rows, next to each other in the
 * list, become one rectangle merged row by row (`mergeAcross`, `across`); any other merge stays as it is.
 * @example
 * mergeRuns(["E32:H32", "E33:H33", "A2:H2"]) //=> [{ rect: E32:H33, across: true }, { rect: A2:H2, across: false }]
 */
export function mergeRuns(merges: readonly string[]): { rect: A1Rect; across: boolean }[] {
  const out: { rect: A1Rect; across: boolean }[] = [];
  for (const ref of merges) {
    const rect = parseA1Rect(ref);
    const last = out[out.length - 1];
    const stacks =
      last !== undefined && rect.top === rect.bottom && rect.top === last.rect.bottom + 1 && rect.left === last.rect.left && rect.right === last.rect.right && rect.sheet === last.rect.sheet &&
      (last.across || last.rect.top === last.rect.bottom);
    if (stacks) out[out.length - 1] = { rect: { ...last.rect, bottom: rect.bottom }, across: true };
    else out.push({ rect, across: false });
  }
  return out;
}

/** Consecutive columns of equal width: [start column, count, pixels]. */
function widthRuns(widths: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  widths.forEach((width, index) => {
    const pixels = widthInPixels(width);
    const last = out[out.length - 1];
    if (last !== undefined && last[2] === pixels && last[0] + last[1] === index + 1) last[1]++;
    else out.push([index + 1, 1, pixels]);
  });
  return out;
}

function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}

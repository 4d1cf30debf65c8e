import { isStagesSheetName, stagesFromSheet } from "../../core/parse/stagesSheet";
import { columnLetter, type Grid } from "../../core/model/cells";
import type { StageList } from "../../core/model/stages";
import { STAGE_HEADER_SEARCH_ROWS } from "../../core/parse/headerRow";
import { fittingStages } from "../../core/parse/fittingStages";
import { chooseDealSheet, readingStages, SHEET_HEAD_ROWS } from "../../core/report/readingPolicy";

/**
 * Cells read per sync. Excel on the web refuses responses over 5 MB; deal logs carry text columns (customer,
 * lost reason, notes), so 25,000 cells leave room for about 200 bytes a cell.
 */
export const READ_CELLS_PER_SYNC = 25_000;

/** A deal log read from the workbook, with where it came from (to name rows and to select them later). */
export interface DealSource {
  readonly sheet: string;
  /** The range read, as Excel writes it ("Deals!A1:P201"). */
  readonly address: string;
  /** Sheet row number of `grid[0]`. */
  readonly firstRow: number;
  /** 1-based sheet columns of the range. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** The cells of the range (pass `firstRow` and `firstColumn` on, so problems name the sheet's own rows and columns). */
  readonly grid: Grid;
  /**
   * The stage order to read it with: the workbook's Stages sheet when it has one that fits ({@link selectionStages}),
   * else `undefined` (the default stages; a stage history then orders its stages by first entry).
   */
  readonly stages?: StageList;
}

/**
 * Where a source's stage order came from, as analyzeDeals takes it (`stageOrder`, as the CLI passes it): the
 * workbook's Stages sheet, or the defaults.
 * @example
 * sourceStageOrder({ stages: undefined }) //=> "default"
 */
export function sourceStageOrder(source: Pick<DealSource, "stages">): "workbook" | "default" {
  return source.stages === undefined ? "default" : "workbook";
}

interface UsedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Reads a rectangle's values, in row slices of at most {@link READ_CELLS_PER_SYNC} cells, one sync each.
 */
async function readValues(context: Excel.RequestContext, sheet: Excel.Worksheet, used: UsedRange): Promise<unknown[][]> {
  const rowsPerSync = Math.max(1, Math.floor(READ_CELLS_PER_SYNC / Math.max(1, used.columnCount)));
  const first = columnLetter(used.columnIndex + 1);
  const last = columnLetter(used.columnIndex + used.columnCount);
  const rows: unknown[][] = [];
  for (let start = 0; start < used.rowCount; start += rowsPerSync) {
    const top = used.rowIndex + start + 1;
    const bottom = used.rowIndex + Math.min(used.rowCount, start + rowsPerSync);
    const slice = sheet.getRange(`${first}${top}:${last}${bottom}`);
    slice.load("values");
    await context.sync();
    rows.push(...slice.values);
  }
  return rows;
}

/** The template's Stages sheet's stage list (either language); see core's {@link stagesFromSheet}. */
export const workbookStages = stagesFromSheet;

/**
 * Queues a load of the used cells of the workbook's Stages sheet (阶段 / Stages), found among `worksheets`,
 * whose names must be loaded; `undefined` when there is no such sheet. It costs no sync of its own: the values
 * arrive with the caller's next one.
 */
function loadStagesSheet(worksheets: Excel.WorksheetCollection): Excel.Range | undefined {
  const stagesRange = worksheets.items.find((sheet) => isStagesSheetName(sheet.name))?.getUsedRangeOrNullObject(true);
  stagesRange?.load("values");
  return stagesRange;
}

/** The workbook's stage list from a loaded {@link loadStagesSheet}; `undefined` when there is none that reads. */
function loadedStages(stagesRange: Excel.Range | undefined): StageList | undefined {
  return stagesRange === undefined || stagesRange.isNullObject ? undefined : workbookStages(stagesRange.values);
}

/**
 * A sheet's head for the reading policy (core {@link chooseDealSheet}): the used part of its first
 * {@link SHEET_HEAD_ROWS} rows, as loaded, put back at its sheet row (blank rows above it) so header rows are sheet
 * rows. Its columns start at the used part's first column: the policy reads a header wherever its columns are.
 */
function headOf(top: { readonly rowIndex: number; readonly isNullObject: boolean; readonly values: unknown[][] }): Grid {
  return top.isNullObject ? [] : [...Array.from({ length: top.rowIndex }, () => []), ...top.values];
}

/**
 * Finds the deal sheet by the reading policy of every surface (core {@link chooseDealSheet}: the active sheet when
 * it reads as a deal log, else the deal log with the most rows; DEFINITIONS §2 "Which sheet") and reads it. One
 * sync loads the sheet list (and the active sheet); one more loads, for every sheet at once, its used range and the
 * used part of its first {@link SHEET_HEAD_ROWS} rows (and the Stages sheet's cells). Then its used range is read
 * from the header row down, and `firstRow` is the header's sheet row; the stage order is the policy's
 * ({@link readingStages}: the workbook's Stages sheet when the log fits it, else the default stages). When no sheet
 * reads as a deal log, the policy's fallback (the active sheet) is read whole: a one-column log of stage names has
 * no header to find, and anything else is said to be no deal log, naming its headers. `undefined` for a workbook
 * with no sheet to read.
 */
export async function findDealSheet(context: Excel.RequestContext): Promise<DealSource | undefined> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();

  const probes = worksheets.items.map((sheet) => {
    const used = sheet.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount,address");
    // Sheet rows 1–25, as every surface hands the policy a sheet's head; only the used part is sent.
    const top = sheet.getRange(`1:${SHEET_HEAD_ROWS}`).getUsedRangeOrNullObject(true);
    top.load("rowIndex,values");
    return { sheet, name: sheet.name, used, top };
  });
  const stagesRange = loadStagesSheet(worksheets);
  await context.sync();

  const stages = { workbook: loadedStages(stagesRange) };
  const heads = probes.map(({ name, used, top }) => ({ name, head: headOf(top), rows: used.rowIndex + used.rowCount, active: name === active.name }));
  const choice = chooseDealSheet(heads, stages);
  const chosen = choice.kind === "found" ? probes[choice.index] : choice.fallback === undefined ? undefined : probes[choice.fallback.index];
  if (chosen === undefined) return undefined;
  const { used } = chosen;
  const headerRow = choice.kind === "found" ? choice.headerRow : used.rowIndex;
  const log: UsedRange = { rowIndex: headerRow, columnIndex: used.columnIndex, rowCount: used.rowIndex + used.rowCount - headerRow, columnCount: used.columnCount };
  const rows = await readValues(context, chosen.sheet, log);
  return {
    sheet: chosen.name,
    address: headerRow === used.rowIndex ? used.address : rangeAddress(used.address, log),
    firstRow: headerRow + 1,
    firstColumn: used.columnIndex + 1,
    lastColumn: used.columnIndex + used.columnCount,
    grid: rows,
    stages: readingStages(rows, stages).stages,
  };
}

/** The address of `range` on the sheet of `sheetAddress` (an address Excel wrote: "'Q1 log'!A1:P201"). */
function rangeAddress(sheetAddress: string, range: UsedRange): string {
  const sheet = sheetAddress.slice(0, sheetAddress.lastIndexOf("!"));
  const first = `${columnLetter(range.columnIndex + 1)}${range.rowIndex + 1}`;
  const last = `${columnLetter(range.columnIndex + range.columnCount)}${range.rowIndex + range.rowCount}`;
  return `${sheet}!${first === last ? first : `${first}:${last}`}`;
}

/**
 * Reads the selected range (only its used part, so a whole-column selection is not a million rows), with the
 * stage order of the workbook's Stages sheet when the selection fits it ({@link selectionStages}), else the
 * default stages — as {@link findDealSheet} reads the deal sheet. One sync loads the selection's used range and
 * the sheet list; the Stages sheet's cells come with the first read of the selection's values, so the syncs
 * are those of the selection alone: 1 + one per {@link READ_CELLS_PER_SYNC} cells.
 * `undefined` when the selection holds nothing.
 */
export async function readSelection(context: Excel.RequestContext): Promise<DealSource | undefined> {
  const selected = context.workbook.getSelectedRange();
  const worksheet = selected.worksheet;
  worksheet.load("name");
  const used = selected.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount,address");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  if (used.isNullObject) return undefined;
  const stagesRange = loadStagesSheet(worksheets);
  const rows = await readValues(context, worksheet, used);
  return {
    sheet: worksheet.name,
    address: used.address,
    firstRow: used.rowIndex + 1,
    firstColumn: used.columnIndex + 1,
    lastColumn: used.columnIndex + used.columnCount,
    grid: rows,
    stages: selectionStages(rows, loadedStages(stagesRange)),
  };
}

/** The stage order to read a range with (core {@link fittingStages}): the workbook's own when the range fits it. */
export const selectionStages = fittingStages;

/**
 * The first used row of the active sheet, for the line that says why no deal sheet was found (the headers
 * found there). One sync of its own, only when nothing was found.
 */
export async function activeSheetHeader(context: Excel.RequestContext): Promise<{ readonly sheet: string; readonly grid: Grid }> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const top = sheet.getRange(`1:${STAGE_HEADER_SEARCH_ROWS}`).getUsedRangeOrNullObject(true);
  top.load("values");
  await context.sync();
  return { sheet: sheet.name, grid: top.isNullObject ? [] : top.values.slice(0, 1) };
}


/** Selects one row of a deal log in its sheet (the log's columns only), which also activates the sheet. */
export async function selectSheetRow(context: Excel.RequestContext, source: Pick<DealSource, "sheet" | "firstColumn" | "lastColumn">, row: number): Promise<void> {
  const address = `${columnLetter(source.firstColumn)}${row}:${columnLetter(source.lastColumn)}${row}`;
  context.workbook.worksheets.getItem(source.sheet).getRange(address).select();
  await context.sync();
}

import { stagesFromSheet } from "../../core/template/stagesSheet";
import { columnLetter, type Grid } from "../../core/model/cells";
import { stageList, type StageList } from "../../core/model/stages";
import { detectShape } from "../../core/parse/shape";
import { SHEET_NAMES } from "../../core/template/labels";

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
  /** The stage order to read it with: the workbook's Stages sheet when it has one that fits, else the defaults. */
  readonly stages?: StageList;
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

/** True when a header row names at least two stages of `order` (CONTRACT §2's wide shape). */
export function namesStages(header: readonly unknown[], order: StageList): boolean {
  return detectShape([header], order).kind === "wide";
}

/**
 * Finds the deal sheet and reads it. One sync loads the sheet list (and the active sheet); one more loads, for
 * every sheet at once, its used range and that range's first row (and the Stages sheet's cells); the deal sheet
 * is the active sheet if its header row names at least two stages, else the first sheet that does (stages of
 * the workbook's Stages sheet first, then the default stages in both languages). Then its used range is read.
 * `undefined` when no sheet qualifies.
 */
export async function findDealSheet(context: Excel.RequestContext): Promise<DealSource | undefined> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();

  const stageSheetNames: readonly string[] = [SHEET_NAMES.stages["zh-CN"], SHEET_NAMES.stages.en];
  const probes = worksheets.items.map((sheet) => {
    const used = sheet.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount,address");
    const header = used.getRow(0);
    header.load("values");
    return { sheet, name: sheet.name, used, header };
  });
  const stagesSheet = worksheets.items.find((sheet) => stageSheetNames.includes(sheet.name));
  const stagesRange = stagesSheet?.getUsedRange(true);
  stagesRange?.load("values");
  await context.sync();

  const ownOrder = workbookStages(stagesRange?.values);
  const defaultOrder = stageList();
  for (const order of ownOrder === undefined ? [defaultOrder] : [ownOrder, defaultOrder]) {
    const candidates = probes.filter((probe) => namesStages(probe.header.values[0] ?? [], order));
    const chosen = candidates.find((probe) => probe.name === active.name) ?? candidates[0];
    if (chosen === undefined) continue;
    const used: UsedRange = chosen.used;
    const rows = await readValues(context, chosen.sheet, used);
    return {
      sheet: chosen.name,
      address: chosen.used.address,
      firstRow: used.rowIndex + 1,
      firstColumn: used.columnIndex + 1,
      lastColumn: used.columnIndex + used.columnCount,
      grid: rows,
      stages: order === ownOrder ? ownOrder : undefined,
    };
  }
  return undefined;
}

/**
 * Reads the selected range (only its used part, so a whole-column selection is not a million rows).
 * `undefined` when the selection holds nothing.
 */
export async function readSelection(context: Excel.RequestContext): Promise<DealSource | undefined> {
  const selected = context.workbook.getSelectedRange();
  const worksheet = selected.worksheet;
  worksheet.load("name");
  const used = selected.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount,address");
  await context.sync();
  if (used.isNullObject) return undefined;
  const rows = await readValues(context, worksheet, used);
  return {
    sheet: worksheet.name,
    address: used.address,
    firstRow: used.rowIndex + 1,
    firstColumn: used.columnIndex + 1,
    lastColumn: used.columnIndex + used.columnCount,
    grid: rows,
  };
}

/** Selects one row of a deal log in its sheet (the log's columns only), which also activates the sheet. */
export async function selectSheetRow(context: Excel.RequestContext, source: Pick<DealSource, "sheet" | "firstColumn" | "lastColumn">, row: number): Promise<void> {
  const address = `${columnLetter(source.firstColumn)}${row}:${columnLetter(source.lastColumn)}${row}`;
  context.workbook.worksheets.getItem(source.sheet).getRange(address).select();
  await context.sync();
}

import { isBlankCell, type Grid } from "../../core/model/cells";
import { stageList, type StageList } from "../../core/model/stages";
import { dayFromCivil, readDateCell } from "../../core/parse/dates";
import { STAGE_HEADER_SEARCH_ROWS, stageHeaderRow } from "../../core/parse/headerRow";
import { historyColumns } from "../../core/parse/historyColumns";
import { currentStageHeaderRow } from "../../core/parse/currentStageColumns";
import { detectShape, type StageColumn } from "../../core/parse/shape";
import { isStagesSheetName } from "../../core/template/stagesSheet";
import type { SheetGrid } from "./readWorkbook";

/** The deal log of a workbook: its sheet, the rows from the header row down, and that header's sheet row. */
export interface DealSheet {
  readonly name: string;
  /** 0-based position of the sheet in the workbook. */
  readonly index: number;
  /** The sheet's rows from the header row on. */
  readonly grid: Grid;
  /** Sheet row number of the header row (pass it as `firstRow` so problems name real rows). */
  readonly firstRow: number;
}

/** How far down a sheet the header row may sit (below a title, a note, a blank line…). */
export const HEADER_SEARCH_ROWS = STAGE_HEADER_SEARCH_ROWS;
/** How far down a sheet the fallback header (the first row of two filled cells) may sit. */
const FILLED_ROW_SEARCH_ROWS = 10;
/** 2000-01-01: a number in a stage column below this serial is taken for a count or an amount, not a date. */
const FIRST_LIKELY_DATE = dayFromCivil(2000, 1, 1);

/**
 * Finds the deal log in a workbook (DEFINITIONS §7): among the sheets whose header row names at least two stages of
 * `order` (the wide shape of DEFINITIONS §2) or a stage history's deal, stage and date columns (core/parse/
 * historyColumns), the one with the most rows holding a stage date (a history: the most deals on such rows), the
 * first in tab order on a tie. A summary sheet (月份, 线索, 商机, 成交 over counts such as 120, 260) is thus passed over for
 * the deal log after it: a number below 2000-01-01's serial is not counted as a date. With one such sheet, that
 * sheet.
 *
 * A sheet's header row is the first of its first {@link HEADER_SEARCH_ROWS} rows that names two stages and holds
 * no number ({@link stageHeaderRow}: title rows, notes and blank lines above it are passed over, and a stages
 * table's rows — "5, Negotiation, Sales, Quote" — are not a header); failing that, its first row with two or more
 * filled cells among the first 10. Rows above the header are left out, and `firstRow` says where the header sits.
 * `undefined` when no sheet has such a header (then see {@link currentStageSheet}).
 *
 * @param order the stage list to recognise (default: the default stages, both languages).
 * @example
 * findDealSheet([
 *   { name: "Stages", grid: [["#", "Stage", "Output"], [4, "Quote", "Negotiation"]] },
 *   { name: "Deals", grid: [["Pipeline 2026"], [""], ["Deal ID", "Lead", "Won"], ["D1", 46027, 46057]] },
 * ]) //=> { name: "Deals", index: 1, firstRow: 3, grid: [["Deal ID", "Lead", "Won"], ["D1", 46027, 46057]] }
 */
export function findDealSheet(sheets: readonly SheetGrid[], order: StageList = stageList()): DealSheet | undefined {
  const candidates: { index: number; header: number; stageColumns: readonly StageColumn[]; keyColumn?: number }[] = [];
  sheets.forEach(({ grid }, index) => {
    const header = headerRow(grid, order);
    if (header < 0) return;
    const shape = detectShape([grid[header]], order);
    if (shape.kind === "wide") candidates.push({ index, header, stageColumns: shape.stageColumns });
    // A stage history (deal, stage, date columns): its dated rows are counted once per deal.
    const history = shape.kind === "wide" ? undefined : historyColumns(grid[header]);
    if (history !== undefined) candidates.push({ index, header, stageColumns: [{ column: history.date, stage: 0 }], keyColumn: history.keys[0] });
  });
  if (candidates.length === 0) return undefined;
  let best = candidates[0];
  if (candidates.length > 1) {
    let bestCount = -1;
    for (const candidate of candidates) {
      const count = datedRows(sheets[candidate.index].grid, candidate.header, candidate.stageColumns, candidate.keyColumn);
      if (count > bestCount) [best, bestCount] = [candidate, count];
    }
  }
  const { name, grid } = sheets[best.index];
  return { name, index: best.index, grid: grid.slice(best.header), firstRow: best.header + 1 };
}

/**
 * The deal sheet of a workbook without a wide deal log ({@link findDealSheet}): among the sheets (the Stages sheet
 * aside) whose header row, among the first 20, is a current-stage export's — a stage column beside dates or an
 * amount, DEFINITIONS §2 — the one with the most rows below it, the first on a tie; `undefined` when none is.
 * @example
 * currentStageSheet([{ name: "Report", grid: [["Opportunities"], ["Stage", "Close Date"], ["Closed Won", 46073]] }])
 * //=> { name: "Report", index: 0, firstRow: 2, grid: [["Stage", "Close Date"], ["Closed Won", 46073]] }
 */
export function currentStageSheet(sheets: readonly SheetGrid[]): DealSheet | undefined {
  let best: DealSheet | undefined;
  sheets.forEach(({ name, grid }, index) => {
    if (isStagesSheetName(name)) return;
    const header = currentStageHeaderRow(grid);
    if (header < 0) return;
    if (best === undefined || grid.length - header > best.grid.length) best = { name, index, grid: grid.slice(header), firstRow: header + 1 };
  });
  return best;
}

/** 0-based index of a sheet's header row ({@link findDealSheet}), or -1. */
function headerRow(grid: Grid, order: StageList): number {
  const named = stageHeaderRow(grid, order);
  if (named >= 0) return named;
  const last = Math.min(grid.length, FILLED_ROW_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    let filled = 0;
    for (const cell of grid[row]) if (!isBlankCell(cell) && ++filled === 2) return row;
  }
  return -1;
}

/**
 * Rows below the header with at least one stage cell that reads as a date (a number only from 2000 on; text in any
 * order); with a `keyColumn` (a stage history), the distinct deals of such rows.
 */
function datedRows(grid: Grid, header: number, stageColumns: readonly StageColumn[], keyColumn?: number): number {
  let count = 0;
  const deals = new Set<unknown>();
  for (let row = header + 1; row < grid.length; row++) {
    const cells = grid[row];
    const dated = stageColumns.some(({ column }) => {
      const cell = cells[column];
      if (typeof cell === "number" && cell < FIRST_LIKELY_DATE) return false;
      // A numbers-only date that reads both ways (03/04/2026) is a date all the same; its column's order comes later.
      const day = readDateCell(cell);
      return typeof day === "number" || day === "date.ambiguous";
    });
    if (dated) count++;
    if (dated && keyColumn !== undefined) deals.add(cells[keyColumn]);
  }
  return keyColumn === undefined ? count : deals.size;
}

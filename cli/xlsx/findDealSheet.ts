import { isBlankCell, type Grid } from "../../core/model/cells";
import { stageList, type StageList } from "../../core/model/stages";
import { detectShape } from "../../core/parse/shape";
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
export const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the deal log in a workbook (CONTRACT §7): the first sheet, in tab order, whose header row names at least
 * two stages of `order` (the wide shape of CONTRACT §2). A sheet's header row is its first row with two or more
 * filled cells among the first {@link HEADER_SEARCH_ROWS}: a title, a note or a blank line above it (one cell
 * each) is passed over, and rows below the header are never taken for it (a Stages sheet whose rows say
 * "Quote … Negotiation" is not a deal log). Rows above the header are left out, and `firstRow` says where the
 * header sits. `undefined` when no sheet has such a header.
 *
 * @param order the stage list to recognise (default: the default stages, both languages).
 * @example
 * findDealSheet([
 *   { name: "Stages", grid: [["#", "Stage", "Output"], [4, "Quote", "Negotiation"]] },
 *   { name: "Deals", grid: [["Pipeline 2026"], [""], ["Deal ID", "Lead", "Won"], ["D1", 46027, 46057]] },
 * ]) //=> { name: "Deals", index: 1, firstRow: 3, grid: [["Deal ID", "Lead", "Won"], ["D1", 46027, 46057]] }
 */
export function findDealSheet(sheets: readonly SheetGrid[], order: StageList = stageList()): DealSheet | undefined {
  for (let index = 0; index < sheets.length; index++) {
    const { name, grid } = sheets[index];
    const header = headerRow(grid);
    if (header >= 0 && detectShape([grid[header]], order).kind === "wide") {
      return { name, index, grid: grid.slice(header), firstRow: header + 1 };
    }
  }
  return undefined;
}

/** 0-based index of the first row with two or more filled cells among the first rows, or -1. */
function headerRow(grid: Grid): number {
  const last = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    let filled = 0;
    for (const cell of grid[row]) if (!isBlankCell(cell) && ++filled === 2) return row;
  }
  return -1;
}

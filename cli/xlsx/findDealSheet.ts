import type { Grid } from "../../core/model/cells";
import { stageList, type StageList } from "../../core/model/stages";
import { STAGE_HEADER_SEARCH_ROWS } from "../../core/parse/headerRow";
import { chooseDealSheet, sheetHead } from "../../core/report/readingPolicy";
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

/**
 * The deal log of a workbook's sheets read whole, by the reading policy of every surface (core/report/
 * readingPolicy.ts {@link chooseDealSheet}, DEFINITIONS §2 "Which sheet"; a file has no active sheet): of the
 * sheets that read as a deal log with the stages of `order`, the one whose first rows show deals with the most
 * rows, the first in tab order on a tie; `undefined` when none reads as a deal log.
 *
 * @param order the stage list to recognise (default: the default stages, both languages).
 * @example
 * findDealSheet([
 *   { name: "Stages", grid: [["#", "Stage", "Output"], [4, "Quote", "Negotiation"]] },
 *   { name: "Deals", grid: [["Pipeline 2026"], [""], ["Deal ID", "Lead", "Won"], ["D1", 46027, 46057]] },
 * ]) //=> { name: "Deals", index: 1, firstRow: 3, grid: [["Deal ID", "Lead", "Won"], ["D1", 46027, 46057]] }
 */
export function findDealSheet(sheets: readonly SheetGrid[], order: StageList = stageList()): DealSheet | undefined {
  const choice = chooseDealSheet(sheets.map((sheet) => sheetHead(sheet.name, sheet.grid)), { given: order });
  if (choice.kind === "none") return undefined;
  return { name: choice.name, index: choice.index, grid: sheets[choice.index].grid.slice(choice.headerRow), firstRow: choice.headerRow + 1 };
}

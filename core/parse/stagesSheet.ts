import { cellText } from "../model/cells";
import { nameKey } from "../model/normalize";
import { stageList, type StageList } from "../model/stages";
import { SHEET_NAMES, TEMPLATE_LABELS } from "../template/labels";

const STAGES_SHEET_KEYS = new Set(Object.values(SHEET_NAMES.stages).map(nameKey));
const STAGE_HEADER_KEYS = new Set(Object.values(TEMPLATE_LABELS.stage).map(nameKey));

/** True for the name of the template's Stages sheet, in either language (阶段 / Stages). */
export function isStagesSheetName(name: string): boolean {
  return STAGES_SHEET_KEYS.has(nameKey(name));
}

/**
 * A workbook's own stage list (DEFINITIONS §1: the template's Stages sheet replaces the default list), read from
 * that sheet's cells: the column headed 阶段 / Stage (first such row), top to bottom, to the first blank cell.
 * `undefined` when there is no such column, fewer than two names, or a name repeats. Every host reads it so.
 * @example
 * stagesFromSheet([["#", "Stage"], [1, "Discovery"], [2, "Demo"]])?.names //=> ["Discovery", "Demo"]
 */
export function stagesFromSheet(grid: readonly (readonly unknown[])[] | undefined): StageList | undefined {
  if (grid === undefined) return undefined;
  const isHeader = (cell: unknown) => STAGE_HEADER_KEYS.has(nameKey(cellText(cell)));
  const headerRow = grid.findIndex((row) => row.some(isHeader));
  if (headerRow < 0) return undefined;
  const column = grid[headerRow].findIndex(isHeader);
  const names: string[] = [];
  for (const row of grid.slice(headerRow + 1)) {
    const name = cellText(row[column]);
    if (name === "") break;
    names.push(name);
  }
  try {
    return names.length >= 2 ? stageList(names) : undefined;
  } catch {
    return undefined;
  }
}

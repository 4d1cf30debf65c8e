import { cellText } from "../../core/model/cells";
import { nameKey } from "../../core/model/normalize";
import { stageList, type StageList } from "../../core/model/stages";
import { SHEET_NAMES, TEMPLATE_LABELS } from "../../core/template/labels";
import type { SheetGrid } from "./readWorkbook";

const STAGES_SHEET_KEYS = new Set(Object.values(SHEET_NAMES.stages).map(nameKey));
const STAGE_HEADER_KEYS = new Set(Object.values(TEMPLATE_LABELS.stage).map(nameKey));

/**
 * A workbook's own stage list (CONTRACT §1: the template's Stages sheet replaces the default list): the sheet
 * named 阶段 / Stages, its column headed 阶段 / Stage, read down to the first blank cell. `undefined` when the
 * workbook has no such sheet or the list is empty or repeats a name.
 * @example
 * workbookStages([{ name: "Stages", grid: [["#", "Stage"], [1, "Discovery"], [2, "Demo"]] }])?.names //=> ["Discovery", "Demo"]
 */
export function workbookStages(sheets: readonly SheetGrid[]): StageList | undefined {
  const sheet = sheets.find((candidate) => STAGES_SHEET_KEYS.has(nameKey(candidate.name)));
  if (sheet === undefined) return undefined;
  const headerRow = sheet.grid.findIndex((row) => row.some((cell) => STAGE_HEADER_KEYS.has(nameKey(cellText(cell)))));
  if (headerRow < 0) return undefined;
  const column = sheet.grid[headerRow].findIndex((cell) => STAGE_HEADER_KEYS.has(nameKey(cellText(cell))));
  const names: string[] = [];
  for (const row of sheet.grid.slice(headerRow + 1)) {
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

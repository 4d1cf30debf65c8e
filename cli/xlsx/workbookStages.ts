import type { StageList } from "../../core/model/stages";
import { isStagesSheetName, stagesFromSheet } from "../../core/parse/stagesSheet";
import type { SheetGrid } from "./readWorkbook";

/**
 * A workbook's own stage list: its sheet named 阶段 / Stages, read by {@link stagesFromSheet}.
 * @example
 * workbookStages([{ name: "Stages", grid: [["#", "Stage"], [1, "Discovery"], [2, "Demo"]] }])?.names //=> ["Discovery", "Demo"]
 */
export function workbookStages(sheets: readonly SheetGrid[]): StageList | undefined {
  return stagesFromSheet(sheets.find((sheet) => isStagesSheetName(sheet.name))?.grid);
}

import { absolute, sheetRef } from "./a1";
import { placeColumns, type ColumnSpec } from "./columns";
import { TEMPLATE_LABELS } from "./labels";

/**
 * The Stages sheet's one table, from column A: the stage's position and name, then the method's process-map facts
 * the manager fills in (owner department, input, output, target days) and the reference benchmark conversion into
 * the stage, a percentage. The other sheets read the names, target days and benchmark ({@link stagesLayout}).
 */
export const STAGES_TABLE = [
  { key: "position", header: TEMPLATE_LABELS.position, width: 6 },
  { key: "stage", header: TEMPLATE_LABELS.stage, width: 14 },
  { key: "department", header: TEMPLATE_LABELS.department, width: 18, role: "input" },
  { key: "input", header: TEMPLATE_LABELS.input, width: 24, role: "input" },
  { key: "output", header: TEMPLATE_LABELS.output, width: 50, role: "input" },
  { key: "targetDays", header: TEMPLATE_LABELS.targetDays, width: 14, role: "input" },
  { key: "benchmark", header: TEMPLATE_LABELS.benchmarkInput, width: 38, role: "input", format: "0.0%" },
] as const satisfies readonly ColumnSpec[];

/**
 * Where the Stages sheet of `sheetName` with `stageCount` stages holds what: its header on row 1, stage i on row
 * `firstRow + i`, the columns {@link STAGES_TABLE} declares.
 * @example
 * stagesLayout("Stages", 3).names //=> "'Stages'!$B$2:$B$4"
 */
export function stagesLayout(sheetName: string, stageCount: number) {
  const table = placeColumns(1, STAGES_TABLE, 0);
  const firstRow = 2;
  const lastRow = firstRow + stageCount - 1;
  return {
    table,
    headerRow: 1,
    /** First data row (header in row 1); stage i is on row firstRow + i. */
    firstRow,
    lastRow,
    nameColumn: table.at.stage,
    targetDaysColumn: table.at.targetDays,
    benchmarkColumn: table.at.benchmark,
    /** The stage names, sheet-qualified (every sheet's labels and the stage dropdowns). */
    names: sheetRef(sheetName, absolute(table.at.stage, firstRow, table.at.stage, lastRow)),
  };
}

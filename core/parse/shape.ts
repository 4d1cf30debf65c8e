import { isBlankCell, type Grid } from "../model/cells";
import { stageList, type StageList } from "../model/stages";

/** What a range holds (CONTRACT §2). */
export type LogShape =
  | { readonly kind: "wide"; readonly stageColumns: readonly StageColumn[]; readonly stages: StageList }
  | { readonly kind: "stageColumn"; readonly hasHeader: boolean; readonly stages: StageList }
  | { readonly kind: "unknown" };

/** A column of a wide log that holds one stage's dates. */
export interface StageColumn {
  /** 0-based column index in the range. */
  readonly column: number;
  /** 0-based position of the stage in the ordered list. */
  readonly stage: number;
}

/** The widest row of a possibly ragged range. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  return width;
}

/**
 * Tells a range's shape by looking at it (CONTRACT §2): one column → stage names (its first cell is a header
 * when it is not a stage name); two or more columns whose first row names at least two stages → wide; anything
 * else → unknown.
 *
 * In a wide log the stages are those of `order` (default: the default stages, both languages) that head a
 * column, in `order`'s order, spelled as the header spells them. Columns may come in any order.
 *
 * @example
 * detectShape([["编号", "线索", "商机"], ["A-1", 46027, 46030]]).kind //=> "wide"
 * detectShape([["Stage"], ["Lead"], ["Won"]]).kind                     //=> "stageColumn"
 */
export function detectShape(grid: Grid, order: StageList = stageList()): LogShape {
  const width = gridWidth(grid);
  if (grid.length === 0 || width === 0) return { kind: "unknown" };
  if (width === 1) {
    const first = grid[0][0];
    const hasHeader = !isBlankCell(first) && !(typeof first === "string" && order.indexOf(first) >= 0);
    return { kind: "stageColumn", hasHeader, stages: order };
  }
  const header = grid[0];
  const found: { column: number; stage: number; name: string }[] = [];
  const seen = new Set<number>();
  header.forEach((cell, column) => {
    if (typeof cell !== "string") return;
    const stage = order.indexOf(cell);
    if (stage >= 0 && !seen.has(stage)) {
      seen.add(stage);
      found.push({ column, stage, name: cell.trim() });
    }
  });
  if (found.length < 2) return { kind: "unknown" };
  found.sort((a, b) => a.stage - b.stage);
  const stages = stageList(found.map((entry) => entry.name));
  return {
    kind: "wide",
    stages,
    stageColumns: found.map((entry, position) => ({ column: entry.column, stage: position })),
  };
}

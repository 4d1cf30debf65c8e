import { cellText, type Grid } from "../model/cells";
import type { DealField } from "../model/words";

type TextField = Exclude<DealField, "amount" | "status">;

/**
 * The text columns (owner, team, …) of the counted deals, read from the grid only when first asked for: most
 * figures never need them, and a million rows of strings are the costliest part of a parse. The grid must not
 * change in between (the core never writes to it; hosts hand over fresh arrays per call).
 */
export function lazyTextColumns(
  grid: Grid,
  firstRow: number,
  rows: Int32Array,
  columns: ReadonlyMap<TextField, number>,
): Partial<Record<TextField, readonly string[]>> {
  const text: Partial<Record<TextField, readonly string[]>> = {};
  for (const [field, column] of columns) {
    let values: string[] | undefined;
    Object.defineProperty(text, field, {
      enumerable: true,
      get: () =>
        (values ??= Array.from(rows, (row) => {
          const cell = grid[row - firstRow][column];
          return typeof cell === "string" ? cell.trim() : cellText(cell);
        })),
    });
  }
  return text;
}

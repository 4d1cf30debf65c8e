import { displayWidth } from "../core/model/displayWidth";

/** Lays out rows as aligned columns, padded by display width (CJK characters take two cells); numbers (cells matching a number/percent) are right-aligned. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = " ".repeat(widths[i] - displayWidth(cell));
          return /^[-+]?[\d.,]+%?$|^—$/.test(cell) ? pad + cell : cell + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

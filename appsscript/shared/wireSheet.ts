import type { CellBlock, SheetSpec, TemplateCell } from "../../core/template/types";
import { expandSheet } from "../../core/template/repeatedRows";

/**
 * A sheet of the template as it crosses `google.script.run` from the sidebar (which builds the template) to the
 * server (which draws it): the {@link SheetSpec} itself, its cells written compactly. Every row is spelled out:
 * the Sheets template reaches rows below the prepared ones with ARRAYFORMULA and has no repeated rows, and
 * counting filled-down runs saved about 200 KB per template but nothing on its largest call (the Deals sheet,
 * whose rows all differ; DECISIONS). Repeated rows (SheetSpec.repeated), should a sheet have them, are sent as
 * the rows they stand for; the server draws blocks only.
 *
 * Cells: text is a JSON string, a number a number, a date `{ d: serial }`, a formula `{ f: "…" }` — so text can
 * never arrive as a formula, whatever it reads like.
 */
export type WireCell = null | string | number | { readonly d: number } | { readonly f: string };
export type WireRow = readonly WireCell[];
export interface WireBlock {
  readonly at: string;
  readonly rows: readonly WireRow[];
}
export type WireSheet = Omit<SheetSpec, "blocks"> & { readonly blocks: readonly WireBlock[] };

/**
 * The sheet in its wire form.
 * @example
 * encodeSheet(sheet).blocks[0].rows[0] //=> ["Stage", "Deals", { f: "COUNTIF('Deals'!F2:F,A2)" }]
 */
export function encodeSheet(spec: SheetSpec): WireSheet {
  const sheet = expandSheet(spec);
  // An optional field left undefined (no frozen panes, no tab colour) is left out: the wire carries JSON only.
  const defined = Object.entries(sheet).filter(([, value]) => value !== undefined);
  return { ...(Object.fromEntries(defined) as unknown as SheetSpec), blocks: sheet.blocks.map(({ at, rows }) => ({ at, rows: rows.map((row) => row.map(encodeCell)) })) };
}

/** The sheet a wire form stands for (the inverse of {@link encodeSheet}). */
export function decodeSheet(wire: WireSheet): SheetSpec {
  return { ...wire, blocks: wire.blocks.map(({ at, rows }): CellBlock => ({ at, rows: rows.map((row) => row.map(decodeCell)) })) };
}

function encodeCell(cell: TemplateCell): WireCell {
  if (cell === null) return null;
  if ("text" in cell) return cell.text;
  if ("number" in cell) return cell.number;
  if ("day" in cell) return { d: cell.day };
  return { f: cell.formula };
}

function decodeCell(cell: WireCell): TemplateCell {
  if (cell === null) return null;
  if (typeof cell === "string") return { text: cell };
  if (typeof cell === "number") return { number: cell };
  if ("d" in cell) return { day: cell.d };
  return { formula: cell.f };
}

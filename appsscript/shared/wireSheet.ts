import type { CellBlock, SheetSpec, TemplateCell } from "../../core/template/types";
import { fillDown } from "../../core/template/fillDown";
import { expandSheet } from "../../core/template/repeatedRows";

/**
 * A sheet of the template as it crosses `google.script.run` from the sidebar (which builds the template) to the
 * server (which draws it): the {@link SheetSpec} itself, with its cells written compactly and its filled-down
 * rows counted instead of spelled out. The Reviews sheet of an empty template holds 1,000 rows of helper formulas
 * that differ only in their row numbers: over a megabyte spelled out, a few kilobytes on the wire. Repeated rows
 * (SheetSpec.repeated) are sent as the rows they stand for, counted the same way; the server draws blocks only.
 *
 * Cells: text is a JSON string, a number a number, a date `{ d: serial }`, a formula `{ f: "…" }` — so text can
 * never arrive as a formula. A row may be a count `n` instead: n more rows, each the row before it copied one
 * row down ({@link fillDown}). {@link encodeSheet} counts a row only when copying the row before it gives it
 * exactly, so {@link decodeSheet} gives back the very spec that was encoded.
 */
export type WireCell = null | string | number | { readonly d: number } | { readonly f: string };
export type WireRow = readonly WireCell[] | number;
export interface WireBlock {
  readonly at: string;
  readonly rows: readonly WireRow[];
}
export type WireSheet = Omit<SheetSpec, "blocks"> & { readonly blocks: readonly WireBlock[] };

/**
 * The sheet in its wire form.
 * @example
 * encodeSheet(deals).blocks[1].rows //=> [[{ f: "IF(COUNTA(H2:M2)=0,…" }, …], 999]
 */
export function encodeSheet(spec: SheetSpec): WireSheet {
  // Repeated rows cross as the rows they stand for, which the count below sends as one row and a count.
  const sheet = expandSheet(spec);
  // An optional field left undefined (no frozen panes, no tab colour) is left out: the wire carries JSON only.
  const defined = Object.entries(sheet).filter(([, value]) => value !== undefined);
  return { ...(Object.fromEntries(defined) as unknown as SheetSpec), blocks: sheet.blocks.map(encodeBlock) };
}

/** The sheet a wire form stands for (the inverse of {@link encodeSheet}). */
export function decodeSheet(wire: WireSheet): SheetSpec {
  return { ...wire, blocks: wire.blocks.map(decodeBlock) };
}

function encodeBlock(block: CellBlock): WireBlock {
  const rows: WireRow[] = [];
  let base: FilledRow | undefined;
  let copies = 0;
  for (const row of block.rows) {
    if (base !== undefined && sameRow(base(copies + 1), row)) {
      copies++;
      continue;
    }
    if (copies > 0) rows.push(copies);
    rows.push(row.map(encodeCell));
    base = fillRowDown(row);
    copies = 0;
  }
  if (copies > 0) rows.push(copies);
  return { at: block.at, rows };
}

function decodeBlock(block: WireBlock): CellBlock {
  const rows: TemplateCell[][] = [];
  let base: FilledRow | undefined;
  let copies = 0;
  for (const row of block.rows) {
    if (typeof row === "number") {
      // A count before any row has nothing to copy: the schema lets it through, and it adds nothing.
      if (base === undefined) continue;
      for (let copy = 0; copy < row; copy++) rows.push(base(++copies));
    } else {
      const cells = row.map(decodeCell);
      rows.push(cells);
      base = fillRowDown(cells);
      copies = 0;
    }
  }
  return { at: block.at, rows };
}

/** A row and its copies further down: `filled(n)` is the row copied n rows down (formulas shifted, the rest as is). */
type FilledRow = (rows: number) => TemplateCell[];

function fillRowDown(row: readonly TemplateCell[]): FilledRow {
  const cells = row.map((cell): ((rows: number) => TemplateCell) => {
    if (cell === null || !("formula" in cell)) return () => cell;
    const copy = fillDown(cell.formula);
    return (rows) => ({ formula: copy(rows) });
  });
  return (rows) => cells.map((cell) => cell(rows));
}

function sameRow(a: readonly TemplateCell[], b: readonly TemplateCell[]): boolean {
  return a.length === b.length && a.every((cell, index) => sameCell(cell, b[index]));
}

function sameCell(a: TemplateCell, b: TemplateCell): boolean {
  if (a === null || b === null) return a === b;
  if ("text" in a) return "text" in b && a.text === b.text;
  if ("number" in a) return "number" in b && Object.is(a.number, b.number);
  if ("day" in a) return "day" in b && Object.is(a.day, b.day);
  return "formula" in b && a.formula === b.formula;
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

/**
 * Figures at the right, text clear of them (issue: "0.0%—", "38.0 线索" read as one cell). Over every sheet of the
 * built sample template, zh-CN and en, evaluated in HyperFormula (the oracle says what a cell shows, not the code
 * that aligns it):
 * 1. every visible computed cell that shows a number (not a date) or an empty figure's "—" is right-aligned;
 * 2. no left-aligned text sits directly right of a right-aligned cell or a computed number (which the general
 *    alignment puts at the right): it is centred (or right-aligned) instead.
 */
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../../core/model/cells";
import type { Locale } from "../../../core/model/locale";
import { parseA1 } from "../../../core/template/a1";
import { parseA1Rect, type A1Rect } from "../../../core/template/a1Rect";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { EMPTY_FIGURE } from "../../../core/template/emptyFigure";
import { expandSheet } from "../../../core/template/repeatedRows";
import type { SheetSpec } from "../../../core/template/types";
import { loadWorkbook, valueOf } from "./hyperformulaWorkbook";

type Horizontal = "right" | "center" | undefined;

/** Where the spec puts a cell's content across it (the last setting that covers it wins, as the renderers apply them). */
function horizontalOf(sheet: SheetSpec, column: number, row: number): Horizontal {
  const within = (rect: A1Rect) => row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
  let found: Horizontal;
  for (const ref of sheet.rightAligned ?? []) if (within(parseA1Rect(ref))) found = "right";
  for (const ref of sheet.centered ?? []) if (within(parseA1Rect(ref))) found = found ?? "center";
  return found;
}

/** A number format that shows a date (its letters outside quoted text are y, m, d). */
function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /[ymd]/i.test(format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, ""));
}

function formatOf(sheet: SheetSpec, column: number, row: number): string | undefined {
  let found: string | undefined;
  for (const { ref, format } of sheet.numberFormats) {
    const rect = parseA1Rect(ref);
    if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) found = format;
  }
  return found;
}

interface Shown {
  readonly column: number;
  readonly row: number;
  readonly formula: boolean;
  readonly value: unknown;
}

/** Every written cell of a visible column, with what HyperFormula shows in it. */
function shownCells(sheet: SheetSpec, show: (address: string) => unknown): Map<string, Shown> {
  const hidden = new Set(sheet.hiddenColumns);
  const cells = new Map<string, Shown>();
  for (const block of expandSheet(sheet).blocks) {
    const at = parseA1(block.at.split(":")[0]);
    block.rows.forEach((cells_, rowOffset) =>
      cells_.forEach((cell, columnOffset) => {
        if (cell === null) return;
        const column = at.column + columnOffset;
        const row = at.row + rowOffset;
        if (hidden.has(columnLetter(column))) return;
        const address = `${columnLetter(column)}${row}`;
        cells.set(address, { column, row, formula: "formula" in cell, value: show(address) });
      }),
    );
  }
  return cells;
}

/** Addresses as column runs ("C5:C9"), so a failure reads as the columns it names. */
function runsOf(addresses: readonly string[]): string[] {
  const byColumn = new Map<string, number[]>();
  for (const address of addresses) {
    const { column, row } = parseA1(address);
    const letter = columnLetter(column);
    byColumn.set(letter, [...(byColumn.get(letter) ?? []), row]);
  }
  const out: string[] = [];
  for (const [letter, rows] of byColumn) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    rows.forEach((row, index) => {
      if (rows[index + 1] === row + 1) return;
      out.push(start === row ? `${letter}${row}` : `${letter}${start}:${letter}${row}`);
      start = rows[index + 1];
    });
  }
  return out;
}

const LOCALES: readonly Locale[] = ["zh-CN", "en"];

/**
 * Known to fail, each for its reason; `it.fails` keeps them honest: the day one passes, the test says to move it back.
 * - actionPlan: the rollups' counts (layout.ts's actionPlan part, another slice) need `align: "right"` on their declarations.
 * - diagnosis: the evidence sentences right of the gap want an indent, which Sheets cannot draw (no centring for sentences).
 */
const KNOWN = { figures: new Set<string>(), touching: new Set(["diagnosis"]) };

describe.each(LOCALES)("figures at the right, text clear of them (%s sample template)", (locale) => {
  const spec = buildTemplate({ locale, sampleDeals: 300, dealRows: 400 });
  const hf = loadWorkbook(spec);
  // The Deals sheet is the manager's log (its computed helpers are hidden); every other sheet is checked.
  const sheets = spec.sheets.filter((sheet) => sheet.key !== "deals");

  const figures = (key: string) => (KNOWN.figures.has(key) ? it.fails : it);
  const touching = (key: string) => (KNOWN.touching.has(key) ? it.fails : it);

  for (const sheet of sheets) figures(sheet.key)(`${sheet.key}: every computed figure and empty figure's dash is right-aligned`, () => {
    const cells = shownCells(sheet, (address) => valueOf(hf, sheet.name, address));
    const notRight: string[] = [];
    for (const [address, cell] of cells) {
      if (!cell.formula) continue;
      const figure = (typeof cell.value === "number" && !isDateFormat(formatOf(sheet, cell.column, cell.row))) || cell.value === EMPTY_FIGURE;
      if (figure && horizontalOf(sheet, cell.column, cell.row) !== "right") notRight.push(address);
    }
    expect(runsOf(notRight)).toEqual([]);
  });

  for (const sheet of sheets) touching(sheet.key)(`${sheet.key}: no left-aligned text touches a right-aligned figure on its left`, () => {
    const cells = shownCells(sheet, (address) => valueOf(hf, sheet.name, address));
    const touching: string[] = [];
    for (const [address, cell] of cells) {
      if (typeof cell.value !== "string" || cell.value === "" || cell.value === EMPTY_FIGURE) continue;
      if (horizontalOf(sheet, cell.column, cell.row) !== undefined) continue;
      const left = cells.get(`${columnLetter(cell.column - 1)}${cell.row}`);
      if (left === undefined || left.value === "" || left.value === null) continue;
      // A computed number the spec leaves alone sits at the right too (a spreadsheet's general alignment). The
      // manager's own numbers (a row's position, a typed date) are theirs, not figures: not held to this.
      const computedNumber = left.formula && typeof left.value === "number" && !isDateFormat(formatOf(sheet, left.column, left.row));
      if (horizontalOf(sheet, left.column, left.row) === "right" || computedNumber) touching.push(`${address}=${cell.value} after ${String(left.value)}`);
    }
    expect(touching).toEqual([]);
  });
});

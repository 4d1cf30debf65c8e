/**
 * What the server accepts from the sidebar, as hand-written shape checks (shared/shapeCheck.ts: zod's
 * 24 KB were most of what Code.js carried beyond its goal; test/appsscript/requestCheck.test.ts holds the zod
 * schemas these replaced and checks both agree, place for place). A request comes from the browser and is read
 * as untrusted: anything that does not fit is refused with the place it went wrong (`sheet.blocks[2].rows[5]`),
 * before a single call to the spreadsheet. Shapes are those of shared/protocol.ts; sizes stay within what
 * Sheets can hold (100-character sheet names, 18,278 columns, 10 million cells).
 */
import { LOCALES } from "../core/model/locale";
import { SHEET_KEYS, type CellStyle, type SheetSpec } from "../core/template/types";
import { LOOKS } from "../core/template/looks";
import type { DrawSheetRequest, PlanRequest } from "./shared/protocol";
import { decodeSheet } from "./shared/wireSheet";
import { array, between, byKind, integer, matches, maxLength, minLength, nullValue, number, oneOf, optional, pathText, strictObject, string, union, type Check } from "./shared/shapeCheck";

/** A cell: `B2`, `$C$5` (row 1 to 9,999,999). */
const CELL_PART = String.raw`\$?[A-Z]{1,3}\$?[1-9]\d{0,6}`;
/** A cell or range of the sheet being drawn, never of another sheet: `B2`, `$B$2:D40`, open-ended `F2:F`. */
const LOCAL = new RegExp(`^${CELL_PART}(?::(?:${CELL_PART}|\\$?[A-Z]{1,3}))?$`);
/** A cell or range of a named sheet (workbook names, dropdown lists): `'Stages'!$B$2:$B$7`. */
const QUALIFIED = new RegExp(`^(?:'(?:[^']|'')+'|[^'!:]+)!${CELL_PART}(?::${CELL_PART})?$`);
const cellRef = string(matches(new RegExp(`^${CELL_PART}$`)));
const ref = string(matches(LOCAL));
const qualifiedRef = string(matches(QUALIFIED));
const text = string(maxLength(50_000));
const sheetName = string(minLength(1), maxLength(100));
/**
 * What one sheet may hold: rows, cells and characters of text and formulas. The largest sheet the sidebar makes
 * (Deals, 5,000 sample deals over 20 stages) has about 5,500 rows, 250,000 cells and 15 million characters; a
 * request for more is refused before a single cell is written.
 */
const MAX_ROWS = 100_000;
const MAX_CELLS = 2_000_000;
const MAX_CHARACTERS = 64_000_000;
const STYLES = Object.keys(LOOKS) as [CellStyle, ...CellStyle[]];

const colour = string(matches(/^#[0-9A-Fa-f]{6}$/));
const workbookName = string(matches(/^[A-Za-z_][A-Za-z0-9_]{0,249}$/));

const cell = union(nullValue, text, number(), strictObject({ d: integer(between(-700_000, 3_000_000)) }), strictObject({ f: text }));

const sheet = strictObject({
  key: oneOf(SHEET_KEYS),
  name: sheetName,
  tabColor: optional(colour),
  columnWidths: array(number(between(0, 255)), { max: 18_278 }),
  blocks: array(strictObject({ at: cellRef, rows: array(array(cell)) })),
  styles: array(strictObject({ ref, style: oneOf(STYLES) })),
  numberFormats: array(strictObject({ ref, format: string(maxLength(255)) })),
  validations: array(
    union(
      strictObject({ ref, list: union(array(string(maxLength(255)), { min: 1, max: 500 }), strictObject({ range: qualifiedRef })), error: text }),
      // A number of at least `atLeast` (finite: JSON has no Infinity or NaN, and the check refuses them).
      strictObject({ ref, number: strictObject({ atLeast: number() }), title: string(maxLength(255)), error: text }),
    ),
  ),
  conditionalFormats: array(
    byKind("kind", {
      dataBar: strictObject({ kind: oneOf(["dataBar"]), ref, color: colour }),
      formula: strictObject({ kind: oneOf(["formula"]), ref, formula: text, look: oneOf(["bad", "good", "warn"]) }),
    }),
  ),
  tables: array(strictObject({ name: workbookName, ref })),
  charts: array(
    strictObject({
      kind: oneOf(["funnel", "bar", "line"]),
      title: text,
      categories: ref,
      values: ref,
      secondValues: optional(ref),
      valuesFormat: optional(string(maxLength(255))),
      seriesNames: optional(array(string(maxLength(255)), { max: 2 })),
      at: cellRef,
      columns: integer(between(1, 100)),
      rows: integer(between(1, 500)),
    }),
  ),
  freeze: optional(strictObject({ rows: integer(between(0, 100)), columns: integer(between(0, 100)) })),
  merges: array(ref),
  wrapped: optional(array(ref)),
  rightAligned: optional(array(ref)),
  centered: optional(array(ref)),
  hiddenColumns: array(string(matches(/^[A-Z]{1,3}$/))),
  notes: optional(array(strictObject({ ref: cellRef, text }))),
  // The print setup travels with the spec though Sheets cannot set a page (renderWorkbook.ts): checked all the same.
  print: optional(
    strictObject({
      area: ref,
      orientation: oneOf(["landscape", "portrait"]),
      pagesTall: optional(oneOf([0, 1])),
      titleRows: optional(string(matches(/^\$?[1-9]\d{0,6}:\$?[1-9]\d{0,6}$/))),
    }),
  ),
  rowHeights: optional(array(strictObject({ row: integer(between(1, 1_048_576)), points: number(between(0, 409)) }), { max: 1000 })),
});

/** The shape of a draw request (before its limits, {@link withinLimits}); exported for the tests. */
export const DRAW_SHEET_CHECK: Check<DrawSheetRequest> = strictObject({
  locale: oneOf(LOCALES),
  sheet,
  names: array(strictObject({ name: workbookName, ref: qualifiedRef }), { max: 1000 }),
  onClash: oneOf(["stop", "addMissing"]),
  activate: optional(sheetName),
});

/** The shape of a plan request; exported for the tests. */
export const PLAN_CHECK: Check<PlanRequest> = strictObject({
  sheets: array(sheetName, { min: 1, max: 200 }),
  names: array(string(maxLength(250)), { max: 1000 }),
});

/** A request read, or where it went wrong (a path such as `sheet.blocks[2].rows[5]`, or "" for the whole). */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly where: string };

/** The sidebar's request to draw one sheet, its rows decoded (wireSheet.ts). */
export function readDrawSheet(raw: unknown): Read<Omit<DrawSheetRequest, "sheet"> & { readonly sheet: SheetSpec }> {
  const misfit = DRAW_SHEET_CHECK(raw);
  if (misfit !== undefined) return { ok: false, where: pathText(misfit.path) };
  const request = raw as DrawSheetRequest;
  if (!withinLimits(request.sheet.blocks)) return { ok: false, where: "sheet.blocks" };
  return { ok: true, value: { ...request, sheet: decodeSheet(request.sheet) } };
}

/** The sidebar's plan request: the template's sheet names and workbook names. */
export function readPlan(raw: unknown): Read<PlanRequest> {
  const misfit = PLAN_CHECK(raw);
  return misfit === undefined ? { ok: true, value: raw as PlanRequest } : { ok: false, where: pathText(misfit.path) };
}

/** True when the blocks stay within {@link MAX_ROWS}, {@link MAX_CELLS} and {@link MAX_CHARACTERS} (an empty row counts as one cell). */
function withinLimits(blocks: readonly { readonly rows: readonly (readonly unknown[])[] }[]): boolean {
  let rows = 0;
  let cells = 0;
  let characters = 0;
  for (const block of blocks) {
    for (const row of block.rows) {
      rows++;
      cells += Math.max(1, row.length);
      characters += row.reduce<number>((sum, value) => sum + cellCharacters(value), 0);
      if (rows > MAX_ROWS || cells > MAX_CELLS || characters > MAX_CHARACTERS) return false;
    }
  }
  return true;
}

function cellCharacters(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (value !== null && typeof value === "object" && "f" in value) return String((value as { f: unknown }).f).length + 16;
  return 1;
}

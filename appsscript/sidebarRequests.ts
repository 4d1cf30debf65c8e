/**
 * What the server accepts from the sidebar, as zod/mini schemas. A request comes from the browser and is read
 * as untrusted: anything that does not fit is refused with the place it went wrong (`sheet.blocks[2].rows[5]`),
 * before a single call to the spreadsheet. Shapes are those of shared/protocol.ts; sizes stay within what
 * Sheets can hold (100-character sheet names, 18,278 columns, 10 million cells).
 */
import * as z from "zod/mini";
import { LOCALES } from "../core/model/locale";
import { SHEET_KEYS, type CellStyle, type SheetSpec } from "../core/template/types";
import { CELL_LOOKS } from "./render/looks";
import type { DrawSheetRequest, PlanRequest } from "./shared/protocol";
import { decodeSheet } from "./shared/wireSheet";

/** A cell: `B2`, `$C$5` (row 1 to 9,999,999). */
const CELL_PART = String.raw`\$?[A-Z]{1,3}\$?[1-9]\d{0,6}`;
/** A cell or range of the sheet being drawn, never of another sheet: `B2`, `$B$2:D40`. */
const LOCAL = new RegExp(`^${CELL_PART}(?::${CELL_PART})?$`);
/** A cell or range of a named sheet (workbook names, dropdown lists): `'Stages'!$B$2:$B$7`. */
const QUALIFIED = new RegExp(`^(?:'(?:[^']|'')+'|[^'!:]+)!${CELL_PART}(?::${CELL_PART})?$`);
const cellRef = z.string().check(z.regex(new RegExp(`^${CELL_PART}$`)));
const ref = z.string().check(z.regex(LOCAL));
const qualifiedRef = z.string().check(z.regex(QUALIFIED));
const text = z.string().check(z.maxLength(50_000));
const sheetName = z.string().check(z.minLength(1), z.maxLength(100));
const count = z.number().check(z.int(), z.gte(0), z.lte(10_000_000));
/**
 * What one sheet may hold once its counted rows are spelled out: rows, cells and characters of text and
 * formulas. The largest sheet the sidebar makes (Deals, 5,000 sample deals over 20 stages) has about 5,500
 * rows, 250,000 cells and 15 million characters; a request that would decode to more is refused before a
 * single row is spelled out, however small the request itself.
 */
const MAX_ROWS = 100_000;
const MAX_CELLS = 2_000_000;
const MAX_CHARACTERS = 64_000_000;
const STYLES = Object.keys(CELL_LOOKS) as [CellStyle, ...CellStyle[]];

const cell = z.union([
  z.null(),
  text,
  z.number(),
  z.strictObject({ d: z.number().check(z.int(), z.gte(-700_000), z.lte(3_000_000)) }),
  z.strictObject({ f: text }),
]);

const sheet = z.strictObject({
  key: z.enum(SHEET_KEYS),
  name: sheetName,
  tabColor: z.optional(z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/))),
  columnWidths: z.array(z.number().check(z.gte(0), z.lte(255))).check(z.maxLength(18_278)),
  blocks: z.array(z.strictObject({ at: cellRef, rows: z.array(z.union([z.array(cell), count])) })),
  styles: z.array(z.strictObject({ ref, style: z.enum(STYLES) })),
  numberFormats: z.array(z.strictObject({ ref, format: z.string().check(z.maxLength(255)) })),
  validations: z.array(
    z.union([
      z.strictObject({
        ref,
        list: z.union([z.array(z.string().check(z.maxLength(255))).check(z.minLength(1), z.maxLength(500)), z.strictObject({ range: qualifiedRef })]),
        error: text,
      }),
      // A number of at least `atLeast` (finite: zod refuses Infinity and NaN).
      z.strictObject({ ref, number: z.strictObject({ atLeast: z.number() }), title: z.string().check(z.maxLength(255)), error: text }),
    ]),
  ),
  conditionalFormats: z.array(
    z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("dataBar"), ref, color: z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/)) }),
      z.strictObject({ kind: z.literal("formula"), ref, formula: text, look: z.enum(["bad", "good", "warn"]) }),
    ]),
  ),
  tables: z.array(z.strictObject({ name: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]{0,249}$/)), ref })),
  charts: z.array(
    z.strictObject({
      kind: z.enum(["funnel", "bar"]),
      title: text,
      categories: ref,
      values: ref,
      at: cellRef,
      columns: z.number().check(z.int(), z.gte(1), z.lte(100)),
      rows: z.number().check(z.int(), z.gte(1), z.lte(500)),
    }),
  ),
  freeze: z.optional(z.strictObject({ rows: z.number().check(z.int(), z.gte(0), z.lte(100)), columns: z.number().check(z.int(), z.gte(0), z.lte(100)) })),
  merges: z.array(ref),
  wrapped: z.optional(z.array(ref)),
  hiddenColumns: z.array(z.string().check(z.regex(/^[A-Z]{1,3}$/))),
});

const DRAW_SHEET = z.strictObject({
  locale: z.enum(LOCALES),
  sheet,
  names: z.array(z.strictObject({ name: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]{0,249}$/)), ref: qualifiedRef })).check(z.maxLength(1000)),
  onClash: z.enum(["stop", "addMissing"]),
  activate: z.optional(sheetName),
});

const PLAN = z.strictObject({
  sheets: z.array(sheetName).check(z.minLength(1), z.maxLength(200)),
  names: z.array(z.string().check(z.maxLength(250))).check(z.maxLength(1000)),
});

/** A request read, or where it went wrong (a path such as `sheet.blocks[2].rows[5]`, or "" for the whole). */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly where: string };

/** The sidebar's request to draw one sheet, its rows decoded (wireSheet.ts). */
export function readDrawSheet(raw: unknown): Read<Omit<DrawSheetRequest, "sheet"> & { readonly sheet: SheetSpec }> {
  const parsed = z.safeParse(DRAW_SHEET, raw);
  if (!parsed.success) return { ok: false, where: place(parsed.error.issues) };
  if (!withinLimits(parsed.data.sheet.blocks)) return { ok: false, where: "sheet.blocks" };
  return { ok: true, value: { ...parsed.data, sheet: decodeSheet(parsed.data.sheet) } };
}

/** The sidebar's plan request: the template's sheet names and workbook names. */
export function readPlan(raw: unknown): Read<PlanRequest> {
  const parsed = z.safeParse(PLAN, raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, where: place(parsed.error.issues) };
}

/**
 * True when the blocks, decoded, stay within {@link MAX_ROWS}, {@link MAX_CELLS} and {@link MAX_CHARACTERS}.
 * A count repeats the last row before it (its cells and characters; an empty row counts as one cell); filling
 * down changes a formula's length by a few digits at most, allowed for.
 */
function withinLimits(blocks: readonly { readonly rows: readonly (readonly unknown[] | number)[] }[]): boolean {
  let rows = 0;
  let cells = 0;
  let characters = 0;
  for (const block of blocks) {
    let width = 0;
    let size = 0;
    for (const row of block.rows) {
      let copies = 1;
      if (typeof row === "number") {
        copies = row;
      } else {
        width = Math.max(1, row.length);
        size = row.reduce<number>((sum, value) => sum + cellCharacters(value), 0);
      }
      rows += copies;
      cells += copies * width;
      characters += copies * size;
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

/** The first issue's place, as a path: `sheet.blocks[2].rows[5][0]`. */
function place(issues: readonly { readonly path: readonly PropertyKey[] }[]): string {
  const path = issues[0]?.path ?? [];
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`)).join("");
}

/**
 * The zod/mini schemas the server read the sidebar's requests with until Code.js dropped zod (24 KB of it):
 * kept here, word for word, as the reference that appsscript/sidebarRequests.ts's hand-written checks must
 * agree with (test/appsscript/requestCheck.test.ts) — the same verdict and the same first path.
 */
import * as z from "zod/mini";
import { LOCALES } from "../../../core/model/locale";
import { SHEET_KEYS, type CellStyle } from "../../../core/template/types";
import { LOOKS } from "../../../core/template/looks";

/** A cell: `B2`, `$C$5` (row 1 to 9,999,999). */
const CELL_PART = String.raw`\$?[A-Z]{1,3}\$?[1-9]\d{0,6}`;
/** A cell or range of the sheet being drawn, never of another sheet: `B2`, `$B$2:D40`, open-ended `F2:F`. */
const LOCAL = new RegExp(`^${CELL_PART}(?::(?:${CELL_PART}|\\$?[A-Z]{1,3}))?$`);
/** A cell or range of a named sheet (workbook names, dropdown lists): `'Stages'!$B$2:$B$7`. */
const QUALIFIED = new RegExp(`^(?:'(?:[^']|'')+'|[^'!:]+)!${CELL_PART}(?::${CELL_PART})?$`);
const cellRef = z.string().check(z.regex(new RegExp(`^${CELL_PART}$`)));
const ref = z.string().check(z.regex(LOCAL));
const qualifiedRef = z.string().check(z.regex(QUALIFIED));
const text = z.string().check(z.maxLength(50_000));
const sheetName = z.string().check(z.minLength(1), z.maxLength(100));
const STYLES = Object.keys(LOOKS) as [CellStyle, ...CellStyle[]];

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
  blocks: z.array(z.strictObject({ at: cellRef, rows: z.array(z.array(cell)) })),
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
      kind: z.enum(["funnel", "bar", "line"]),
      title: text,
      categories: ref,
      values: ref,
      secondValues: z.optional(ref),
      valuesFormat: z.optional(z.string().check(z.maxLength(255))),
      seriesNames: z.optional(z.array(z.string().check(z.maxLength(255))).check(z.maxLength(2))),
      at: cellRef,
      columns: z.number().check(z.int(), z.gte(1), z.lte(100)),
      rows: z.number().check(z.int(), z.gte(1), z.lte(500)),
    }),
  ),
  freeze: z.optional(z.strictObject({ rows: z.number().check(z.int(), z.gte(0), z.lte(100)), columns: z.number().check(z.int(), z.gte(0), z.lte(100)) })),
  merges: z.array(ref),
  wrapped: z.optional(z.array(ref)),
  rightAligned: z.optional(z.array(ref)),
  centered: z.optional(z.array(ref)),
  hiddenColumns: z.array(z.string().check(z.regex(/^[A-Z]{1,3}$/))),
  notes: z.optional(z.array(z.strictObject({ ref: cellRef, text }))),
  print: z.optional(
    z.strictObject({
      area: ref,
      orientation: z.enum(["landscape", "portrait"]),
      pagesTall: z.optional(z.union([z.literal(0), z.literal(1)])),
      titleRows: z.optional(z.string().check(z.regex(/^\$?[1-9]\d{0,6}:\$?[1-9]\d{0,6}$/))),
    }),
  ),
  rowHeights: z.optional(z.array(z.strictObject({ row: z.number().check(z.int(), z.gte(1), z.lte(1_048_576)), points: z.number().check(z.gte(0), z.lte(409)) })).check(z.maxLength(1000))),
});

export const DRAW_SHEET = z.strictObject({
  locale: z.enum(LOCALES),
  sheet,
  names: z.array(z.strictObject({ name: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]{0,249}$/)), ref: qualifiedRef })).check(z.maxLength(1000)),
  onClash: z.enum(["stop", "addMissing"]),
  activate: z.optional(sheetName),
});

export const PLAN = z.strictObject({
  sheets: z.array(sheetName).check(z.minLength(1), z.maxLength(200)),
  names: z.array(z.string().check(z.maxLength(250))).check(z.maxLength(1000)),
});

/** The first issue's place, as sidebarRequests.ts says it: `sheet.blocks[2].rows[5][0]`, "" for the whole. */
export function zodWhere(schema: z.ZodMiniType, raw: unknown): string | undefined {
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return undefined;
  const path = parsed.error.issues[0]?.path ?? [];
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`)).join("");
}

import { a1, parseA1 } from "./a1";
import { parseA1Rect, rectContains, type A1Rect } from "./a1Rect";
import { checkSpec } from "./checkSpec";
import type { NumberFormat, SheetSpec, WorkbookSpec } from "./types";

/** The number format a `day` cell gets unless the spec formats it otherwise (every host, the same). */
export const DAY_FORMAT = "yyyy-mm-dd";

/**
 * The spec as every renderer draws it, made once in core: checked (checkSpec.ts: references and dropdown limits)
 * and with a {@link DAY_FORMAT} number format over every `day` cell the spec does not format itself — a date
 * is a number with a date format in Excel, Sheets and a file alike, so a renderer only draws formats.
 * Repeated rows are left as they are (the template puts no day in them). Idempotent.
 * @throws {SpecError} as checkSpec.
 * @example
 * finishSpec(spec).sheets[0].numberFormats // the spec's, then { ref: "A1:A3", format: "yyyy-mm-dd" } for unformatted days in A1:A3
 */
export function finishSpec(spec: WorkbookSpec): WorkbookSpec {
  checkSpec(spec);
  let changed = false;
  const sheets = spec.sheets.map((sheet) => {
    const added = dayFormats(sheet);
    if (added.length === 0) return sheet;
    changed = true;
    return { ...sheet, numberFormats: [...sheet.numberFormats, ...added] };
  });
  return changed ? { ...spec, sheets } : spec;
}

/** Runs, column by column down each block, of `day` cells no number format of the sheet covers. */
function dayFormats(sheet: SheetSpec): NumberFormat[] {
  const formatted: A1Rect[] = sheet.numberFormats.map((format) => parseA1Rect(format.ref));
  const added: NumberFormat[] = [];
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    const width = Math.max(0, ...block.rows.map((row) => row.length));
    for (let offset = 0; offset < width; offset++) {
      const column = at.column + offset;
      let runStart: number | undefined;
      const close = (end: number) => {
        if (runStart !== undefined) added.push({ ref: runStart === end ? a1(column, end) : `${a1(column, runStart)}:${a1(column, end)}`, format: DAY_FORMAT });
        runStart = undefined;
      };
      block.rows.forEach((cells, index) => {
        const row = at.row + index;
        const cell = cells[offset];
        const bare = cell !== null && cell !== undefined && "day" in cell && !formatted.some((rect) => rectContains(rect, row, column));
        if (bare) runStart ??= row;
        else close(row - 1);
      });
      close(at.row + block.rows.length - 1);
    }
  }
  return added;
}

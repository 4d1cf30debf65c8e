/**
 * A header's unit is never split (session 8 print cosmetics: "成交周期中位数（天）" printed with a lone "）" on its
 * second line). Every header cell of the built template, zh-CN and en, whose text ends in a unit in brackets —
 * "（天）", "（小时）", "(days)" — is laid out in its column as a spreadsheet wraps it: a wide (CJK) character
 * may break anywhere, Latin words stay whole. The widths are this test's own model, at two widths of a CJK glyph:
 * Excel's 11-point 等线 (1 em, 44/3 px) and the narrower one LibreOffice drew in the PDF (11 px); a column of n
 * characters is 7n + 5 px, less 5 px of padding inside it.
 */
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../../core/model/cells";
import { parseA1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import type { SheetSpec } from "../../../core/template/types";

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const UNIT = /(\([^()\s]{1,6}\)|（[^（）]{1,3}）)$/u;

/** The line breaks (offsets into `text`) when it wraps in `room` px, wide glyphs `wide` px, narrow ones 7 px. */
function breaks(text: string, room: number, wide: number): number[] {
  const tokens = text.match(new RegExp(`${WIDE.source}|[^\\s\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6]+|\\s+`, "gu")) ?? [];
  const out: number[] = [];
  let used = 0;
  let offset = 0;
  for (const token of tokens) {
    const size = WIDE.test(token) ? wide : token.length * 7;
    if (/^\s/.test(token)) used += size;
    else if (used > 0 && used + size > room) {
      out.push(offset);
      used = size;
    } else used += size;
    offset += token.length;
  }
  return out;
}

/** Header cells whose unit a wrap splits: "sheet!A1 text" at each glyph width. */
function splitUnits(sheet: SheetSpec): string[] {
  const headers = sheet.styles.filter(({ style }) => style === "header").map(({ ref }) => ref.split(":").map(parseA1));
  const hidden = new Set(sheet.hiddenColumns);
  const found: string[] = [];
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const column = at.column + c;
        const row = at.row + r;
        if (cell === null || cell === undefined || !("text" in cell)) return;
        const unit = UNIT.exec(cell.text);
        if (unit === null) return;
        if (!headers.some(([from, to = from]) => column >= from.column && column <= to.column && row >= from.row && row <= to.row)) return;
        if (hidden.has(columnLetter(column))) return;
        const room = 7 * (sheet.columnWidths[column - 1] ?? 8.43);
        const start = unit.index;
        for (const wide of [44 / 3, 11]) {
          if (breaks(cell.text, room, wide).some((at) => at > start && at < cell.text.length)) found.push(`${sheet.name}!${column}:${row} "${cell.text}" (${wide.toFixed(1)} px)`);
        }
      }),
    );
  }
  return found;
}

describe("no header's unit is split by its column's wrap", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    it(`every header of the ${locale} template`, () => {
      expect(buildTemplate({ locale, sampleDeals: 0 }).sheets.flatMap(splitUnits)).toEqual([]);
    });
  }

  it("finds a split unit (the check can fail)", () => {
    const sheet = buildTemplate({ locale: "zh-CN", sampleDeals: 0 }).sheets.find((candidate) => candidate.key === "segments")!;
    const narrow = { ...sheet, columnWidths: sheet.columnWidths.map(() => 14) };
    expect(splitUnits(narrow).join("\n")).toContain("成交周期中位数（天）");
  });
});

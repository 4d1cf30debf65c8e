import { columnNumber } from "../../core/template/a1Rect";
import { zipPartBytes } from "./zipPartText";
import type { ZipPart } from "./zipSizes";

/** A merged range of a sheet, 1-based and inclusive. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const SHEET_DATA_END = Buffer.from("</sheetData>");

/**
 * The merged ranges of a worksheet part (`<mergeCell ref="A1:D1"/>`, which Excel writes after the cells): the part
 * is unpacked once more to reach them, its bytes searched, not read as text, until `</sheetData>`.
 * @example
 * await mergedRanges(archive, sheetPart) //=> [{ top: 1, left: 1, bottom: 2, right: 5 }] for D1:E2… as written
 */
export async function mergedRanges(archive: Buffer, part: ZipPart): Promise<MergedRange[]> {
  let tail: Buffer[] | undefined;
  let previous = Buffer.alloc(0);
  for await (const chunk of zipPartBytes(archive, part)) {
    if (tail !== undefined) {
      tail.push(chunk);
      continue;
    }
    // The end tag may straddle two chunks: search the previous chunk's last bytes with this one.
    const joined = Buffer.concat([previous, chunk]);
    const end = joined.indexOf(SHEET_DATA_END);
    if (end >= 0) tail = [joined.subarray(end)];
    else previous = joined.subarray(Math.max(0, joined.length - SHEET_DATA_END.length));
  }
  if (tail === undefined) return [];
  const text = Buffer.concat(tail).toString("utf8");
  const ranges: MergedRange[] = [];
  for (const match of text.matchAll(/<mergeCell\s[^>]*?ref\s*=\s*["']([A-Z]+)(\d+):([A-Z]+)(\d+)["']/g)) {
    const [a, b] = [columnNumber(match[1]), columnNumber(match[3])];
    const [c, d] = [Number(match[2]), Number(match[4])];
    ranges.push({ top: Math.min(c, d), left: Math.min(a, b), bottom: Math.max(c, d), right: Math.max(a, b) });
  }
  return ranges;
}

/**
 * Blanks the cells a merge hides (every cell of a merged range but its top-left one), as readWorkbook does:
 * exceljs makes them merge cells, which read as `""`. Rows must come in increasing order.
 */
export class MergeMask {
  private readonly ranges: MergedRange[];
  private next = 0;
  private active: MergedRange[] = [];

  constructor(ranges: readonly MergedRange[]) {
    this.ranges = [...ranges].sort((a, b) => a.top - b.top);
  }

  get isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  /** Removes, in place, the cells of row `rowNumber` that a merge hides. */
  apply(rowNumber: number, columns: number[], values: unknown[]): void {
    while (this.next < this.ranges.length && this.ranges[this.next].top <= rowNumber) this.active.push(this.ranges[this.next++]);
    if (this.active.some((range) => range.bottom < rowNumber)) this.active = this.active.filter((range) => range.bottom >= rowNumber);
    if (this.active.length === 0) return;
    let kept = 0;
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index];
      const hidden = this.active.some(
        (range) => column >= range.left && column <= range.right && (column !== range.left || rowNumber !== range.top),
      );
      if (!hidden) {
        columns[kept] = column;
        values[kept] = values[index];
        kept++;
      }
    }
    columns.length = kept;
    values.length = kept;
  }
}

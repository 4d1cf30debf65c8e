import ExcelJS from "exceljs";
import type { Style } from "exceljs";
import { columnLetter } from "../../core/model/cells";
import type { CellBlock, CellStyle, SheetSpec, TemplateCell, WorkbookSpec } from "../../core/template/types";
import { parseA1Rect, tryParseA1Rect, type A1Rect } from "../../core/template/a1Rect";
import { cellLook, xlsxRowHeights } from "./cellStyles";
import { formulaXml } from "./formulaXml";
import { XmlBytes } from "./xmlBytes";

/**
 * The body of a sheet: its rows below the head, written as sheet XML by this writer instead of exceljs, which
 * keeps every cell of a workbook as an object and needs ~100 s and ~2 GB for a 20,000-deal tracker (issue 12).
 * The head (the rows exceljs still writes: {@link headRows}) holds every merge and every table's header and first
 * data row; the body is everything below it. Each body cell comes out as exceljs would write it in the old
 * in-memory writer (writeWorkbook.ts): the same value kinds (text a shared string, `day` a serial with its date
 * format, a formula with no cached result), and the same look, its style id asked of exceljs's own style table,
 * so the workbook reads back the same cell by cell.
 */

/** The kinds of a body cell, as exceljs's style table tells them apart (a number gets the "General" format). */
type Kind = "text" | "number" | "day" | "formula" | "empty";
const KINDS: readonly Kind[] = ["text", "number", "day", "formula", "empty"];

/** exceljs's value type of each kind, as its writer hands it to the style table (a formula: its missing result). */
const VALUE_TYPE: Readonly<Record<Kind, ExcelJS.ValueType>> = {
  text: ExcelJS.ValueType.String,
  number: ExcelJS.ValueType.Number,
  day: ExcelJS.ValueType.Number,
  formula: ExcelJS.ValueType.Null,
  empty: ExcelJS.ValueType.Null,
};

/** The parts of exceljs's writer a body needs: its style table and its shared strings (exceljs 4.4 internals). */
export interface ExcelTables {
  readonly styles: { addStyleModel(style: Partial<Style>, valueType: ExcelJS.ValueType): number };
  readonly sharedStrings: { add(text: string): number };
}

/**
 * The last row of a sheet's head: at least row 1, every merge's last row, every row of a set height, and each table's header row and its
 * first data row (exceljs writes the table part from those; its reference is widened afterwards).
 * @example
 * headRows(dealsSheet) //=> 2 (the table's header, row 1, and its first data row)
 */
export function headRows(sheet: SheetSpec): number {
  let head = 1;
  // An unreadable reference: exceljs refuses it in the head, naming it (writeWorkbook.ts).
  const rangeOf = tryParseA1Rect;
  for (const ref of sheet.merges) head = Math.max(head, rangeOf(ref)?.bottom ?? 1);
  // Rows of a set height (wrapped prose, printSetup.ts) are exceljs's to write.
  for (const { row } of sheet.rowHeights ?? []) head = Math.max(head, row);
  for (const table of sheet.tables) {
    const area = rangeOf(table.ref);
    if (area !== undefined) head = Math.max(head, area.bottom > area.top ? area.top + 1 : area.top);
  }
  return head;
}

/** A rectangle of one look-setting kind: a named style, a number format or wrapped text (in the spec's order). */
type Cover =
  | { readonly area: A1Rect; readonly style: CellStyle }
  | { readonly area: A1Rect; readonly format: string }
  | { readonly area: A1Rect; readonly wrap: true }
  | { readonly area: A1Rect; readonly horizontal: "right" | "center" };

/**
 * The sheet's cells as this writer reads them: blocks of rows (CellBlock). The one place a spec that describes
 * its cells otherwise (repeated helper rows, say) is turned into blocks for the packaged writer; packageWorkbook.ts
 * hands exceljs the head of the same blocks.
 * @example
 * cellBlocks(dealsSheet)[0].at //=> "A1"
 */
export function cellBlocks(sheet: SheetSpec): readonly CellBlock[] {
  return sheet.blocks;
}

/** A run of rows over which the same covers and blocks apply. */
interface Band {
  readonly top: number;
  readonly bottom: number;
  readonly blocks: readonly { readonly top: number; readonly left: number; readonly rows: readonly (readonly TemplateCell[])[] }[];
  /** Columns any cover (or a table) creates a cell in: first and last. */
  readonly left: number;
  readonly right: number;
  /** Per column (index = column), the covers over it, as a key into {@link SheetBody.looks}; -1 for none. */
  readonly lookOf: readonly number[];
}

/**
 * A sheet's body ready to be written: the spec's cells, looks and tables below its head turned into row bands.
 * Its cells come from {@link cellBlocks}.
 */
export class SheetBody {
  /** Distinct cover lists (indices into `covers`), keyed by their text. */
  private readonly lookKeys = new Map<string, number>();
  private readonly looks: number[][] = [];
  /** Style ids by look × kind, once exceljs has numbered them ({@link register}). */
  private styleIds: number[][] = [];
  private readonly bands: Band[];

  private constructor(
    readonly sheet: SheetSpec,
    readonly head: number,
    private readonly covers: readonly Cover[],
    private readonly locale: WorkbookSpec["locale"],
    tables: readonly A1Rect[],
  ) {
    const body = (area: A1Rect) => area.bottom > head;
    const blocks = cellBlocks(sheet).map((block) => {
      const { top, left } = parseA1Rect(block.at);
      return { top, left, rows: block.rows, bottom: top + block.rows.length - 1 };
    });
    const edges = new Set<number>([head + 1]);
    for (const { area } of covers) if (body(area)) edges.add(Math.max(head + 1, area.top)).add(area.bottom + 1);
    for (const area of tables) if (body(area)) edges.add(Math.max(head + 1, area.top)).add(area.bottom + 1);
    for (const block of blocks) if (block.bottom > head) edges.add(Math.max(head + 1, block.top)).add(block.bottom + 1);
    const sorted = [...edges].sort((a, b) => a - b);
    this.bands = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const top = sorted[i];
      const bottom = sorted[i + 1] - 1;
      const inBand = (area: A1Rect) => area.top <= top && area.bottom >= bottom;
      const over = covers.map((cover, index) => ({ cover, index })).filter(({ cover }) => inBand(cover.area));
      const created = [...over.map(({ cover }) => cover.area), ...tables.filter(inBand)];
      const left = Math.min(...created.map((area) => area.left));
      const right = Math.max(...created.map((area) => area.right));
      const lookOf: number[] = [];
      for (let column = 1; column <= (created.length > 0 ? right : 0); column++) {
        const list = over.filter(({ cover }) => cover.area.left <= column && cover.area.right >= column).map(({ index }) => index);
        lookOf[column] = list.length === 0 ? -1 : this.lookIndex(list);
      }
      this.bands.push({ top, bottom, left, right, lookOf, blocks: blocks.filter((block) => block.top <= top && block.bottom >= bottom) });
    }
  }

  /**
   * The body of `sheet` below row `head`, or undefined when nothing lies below it. The spec's refs are read here;
   * one that cannot be read leaves the sheet to exceljs, which refuses it by name.
   */
  static of(sheet: SheetSpec, head: number, locale: WorkbookSpec["locale"]): SheetBody | undefined {
    let covers: Cover[];
    let tables: A1Rect[];
    try {
      covers = [
        ...sheet.styles.map(({ ref, style }) => ({ area: parseA1Rect(ref), style })),
        ...sheet.numberFormats.map(({ ref, format }) => ({ area: parseA1Rect(ref), format })),
        ...(sheet.wrapped ?? []).map((ref) => ({ area: parseA1Rect(ref), wrap: true as const })),
        // Centred first, so a cell also right-aligned ends at the right.
        ...(sheet.centered ?? []).map((ref) => ({ area: parseA1Rect(ref), horizontal: "center" as const })),
        ...(sheet.rightAligned ?? []).map((ref) => ({ area: parseA1Rect(ref), horizontal: "right" as const })),
      ];
      tables = sheet.tables.map((table) => parseA1Rect(table.ref));
      cellBlocks(sheet).forEach((block) => parseA1Rect(block.at));
    } catch {
      return undefined;
    }
    const below = (area: A1Rect) => area.bottom > head;
    const blockBelow = cellBlocks(sheet).some((block) => parseA1Rect(block.at).top + block.rows.length - 1 > head);
    if (!blockBelow && !covers.some(({ area }) => below(area)) && !tables.some(below)) return undefined;
    return new SheetBody(sheet, head, covers, locale, tables);
  }

  /** The last row the body writes. */
  get bottom(): number {
    return this.bands.length === 0 ? this.head : this.bands[this.bands.length - 1].bottom;
  }

  private lookIndex(list: readonly number[]): number {
    const key = list.join(",");
    let index = this.lookKeys.get(key);
    if (index === undefined) {
      index = this.looks.length;
      this.looks.push([...list]);
      this.lookKeys.set(key, index);
    }
    return index;
  }

  /**
   * The exceljs style of a cell under the covers of look `look`, as the old writer built it: a day's date format,
   * then each named look (its font, fill, border, alignment) and number format in the spec's order, then wrapping.
   */
  private styleOf(look: number, kind: Kind, dayFormat: string): Partial<Style> {
    const style: Partial<Style> = kind === "day" ? { numFmt: dayFormat } : {};
    const list = look < 0 ? [] : this.looks[look];
    for (const index of list) {
      const cover = this.covers[index];
      if ("style" in cover) Object.assign(style, cellLook(cover.style, this.locale));
    }
    for (const index of list) {
      const cover = this.covers[index];
      if ("format" in cover) style.numFmt = cover.format;
    }
    for (const index of list) {
      if ("wrap" in this.covers[index]) style.alignment = { ...style.alignment, wrapText: true, vertical: "top" };
    }
    for (const index of list) {
      const cover = this.covers[index];
      if ("horizontal" in cover) style.alignment = { ...style.alignment, horizontal: cover.horizontal };
    }
    return style;
  }

  /**
   * Numbers every look and every text of the body in exceljs's tables, before exceljs writes its styles and shared
   * strings. One pass over the cells, nothing kept per cell.
   * @throws {BodyCellError} with the block's address, for a number that is not finite (the caller names the sheet).
   */
  register(tables: ExcelTables, dayFormat: string): void {
    this.styleIds = [];
    const idOf = (look: number, kind: Kind): number => {
      const row = (this.styleIds[look + 1] ??= []);
      const k = KINDS.indexOf(kind);
      return (row[k] ??= tables.styles.addStyleModel(this.styleOf(look, kind, dayFormat), VALUE_TYPE[kind]));
    };
    for (const band of this.bands) {
      for (let look = -1; look < this.looks.length; look++) if (band.lookOf.includes(look)) idOf(look, "empty");
      this.forEachCell(band, (column, cell, row) => {
        const kind = kindOf(cell);
        idOf(band.lookOf[column] ?? -1, kind);
        if ("text" in cell) tables.sharedStrings.add(cell.text);
        else if (kind !== "formula") {
          const number = "number" in cell ? cell.number : (cell as { day: number }).day;
          if (!Number.isFinite(number)) throw new BodyCellError(this.blockAt(row, column), `Not a finite number: ${number}`);
        }
      });
    }
  }

  /** Calls `visit` for every non-null cell of the band's blocks, later blocks over earlier ones, row by row. */
  private forEachCell(band: Band, visit: (column: number, cell: Exclude<TemplateCell, null>, row: number) => void, onRow?: (row: number) => void): void {
    for (let row = band.top; row <= band.bottom; row++) {
      onRow?.(row);
      for (const block of band.blocks) {
        const cells = block.rows[row - block.top];
        for (let offset = 0; offset < cells.length; offset++) {
          const cell = cells[offset];
          if (cell !== null) visit(block.left + offset, cell, row);
        }
      }
    }
  }

  /**
   * The body's `<row>` elements as UTF-8 XML, in chunks of about 1 MB. Call after {@link register} (which has
   * checked the numbers); `strings` gives each text its shared-string index.
   */
  *rowsXml(strings: ExcelTables["sharedStrings"]): Generator<Buffer> {
    const out = new XmlBytes();
    const letters: string[] = [];
    const emptyKind = KINDS.indexOf("empty");
    const heights = xlsxRowHeights(this.sheet);
    for (const band of this.bands) {
      const values: (Exclude<TemplateCell, null> | undefined)[] = [];
      for (let row = band.top; row <= band.bottom; row++) {
        values.length = 0;
        let left = band.left;
        let right = band.right;
        for (const block of band.blocks) {
          const cells = block.rows[row - block.top];
          for (let offset = 0; offset < cells.length; offset++) {
            const cell = cells[offset];
            if (cell === null) continue;
            const column = block.left + offset;
            values[column] = cell;
            if (!(left <= column)) left = column;
            if (!(right >= column)) right = column;
          }
        }
        if (!Number.isFinite(left) || !Number.isFinite(right)) continue; // no cell in this row
        const number = String(row);
        const height = heights.get(row);
        const tall = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
        out.ascii(`<row r="${number}" spans="${left}:${right}"${tall} x14ac:dyDescent="0.25">`);
        for (let column = left; column <= right; column++) {
          const letter = (letters[column] ??= columnLetter(column));
          const cell = values[column];
          const look = band.lookOf[column] ?? -1;
          const ids = this.styleIds[look + 1];
          if (cell === undefined) {
            const styleId = ids?.[emptyKind] ?? 0;
            if (styleId && look >= 0) out.ascii(`<c r="${letter}${number}" s="${styleId}"/>`);
            continue;
          }
          const kind = kindOf(cell);
          const styleId = ids?.[KINDS.indexOf(kind)] ?? 0;
          out.ascii(styleId ? `<c r="${letter}${number}" s="${styleId}"` : `<c r="${letter}${number}"`);
          if ("text" in cell) {
            out.ascii(` t="s"><v>${strings.add(cell.text)}</v></c>`);
          } else if ("formula" in cell) {
            out.ascii("><f>");
            out.utf8(formulaXml(cell.formula));
            out.ascii("</f></c>");
          } else {
            out.ascii(`><v>${"number" in cell ? cell.number : cell.day}</v></c>`);
          }
        }
        out.ascii("</row>");
        yield* out.take();
      }
    }
    yield* out.take(true);
  }

  /** The address of the last block holding (row, column): what an error names, as the old writer did. */
  private blockAt(row: number, column: number): string {
    for (const block of [...cellBlocks(this.sheet)].reverse()) {
      const { top, left } = parseA1Rect(block.at);
      const cells = block.rows[row - top];
      if (cells !== undefined && cells[column - left] !== undefined && cells[column - left] !== null) return block.at;
    }
    return `${columnLetter(column)}${row}`;
  }

  /** The columns and rows the body's cells span, for the sheet's `<dimension>`. */
  extent(): A1Rect | undefined {
    let extent: A1Rect | undefined;
    const grow = (top: number, left: number, bottom: number, right: number) => {
      extent = extent === undefined ? { top, left, bottom, right } : { top: Math.min(extent.top, top), left: Math.min(extent.left, left), bottom: Math.max(extent.bottom, bottom), right: Math.max(extent.right, right) };
    };
    for (const band of this.bands) {
      if (Number.isFinite(band.left)) grow(band.top, band.left, band.bottom, band.right);
      this.forEachCell(band, (column, _cell, row) => grow(row, column, row, column));
    }
    return extent;
  }
}

/** A body cell the old writer would have refused; `at` is the block's address. */
export class BodyCellError extends Error {
  constructor(
    readonly at: string,
    message: string,
  ) {
    super(message);
  }
}

function kindOf(cell: Exclude<TemplateCell, null>): Kind {
  if ("text" in cell) return "text";
  if ("formula" in cell) return "formula";
  return "number" in cell ? "number" : "day";
}

import { ooxmlUnescape, tTexts, withoutElements, xmlDecodeAgain, xmlText } from "./xmlText";

/** What a cell's text means: shared strings, date styles, the date system, as read from the workbook's parts. */
export interface CellContext {
  readonly sharedStrings: readonly string[];
  /** By cell style index: does a number in it read as a date ({@link dateStyles}). */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * Receives each `<row>` of a sheet in document order: its number (the `r` attribute, else one past the last) and
 * its cells that read as something other than `""`, as parallel arrays of 1-based columns and values. The arrays
 * are reused: copy what you keep. Returns true to stop.
 */
export type RowSink = (rowNumber: number, columns: readonly number[], values: readonly unknown[]) => boolean;

const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
/** The most milliseconds a `Date` holds either side of 1970 (ECMA-262 TimeClip). */
const MAX_DATE_MS = 8.64e15;

/**
 * A number in a date style as readWorkbook reads it: exceljs makes it a `Date` (rounded to the millisecond, the
 * 1904 system shifted by 1462 days) and serialFromDate makes that a serial again.
 * @example
 * dateSerial(46027, false) //=> 46027
 * dateSerial(46027, true)  //=> 47489
 */
export function dateSerial(value: unknown, date1904: boolean): number {
  const milliseconds = Math.round(((value as number) - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0)) * MS_PER_DAY);
  if (!(Math.abs(milliseconds) <= MAX_DATE_MS)) return NaN;
  return UNIX_EPOCH_SERIAL + (milliseconds + 0) / MS_PER_DAY;
}

/**
 * A streaming reader of one worksheet part's XML (pieces in order, {@link push}, then {@link end}): the rows of
 * `<sheetData>` with each cell's value as readWorkbook's {@link cellValue} gives it — numbers (a date style's as
 * its serial), strings (shared, inline, rich text as plain text, a `t="str"` formula's), booleans, error text,
 * a formula's cached result — and blanks left out. Merges are not its concern ({@link MergeMask}).
 *
 * It reads element by element with `indexOf`, no general XML parser: a cell is `<c r=… s=… t=…>` with `<v>`,
 * `<f>`, `<is>` children. Only complete rows are read; the rest of a piece waits for the next.
 */
export class SheetXmlScanner {
  private carry = "";
  private inData = false;
  private finished = false;
  private stopped = false;
  private lastRow = 0;
  private rowNumber = 0;
  private lastColumn = 0;
  private readonly columns: number[] = [];
  private readonly values: unknown[] = [];
  // The cell being read (attributes).
  private cellColumn = 0;
  private cellStyle = 0;
  private cellType = "";

  constructor(
    private readonly context: CellContext,
    private readonly sink: RowSink,
  ) {}

  /** True once the sheet's data has ended (`</sheetData>`) or the sink asked to stop: later pieces are not needed. */
  get done(): boolean {
    return this.finished || this.stopped;
  }

  /** Reads the next piece of the part's text. */
  push(piece: string): void {
    if (this.done) return;
    let text = this.carry + piece;
    if (!this.inData) {
      const start = text.indexOf("<sheetData");
      if (start < 0) {
        this.carry = text.slice(-16);
        return;
      }
      const open = text.indexOf(">", start);
      if (open < 0) {
        this.carry = text.slice(start);
        return;
      }
      this.inData = true;
      if (text.charCodeAt(open - 1) === 47) {
        this.finished = true;
        return;
      }
      text = text.slice(open + 1);
    }
    const end = text.indexOf("</sheetData>");
    if (end >= 0) {
      this.scan(text, end);
      this.endRow();
      this.finished = true;
      this.carry = "";
      return;
    }
    const cut = text.lastIndexOf("<row");
    if (cut <= 0) {
      this.carry = text;
      return;
    }
    this.scan(text, cut);
    this.carry = text.slice(cut);
  }

  /** The part has ended: reads what is left (a sheet cut short ends at its last complete row). */
  end(): void {
    if (this.done) return;
    if (this.inData) {
      this.scan(this.carry, this.carry.length);
      this.endRow();
    }
    this.finished = true;
  }

  private scan(xml: string, to: number): void {
    let at = 0;
    while (at < to && !this.stopped) {
      const lt = xml.indexOf("<", at);
      if (lt < 0 || lt >= to) return;
      const code = xml.charCodeAt(lt + 1);
      if (code === 99 /* c */ && nameEnds(xml.charCodeAt(lt + 2))) {
        at = this.cell(xml, lt);
      } else if (code === 114 /* r */ && xml.charCodeAt(lt + 2) === 111 && xml.charCodeAt(lt + 3) === 119 && nameEnds(xml.charCodeAt(lt + 4))) {
        const gt = xml.indexOf(">", lt);
        if (gt < 0) return;
        this.endRow();
        const rowReference = attribute(xml, lt + 4, gt, "r");
        this.rowNumber = rowReference === undefined ? this.lastRow + 1 : parseInt(rowReference, 10);
        if (!(this.rowNumber > this.lastRow)) {
          throw new Error(`rows out of order: row ${rowReference} after row ${this.lastRow}`);
        }
        this.lastRow = this.rowNumber;
        this.lastColumn = 0;
        if (xml.charCodeAt(gt - 1) === 47) this.endRow();
        at = gt + 1;
      } else if (code === 47 /* / */ && xml.startsWith("row>", lt + 2)) {
        this.endRow();
        at = lt + 6;
      } else {
        const gt = xml.indexOf(">", lt);
        if (gt < 0) return;
        at = gt + 1;
      }
    }
  }

  /** Hands the row read so far to the sink (once). */
  private endRow(): void {
    if (this.rowNumber === 0) return;
    if (this.columns.length > 0 && this.sink(this.rowNumber, this.columns, this.values)) this.stopped = true;
    this.columns.length = 0;
    this.values.length = 0;
    this.rowNumber = 0;
  }

  /** Reads the cell whose start tag is at `lt`; returns where reading goes on. */
  private cell(xml: string, lt: number): number {
    const gt = xml.indexOf(">", lt);
    if (gt < 0) return xml.length;
    this.cellAttributes(xml, lt + 2, gt);
    const column = this.cellColumn > 0 ? this.cellColumn : this.lastColumn + 1;
    this.lastColumn = column;
    if (xml.charCodeAt(gt - 1) === 47) return gt + 1;
    const close = xml.indexOf("</c>", gt);
    if (close < 0) return xml.length;
    // The common case, <c …><v>text</v></c>, without the general loop.
    let raw: string | undefined;
    let formula = false;
    let runs: string[] | undefined;
    const end = xml.charCodeAt(gt + 1) === 60 && xml.charCodeAt(gt + 2) === 118 && xml.charCodeAt(gt + 3) === 62 ? xml.indexOf("<", gt + 4) : -1;
    if (end === close - 4 && xml.startsWith("</v>", end)) {
      if (end > gt + 4) raw = xmlText(xml.slice(gt + 4, end));
    } else {
      [raw, formula, runs] = cellChildren(xml.slice(gt + 1, close));
    }
    const value = this.value(raw, formula, runs);
    if (value !== "" && this.rowNumber > 0) {
      this.columns.push(column);
      this.values.push(value);
    }
    return close + 4;
  }

  /** Reads r, s and t of a cell's start tag into the cell fields. */
  private cellAttributes(xml: string, from: number, to: number): void {
    this.cellColumn = 0;
    this.cellStyle = 0;
    this.cellType = "";
    let at = from;
    while (at < to) {
      const eq = xml.indexOf("=", at);
      if (eq < 0 || eq >= to) return;
      const name = xml.slice(at, eq).trim();
      const quote = xml.charCodeAt(eq + 1);
      const valueEnd = xml.indexOf(quote === 39 ? "'" : '"', eq + 2);
      if (valueEnd < 0) return;
      if (name === "r") {
        let column = 0;
        for (let i = eq + 2; i < valueEnd; i++) {
          const char = xml.charCodeAt(i);
          if (char < 65 || char > 90) break;
          column = column * 26 + (char - 64);
        }
        this.cellColumn = column;
      } else if (name === "s") {
        this.cellStyle = parseInt(xml.slice(eq + 2, valueEnd), 10) || 0;
      } else if (name === "t") {
        this.cellType = xml.slice(eq + 2, valueEnd);
      }
      at = valueEnd + 1;
    }
  }

  /** A cell's value from its decoded text (`<v>`, or an inline string's), as exceljs and readWorkbook make it. */
  private value(text: string | undefined, formula: boolean, runs: string[] | undefined): unknown {
    const type = this.cellType;
    const isDate = this.cellStyle > 0 && this.context.dateStyles[this.cellStyle] === true;
    if (runs !== undefined && !formula) return runs.join("");
    // exceljs: a value is there only when the parser met some text (an empty <v></v> is no value).
    if (text === undefined || text === "") return "";
    if (formula) {
      let result: unknown;
      if (type === "str") result = xmlDecodeAgain(text);
      else if (type === "b") result = parseInt(text, 10) !== 0;
      else if (type === "e") result = { error: text };
      else result = parseFloat(text);
      if (isDate) return dateSerial(result, this.context.date1904);
      return typeof result === "object" ? text : result;
    }
    switch (type) {
      case "s": {
        const shared = this.context.sharedStrings[parseInt(text, 10)];
        return shared ?? "";
      }
      case "str":
        return xmlDecodeAgain(text);
      case "inlineStr":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return text;
      default: {
        const number = parseFloat(text);
        return isDate ? dateSerial(number, this.context.date1904) : number;
      }
    }
  }
}

/** True for a character that ends an element name: white space, `>` or `/`. */
function nameEnds(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** The raw value of attribute `name` in the start tag between `from` and `to`, or undefined. */
function attribute(xml: string, from: number, to: number, name: string): string | undefined {
  let at = from;
  while (at < to) {
    const eq = xml.indexOf("=", at);
    if (eq < 0 || eq >= to) return undefined;
    const quote = xml.charCodeAt(eq + 1);
    const valueEnd = xml.indexOf(quote === 39 ? "'" : '"', eq + 2);
    if (valueEnd < 0) return undefined;
    if (xml.slice(at, eq).trim() === name) return xml.slice(eq + 2, valueEnd);
    at = valueEnd + 1;
  }
  return undefined;
}

/**
 * The children of a cell, as exceljs's cell reader takes them: the text of `<v>` and of any `<t>` outside a
 * rich-text run, joined (undefined when there is none); whether it holds a formula (`<f>` with text or a `t`
 * attribute: a shared formula's other cells); the runs' texts when it holds rich text (`<is><r>…`).
 */
function cellChildren(content: string): [string | undefined, boolean, string[] | undefined] {
  let raw: string | undefined;
  let formula = false;
  let runs: string[] | undefined;
  // Text as the parser hands it over (decoded); exceljs keeps a value only when it met some text.
  const add = (text: string) => {
    if (text !== "") raw = (raw ?? "") + text;
  };
  let at = 0;
  for (;;) {
    const lt = content.indexOf("<", at);
    if (lt < 0) break;
    const gt = content.indexOf(">", lt);
    if (gt < 0) break;
    const selfClosing = content.charCodeAt(gt - 1) === 47;
    const name = /^[^\s/>]+/.exec(content.slice(lt + 1, gt))?.[0] ?? "";
    if (name === "v" || name === "f") {
      if (name === "f" && attribute(content, lt + 2, selfClosing ? gt - 1 : gt, "t") !== undefined) formula = true;
      if (selfClosing) {
        at = gt + 1;
        continue;
      }
      const close = content.indexOf(`</${name}>`, gt);
      if (close < 0) break;
      const text = content.slice(gt + 1, close);
      if (name === "v") add(xmlText(text));
      else if (text !== "") formula = true;
      at = close + name.length + 3;
    } else if (name === "is") {
      const close = selfClosing ? gt : content.indexOf("</is>", gt);
      if (close < 0) break;
      const inline = content.slice(gt + 1, close);
      if (/<r[\s>]/.test(inline)) {
        runs = [];
        for (const run of inline.split(/<r[\s>]/).slice(1)) {
          const texts = tTexts(withoutElements(run.split("</r>")[0], "rPh"));
          runs.push(texts.length > 0 ? ooxmlUnescape(texts[texts.length - 1]) : "");
        }
      } else {
        // Plain inline text: every <t>, a phonetic guide's too, joined, with no _xHHHH_ decoding (as exceljs).
        for (const text of tTexts(inline)) add(text);
      }
      at = selfClosing ? gt + 1 : close + 5;
    } else if (name === "t") {
      if (selfClosing) {
        at = gt + 1;
        continue;
      }
      const close = content.indexOf("</t>", gt);
      if (close < 0) break;
      add(xmlText(content.slice(gt + 1, close)));
      at = close + 4;
    } else {
      at = gt + 1;
    }
  }
  return [raw, formula, runs];
}

import { TextDecoder } from "node:util";
import { unquoteField, type CsvRecord } from "./csvScanner";

/** The file's bytes are not UTF-8 after all (a byte sequence a UTF-8 decoder refuses): read it as GB18030. */
export class NotUtf8 extends Error {
  override readonly name = "NotUtf8";
}

/** Fields longer than this are decoded each time, never kept: a deal log's repeated values are short. */
const MAX_KEPT_BYTES = 64;
/** Distinct values kept per column; past it (an ID column), values are decoded each time. */
const MAX_KEPT_PER_COLUMN = 50_000;

interface Kept {
  readonly bytes: Uint8Array;
  readonly text: string;
  next: Kept | undefined;
}

/**
 * Turns a CSV record's field bytes into strings, each distinct short value of a column decoded once and the same
 * string handed back each time it repeats. A deal log repeats a few hundred dates, owners, stages and status
 * words down a million rows: decoding each once (and handing the same string to the date cache) is most of what
 * makes a streamed read fast (test/bench). Values are decoded as UTF-8, else as GB18030 (Excel's and WPS's "CSV"
 * on a Chinese-locale Windows).
 * @example
 * const strings = new FieldStrings("utf-8");
 * strings.text(record, 0) //=> "D-1"
 */
export class FieldStrings {
  private readonly decoder: TextDecoder;
  private readonly kept: Map<number, Kept>[] = [];
  private readonly keptCount: number[] = [];

  constructor(readonly encoding: "utf-8" | "gb18030") {
    this.decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  }

  /**
   * Field `field` of `record` as text (`""` for an empty or missing field).
   * @throws {NotUtf8} when the encoding is UTF-8 and the bytes are not.
   */
  text(record: CsvRecord, field: number): string {
    if (field >= record.count) return "";
    const { bytes } = record;
    const start = record.starts[field];
    const end = record.ends[field];
    if (start === end) return "";
    const flag = record.quoted[field];
    if (flag !== 0) return unquoteField(this.decode(bytes, start, end), flag);
    if (end - start > MAX_KEPT_BYTES) return this.decode(bytes, start, end);
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    const column = (this.kept[field] ??= new Map());
    const first = column.get(hash);
    for (let entry = first; entry !== undefined; entry = entry.next) {
      if (sameBytes(entry.bytes, bytes, start, end)) return entry.text;
    }
    const text = this.decode(bytes, start, end);
    const count = this.keptCount[field] ?? 0;
    if (count < MAX_KEPT_PER_COLUMN) {
      column.set(hash, { bytes: bytes.slice(start, end), text, next: first });
      this.keptCount[field] = count + 1;
    }
    return text;
  }

  /** Every field of the record as text. */
  row(record: CsvRecord): string[] {
    const row = new Array<string>(record.count);
    for (let field = 0; field < record.count; field++) row[field] = this.text(record, field);
    return row;
  }

  private decode(bytes: Uint8Array, start: number, end: number): string {
    // ASCII needs no decoder (most dates, amounts, codes and English words); short runs are built directly.
    if (end - start <= 32) {
      let text = "";
      for (let i = start; i < end; i++) {
        const byte = bytes[i];
        if (byte >= 0x80) return this.decodeText(bytes, start, end);
        text += String.fromCharCode(byte);
      }
      return text;
    }
    return this.decodeText(bytes, start, end);
  }

  private decodeText(bytes: Uint8Array, start: number, end: number): string {
    try {
      return this.decoder.decode(bytes.subarray(start, end));
    } catch (error) {
      throw new NotUtf8("not UTF-8", { cause: error });
    }
  }
}

function sameBytes(kept: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (kept.length !== end - start) return false;
  for (let i = 0; i < kept.length; i++) if (kept[i] !== bytes[start + i]) return false;
  return true;
}

/**
 * A CSV scanner over bytes that arrive in chunks (a file read piece by piece), so a log of a million deals is read
 * in the memory of one chunk and one record, not a whole grid of strings.
 *
 * It splits records and fields and never decodes: the caller decodes only the fields it needs
 * (fieldStrings.ts). It reads what Excel, WPS and the CRMs write (DEFINITIONS §2, CSV files):
 * - fields split by one delimiter byte (comma, tab or semicolon: see {@link csvDelimiter});
 * - a field that starts with `"` is quoted: delimiters and line breaks inside are text, `""` is one quote;
 * - a quote anywhere else is an ordinary character (`Acme "Big" Co`), as Excel reads it; a quoted field followed
 *   by more text before the delimiter (`"a"b`) is kept as written, quotes included;
 * - records end at LF, CRLF or a lone CR; an empty line is a record of one empty field; a last line without a
 *   line break is a record.
 * UTF-8 and GB18030 bytes need no decoding to be split: no byte of a multi-byte character is below 0x40 in
 * either, and every delimiter, quote and line break is. (UTF-16 is converted to UTF-8 first: readCsvLog.ts.)
 */

/** One record as the scanner hands it over: its fields' byte ranges in `bytes`. Valid only during the call. */
export interface CsvRecord {
  /** The scanner's buffer: field `i` is `bytes[starts[i] .. ends[i])`. */
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 when field `i` was quoted: its bytes are the raw field, quotes included (see {@link unquoteField}). */
  readonly quoted: Uint8Array;
  /** Number of fields. */
  readonly count: number;
  /** 1-based record number (the header is record 1 when it is the first line). */
  readonly record: number;
}

/** A quoted field that the file never closes. */
export class UnclosedQuote extends Error {
  override readonly name = "UnclosedQuote";
  constructor(
    /** 1-based line of the file on which the quote opens. */
    readonly line: number,
  ) {
    super(`a quote opened on line ${line} is never closed`);
  }
}

/** A record that runs past this many bytes is no line of a deal log (a binary file, a quote gone wrong). */
export const MAX_RECORD_BYTES = 16 * 2 ** 20;

/** A record longer than {@link MAX_RECORD_BYTES}. */
export class RecordTooLong extends Error {
  override readonly name = "RecordTooLong";
  constructor(
    /** 1-based line of the file on which the record starts. */
    readonly line: number,
  ) {
    super(`the record on line ${line} runs past ${MAX_RECORD_BYTES} bytes`);
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** What a byte is to the scanner. */
const ORDINARY = 0;
const DELIMITER = 1;
const LINE_BREAK = 2;
const QUOTE_MARK = 3;

/**
 * Splits CSV bytes into records, chunk by chunk.
 * @example
 * const fields: string[][] = [];
 * const scanner = new CsvScanner(0x2c, (r) => fields.push(Array.from({ length: r.count }, (_, i) => new TextDecoder().decode(r.bytes.subarray(r.starts[i], r.ends[i])))));
 * scanner.push(new TextEncoder().encode("a,b\nc,"));
 * scanner.push(new TextEncoder().encode("d\n"));
 * scanner.end();
 * fields //=> [["a", "b"], ["c", "d"]]
 */
export class CsvScanner {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;
  /** Where the record being read starts in `bytes`, and where scanning resumes. */
  private recordStart = 0;
  private position = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private quoted = new Uint8Array(64);
  private count = 0;
  private fieldStart = 0;
  private inQuotes = false;
  /** The field's quotes closed and text follows: it is kept as written. */
  private afterQuote = false;
  private fieldQuoted = false;
  /** A CR ended the last record: an LF right after it belongs to it. */
  private skipLf = false;
  private line = 1;
  /** Line on which the record being read starts. */
  private recordLine = 1;
  private quoteLine = 0;
  private record = 0;

  /** {@link ORDINARY}, {@link DELIMITER}, {@link LINE_BREAK} or {@link QUOTE_MARK}, by byte. */
  private readonly kinds = new Uint8Array(256);

  constructor(
    delimiter: number,
    private readonly onRecord: (record: CsvRecord) => void,
  ) {
    this.kinds[delimiter] = DELIMITER;
    this.kinds[LF] = LINE_BREAK;
    this.kinds[CR] = LINE_BREAK;
    this.kinds[QUOTE] = QUOTE_MARK;
  }

  /** Scans the next bytes of the file; complete records are handed to `onRecord` before it returns. */
  push(chunk: Uint8Array): void {
    this.append(chunk);
    this.scan();
    if (this.length - this.recordStart > MAX_RECORD_BYTES) throw new RecordTooLong(this.recordLine);
  }

  /**
   * Ends the file: a last record without a line break is handed over.
   * @throws {UnclosedQuote} when a quoted field is still open.
   */
  end(): void {
    this.scan(true);
    if (this.inQuotes) throw new UnclosedQuote(this.quoteLine);
    if (this.position > this.recordStart || this.count > 0) {
      this.endField(this.position);
      this.emit();
    }
  }

  private append(chunk: Uint8Array): void {
    // Keep the unfinished record: move it to the front, then add the chunk behind it.
    const shift = this.recordStart;
    if (shift > 0) {
      this.bytes.copyWithin(0, shift, this.length);
      this.length -= shift;
      this.position -= shift;
      this.fieldStart -= shift;
      for (let i = 0; i < this.count; i++) {
        this.starts[i] -= shift;
        this.ends[i] -= shift;
      }
      this.recordStart = 0;
    }
    if (this.length + chunk.length > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < this.length + chunk.length) size *= 2;
      const bytes = new Uint8Array(size);
      bytes.set(this.bytes.subarray(0, this.length));
      this.bytes = bytes;
    }
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** Scans to the end of the bytes held; `final` when no more will come (a quote at the very end closes). */
  private scan(final = false): void {
    const bytes = this.bytes;
    const length = this.length;
    const kinds = this.kinds;
    let i = this.position;
    let inQuotes = this.inQuotes;
    if (this.skipLf && i < length) {
      if (bytes[i] === LF) {
        i++;
        this.recordStart = i;
        this.fieldStart = i;
      }
      this.skipLf = false;
    }
    while (i < length) {
      if (inQuotes) {
        // Inside quotes only a quote matters (and line breaks, to count lines).
        let byte = bytes[i];
        while (byte !== QUOTE) {
          if (byte === LF) this.line++;
          if (++i === length) break;
          byte = bytes[i];
        }
        if (i === length) break;
        // `""` or the closing quote? The next chunk tells, unless this is the end.
        if (i + 1 === length && !final) break;
        if (i + 1 < length && bytes[i + 1] === QUOTE) i += 2;
        else {
          inQuotes = false;
          i++;
        }
        continue;
      }
      const kind = kinds[bytes[i]];
      if (kind === ORDINARY) {
        if (this.fieldQuoted) this.afterQuote = true;
        // The bytes of a field: most of the file.
        do i++;
        while (i < length && kinds[bytes[i]] === ORDINARY);
      } else if (kind === DELIMITER) {
        this.endField(i);
        i++;
        this.fieldStart = i;
      } else if (kind === LINE_BREAK) {
        const byte = bytes[i];
        this.endField(i);
        this.emit();
        this.line++;
        i++;
        if (byte === CR) {
          if (i >= length) this.skipLf = true;
          else if (bytes[i] === LF) i++;
        }
        this.recordStart = i;
        this.recordLine = this.line;
        this.fieldStart = i;
      } else {
        if (i === this.fieldStart && !this.fieldQuoted) {
          inQuotes = true;
          this.fieldQuoted = true;
          this.quoteLine = this.line;
        } else if (this.fieldQuoted) this.afterQuote = true;
        i++;
      }
    }
    this.inQuotes = inQuotes;
    this.position = i;
  }

  private endField(end: number): void {
    if (this.count === this.starts.length) {
      const size = this.count * 2;
      const starts = new Int32Array(size);
      const ends = new Int32Array(size);
      const quoted = new Uint8Array(size);
      starts.set(this.starts);
      ends.set(this.ends);
      quoted.set(this.quoted);
      this.starts = starts;
      this.ends = ends;
      this.quoted = quoted;
    }
    this.starts[this.count] = this.fieldStart;
    this.ends[this.count] = end;
    this.quoted[this.count] = this.fieldQuoted ? (this.afterQuote ? 2 : 1) : 0;
    this.count++;
    this.fieldQuoted = false;
    this.afterQuote = false;
  }

  private emit(): void {
    this.record++;
    this.onRecord({ bytes: this.bytes, starts: this.starts, ends: this.ends, quoted: this.quoted, count: this.count, record: this.record });
    this.count = 0;
  }
}

/**
 * The text of a quoted field: the quotes removed and `""` read as `"`; a field with text after its closing quote
 * (`"a"b`, flagged 2 by the scanner) is kept as written.
 * @example
 * unquoteField('"say ""hi"""', 1) //=> 'say "hi"'
 * unquoteField('"a"b', 2)         //=> '"a"b'
 */
export function unquoteField(raw: string, flag: number): string {
  if (flag !== 1) return raw;
  return raw.slice(1, -1).replaceAll('""', '"');
}

import { TextDecoder, TextEncoder } from "node:util";
import type { DealLogOptions } from "../../core/parse/dealLog";
import { DealLogStream, type StreamedLog } from "../../core/parse/dealLogStream";
import type { TextField } from "../../core/parse/wideRows";
import { FileRefused } from "../fileErrors";
import { csvDelimiter, decodeCsv, MAX_WHOLE_CSV_BYTES, ReadTableError, type ReadTable } from "../readTable";
import { readRegularFile, regularFileChunks } from "../regularFile";
import { CsvScanner, RecordTooLong, UnclosedQuote, type CsvRecord } from "./csvScanner";
import { FieldStrings, NotUtf8 } from "./fieldStrings";

/**
 * The most a CSV file may be: 4 GiB. A wide log is read as it streams (its deals' figures are kept, not its
 * rows), so its size is a matter of time, not memory: 1,000,000 deals are 100–150 MB.
 */
export const MAX_CSV_BYTES = 4 * 2 ** 30;

/**
 * The most cells a CSV that is no wide log may have: a current-stage export, a stage history or a one-column log
 * is read whole (the same limit as a workbook's table, cli/xlsx/readWorkbook.ts).
 */
export const MAX_CSV_TABLE_CELLS = 50_000_000;

/** Bytes looked at to tell the encoding and the delimiter. */
const SNIFF_BYTES = 1 << 16;

/**
 * How the stream keeps a wide log's text: `keepText`, the text fields to keep for each deal (none by default);
 * `groupBy`, the one column `analyze --by` names, kept interned (core/parse/dealLogStream.ts).
 */
export interface StreamOptions {
  readonly keepText?: readonly TextField[];
  readonly groupBy?: string;
}

/** A CSV deal log read: what {@link DealLogStream} found, and how the file was decoded. */
export interface CsvLogRead extends StreamedLog {
  readonly encoding: ReadTable["encoding"];
}

/**
 * Reads a CSV (or Excel "Unicode text") deal log as it streams from the file, in any shape of DEFINITIONS §2,
 * with the same rules and figures as reading the whole grid (core/parse/dealLogStream.ts). Decoding: a byte-order
 * mark says UTF-8 or UTF-16; otherwise UTF-8, and GB18030 (Excel and WPS "CSV" on a Chinese-locale Windows) as
 * soon as a byte sequence is not UTF-8 — the file is then read again from the start. The delimiter is the
 * comma, tab or semicolon of the first lines ({@link csvDelimiter}).
 * @throws {ReadTableError} `csvQuotes` with the line where a quoted field opens that never closes, `csvLineTooLong`
 * with the line of a record longer than 16 MiB (csvScanner.ts: a binary file, say).
 * @throws {FileRefused} for a file that is no regular file, is over {@link MAX_CSV_BYTES}, or is no wide log and
 * over {@link MAX_CSV_TABLE_CELLS}.
 * @example
 * const read = await readCsvLog("pipeline.csv", { stages });
 * read.log?.deals.count //=> 1200
 */
export async function readCsvLog(path: string, options: DealLogOptions, stream: StreamOptions = {}): Promise<CsvLogRead> {
  const prefix = await filePrefix(path);
  if ((prefix[0] === 0xff && prefix[1] === 0xfe) || (prefix[0] === 0xfe && prefix[1] === 0xff)) {
    // Excel's "Unicode text": small files; decoded whole, then read as UTF-8 bytes.
    const { text } = decodeCsv(await readRegularFile(path, MAX_WHOLE_CSV_BYTES));
    const bytes = new TextEncoder().encode(text);
    return { ...scanBytes([bytes], options, csvDelimiter(text), "utf-8", path, stream), encoding: "utf-16" };
  }
  const bom = prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf;
  const delimiter = csvDelimiter(new TextDecoder("latin1").decode(prefix));
  try {
    return { ...(await scanFile(path, options, delimiter, "utf-8", bom, stream)), encoding: bom ? "utf-8-bom" : "utf-8" };
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    return { ...(await scanFile(path, options, delimiter, "gb18030", false, stream)), encoding: "gb18030" };
  }
}

/** The file's first bytes (at most {@link SNIFF_BYTES}). */
async function filePrefix(path: string): Promise<Uint8Array> {
  for await (const chunk of regularFileChunks(path, MAX_CSV_BYTES)) return chunk.slice(0, SNIFF_BYTES);
  return new Uint8Array(0);
}

async function scanFile(path: string, options: DealLogOptions, delimiter: string, encoding: "utf-8" | "gb18030", bom: boolean, stream: StreamOptions): Promise<StreamedLog> {
  const reader = new RecordReader(options, delimiter, encoding, path, stream);
  let first = bom;
  for await (const chunk of regularFileChunks(path, MAX_CSV_BYTES)) {
    reader.push(first ? chunk.subarray(3) : chunk);
    first = false;
  }
  return reader.end();
}

function scanBytes(chunks: readonly Uint8Array[], options: DealLogOptions, delimiter: string, encoding: "utf-8" | "gb18030", path: string, stream: StreamOptions): StreamedLog {
  const reader = new RecordReader(options, delimiter, encoding, path, stream);
  for (const chunk of chunks) reader.push(chunk);
  return reader.end();
}

/** Bytes → records → rows of text → the deal log stream; only the columns the log reads are decoded. */
class RecordReader {
  private readonly stream: DealLogStream;
  private readonly strings: FieldStrings;
  private readonly scanner: CsvScanner;
  private width = 0;
  private rows = 0;
  private readonly row: string[] = [];
  private current: CsvRecord | undefined;
  private readonly full = () => this.strings.row(this.current!);

  constructor(options: DealLogOptions, delimiter: string, encoding: "utf-8" | "gb18030", private readonly path: string, stream: StreamOptions) {
    this.stream = new DealLogStream(options, stream);
    this.strings = new FieldStrings(encoding);
    this.scanner = new CsvScanner(delimiter.charCodeAt(0), (record) => this.record(record));
  }

  push(chunk: Uint8Array): void {
    try {
      this.scanner.push(chunk);
    } catch (error) {
      if (error instanceof RecordTooLong) throw new ReadTableError("csvLineTooLong", String(error.line), { cause: error });
      throw error;
    }
  }

  end(): StreamedLog {
    try {
      this.scanner.end();
    } catch (error) {
      if (error instanceof UnclosedQuote) throw new ReadTableError("csvQuotes", String(error.line), { cause: error });
      throw error;
    }
    return this.stream.end();
  }

  private record(record: CsvRecord): void {
    const columns = this.stream.columns();
    const strings = this.strings;
    if (columns === undefined) {
      // Read whole (the first rows, or a log that is not wide): its cells are limited.
      this.rows++;
      if (record.count > this.width) this.width = record.count;
      if (this.rows * this.width > MAX_CSV_TABLE_CELLS) {
        throw new FileRefused("tableTooLarge", {
          sheet: this.path,
          rows: this.rows.toLocaleString("en-US"),
          columns: this.width.toLocaleString("en-US"),
          limit: MAX_CSV_TABLE_CELLS.toLocaleString("en-US"),
        });
      }
      this.stream.push(strings.row(record));
      return;
    }
    // One row array for every record: the stream keeps no partial row (it keeps `full()`'s when it must).
    const row = this.row;
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index];
      row[column] = column < record.count ? strings.text(record, column) : "";
    }
    this.current = record;
    this.stream.push(row, this.full);
  }
}

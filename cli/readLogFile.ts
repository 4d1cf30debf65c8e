import { extname } from "node:path";
import type { Grid } from "../core/model/cells";
import type { DateOrder } from "../core/model/reading";
import { stageList, type StageList } from "../core/model/stages";
import type { TextField } from "../core/parse/wideRows";
import type { DealLog } from "../core/parse/dealLog";
import { readCsvLog } from "./csv/readCsvLog";
import { ReadTableError, type ReadTable } from "./readTable";
import { readWorkbookLog } from "./xlsx/readWorkbookLog";
import type { Locale } from "../core/model/locale";
import type { GroupColumn } from "../core/model/groupColumn";

/** A deal log file read: the log (undefined when the file holds none) and where it was found. */
export interface LogFile {
  readonly log: DealLog | undefined;
  /** The header row and the first rows under it, as the file has them. */
  readonly head: Grid;
  /** Rows under the header. */
  readonly rows: number;
  /** How the file was decoded. */
  readonly encoding: ReadTable["encoding"];
  /** The workbook sheet the log was read from. */
  readonly sheet?: string;
  /** The column `groupBy` names, one group per deal; absent without `groupBy` or when the header has none. */
  readonly group?: GroupColumn;
}

/** How to read a deal log file. */
export interface LogFileOptions {
  /** `--stages`: the stage order given. */
  readonly stages?: StageList;
  /** `--date-order`. */
  readonly dateOrder?: DateOrder;
  /** Language of the default stage list's spelling. */
  readonly locale: Locale;
  /** The text fields a streamed wide log keeps for each deal (owner, team, …); none by default. */
  readonly keepText?: readonly TextField[];
  /** `--by`: the field or header whose column is kept for each deal (core/parse/groupColumn.ts). */
  readonly groupBy?: string;
}

/**
 * Reads a deal log file of any shape (DEFINITIONS §2) as it streams: a CSV (cli/csv/readCsvLog.ts), a workbook's
 * deal sheet (cli/xlsx/readWorkbookLog.ts: the sheet and the stage list chosen by the policy every surface follows).
 * @throws {ReadTableError}, FileRefused, StageOrderNeeded and Node's file errors, as the readers do.
 * @example
 * const { log, rows } = await readLogFile("pipeline.csv", { locale: "en" });
 */
export async function readLogFile(path: string, options: LogFileOptions): Promise<LogFile> {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv" || extension === ".txt") {
    const read = await readCsvLog(path, {
      stages: options.stages ?? stageList(undefined, options.locale),
      stageOrder: options.stages !== undefined ? "given" : "default",
      dateOrder: options.dateOrder,
    }, { keepText: options.keepText, groupBy: options.groupBy });
    return { log: read.log, head: read.head, rows: read.rows, encoding: read.encoding, ...(read.group === undefined ? {} : { group: read.group }) };
  }
  if (extension !== ".xlsx" && extension !== ".xlsm") throw new ReadTableError("unsupportedFile", extension || path);
  const read = await readWorkbookLog(path, { stages: options.stages, dateOrder: options.dateOrder, locale: options.locale, keepText: options.keepText, groupBy: options.groupBy });
  return { ...read, encoding: "xlsx" };
}

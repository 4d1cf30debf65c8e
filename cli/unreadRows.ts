import { extname } from "node:path";
import type { Locale } from "../core/model/locale";
import type { DealLog } from "../core/parse/dealLog";
import type { DealReport } from "../core/report/analyzeDeals";
import type { UnreadRow } from "../core/template/logDealRows";
import { unreadRowsOf } from "../core/template/trackerDeals";
import { decodeCsv, MAX_WHOLE_CSV_BYTES, parseCsv } from "./readTable";
import { readRegularFile } from "./regularFile";
import { readWorkbook } from "./xlsx/readWorkbook";

/**
 * The rows of a deal log file that the core left out, as they came (core/template/trackerDeals.ts
 * {@link unreadRowsOf}): the file is read a second time, whole, only when there are such rows. A file too large to
 * read whole gives the rows with no cells.
 * @example
 * await unreadRows("pipeline.csv", undefined, log, report, "en")
 * //=> [{ row: 7, cells: "D6,Acme,soon,,Won,1200", note: 'C: unreadable date "soon"' }]
 */
export async function unreadRows(path: string, sheet: string | undefined, log: DealLog, report: DealReport, locale: Locale): Promise<UnreadRow[]> {
  const counted = new Set(log.deals.rows);
  if (report.problems.every((problem) => counted.has(problem.row))) return [];
  const grid = await fileGrid(path, sheet);
  return unreadRowsOf(log, report.problems, (row) => grid?.[row - 1], locale);
}

/** The file's rows from its first (a CSV's records; a workbook's chosen sheet from A1), or undefined. */
async function fileGrid(path: string, sheet: string | undefined): Promise<readonly (readonly unknown[])[] | undefined> {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv" || extension === ".txt") {
    try {
      const bytes = await readRegularFile(path, MAX_WHOLE_CSV_BYTES);
      return parseCsv(decodeCsv(bytes).text);
    } catch {
      return undefined;
    }
  }
  const sheets = await readWorkbook(path);
  return sheets.find((candidate) => candidate.name === sheet)?.grid;
}

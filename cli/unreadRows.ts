import { extname } from "node:path";
import { cellText } from "../core/model/cells";
import type { Locale } from "../core/model/locale";
import type { DealLog } from "../core/parse/dealLog";
import type { DealReport } from "../core/report/analyzeDeals";
import type { UnreadRow } from "../core/template/logDealRows";
import { decodeCsv, MAX_WHOLE_CSV_BYTES, parseCsv } from "./readTable";
import { readRegularFile } from "./regularFile";
import { toCsv } from "./writeCsv";
import { readWorkbook } from "./xlsx/readWorkbook";

/** The most characters a cell holds in Excel: a longer row is cut there, ending in "…". */
const MAX_CELL_TEXT = 32_767;

/**
 * The rows of a deal log file that the core left out (each a row some problem names and no counted deal came
 * from), as they came: the file is read a second time, whole, only when there are such rows, and each row's
 * cells are joined as one CSV line (text, never a formula). `note` lists the row's problems in `locale`
 * (the report's messages). A file too large to read whole gives the rows with no cells.
 * @example
 * await unreadRows("pipeline.csv", undefined, log, report, "en")
 * //=> [{ row: 7, cells: "D6,Acme,soon,,Won,1200", note: 'Column C: unreadable date "soon"' }]
 */
export async function unreadRows(path: string, sheet: string | undefined, log: DealLog, report: DealReport, locale: Locale): Promise<UnreadRow[]> {
  const counted = new Set(log.deals.rows);
  const notes = new Map<number, string[]>();
  for (const problem of report.problems) {
    if (counted.has(problem.row)) continue;
    const list = notes.get(problem.row) ?? [];
    list.push(problem.column === "" || problem.column === undefined ? problem.message : `${problem.column}: ${problem.message}`);
    notes.set(problem.row, list);
  }
  if (notes.size === 0) return [];
  const grid = await fileGrid(path, sheet);
  const separator = locale === "zh-CN" ? "；" : "; ";
  return [...notes.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, list]) => ({ row, cells: cut(toCsv([(grid?.[row - 1] ?? []).map(cellText)]).replace(/[\r\n]+$/, "")), note: cut(list.join(separator)) }));
}

/** Text cut to what one cell holds. */
function cut(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
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

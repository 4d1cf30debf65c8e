/**
 * A realistic large deal log as an .xlsx, for the streaming benches: 14 columns (Deal ID, Customer, Owner, Team,
 * the six default stages as date cells, Amount, Status, Lost reason, Source), every text a shared string as
 * Excel saves it (so the shared-strings table holds a million deal IDs), dates as date-formatted serials,
 * blanks as absent cells. Written once with exceljs's streaming WorkbookWriter and cached in the system's
 * temporary folder by row count (about 2 minutes and 60 MB for a million rows).
 */
import { existsSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_STAGES } from "../../core/model/stages";
import { DEAL_STATUS_WORDS } from "../../core/model/words";
import { sampleDeals } from "../../core/sample/sampleDeals";

/** The columns of {@link bigXlsxFile}'s sheet, in order. */
export const BIG_XLSX_HEADER: readonly string[] = [
  "Deal ID",
  "Customer",
  "Owner",
  "Team",
  ...DEFAULT_STAGES.map((stage) => stage.en),
  "Amount",
  "Status",
  "Lost reason",
  "Source",
];

const UNIX_EPOCH_DAY = 25569;
const MS_PER_DAY = 86_400_000;
/** Bump when the file's content changes, so a stale cached file is not reused. */
const VERSION = 1;

/**
 * The path of a `rows`-deal log .xlsx (header on row 1 of the sheet "Deals", then one row per deal), written on
 * the first call for that size and reused afterwards.
 * @example
 * const path = await bigXlsxFile(1_000); // …/sales-tracker-big-1000-v1.xlsx
 */
export async function bigXlsxFile(rows = 1_000_000): Promise<string> {
  const path = join(tmpdir(), `sales-tracker-big-${rows}-v${VERSION}.xlsx`);
  if (existsSync(path)) return path;
  const partial = `${path}.${process.pid}.part`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet("Deals");
  sheet.columns = BIG_XLSX_HEADER.map((header, index) => ({
    header,
    width: 14,
    style: index >= 4 && index < 10 ? { numFmt: "yyyy-mm-dd" } : {},
  }));
  const status = { open: DEAL_STATUS_WORDS.open.en, won: DEAL_STATUS_WORDS.won.en, lost: DEAL_STATUS_WORDS.lost.en };
  const deals = sampleDeals({ count: rows, locale: "en", seed: 10 });
  for (const deal of deals) {
    const dates = deal.stageDays.map((day) => (day === null ? null : new Date((day - UNIX_EPOCH_DAY) * MS_PER_DAY)));
    sheet.addRow([deal.id, deal.customer, deal.owner, deal.team, ...dates, deal.amount, status[deal.status], deal.lostReason || null, deal.source]).commit();
  }
  sheet.commit();
  await workbook.commit();
  renameSync(partial, path);
  return path;
}

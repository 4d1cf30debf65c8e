import type { Locale } from "../../core/model/locale";
import { readVerdict } from "../../core/parse/verdict";
import { gridRows, trackerDeals, type TrackerDeals } from "../../core/template/trackerDeals";
import { uiText } from "../uiText";
import { readDealSheet } from "./analyzeSheets";
import type { CallServer } from "./generation";

/**
 * "Build the tracker from this sheet's deals", in the sidebar: the deal sheet read as Analyze reads it
 * ({@link readDealSheet}: the reading policy, page by page), its deals as the tracker's Deals rows in
 * `templateLocale` (core/template/trackerDeals.ts), or the one line that says why it cannot fill one, in the
 * spreadsheet's language. Reads only: the sheet is never changed.
 * @example
 * await readOwnDeals(callServer, "zh-CN") //=> { sheet: "Pipeline", stages: […], rows: […], deals: 157, unread: 2 }
 */
export async function readOwnDeals(callServer: CallServer, templateLocale: Locale): Promise<TrackerDeals | { readonly refused: string }> {
  const read = await readDealSheet(callServer);
  if (read.status !== "log") return { refused: read.message };
  const { log, locale, sheet, values, firstRow } = read;
  const built = trackerDeals(log, readVerdict(values, log), gridRows(values, firstRow), { sheet, uiLocale: locale, templateLocale, surface: "workbook" });
  return "refused" in built ? { refused: uiText(locale, "unread", { sheet, message: built.refused }) } : built;
}

import type { Locale } from "../../core/model/locale";
import { gridRows, trackerDeals } from "../../core/template/trackerDeals";
import type { OwnDeals } from "../commands/generateOutcome";
import { paneText } from "../i18n/paneStrings";
import { queueLocaleDateOrder } from "./dateLocale";
import { activeSheetHeader, findDealSheet } from "./dealSource";
import { paneReport } from "./paneReport";

/**
 * "Build the tracker from this sheet's deals": the deal sheet read as Analyze reads it (the reading policy: the
 * active sheet when it is a deal log, else the longest one; the workbook's Stages sheet when the log fits it),
 * turned into the tracker's Deals rows in `templateLocale` (core/template/trackerDeals.ts: counted deals, then the
 * rows that could not be read, as they came). Reads only: the sheet is never changed. When the sheet cannot fill
 * a tracker, the one line that says why, in `uiLocale` (as Analyze and `template --deals` say it).
 * @example
 * await readOwnDeals("en", "zh-CN") //=> { ownDeals: { sheet: "Pipeline", stages: […], rows: […], deals: 157, unread: 2 } }
 */
export async function readOwnDeals(uiLocale: Locale, templateLocale: Locale): Promise<{ readonly ownDeals: OwnDeals } | { readonly refused: string }> {
  const read = await Excel.run(async (context) => {
    const localeOrder = queueLocaleDateOrder(context);
    const source = await findDealSheet(context);
    const header = source === undefined ? await activeSheetHeader(context) : undefined;
    return { source, header, localeDateOrder: localeOrder() };
  });
  const shown = paneReport(read.source, read.header?.grid ?? [], uiLocale, read.localeDateOrder);
  if (shown.kind === "unread") return { refused: shown.message };
  if (shown.kind === "datesAmbiguous") return { refused: paneText(uiLocale, "datesAmbiguous", { found: shown.found }) };
  const { log, source } = shown;
  // Every row a problem: the verdict's line, as Analyze shows it above the problem rows.
  if (shown.unread !== undefined) return { refused: shown.unread };
  const built = trackerDeals(log, { readable: true }, gridRows(source.grid, source.firstRow), { sheet: source.sheet, uiLocale, templateLocale, surface: "workbook" });
  return "refused" in built ? built : { ownDeals: built };
}

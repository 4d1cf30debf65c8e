import { reportMessage } from "../i18n/reportMessages";
import type { Locale } from "../model/locale";
import type { ReadingNotes } from "../model/reading";
import { stageOrderHint, type ReportSurface } from "./surface";

/**
 * What the reader decided, as the lines a report shows under its figures (the command line, the panes): the
 * shape when it is a stage history or a current-stage export, the stage order when it came from the columns, from
 * the days a history's stages are first entered, or (a current-stage export) wherever it came from, a history's
 * deals that went back to an earlier stage, the footer rows skipped, lost deals with no known stage, the currencies
 * that kept pipeline velocity from being computed, and cycle times counted from created to won dates. Nothing for
 * a log read the usual way. How to change the stage order is said for `surface` ({@link stageOrderHint}: the
 * command line's `--stages`, the workbook's Stages sheet in the pane and the sidebar). A wide log's deals that went
 * back (a HubSpot export, whose Date entered columns keep the latest entry) are said as such.
 * @example
 * readingLines({ shape: "wide", furnitureRows: 5 }, ["Lead", "Won"], "en", "cli")
 * //=> ["5 report footer rows skipped (report name, copyright, totals, separator lines, repeated headers)"]
 */
export function readingLines(reading: ReadingNotes | undefined, stages: readonly string[], locale: Locale, surface: ReportSurface): string[] {
  if (reading === undefined) return [];
  const lines: string[] = [];
  const list = locale === "zh-CN" ? "、" : ", ";
  if (reading.shape === "history") lines.push(reportMessage(locale, "note.shape.history"));
  if (reading.shape === "currentStage") lines.push(reportMessage(locale, "note.currentStage"));
  const order = reading.stageOrder;
  const change = stageOrderHint(surface, locale);
  if (order?.source === "columns") lines.push(reportMessage(locale, "note.stageOrderColumns", { stages: stages.join(" → "), change }));
  if (order?.source === "firstEntry") lines.push(reportMessage(locale, "note.stageOrder.firstEntry", { stages: stages.join(" → "), change }));
  // A current-stage export says where its order came from whatever it was: nothing in the file gave it.
  if (reading.shape === "currentStage" && order !== undefined) {
    const named = { stages: stages.join(" → "), name: order.name ?? "CRM", change: order.source === "workbook" ? stageOrderHint(surface, locale, "stagesSheet") : change };
    if (order.source === "crmDefault") lines.push(reportMessage(locale, "note.stageOrder.crmDefault", named));
    else if (order.source === "workbook" || order.source === "given" || order.source === "default") lines.push(reportMessage(locale, `note.stageOrder.${order.source}`, named));
  }
  if (reading.revisitedDeals !== undefined) lines.push(reportMessage(locale, reading.shape === "wide" ? "note.revisitedLatest" : "note.revisited", { n: reading.revisitedDeals }));
  if (reading.furnitureRows !== undefined) lines.push(reportMessage(locale, "note.furniture", { n: reading.furnitureRows }));
  if (reading.lostWithoutStage !== undefined) lines.push(reportMessage(locale, "note.lostWithoutStage", { n: reading.lostWithoutStage }));
  const currencies = reading.currencies ?? [];
  if (currencies.length > 1) {
    const counted = currencies.map((code, index) => `${code} ${reading.currencyDeals?.[index] ?? "?"}`);
    lines.push(reportMessage(locale, "note.currencies", { count: currencies.length, list: counted.join(list) }));
  }
  if (reading.cycleFrom === "createdToClose") lines.push(reportMessage(locale, "note.cycleFromCreatedToClose"));
  return lines;
}

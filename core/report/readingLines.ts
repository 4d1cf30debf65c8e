import { message } from "../i18n/messages";
import type { Locale } from "../model/locale";
import type { ReadingNotes } from "../model/reading";

/**
 * What the reader decided, as the lines a report shows under its figures (the command line, the panes): the
 * stage order when it came from the columns or (a stage history) from the days stages are first entered, a stage
 * history's pivot and its deals that went back to an earlier stage, the footer rows skipped, lost deals with no known
 * stage, and the currencies that kept pipeline velocity from being computed. Nothing for a log read the usual way.
 * @example
 * readingLines({ shape: "wide", furnitureRows: 5 }, ["Lead", "Won"], "en")
 * //=> ["5 report footer rows skipped (report name, copyright, totals, separator lines)"]
 */
export function readingLines(reading: ReadingNotes | undefined, stages: readonly string[], locale: Locale): string[] {
  if (reading === undefined) return [];
  const lines: string[] = [];
  const list = locale === "zh-CN" ? "、" : ", ";
  if (reading.shape === "history") lines.push(message(locale, "note.shape.history"));
  if (reading.stageOrder?.source === "columns") lines.push(message(locale, "note.stageOrderColumns", { stages: stages.join(" → ") }));
  if (reading.stageOrder?.source === "firstEntry") lines.push(message(locale, "note.stageOrder.firstEntry", { stages: stages.join(" → ") }));
  if (reading.revisitedDeals !== undefined) lines.push(message(locale, "note.revisited", { n: reading.revisitedDeals }));
  if (reading.furnitureRows !== undefined) lines.push(message(locale, "note.furniture", { n: reading.furnitureRows }));
  if (reading.lostWithoutStage !== undefined) lines.push(message(locale, "note.lostWithoutStage", { n: reading.lostWithoutStage }));
  const currencies = reading.currencies ?? [];
  if (currencies.length > 1) {
    const counted = currencies.map((code, index) => `${code} ${reading.currencyDeals?.[index] ?? "?"}`);
    lines.push(message(locale, "note.currencies", { count: currencies.length, list: counted.join(list) }));
  }
  return lines;
}

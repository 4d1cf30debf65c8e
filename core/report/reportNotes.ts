import type { Locale } from "../model/locale";
import type { DealReport } from "./analyzeDeals";
import { readingLines } from "./readingLines";
import { dateOrderLines } from "./readingText";
import type { ReportSurface } from "./surface";

/**
 * Every note a surface shows above a report's figures, in `locale`: what the reader decided
 * ({@link readingLines}: a stage history, the stage order and how to change it, revisits, footer rows skipped, lost
 * deals without a known stage, currencies) and then how each column of numbers-only dates was read
 * ({@link dateOrderLines}). The CLI, the Excel pane and the Sheets sidebar all show this one list, so they say
 * the same things, each telling how to change the stage order its own way (`surface`: `--stages` on the command
 * line, the Stages sheet in the pane and the sidebar). Empty for a log read the usual way.
 * @example
 * reportNotes({ ...report, stages: ["Lead", "Won"], reading: { shape: "wide", furnitureRows: 5 } }, "en", "cli")
 * //=> ["5 report footer rows skipped (report name, copyright, totals, separator lines, repeated headers)"]
 */
export function reportNotes(report: Pick<DealReport, "reading" | "stages">, locale: Locale, surface: ReportSurface): string[] {
  return [...readingLines(report.reading, report.stages, locale, surface), ...dateOrderLines(report.reading, locale)];
}

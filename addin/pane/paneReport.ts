import { reportMessage } from "../../core/i18n/reportMessages";
import type { Grid } from "../../core/model/cells";
import type { DateOrder } from "../../core/model/reading";
import type { Locale } from "../../core/model/locale";
import type { DealLog } from "../../core/parse/dealLog";
import { StageOrderNeeded, stageOrderNeededText } from "../../core/parse/currentStage";
import { readVerdict, verdictMessage } from "../../core/parse/verdict";
import { parseForReport, reportOfLog, type DealReport } from "../../core/report/analyzeDeals";
import { ambiguousDatesText } from "../../core/report/readingText";
import { reportNotes } from "../../core/report/reportNotes";
import { sourceStageOrder, type DealSource } from "./dealSource";

/**
 * What the Analyze section shows for what it read, decided as the CLI decides it (cli/main.ts `analyze`):
 * - `report`: the figures, with the notes above them ({@link reportNotes}, the CLI's lines) and, when every row
 *   is a problem, `unread`: the CLI's one line ({@link verdictMessage}) shown as the error above the problem rows;
 * - `unread`: no deal log at all, the same line naming the headers found and the shapes read;
 * - `datesAmbiguous`: numbers-only dates nothing settles, in words (the pane adds what to do).
 * `source` is the sheet or selection read; `header` the grid to name when no deal sheet was found (its first row).
 * @example
 * paneReport(undefined, [["Owner", "Target"]], "en", undefined)
 * //=> { kind: "unread", message: 'no deal log found: the header row has 2 columns ("Owner", "Target"); read are …' }
 */
export function paneReport(source: DealSource | undefined, header: Grid, locale: Locale, localeDateOrder: DateOrder | undefined): PaneReport {
  let log;
  try {
    log =
      source === undefined
        ? undefined
        : parseForReport(source.grid, {
            locale,
            stages: source.stages,
            stageOrder: sourceStageOrder(source),
            firstRow: source.firstRow,
            firstColumn: source.firstColumn,
            localeDateOrder,
          });
  } catch (error) {
    // A current-stage export whose stages fit no known order: the stages found, as the CLI says them.
    // Where to list them: the workbook's Stages sheet (the pane has no command line).
    if (error instanceof StageOrderNeeded) return { kind: "unread", message: stageOrderNeededText(error, locale) + reportMessage(locale, "hint.listStages.workbook") };
    throw error;
  }
  const verdict = readVerdict(source?.grid ?? header, log);
  // No deal log, or a sheet with nothing in it (read whole, it is an empty one-column log): said in one line.
  if (log === undefined || source === undefined || (!verdict.readable && verdict.reason === "empty")) {
    return { kind: "unread", message: verdictMessage(verdict, locale, "workbook") ?? "" };
  }
  const report = reportOfLog(log, locale);
  const found = ambiguousDatesText(report.reading?.ambiguousDates, locale);
  if (found !== undefined) return { kind: "datesAmbiguous", found };
  return { kind: "report", source, log, report, notes: reportNotes(report, locale, "workbook"), unread: verdictMessage(verdict, locale, "workbook") };
}

/** See {@link paneReport}. */
export type PaneReport =
  | { readonly kind: "report"; readonly source: DealSource; readonly log: DealLog; readonly report: DealReport; readonly notes: readonly string[]; readonly unread?: string }
  | { readonly kind: "unread"; readonly message: string }
  | { readonly kind: "datesAmbiguous"; readonly found: string };

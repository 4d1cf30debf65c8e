import { reportMessage } from "../i18n/reportMessages";
import type { Locale } from "../model/locale";

/**
 * Where a report or a "could not read" line is shown, for the words that say what to do next: `cli` — the command
 * line, which takes the stage list as `--stages`; `workbook` — the Excel task pane and the Sheets sidebar, which
 * have no command line and take the stage list from the workbook's Stages (阶段) sheet (DEFINITIONS §1).
 */
export type ReportSurface = "cli" | "workbook";

/** What a hint is about: any stage order (give a list), or one that came from the workbook's Stages sheet. */
export type StageHintKind = "stageList" | "stagesSheet" | "giveStages";

/**
 * The words that tell a user how to change the stage order, on `surface`, in `locale`.
 * @example
 * stageOrderHint("cli", "en")                      //=> "to change it, give the stage list (--stages)"
 * stageOrderHint("workbook", "en")                 //=> "to change it, list the stages in order on a sheet named Stages (a column headed Stage)"
 * stageOrderHint("workbook", "zh-CN", "stagesSheet") //=> "如需更改，请编辑该表"
 */
export function stageOrderHint(surface: ReportSurface, locale: Locale, kind: StageHintKind = "stageList"): string {
  return reportMessage(locale, `hint.${kind}.${surface}`);
}

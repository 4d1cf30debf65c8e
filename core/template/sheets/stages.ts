import type { Locale } from "../../model/locale";
import { isDefaultStageName, stageList } from "../../model/stages";
import { a1 } from "../a1";
import { columnWidths, drawColumns } from "../columns";
import type { TemplateContext } from "../context";
import { num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";
import { DEFAULT_STAGE_DETAILS, STAGES_NAMES_NOTE } from "./stagesCopy";

/**
 * The Stages sheet: the ordered stage list, with the method's process-map facts (owner department, input,
 * output, target days) and the industry benchmark conversion into each stage — inputs the manager replaces with
 * their own numbers (the columns: stagesLayout.ts). The names label the Dashboard, Process map and Diagnosis; the
 * figures count by the Deals sheet's stage columns, in their order, so a note under the table (one blank row below
 * it, in column A, where reading the stage list stops: core/parse/stagesSheet.ts) says that the names must match
 * the Deals sheet's headers.
 */
export function stagesSheet({ layout, stageNames }: TemplateContext): SheetSpec {
  const { locale, stages } = layout;
  const sheet = new SheetBuilder("stages", layout.sheetName("stages"), "#5B9BD5");
  const rows: TemplateCell[][] = stageDetails(stageNames, locale).map((known, index) => [
    num(index + 1),
    text(stageNames[index]),
    known ? text(known.department[locale]) : null,
    known ? text(known.input[locale]) : null,
    known ? text(known.output[locale]) : null,
    known ? num(known.days) : null,
    known?.benchmark != null ? num(known.benchmark) : null,
  ]);
  const noteRow = stages.lastRow + 2;
  const rowsOf = { header: stages.headerRow, first: stages.firstRow, last: stages.lastRow };
  return drawColumns(sheet.widths(...columnWidths([stages.table], 0)), stages.table, rowsOf, { locale, stageNames, stageRange: stages.names })
    .put(a1(stages.table.first, stages.firstRow), rows)
    .put(a1(1, noteRow), [[text(STAGES_NAMES_NOTE[locale])]])
    .style(a1(1, noteRow), "note")
    .freeze(stages.headerRow, stages.nameColumn)
    .build();
}

/**
 * The reference values the Stages sheet writes for each stage: target days and benchmark conversion into it (null
 * for a stage of the manager's own, which the sheet leaves blank) — what the sample's words compare with.
 * @example
 * stageReferenceValues(["Lead", "Opportunity", "Proposal"], "en")[1] //=> { days: 7, benchmark: 0.6 }
 */
export function stageReferenceValues(stageNames: readonly string[], locale: Locale): { days: number | null; benchmark: number | null }[] {
  return stageDetails(stageNames, locale).map((known) => ({ days: known?.days ?? null, benchmark: known?.benchmark ?? null }));
}

/** Each stage's process-map facts when it is a default stage (stagesCopy.ts), else undefined (the team's own). */
function stageDetails(stageNames: readonly string[], locale: Locale): ((typeof DEFAULT_STAGE_DETAILS)[number] | undefined)[] {
  const defaults = stageList(undefined, locale);
  return stageNames.map((name) => (isDefaultStageName(name) ? DEFAULT_STAGE_DETAILS[defaults.indexOf(name)] : undefined));
}

import { message, type MessageCode } from "../i18n/messages";
import type { Locale } from "../model/locale";
import type { ReadingNotes } from "../model/reading";

/**
 * The reading notes a person is told, one sentence each, in `locale`: the shape when it is not the plain wide log,
 * the stage order a reader chose, revisits, lost deals without a stage. Fields other readers fill and that have no
 * sentence here yet are left out. `stages` are the report's stages, named in the first-entry order's sentence.
 * @example
 * readingNoteLines({ shape: "history", stageOrder: { source: "firstEntry" }, revisitedDeals: 1 }, ["Demo", "Won"], "en")
 * //=> ["Read as a stage history: …", "Stage order: by the typical day … (Demo → Won). …", "Deals that went back to an earlier stage: 1 (…)"]
 */
export function readingNoteLines(reading: ReadingNotes | undefined, stages: readonly string[], locale: Locale): string[] {
  if (reading === undefined) return [];
  const lines: string[] = [];
  if (reading.shape === "history") lines.push(message(locale, "note.shape.history"));
  const order = reading.stageOrder?.source;
  if (order !== undefined && order in ORDER_NOTES) {
    lines.push(message(locale, ORDER_NOTES[order as keyof typeof ORDER_NOTES], { stages: stages.join(" → ") }));
  }
  if (reading.revisitedDeals !== undefined && reading.revisitedDeals > 0) lines.push(message(locale, "note.revisited", { n: reading.revisitedDeals }));
  if (reading.lostWithoutStage !== undefined && reading.lostWithoutStage > 0) {
    lines.push(message(locale, "note.lostWithoutStage", { n: reading.lostWithoutStage }));
  }
  return lines;
}

const ORDER_NOTES = {
  firstEntry: "note.stageOrder.firstEntry",
  given: "note.stageOrder.given",
  workbook: "note.stageOrder.workbook",
  default: "note.stageOrder.default",
} as const satisfies Partial<Record<string, MessageCode>>;

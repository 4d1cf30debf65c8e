import { message } from "../i18n/messages";
import type { Locale } from "../model/locale";
import type { ReadingNotes } from "../model/reading";

/**
 * What the reader decided about a log, as sentences in `locale` for every surface to show under its report: the
 * shape when it is not the template's own, the stage order and where it came from, how many lost deals have no
 * known stage, and where cycle times come from. Only what applies is said; a wide log's notes say nothing yet.
 * (Fields other readers fill — date orders, report furniture, revisits, currencies — are said by their own lines.)
 * @example
 * readingNoteLines({ shape: "currentStage", stageOrder: { source: "crmDefault", name: "Salesforce" }, lostWithoutStage: 12 }, "en")
 * //=> ["Read as a current-stage export: one row per deal with the stage it is at (no stage dates)",
 * //    "Stage order: Salesforce's default pipeline",
 * //    "12 lost deals have no known stage: counted in the win rate and at the first stage (funnel and loss points)"]
 */
export function readingNoteLines(reading: ReadingNotes | undefined, locale: Locale): string[] {
  return readingNotes(reading, locale).map((note) => note.text);
}

/** One note of {@link readingNoteLines}, with what it is about (a surface may add its own hint to one). */
export interface ReadingNote {
  readonly about: "shape" | "stageOrder" | "lostWithoutStage" | "cycleFrom";
  readonly text: string;
}

/**
 * The notes of {@link readingNoteLines}, each with what it is about.
 * @example
 * readingNotes({ shape: "currentStage", stageOrder: { source: "given" } }, "zh-CN").map((note) => note.about)
 * //=> ["shape", "stageOrder"]
 */
export function readingNotes(reading: ReadingNotes | undefined, locale: Locale): ReadingNote[] {
  if (reading === undefined) return [];
  const notes: ReadingNote[] = [];
  if (reading.shape === "currentStage") {
    notes.push({ about: "shape", text: message(locale, "note.currentStage") });
    const order = reading.stageOrder;
    if (order?.source === "crmDefault") {
      notes.push({ about: "stageOrder", text: message(locale, "note.stageOrder.crmDefault", { name: order.name ?? "CRM" }) });
    } else if (order?.source === "workbook" || order?.source === "given" || order?.source === "default") {
      notes.push({ about: "stageOrder", text: message(locale, `note.stageOrder.${order.source}`) });
    }
  }
  if (reading.lostWithoutStage !== undefined && reading.lostWithoutStage > 0) {
    const code = reading.lostWithoutStage === 1 ? "note.lostWithoutStage.one" : "note.lostWithoutStage";
    notes.push({ about: "lostWithoutStage", text: message(locale, code, { n: reading.lostWithoutStage }) });
  }
  if (reading.cycleFrom === "createdToClose") notes.push({ about: "cycleFrom", text: message(locale, "note.cycleFromCreatedToClose") });
  return notes;
}

import { reportMessage } from "../i18n/reportMessages";
import type { Locale } from "../model/locale";
import type { AmbiguousDateColumn, DateColumnNote, ReadingNotes } from "../model/reading";

/**
 * What the reader decided about a log's dates, as a surface says it under the report: which order the columns of
 * numbers-only dates were read in and how it was settled (their values, the option, the locale), one line per
 * order and source.
 * @example
 * dateOrderLines({ shape: "wide", dateOrders: [{ column: "Lead", order: "mdy", source: "values" }, { column: "Won", order: "mdy", source: "values" }] }, "en")
 * //=> ['Dates of "Lead", "Won" read month-first (M/D/Y): settled by its own values (a day above 12)']
 */
export function dateOrderLines(reading: ReadingNotes | undefined, locale: Locale): string[] {
  const groups = new Map<string, DateColumnNote[]>();
  for (const note of reading?.dateOrders ?? []) {
    const key = `${note.order} ${note.source}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [note]);
    else group.push(note);
  }
  return [...groups.values()].map((notes) => dateOrderLine(notes, locale));
}

/** Columns read in one order, settled one way, in words. */
function dateOrderLine(notes: readonly DateColumnNote[], locale: Locale): string {
  const columns = notes.map((note) => (locale === "zh-CN" ? `“${note.column}”` : `"${note.column}"`)).join(locale === "zh-CN" ? "、" : ", ");
  return reportMessage(locale, "reading.dateOrder", {
    columns,
    order: reportMessage(locale, `dateOrder.${notes[0].order}`),
    source: reportMessage(locale, `dateOrderSource.${notes[0].source}`),
  });
}

/**
 * What was found when columns of numbers-only dates stayed ambiguous, in one line (each surface adds what to
 * do: the CLI's `--date-order`, the panes' locale); `undefined` when none did.
 * @example
 * ambiguousDatesText([{ column: "成交", ambiguous: 111, dated: 111 }], "en")
 * //=> 'all 111 dates of column "成交" could be month-first or day-first'
 */
export function ambiguousDatesText(columns: readonly AmbiguousDateColumn[] | undefined, locale: Locale): string | undefined {
  if (columns === undefined || columns.length === 0) return undefined;
  return columns
    .map(({ column, ambiguous, dated }) =>
      ambiguous === dated
        ? reportMessage(locale, "reading.datesAmbiguousAll", { column, count: ambiguous })
        : reportMessage(locale, "reading.datesAmbiguous", { column, count: ambiguous, total: dated }),
    )
    .join(locale === "zh-CN" ? "；" : "; ");
}

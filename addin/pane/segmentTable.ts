import type { Locale } from "../../core/model/locale";
import { GROUP_FIELDS } from "../../core/parse/groupColumn";
import { toHtmlElement } from "../../core/present/htmlTree";
import type { SegmentHeatTable } from "../../core/present/segmentHeat";
import { segmentHeatNode } from "../../core/present/segmentHeatTable";
import { paneText } from "../i18n/paneStrings";
import { el, uniqueId } from "./dom";

/** The pane's word for each field the deals can be split by (core/parse/groupColumn.ts GROUP_FIELDS). */
const FIELD_WORDS = { source: "bySource", owner: "byOwner", team: "byTeam", region: "byRegion", industry: "byIndustry" } as const satisfies Record<
  (typeof GROUP_FIELDS)[number],
  Parameters<typeof paneText>[1]
>;

/**
 * The "By" choice beside Analyze: none (the default), then every field `analyze --by` names by a word of its own.
 * @example
 * bySelect("en").value //=> "" (none); the options' values: "", "source", "owner", "team", "region", "industry"
 */
export function bySelect(locale: Locale, id: string): HTMLSelectElement {
  return el(
    "select",
    { id },
    el("option", { value: "" }, paneText(locale, "byNone")),
    ...GROUP_FIELDS.map((field) => el("option", { value: field }, paneText(locale, FIELD_WORDS[field]))),
  );
}

/** The pane's name of a field chosen under "By" (for the line that says the sheet has no column for it). */
export function byFieldWord(field: string, locale: Locale): string {
  return field in FIELD_WORDS ? paneText(locale, FIELD_WORDS[field as keyof typeof FIELD_WORDS]) : field;
}

/**
 * The deals split by the field chosen under "By" (core/present/segmentHeat.ts): a heading, the flagged groups in
 * words first, then the group × step table the sidebar draws too (core/present/segmentHeatTable.ts), each figure's
 * cell shaded by its value ("—" where a denominator is empty).
 */
export function segmentSection(table: SegmentHeatTable, locale: Locale): HTMLElement {
  const headingId = uniqueId("segments-heading");
  return el(
    "section",
    { class: "segments", "aria-labelledby": headingId },
    el("h3", { id: headingId }, paneText(locale, "segmentsHeading", { column: table.column })),
    ...table.sentences.map((sentence) => el("p", { class: "segment-sentence" }, sentence)),
    toHtmlElement(segmentHeatNode(table, headingId), document),
  );
}

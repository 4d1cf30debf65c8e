import type { Locale } from "../../core/model/locale";
import { GROUP_FIELDS } from "../../core/parse/groupColumn";
import { HEAT_TEXT, type HeatCell, type SegmentHeatTable } from "../../core/present/segmentHeat";
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
 * words first, then the group × step table, each figure's cell shaded by its value ("—" where a denominator is
 * empty). The shades are set through the style object (the pane's CSP allows no style attribute).
 */
export function segmentSection(table: SegmentHeatTable, locale: Locale): HTMLElement {
  const headingId = uniqueId("segments-heading");
  const figure = (cell: HeatCell, kind: string) => {
    const td = el("td", { "data-figure": kind, class: cell.value === null ? "none" : undefined }, cell.text);
    if (cell.background !== null) {
      td.style.backgroundColor = cell.background;
      td.style.color = HEAT_TEXT;
    }
    return td;
  };
  const rows = table.rows.map((row) =>
    el(
      "tr",
      { "data-group": row.group, "data-flag": row.flag ?? undefined, class: row.blank ? "blank" : undefined },
      el("th", { scope: "row" }, row.group, row.flag !== null && el("span", { class: `flag ${row.flag}` }, row.flagText)),
      el("td", { "data-figure": "deals" }, row.deals),
      ...row.steps.map((cell) => figure(cell, "step")),
      figure(row.winRate, "winRate"),
    ),
  );
  return el(
    "section",
    { class: "segments", "aria-labelledby": headingId },
    el("h3", { id: headingId }, paneText(locale, "segmentsHeading", { column: table.column })),
    ...table.sentences.map((sentence) => el("p", { class: "segment-sentence" }, sentence)),
    el(
      "div",
      // Wider than the pane when the stages are many: it scrolls, and takes the focus so the keyboard can scroll it.
      { class: "segment-scroll", tabindex: 0, role: "group", "aria-labelledby": headingId },
      el(
        "table",
        { class: "segment-heat", "aria-labelledby": headingId },
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { scope: "col" }, table.headers.group),
            el("th", { scope: "col" }, table.headers.deals),
            ...table.headers.steps.map((step) => el("th", { scope: "col" }, step)),
            el("th", { scope: "col" }, table.headers.winRate),
          ),
        ),
        el("tbody", {}, ...rows),
      ),
    ),
  );
}

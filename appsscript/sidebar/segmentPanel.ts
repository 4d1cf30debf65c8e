/**
 * The sidebar's "By" choice and what it shows: the deals split by a field as `analyze --by` splits them, drawn from
 * the heat table both panes share (core/present/segmentHeat.ts) — the flagged groups in words first, then the group ×
 * step table, each figure's cell shaded by its value ("—" where a denominator is empty).
 */
import { GROUP_FIELDS } from "../../core/parse/groupColumn";
import { HEAT_TEXT, type HeatCell, type SegmentHeatTable } from "../../core/present/segmentHeat";
import { element } from "./page";
import type { TextKey } from "./text";
import type { SidebarWords } from "./words";

/** The sidebar's word for each field the deals can be split by (core/parse/groupColumn.ts GROUP_FIELDS). */
const FIELD_WORDS = { source: "bySource", owner: "byOwner", team: "byTeam", region: "byRegion", industry: "byIndustry" } as const satisfies Record<
  (typeof GROUP_FIELDS)[number],
  TextKey
>;

/** Fills the "By" select: none (the default), then every field `analyze --by` names by a word of its own. */
export function fillBySelect(select: HTMLSelectElement, { t }: SidebarWords): void {
  const option = (value: string, text: string) => {
    const made = element("option", undefined, text);
    made.value = value;
    return made;
  };
  select.replaceChildren(option("", t("byNone")), ...GROUP_FIELDS.map((field) => option(field, t(FIELD_WORDS[field]))));
}

/** Shows the split in `target` (hidden when no field was chosen), or the line saying no column holds the field. */
export function renderSegments(target: HTMLElement, segments: SegmentHeatTable | { readonly missing: string } | undefined, { t }: SidebarWords): void {
  target.hidden = segments === undefined;
  if (segments === undefined) return target.replaceChildren();
  if ("missing" in segments) return target.replaceChildren(element("p", "gray segments-missing", segments.missing));
  const heading = element("h2", undefined, t("segmentsHeading", { column: segments.column }));
  heading.id = "segments-heading";
  const figure = (cell: HeatCell, kind: string) => {
    const td = element("td", cell.value === null ? "none" : undefined, cell.text);
    td.dataset.figure = kind;
    if (cell.background !== null) {
      td.style.backgroundColor = cell.background;
      td.style.color = HEAT_TEXT;
    }
    return td;
  };
  const th = (text: string, scope: "col" | "row") => {
    const made = element("th", undefined, text);
    made.scope = scope;
    return made;
  };
  const head = element("tr");
  head.append(th(segments.headers.group, "col"), th(segments.headers.deals, "col"), ...segments.headers.steps.map((step) => th(step, "col")), th(segments.headers.winRate, "col"));
  const rows = segments.rows.map((row) => {
    const tr = element("tr", row.blank ? "blank" : undefined);
    tr.dataset.group = row.group;
    if (row.flag !== null) tr.dataset.flag = row.flag;
    const name = th(row.group, "row");
    if (row.flag !== null) name.append(element("span", `flag ${row.flag}`, row.flagText));
    const deals = element("td", undefined, row.deals);
    deals.dataset.figure = "deals";
    tr.append(name, deals, ...row.steps.map((cell) => figure(cell, "step")), figure(row.winRate, "winRate"));
    return tr;
  });
  const table = element("table", "segment-heat");
  table.setAttribute("aria-labelledby", heading.id);
  table.append(element("thead"), element("tbody"));
  table.tHead!.append(head);
  table.tBodies[0].append(...rows);
  // Wider than the sidebar when the stages are many: it scrolls, and takes the focus so the keyboard can scroll it.
  const scroll = element("div", "segment-scroll");
  scroll.tabIndex = 0;
  scroll.setAttribute("role", "group");
  scroll.setAttribute("aria-labelledby", heading.id);
  scroll.append(table);
  target.replaceChildren(heading, ...segments.sentences.map((sentence) => element("p", "segment-sentence", sentence)), scroll);
}

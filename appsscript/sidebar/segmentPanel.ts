/**
 * The sidebar's "By" choice and what it shows: the deals split by a field as `analyze --by` splits them, drawn from
 * the heat table both panes share (core/present/segmentHeat.ts) — the flagged groups in words first, then the group ×
 * step table the task pane draws too (core/present/segmentHeatTable.ts), each figure's cell shaded by its value
 * ("—" where a denominator is empty).
 */
import { GROUP_FIELDS } from "../../core/parse/groupColumn";
import { toHtmlElement } from "../../core/present/htmlTree";
import type { SegmentHeatTable } from "../../core/present/segmentHeat";
import { segmentHeatNode } from "../../core/present/segmentHeatTable";
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
  const table = toHtmlElement(segmentHeatNode(segments, heading.id), document);
  target.replaceChildren(heading, ...segments.sentences.map((sentence) => element("p", "segment-sentence", sentence)), table);
}

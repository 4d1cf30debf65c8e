import { htmlNode, type HtmlNode } from "./htmlTree";
import { HEAT_TEXT, type HeatCell, type SegmentHeatTable } from "./segmentHeat";

/**
 * The heat table as both panes show it under "By" (the Excel task pane and the Sheets sidebar), labelled by the
 * pane's heading `headingId`: a group × step table — the group (with its flag in words), its deals, the step
 * conversions and the win rate, each figure's cell shaded by its value (dark text on it; "—" without a figure,
 * class `none`) — in a box that scrolls when the stages are many and takes the focus so the keyboard can scroll it.
 * @example
 * toHtmlElement(segmentHeatNode(table, "segments-heading"), document) // <div class="segment-scroll" …><table class="segment-heat" …>
 */
export function segmentHeatNode(table: SegmentHeatTable, headingId: string): HtmlNode {
  const figure = (cell: HeatCell, kind: string): HtmlNode => {
    const td = htmlNode("td", { "data-figure": kind, class: cell.value === null ? "none" : undefined }, cell.text);
    return cell.background === null ? td : { ...td, style: { "background-color": cell.background, color: HEAT_TEXT } };
  };
  const head = (text: string) => htmlNode("th", { scope: "col" }, text);
  const rows = table.rows.map((row) =>
    htmlNode(
      "tr",
      { "data-group": row.group, "data-flag": row.flag ?? undefined, class: row.blank ? "blank" : undefined },
      htmlNode("th", { scope: "row" }, row.group, row.flag !== null && htmlNode("span", { class: `flag ${row.flag}` }, row.flagText)),
      htmlNode("td", { "data-figure": "deals" }, row.deals),
      ...row.steps.map((cell) => figure(cell, "step")),
      figure(row.winRate, "winRate"),
    ),
  );
  return htmlNode(
    "div",
    { class: "segment-scroll", tabindex: 0, role: "group", "aria-labelledby": headingId },
    htmlNode(
      "table",
      { class: "segment-heat", "aria-labelledby": headingId },
      htmlNode("thead", {}, htmlNode("tr", {}, head(table.headers.group), head(table.headers.deals), ...table.headers.steps.map(head), head(table.headers.winRate))),
      htmlNode("tbody", {}, ...rows),
    ),
  );
}

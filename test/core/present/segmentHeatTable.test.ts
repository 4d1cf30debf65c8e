import { describe, expect, it } from "vitest";
import { toHtmlElement, type HtmlNode } from "../../../core/present/htmlTree";
import type { SegmentHeatTable } from "../../../core/present/segmentHeat";
import { segmentHeatNode } from "../../../core/present/segmentHeatTable";
import { svgMarkup } from "../../../core/present/svgTree";

// The heat table both panes draw (the Excel task pane's "By" section and the Sheets sidebar's), as plain data.
// The table below is made by hand; every expected string is written from the rules in the kit's JSDoc.
const TABLE: SegmentHeatTable = {
  column: "Source",
  sentences: ["Web is above the others."],
  headers: { group: "Source", deals: "Deals", steps: ["Lead → Won"], winRate: "Win rate" },
  rows: [
    {
      group: "Web <b>",
      blank: false,
      flag: "above",
      flagText: "above the others",
      deals: "12",
      steps: [{ value: 0.5, text: "50.0%", shade: 0.5, background: "#a3cffa" }],
      winRate: { value: 0.5, text: "50.0%", shade: 0.5, background: "#a3cffa" },
    },
    {
      group: "(blank)",
      blank: true,
      flag: null,
      flagText: "",
      deals: "3",
      steps: [{ value: null, text: "—", shade: null, background: null }],
      winRate: { value: 0, text: "0.0%", shade: 0, background: "#ffffff" },
    },
  ],
};

describe("segmentHeatNode: the group × step table, scrolling, labelled by the pane's heading", () => {
  it("heads each column, names each row by its group (with its flag), and marks every figure", () => {
    expect(svgMarkup(segmentHeatNode(TABLE, "h-1"))).toBe(
      '<div class="segment-scroll" tabindex="0" role="group" aria-labelledby="h-1">' +
        '<table class="segment-heat" aria-labelledby="h-1">' +
        '<thead><tr><th scope="col">Source</th><th scope="col">Deals</th><th scope="col">Lead → Won</th><th scope="col">Win rate</th></tr></thead>' +
        "<tbody>" +
        '<tr data-group="Web &lt;b&gt;" data-flag="above"><th scope="row">Web &lt;b&gt;<span class="flag above">above the others</span></th>' +
        '<td data-figure="deals">12</td><td data-figure="step">50.0%</td><td data-figure="winRate">50.0%</td></tr>' +
        '<tr data-group="(blank)" class="blank"><th scope="row">(blank)</th>' +
        '<td data-figure="deals">3</td><td data-figure="step" class="none">—</td><td data-figure="winRate">0.0%</td></tr>' +
        "</tbody></table></div>",
    );
  });

  it("shades a figure's cell by its value, dark text on it; a cell without a figure keeps the page's colours", () => {
    const cells = (node: HtmlNode | string): HtmlNode[] =>
      typeof node === "string" ? [] : [...(node.tag === "td" ? [node] : []), ...node.children.flatMap(cells)];
    expect(cells(segmentHeatNode(TABLE, "h")).map((cell) => cell.style)).toEqual([
      undefined, // deals
      { "background-color": "#a3cffa", color: "#242424" },
      { "background-color": "#a3cffa", color: "#242424" },
      undefined,
      undefined, // no step figure
      { "background-color": "#ffffff", color: "#242424" },
    ]);
  });
});

describe("toHtmlElement: a node as the page's DOM", () => {
  it("sets attributes, styles through the style object (no style attribute) and text as text", () => {
    class FakeElement {
      readonly attributes: Record<string, string> = {};
      readonly styles: Record<string, string> = {};
      readonly children: unknown[] = [];
      readonly style = { setProperty: (name: string, value: string) => void (this.styles[name] = value) };
      constructor(readonly tag: string) {}
      setAttribute(name: string, value: string) {
        this.attributes[name] = value;
      }
      append(...nodes: unknown[]) {
        this.children.push(...nodes);
      }
    }
    const page = { createElement: (tag: string) => new FakeElement(tag), createTextNode: (text: string) => ({ text }) };
    const made = toHtmlElement({ tag: "td", attributes: { class: "x" }, style: { color: "#242424" }, children: ["<b>"] }, page);
    expect([made.tag, made.attributes, made.styles, made.children]).toEqual(["td", { class: "x" }, { color: "#242424" }, [{ text: "<b>" }]]);
  });
});

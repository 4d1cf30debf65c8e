import { describe, expect, it } from "vitest";
import { fitDrawnLabels, funnelSvg, stageFigure, stageFigureLines, type FunnelStage } from "../../../core/present/funnelSvg";
import { cardText } from "../../../core/present/figureCards";
import { daysText, figureText } from "../../../core/present/numberText";
import { svgMarkup, svgNode, toSvgElement } from "../../../core/present/svgTree";

// The presentation kit both panes draw with (the Excel task pane and the Sheets sidebar). Every expected string
// below is worked by hand from the rules in the kit's JSDoc, not printed by the code.

const ROWS: FunnelStage[] = [
  { stage: "Lead", reached: 400, stepConversion: null },
  { stage: "Deal", reached: 100, stepConversion: 0.25 },
  { stage: "Won", reached: 0, stepConversion: 0 },
];

describe("figureText: one way to write a figure", () => {
  it("shares: a percentage with exactly one decimal, in both languages", () => {
    expect(figureText("share", 0.4567, "en")).toBe("45.7%");
    expect(figureText("share", 0.5, "zh-CN")).toBe("50.0%");
    expect(figureText("share", 1, "en")).toBe("100.0%");
  });
  it("counts and amounts: whole and grouped", () => {
    expect(figureText("count", 12345, "en")).toBe("12,345");
    expect(figureText("count", 12345, "zh-CN")).toBe("12,345");
    expect(figureText("amount", 37512.92, "en")).toBe("37,513");
  });
  it("days: at most one decimal, rounded half up from the decimal as written (3.05 → 3.1, where toFixed says 3.0)", () => {
    expect(figureText("days", 45.25, "en")).toBe("45.3");
    expect(figureText("days", 45, "en")).toBe("45");
    expect(figureText("days", 3.05, "en")).toBe("3.1");
    expect(figureText("days", 1.04, "zh-CN")).toBe("1");
  });
  it("no figure: the page's own word, an em dash unless it says otherwise", () => {
    expect(figureText("share", null, "en")).toBe("—");
    expect(figureText("days", Number.NaN, "en", "n/a")).toBe("n/a");
  });
});

describe("daysText and cardText: days with their word, a card's value, as both panes write them", () => {
  it("days: the figure, then 天 or day/days in the form the number as written takes; none without a figure", () => {
    expect(daysText(45.25, "en")).toBe("45.3 days");
    expect(daysText(1, "en")).toBe("1 day");
    expect(daysText(1.04, "en")).toBe("1 day"); // written "1"
    expect(daysText(0, "en")).toBe("0 days");
    expect(daysText(30, "zh-CN")).toBe("30 天");
    expect(daysText(1234.5, "zh-CN")).toBe("1,234.5 天");
    expect(daysText(null, "en", "n/a")).toBe("n/a");
    expect(daysText(Number.NaN, "zh-CN")).toBe("—");
  });
  it("a card: a share, an amount, or days, each its own way", () => {
    expect(cardText({ id: "winRate", label: "Win rate", kind: "share", value: 0.4567 }, "en")).toBe("45.7%");
    expect(cardText({ id: "velocity", label: "Velocity", kind: "amount", value: 37512.92 }, "zh-CN")).toBe("37,513");
    expect(cardText({ id: "cycleMedian", label: "Median", kind: "days", value: 39, n: 12 }, "en")).toBe("39 days");
    expect(cardText({ id: "cycleP90", label: "P90", kind: "days", value: null }, "en", "n/a")).toBe("n/a");
  });
});

describe("the funnel", () => {
  it("a stage's figure: reached, then the step conversion from the second stage on", () => {
    expect(stageFigure({ stage: "Lead", reached: 1200, stepConversion: null }, 0, "en")).toBe("1,200");
    expect(stageFigure({ stage: "Won", reached: 220, stepConversion: 0.55 }, 1, "en")).toBe("220 · 55.0%");
    expect(stageFigure({ stage: "签约", reached: 0, stepConversion: null }, 3, "zh-CN")).toBe("0 · —");
    expect(stageFigureLines(ROWS, "en")).toEqual(["Lead 400", "Deal 100 · 25.0%", "Won 0 · 0.0%"]);
  });

  it("draws one bar per stage, centered, as wide as its share of the widest (bar area 320 − 84 − 96 = 140)", () => {
    const chart = funnelSvg(ROWS, "en", { title: "Funnel", legend: "Reached · step", description: "Lead 400, …" }, { id: "f" });
    expect(svgMarkup(chart)).toBe(
      '<svg class="funnel-chart" viewBox="0 0 320 104" width="100%" role="img" aria-labelledby="f-title" aria-describedby="f-description">' +
        '<title id="f-title">Funnel</title><desc id="f-description">Lead 400, …</desc>' +
        '<g class="funnel-stage" data-stage="Lead" data-reached="400"><title>Lead 400</title>' +
        '<text class="funnel-label" x="78" y="12" text-anchor="end" dominant-baseline="middle">Lead</text>' +
        '<rect x="84.0" y="0" width="140.0" height="24" rx="2" fill="#0f6cbd"></rect>' +
        '<text class="funnel-value" x="230" y="12" dominant-baseline="middle">400</text></g>' +
        '<g class="funnel-stage" data-stage="Deal" data-reached="100"><title>Deal 100 · 25.0%</title>' +
        '<text class="funnel-label" x="78" y="42" text-anchor="end" dominant-baseline="middle">Deal</text>' +
        '<rect x="136.5" y="30" width="35.0" height="24" rx="2" fill="#115ea3"></rect>' +
        '<text class="funnel-value" x="230" y="42" dominant-baseline="middle">100 · 25.0%</text></g>' +
        '<g class="funnel-stage" data-stage="Won" data-reached="0"><title>Won 0 · 0.0%</title>' +
        '<text class="funnel-label" x="78" y="72" text-anchor="end" dominant-baseline="middle">Won</text>' +
        '<rect x="153.5" y="60" width="1.0" height="24" rx="2" fill="#2886de"></rect>' +
        '<text class="funnel-value" x="230" y="72" dominant-baseline="middle">0 · 0.0%</text></g>' +
        '<text class="funnel-legend" x="320" y="100" text-anchor="end">Reached · step</text></svg>',
    );
  });

  it("a page's look: its width, colors and class names; long names cut with …, whole in the hover title; user text stays text", () => {
    const rows: FunnelStage[] = [
      { stage: "客户需求深度确认", reached: 50, stepConversion: null },
      { stage: "<b>Won</b>", reached: 25, stepConversion: 0.5 },
    ];
    const chart = funnelSvg(rows, "zh-CN", { title: "销售漏斗", legend: "图例", description: "说明" }, {
      id: "funnel",
      width: 280,
      colors: ["#111111"],
      classes: { chart: "funnel", stage: "stage", label: "stage-name", value: "stage-figure" },
    });
    const markup = svgMarkup(chart);
    // Bar area 280 − 84 − 96 = 100: the second bar 50 wide at 84 + (100 − 50) / 2 = 109; values at 280 − 96 + 6 = 190.
    expect(markup).toContain('<svg class="funnel" viewBox="0 0 280 74"');
    expect(markup).toContain('<g class="stage" data-stage="客户需求深度确认" data-reached="50"><title>客户需求深度确认 50</title><text class="stage-name" x="78" y="12" text-anchor="end" dominant-baseline="middle">客户需求深…</text>');
    expect(markup).toContain('<rect x="109.0" y="30" width="50.0" height="24" rx="2" fill="#111111"></rect><text class="stage-figure" x="190" y="42" dominant-baseline="middle">25 · 50.0%</text>');
    expect(markup).toContain('data-stage="&lt;b&gt;Won&lt;/b&gt;"');
    expect(markup).toContain('<text class="funnel-legend" x="280" y="70" text-anchor="end">图例</text>');
  });

  it("cuts a drawn label still wider than the names' column (78 units), one character at a time", () => {
    // A font 10 units a character: "NEGOTIATIONS" (120) → "NEGOTI…" (70), "Lead" (40) left alone.
    const labels = ["NEGOTIATIONS", "Lead"].map((text) => ({ textContent: text as string | null, getComputedTextLength() { return [...(this.textContent ?? "")].length * 10; } }));
    fitDrawnLabels(labels);
    expect(labels.map((label) => label.textContent)).toEqual(["NEGOTI…", "Lead"]);
  });
});

describe("toSvgElement: the drawing as DOM of the page's document", () => {
  it("creates SVG-namespace elements, sets attributes, appends text as text nodes", () => {
    type Fake = { ns: string; tag: string; attributes: Record<string, string>; children: unknown[]; setAttribute(name: string, value: string): void; append(...nodes: never[]): void };
    const document = {
      createElementNS(ns: string, tag: string): Fake {
        return { ns, tag, attributes: {}, children: [], setAttribute(name, value) { this.attributes[name] = value; }, append(...nodes) { this.children.push(...nodes); } };
      },
      createTextNode: (text: string) => ({ text }),
    };
    const made = toSvgElement(svgNode("g", { x: 1 }, svgNode("text", {}, "<i>"), "tail"), document);
    expect(made).toMatchObject({ ns: "http://www.w3.org/2000/svg", tag: "g", attributes: { x: "1" } });
    expect(made.children).toEqual([expect.objectContaining({ tag: "text", children: [{ text: "<i>" }] }), { text: "tail" }]);
  });
});

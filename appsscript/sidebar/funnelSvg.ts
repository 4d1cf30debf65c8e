import { clipToWidth } from "../../core/model/displayWidth";
import type { WireFunnelRow } from "../shared/protocol";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 280;
const NAME_WIDTH = 84;
/** Space kept clear between a stage's name and the widest bar. */
const NAME_GAP = 4;
const FIGURE_WIDTH = 84;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 22;
/** The narrowest bar, so a stage nobody reached still shows where it is. */
const MIN_BAR = 4;
const COLORS = ["#4285F4", "#3B78E7", "#3367D6", "#2A56C6", "#234BB1", "#1C3AA9"];

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Readonly<Record<string, string | number>>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * The widest stage name shown whole, in display-width units (core displayWidth): 12, so every default stage fits in both
 * languages ("Opportunity" and "Negotiation" are 11, 线索…成交 4) and 6 Chinese characters do too — within the
 * name column at the sidebar's 300 px at 11 px type.
 */
export const NAME_BUDGET = 12;

/**
 * `text` as it fits `budget` display-width units (core displayWidth): whole when it fits, else cut at a character
 * and ended with "…", so a cut name is never wider than a whole one.
 * @example
 * fitLabel("Negotiation")          //=> "Negotiation"
 * fitLabel("Technical evaluation") //=> "Technical e…"
 * fitLabel("客户需求深度确认")       //=> "客户需求深…"
 */
export function fitLabel(text: string, budget: number = NAME_BUDGET): string {
  return clipToWidth(text, budget);
}

/**
 * Cuts further, once the chart is on screen, any stage name the sidebar's font still draws wider than its
 * column (a name of capitals — "NEGOTIATION" — is wider than its display width says): one character at a
 * time, ending with "…". Names that fit, every default stage among them, are left as they are. Call it after the
 * chart is shown (a hidden chart measures 0).
 */
export function fitDrawnNames(svg: SVGSVGElement): void {
  for (const name of svg.querySelectorAll<SVGTextElement>(".stage-name")) {
    let text = name.textContent ?? "";
    while (text.length > 1 && name.getComputedTextLength() > NAME_WIDTH) {
      text = [...text.replace(/…$/, "")].slice(0, -1).join("").trimEnd();
      name.textContent = `${text}…`;
    }
  }
}

/** Space under the bars for the legend line. */
const LEGEND_HEIGHT = 18;

/**
 * What a stage shows right of its bar: the deals that reached it and, from the second stage on, its step
 * conversion (reached ÷ reached at the stage before; "—" when none reached that one) — as the Excel pane's
 * funnel does.
 */
export function stageFigure(row: WireFunnelRow, index: number, formatCount: (value: number) => string, formatShare: (value: number) => string): string {
  const reached = formatCount(row.reached);
  if (index === 0) return reached;
  return `${reached} · ${row.stepConversion === null ? "—" : formatShare(row.stepConversion)}`;
}

/**
 * The funnel as an SVG: one centered bar per stage, as wide as the share of deals that reached it, with the
 * stage's name on the left, {@link stageFigure} ("reached · step conversion") on the right and a legend line
 * under the bars saying what the two numbers are. `words.title` names the chart, `words.legend` is the legend
 * and `words.description` — every stage's figures, as the Excel pane's chart lists them — its description for
 * screen readers (the `<title>` and `<desc>`, referenced by aria-labelledby / aria-describedby). A name wider
 * than {@link NAME_BUDGET} is cut with "…" ({@link fitLabel}); its full text is the name's tooltip. All text
 * goes in through `textContent` (stage names are the user's own header text).
 */
export function funnelSvg(
  rows: readonly WireFunnelRow[],
  formatCount: (value: number) => string,
  formatShare: (value: number) => string,
  words: { readonly title: string; readonly legend: string; readonly description: string },
): SVGSVGElement {
  const barsHeight = Math.max(1, rows.length) * ROW_HEIGHT;
  const height = barsHeight + LEGEND_HEIGHT;
  const svg = svgElement("svg", {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: "100%",
    role: "img",
    class: "funnel",
    "aria-labelledby": "funnel-title",
    "aria-describedby": "funnel-description",
  });
  const title = svgElement("title", { id: "funnel-title" });
  title.textContent = words.title;
  const description = svgElement("desc", { id: "funnel-description" });
  description.textContent = words.description;
  svg.append(title, description);
  const top = Math.max(1, rows[0]?.reached ?? 1);
  const barSpace = WIDTH - NAME_WIDTH - FIGURE_WIDTH - NAME_GAP;
  const center = NAME_WIDTH + NAME_GAP + barSpace / 2;
  rows.forEach((row, index) => {
    const y = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    const barWidth = Math.max(MIN_BAR, (row.reached / top) * barSpace);
    const group = svgElement("g", { class: "stage" });
    const figureText = stageFigure(row, index, formatCount, formatShare);
    const bar = svgElement("rect", { x: center - barWidth / 2, y, width: barWidth, height: BAR_HEIGHT, rx: 3, fill: COLORS[Math.min(index, COLORS.length - 1)] });
    const tip = svgElement("title", {});
    tip.textContent = `${row.stage} ${figureText}`;
    bar.append(tip);
    const name = svgElement("text", { x: 0, y: y + BAR_HEIGHT / 2, "dominant-baseline": "central", class: "stage-name" });
    name.textContent = fitLabel(row.stage);
    const figure = svgElement("text", { x: WIDTH, y: y + BAR_HEIGHT / 2, "dominant-baseline": "central", "text-anchor": "end", class: "stage-figure" });
    figure.textContent = figureText;
    if (name.textContent !== row.stage) {
      // A cut name shows its whole text on hover (a <title> inside the <text> would join its textContent).
      const whole = svgElement("title", {});
      whole.textContent = row.stage;
      const cut = svgElement("g", {});
      cut.append(whole, name);
      group.append(bar, cut, figure);
    } else {
      group.append(bar, name, figure);
    }
    svg.append(group);
  });
  // sidebar.css styles only the names and figures: the legend sets its own size and a quieter gray.
  const legend = svgElement("text", { x: WIDTH, y: height - 4, "text-anchor": "end", class: "funnel-legend", "font-size": 10, fill: "#5f6368" });
  legend.textContent = words.legend;
  svg.append(legend);
  return svg;
}

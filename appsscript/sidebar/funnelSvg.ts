import type { WireFunnelRow } from "../shared/protocol";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 280;
const NAME_WIDTH = 78;
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

/** Text that fits a column: cut with "…" past `max` characters (CJK counted double). */
function fit(text: string, max: number): string {
  let width = 0;
  let out = "";
  for (const char of text) {
    width += /[\u2e80-\uffff]/.test(char) ? 2 : 1;
    if (width > max) return `${out}…`;
    out += char;
  }
  return out;
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
 * under the bars saying what the two numbers are. `words.title` names the chart and `words.legend` is the
 * legend, also its description for screen readers. All text goes in through `textContent` (stage names are
 * the user's own header text).
 */
export function funnelSvg(
  rows: readonly WireFunnelRow[],
  formatCount: (value: number) => string,
  formatShare: (value: number) => string,
  words: { readonly title: string; readonly legend: string },
): SVGSVGElement {
  const barsHeight = Math.max(1, rows.length) * ROW_HEIGHT;
  const height = barsHeight + LEGEND_HEIGHT;
  const svg = svgElement("svg", { viewBox: `0 0 ${WIDTH} ${height}`, width: "100%", role: "img", class: "funnel" });
  const title = svgElement("title", {});
  title.textContent = words.title;
  const description = svgElement("desc", {});
  description.textContent = words.legend;
  svg.append(title, description);
  const top = Math.max(1, rows[0]?.reached ?? 1);
  const barSpace = WIDTH - NAME_WIDTH - FIGURE_WIDTH;
  const center = NAME_WIDTH + barSpace / 2;
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
    name.textContent = fit(row.stage, 10);
    const figure = svgElement("text", { x: WIDTH, y: y + BAR_HEIGHT / 2, "dominant-baseline": "central", "text-anchor": "end", class: "stage-figure" });
    figure.textContent = figureText;
    group.append(bar, name, figure);
    svg.append(group);
  });
  // sidebar.css styles only the names and figures: the legend sets its own size and a quieter gray.
  const legend = svgElement("text", { x: WIDTH, y: height - 4, "text-anchor": "end", class: "funnel-legend", "font-size": 10, fill: "#5f6368" });
  legend.textContent = words.legend;
  svg.append(legend);
  return svg;
}

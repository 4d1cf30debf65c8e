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

/**
 * The funnel as an SVG: one centred bar per stage, as wide as the share of deals that reached it, with the
 * stage's name on the left and "reached · step conversion" on the right. All text goes in through
 * `textContent` (stage names are the user's own header text).
 */
export function funnelSvg(rows: readonly WireFunnelRow[], formatCount: (value: number) => string, formatShare: (value: number) => string, label: string): SVGSVGElement {
  const height = Math.max(1, rows.length) * ROW_HEIGHT;
  const svg = svgElement("svg", { viewBox: `0 0 ${WIDTH} ${height}`, width: "100%", role: "img", class: "funnel" });
  const title = svgElement("title", {});
  title.textContent = label;
  svg.append(title);
  const top = Math.max(1, rows[0]?.reached ?? 1);
  const barSpace = WIDTH - NAME_WIDTH - FIGURE_WIDTH;
  const centre = NAME_WIDTH + barSpace / 2;
  rows.forEach((row, index) => {
    const y = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    const barWidth = Math.max(MIN_BAR, (row.reached / top) * barSpace);
    const group = svgElement("g", { class: "stage" });
    const bar = svgElement("rect", { x: centre - barWidth / 2, y, width: barWidth, height: BAR_HEIGHT, rx: 3, fill: COLORS[Math.min(index, COLORS.length - 1)] });
    const tip = svgElement("title", {});
    tip.textContent = `${row.stage}: ${formatCount(row.reached)}`;
    bar.append(tip);
    const name = svgElement("text", { x: 0, y: y + BAR_HEIGHT / 2, "dominant-baseline": "central", class: "stage-name" });
    name.textContent = fit(row.stage, 10);
    const figure = svgElement("text", { x: WIDTH, y: y + BAR_HEIGHT / 2, "dominant-baseline": "central", "text-anchor": "end", class: "stage-figure" });
    figure.textContent = row.stepConversion === null ? formatCount(row.reached) : `${formatCount(row.reached)} · ${formatShare(row.stepConversion)}`;
    group.append(bar, name, figure);
    svg.append(group);
  });
  return svg;
}

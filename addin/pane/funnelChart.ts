import type { Locale } from "../../core/model/locale";
import type { FunnelRow } from "../../core/metrics/funnel";
import { clipToWidth } from "../../core/model/displayWidth";
import { paneList, paneText } from "../i18n/paneStrings";
import { svg, uniqueId } from "./dom";
import { countText, percentText } from "./numberText";

/** Geometry of the chart, in SVG user units (it scales to the pane's width). */
const WIDTH = 320;
const LABEL_WIDTH = 84;
/**
 * Display columns of a stage name left of its bar ({@link clipToWidth}: a Chinese character counts two): at the
 * chart's 11px, 12 columns — 12 Latin letters or 6 Chinese characters — fit in the label area.
 */
const LABEL_COLUMNS = 12;
const VALUE_WIDTH = 96;
const BAR_HEIGHT = 24;
const GAP = 6;

/** Fluent's brand ramp from dark to light: the funnel narrows and lightens stage by stage. */
const BRAND_RAMP = ["#0f6cbd", "#115ea3", "#2886de", "#479ef5", "#62abf5", "#77b7f7", "#96c6fa", "#b4d6fa"];

/** Space under the bars for the legend line. */
const LEGEND_HEIGHT = 20;

/**
 * What a stage shows right of its bar: the deals that reached it and, from the second stage on, its step
 * conversion (reached ÷ reached at the stage before; "—" when none reached that one). The Sheets sidebar's
 * funnel shows the same.
 * @example
 * stageFigure({ reached: 220, stepConversion: 0.55, … }, 1, "en") //=> "220 · 55.0%"
 * stageFigure({ reached: 400, stepConversion: null, … }, 0, "en") //=> "400"
 */
export function stageFigure(row: FunnelRow, index: number, locale: Locale): string {
  const reached = countText(row.reached, locale);
  return index === 0 ? reached : `${reached} · ${percentText(row.stepConversion, locale)}`;
}

/**
 * The funnel as an inline SVG: one centered bar per stage, its width proportional to the deals that reached
 * the stage, with the stage's name on the left (cut to {@link LABEL_COLUMNS} display columns with "…" when
 * longer; in full in the description and on hover) and {@link stageFigure} ("reached · step conversion") on the
 * right, and a legend line under the bars saying what the two numbers are. The chart has role="img" with a
 * title and a description listing every figure, for screen readers; each bar's group carries data-stage and
 * data-reached.
 */
export function funnelChart(funnel: readonly FunnelRow[], locale: Locale): SVGSVGElement {
  const titleId = uniqueId("funnel-title");
  const descriptionId = uniqueId("funnel-description");
  const barsHeight = Math.max(0, funnel.length * (BAR_HEIGHT + GAP) - GAP);
  const height = barsHeight + LEGEND_HEIGHT;
  const widest = Math.max(1, ...funnel.map((row) => row.reached));
  const barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const description = paneText(locale, "funnelDescription", {
    list: paneList(locale, funnel.map((row, index) => `${row.stage} ${stageFigure(row, index, locale)}`)),
  });
  return svg(
    "svg",
    {
      class: "funnel-chart",
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: "100%",
      role: "img",
      "aria-labelledby": `${titleId} ${descriptionId}`,
    },
    svg("title", { id: titleId }, paneText(locale, "funnelHeading")),
    svg("desc", { id: descriptionId }, description),
    ...funnel.map((row, index) => {
      const y = index * (BAR_HEIGHT + GAP);
      const barWidth = row.reached === 0 ? 1 : Math.max(2, (row.reached / widest) * barArea);
      const x = LABEL_WIDTH + (barArea - barWidth) / 2;
      const middle = y + BAR_HEIGHT / 2;
      const label = clipToWidth(row.stage, LABEL_COLUMNS);
      return svg(
        "g",
        { class: "funnel-stage", "data-stage": row.stage, "data-reached": row.reached },
        // A clipped name in full on hover; screen readers have it in the chart's description.
        label !== row.stage && svg("title", {}, row.stage),
        svg("text", { class: "funnel-label", x: LABEL_WIDTH - 6, y: middle, "text-anchor": "end", "dominant-baseline": "middle" }, label),
        svg("rect", { x: x.toFixed(1), y, width: barWidth.toFixed(1), height: BAR_HEIGHT, rx: 2, fill: BRAND_RAMP[Math.min(index, BRAND_RAMP.length - 1)] }),
        svg("text", { class: "funnel-value", x: WIDTH - VALUE_WIDTH + 6, y: middle, "dominant-baseline": "middle" }, stageFigure(row, index, locale)),
      );
    }),
    svg(
      "text",
      // Styled by pane.css like every chart text (an inline style would break the pane's style-src 'self').
      { class: "funnel-legend", x: WIDTH, y: height - 4, "text-anchor": "end" },
      paneText(locale, "funnelLegend"),
    ),
  );
}

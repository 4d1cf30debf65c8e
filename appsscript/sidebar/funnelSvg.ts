import { clipToWidth } from "../../core/model/displayWidth";
import type { Locale } from "../../core/model/locale";
import { fitDrawnLabels, funnelSvg, LABEL_COLUMNS, stageFigureLines } from "../../core/present/funnelSvg";
import { toSvgElement } from "../../core/present/svgTree";
import type { WireFunnelRow } from "../shared/protocol";

/**
 * The widest stage name shown whole, in display-width units (core displayWidth): the presentation kit's
 * {@link LABEL_COLUMNS}, 12, so every default stage fits in both languages ("Opportunity" and "Negotiation" are
 * 11, 线索…成交 4) and 6 Chinese characters do too.
 */
export const NAME_BUDGET = LABEL_COLUMNS;

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

/** The sidebar's width in SVG units (it is 300 px wide) and Google's blues, dark to light. */
const SIDEBAR_LOOK = {
  id: "funnel",
  width: 280,
  colors: ["#4285F4", "#3B78E7", "#3367D6", "#2A56C6", "#234BB1", "#1C3AA9"],
  classes: { chart: "funnel", stage: "stage", label: "stage-name", value: "stage-figure" },
} as const;

/**
 * The funnel as an SVG, drawn by the presentation kit (core/present/funnelSvg.ts, as the Excel pane draws it) in
 * the sidebar's look. `words.title` names the chart and `words.legend` is the legend line; `describe` makes the
 * description for screen readers from every stage's figures ("name reached · step conversion").
 */
export function funnelChart(
  rows: readonly WireFunnelRow[],
  locale: Locale,
  words: { readonly title: string; readonly legend: string; readonly none: string; readonly describe: (figures: readonly string[]) => string },
): SVGSVGElement {
  const description = words.describe(stageFigureLines(rows, locale, words.none));
  return toSvgElement(funnelSvg(rows, locale, { title: words.title, legend: words.legend, description }, SIDEBAR_LOOK, words.none), document) as SVGSVGElement;
}

/**
 * Cuts further, once the chart is on screen, any stage name the sidebar's font still draws wider than its
 * column (the kit's fitDrawnLabels). Call it after the chart is shown (a hidden chart measures 0).
 */
export function fitDrawnNames(svg: SVGSVGElement): void {
  fitDrawnLabels(svg.querySelectorAll<SVGTextElement>(`.${SIDEBAR_LOOK.classes.label}`));
}

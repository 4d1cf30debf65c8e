import type { Locale } from "../../core/model/locale";
import type { FunnelRow } from "../../core/metrics/funnel";
import { funnelSvg, stageFigureLines } from "../../core/present/funnelSvg";
import { toSvgElement } from "../../core/present/svgTree";
import { paneList, paneText } from "../i18n/paneStrings";
import { uniqueId } from "./dom";

/**
 * The funnel as an inline SVG, drawn by the presentation kit (core/present/funnelSvg.ts, as the Sheets sidebar
 * draws it) in the pane's look (Fluent's brand ramp, the pane's width and class names), with the pane's words:
 * the chart's title, its legend and a description listing every stage's figures, for screen readers.
 */
export function funnelChart(funnel: readonly FunnelRow[], locale: Locale): SVGSVGElement {
  const none = paneText(locale, "notAvailable");
  const words = {
    title: paneText(locale, "funnelHeading"),
    legend: paneText(locale, "funnelLegend"),
    description: paneText(locale, "funnelDescription", { list: paneList(locale, stageFigureLines(funnel, locale, none)) }),
  };
  return toSvgElement(funnelSvg(funnel, locale, words, { id: uniqueId("funnel") }, none), document) as SVGSVGElement;
}

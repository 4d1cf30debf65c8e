import type { Locale } from "../model/locale";
import { clipToWidth } from "../model/displayWidth";
import { figureText } from "./numberText";
import { svgNode, type SvgNode } from "./svgTree";

/** What the funnel needs of a stage: a core FunnelRow, or the sidebar's wire copy of one. */
export interface FunnelStage {
  readonly stage: string;
  readonly reached: number;
  readonly stepConversion: number | null;
}

/** Geometry of the chart, in SVG user units (it scales to its page's width). */
export const FUNNEL_GEOMETRY = {
  /** The Excel pane's width; the sidebar passes its own ({@link FunnelLook.width}). */
  width: 320,
  /** The stage names' column, left of the bars; the names end 6 units short of it. */
  labelWidth: 84,
  /** The figures' column, right of the bars. */
  valueWidth: 96,
  barHeight: 24,
  gap: 6,
  /** Space under the bars for the legend line. */
  legendHeight: 20,
} as const;

/** Where a stage name ends (text-anchor end): 6 units clear of the widest bar. */
export const LABEL_END = FUNNEL_GEOMETRY.labelWidth - 6;

/**
 * Display columns of a stage name left of its bar ({@link clipToWidth}: a Chinese character counts two): at 11px,
 * 12 columns — 12 Latin letters, every default stage in both languages, or 6 Chinese characters — fit.
 */
export const LABEL_COLUMNS = 12;

/** Fluent's brand ramp from dark to light (the Excel pane's): the funnel narrows and lightens stage by stage. */
export const FLUENT_RAMP = ["#0f6cbd", "#115ea3", "#2886de", "#479ef5", "#62abf5", "#77b7f7", "#96c6fa", "#b4d6fa"] as const;

/** The class names a page styles and its tests find; the Excel pane's by default. */
export interface FunnelClasses {
  readonly chart: string;
  readonly stage: string;
  readonly label: string;
  readonly value: string;
  readonly legend: string;
}

const PANE_CLASSES: FunnelClasses = { chart: "funnel-chart", stage: "funnel-stage", label: "funnel-label", value: "funnel-value", legend: "funnel-legend" };

/** How a page dresses the one funnel: ids, width, colors and class names. Nothing else differs. */
export interface FunnelLook {
  /** The prefix of the chart's ids (`<id>-title`, `<id>-description`): unique in the page. */
  readonly id: string;
  readonly width?: number;
  readonly colors?: readonly string[];
  readonly classes?: Partial<FunnelClasses>;
}

/** The chart's words, from the page's catalog: its title, legend line and description (every stage's figures). */
export interface FunnelWords {
  readonly title: string;
  readonly legend: string;
  readonly description: string;
}

/**
 * What a stage shows right of its bar: the deals that reached it and, from the second stage on, its step
 * conversion (reached ÷ reached at the stage before; `none` when none reached that one).
 * @example
 * stageFigure({ stage: "Lead", reached: 1200, stepConversion: null }, 0, "en")          //=> "1,200"
 * stageFigure({ stage: "Won", reached: 220, stepConversion: 0.55 }, 1, "en")            //=> "220 · 55.0%"
 * stageFigure({ stage: "签约", reached: 0, stepConversion: null }, 3, "zh-CN")           //=> "0 · —"
 */
export function stageFigure(row: FunnelStage, index: number, locale: Locale, none = "—"): string {
  const reached = figureText("count", row.reached, locale);
  return index === 0 ? reached : `${reached} · ${figureText("share", row.stepConversion, locale, none)}`;
}

/**
 * Every stage with its figure, "name figure", for the chart's description (the page joins them as its language
 * lists things).
 * @example
 * stageFigureLines([{ stage: "Lead", reached: 400, stepConversion: null }, { stage: "Won", reached: 100, stepConversion: 0.25 }], "en")
 * //=> ["Lead 400", "Won 100 · 25.0%"]
 */
export function stageFigureLines(rows: readonly FunnelStage[], locale: Locale, none = "—"): string[] {
  return rows.map((row, index) => `${row.stage} ${stageFigure(row, index, locale, none)}`);
}

/**
 * The funnel, as the Excel task pane and the Sheets sidebar both draw it: one centered bar per stage, as wide as
 * its share of the most deals any stage reached (at least 2 units, 1 for a stage nobody reached), the stage's name
 * on the left (cut to {@link LABEL_COLUMNS} display columns with "…"), {@link stageFigure} on the right, and a
 * legend line under the bars saying what the two numbers are. For screen readers the chart is one image
 * (role="img") named by its `<title>` and described by its `<desc>` (every stage's figures). Each stage is a group
 * with data-stage and data-reached, whose `<title>` (the hover text) has the whole name and its figures.
 * @example
 * funnelSvg([{ stage: "Lead", reached: 10, stepConversion: null }], "en", { title: "Funnel", legend: "Reached", description: "Lead 10" }, { id: "f" })
 * // <svg class="funnel-chart" viewBox="0 0 320 50" … role="img" aria-labelledby="f-title" aria-describedby="f-description">
 * //   <title id="f-title">Funnel</title><desc id="f-description">Lead 10</desc>
 * //   <g class="funnel-stage" data-stage="Lead" data-reached="10"><title>Lead 10</title><text class="funnel-label" …>Lead</text><rect …/><text class="funnel-value" …>10</text></g>
 * //   <text class="funnel-legend" …>Reached</text></svg>
 */
export function funnelSvg(rows: readonly FunnelStage[], locale: Locale, words: FunnelWords, look: FunnelLook, none = "—"): SvgNode {
  const { labelWidth, valueWidth, barHeight, gap, legendHeight } = FUNNEL_GEOMETRY;
  const width = look.width ?? FUNNEL_GEOMETRY.width;
  const colors = look.colors ?? FLUENT_RAMP;
  const classes = { ...PANE_CLASSES, ...look.classes };
  const height = Math.max(0, rows.length * (barHeight + gap) - gap) + legendHeight;
  const widest = Math.max(1, ...rows.map((row) => row.reached));
  const barArea = width - labelWidth - valueWidth;
  return svgNode(
    "svg",
    {
      class: classes.chart,
      viewBox: `0 0 ${width} ${height}`,
      width: "100%",
      role: "img",
      "aria-labelledby": `${look.id}-title`,
      "aria-describedby": `${look.id}-description`,
    },
    svgNode("title", { id: `${look.id}-title` }, words.title),
    svgNode("desc", { id: `${look.id}-description` }, words.description),
    ...rows.map((row, index) => {
      const y = index * (barHeight + gap);
      const barWidth = row.reached === 0 ? 1 : Math.max(2, (row.reached / widest) * barArea);
      const middle = y + barHeight / 2;
      const figure = stageFigure(row, index, locale, none);
      return svgNode(
        "g",
        { class: classes.stage, "data-stage": row.stage, "data-reached": row.reached },
        svgNode("title", {}, `${row.stage} ${figure}`),
        svgNode("text", { class: classes.label, x: LABEL_END, y: middle, "text-anchor": "end", "dominant-baseline": "middle" }, clipToWidth(row.stage, LABEL_COLUMNS)),
        svgNode("rect", { x: (labelWidth + (barArea - barWidth) / 2).toFixed(1), y, width: barWidth.toFixed(1), height: barHeight, rx: 2, fill: colors[Math.min(index, colors.length - 1)] }),
        svgNode("text", { class: classes.value, x: width - valueWidth + 6, y: middle, "dominant-baseline": "middle" }, figure),
      );
    }),
    // Styled by the page's style sheet (an inline style would break the Excel pane's style-src 'self').
    svgNode("text", { class: classes.legend, x: width, y: height - 4, "text-anchor": "end" }, words.legend),
  );
}

/** What {@link fitDrawnLabels} needs of a drawn label (an `SVGTextElement` is one). */
export interface DrawnLabel {
  textContent: string | null;
  getComputedTextLength(): number;
}

/**
 * Cuts further, once the chart is on screen, any stage name its font still draws wider than the names' column (a
 * name of capitals — "NEGOTIATION" — is wider than its display width says): one character at a time, ending with
 * "…". Names that fit are left as they are. Call it after the chart is shown (a hidden chart measures 0) with the
 * chart's labels (`svg.querySelectorAll(".funnel-label")`).
 */
export function fitDrawnLabels(labels: Iterable<DrawnLabel>): void {
  for (const label of labels) {
    let text = label.textContent ?? "";
    while (text.length > 1 && label.getComputedTextLength() > LABEL_END) {
      text = [...text.replace(/…$/, "")].slice(0, -1).join("").trimEnd();
      label.textContent = `${text}…`;
    }
  }
}

import type { Locale } from "../model/locale";
import { REPORT_FIGURE_KEYS, REPORT_FIGURES, type ReportFigureValues } from "../report/reportFigures";
import { daysText, figureText } from "./numberText";

/**
 * One card of the panes' key figures (the Excel task pane and the Sheets sidebar): an id (the sidebar's
 * `data-figure`), its label in the pane's language, how it is written and its value; a cycle time's median card
 * also carries how many won deals it was measured on.
 */
export interface FigureCard {
  readonly id: string;
  readonly label: string;
  readonly kind: "share" | "amount" | "days";
  readonly value: number | null;
  readonly n?: number;
}

/**
 * The key-figure cards of a report, in the order of the table of report figures (core/report/reportFigures.ts):
 * a share or an amount is one card, a cycle summary three (median with its n, mean, P90). Both panes draw these,
 * so a figure added to the table shows in both.
 * @example
 * figureCards(report, "en").map((card) => card.id)
 * //=> ["winRate", "cycleMedian", "cycleMean", "cycleP90", "averageWonAmount", "pipelineVelocity"]
 */
export function figureCards(report: ReportFigureValues, locale: Locale): FigureCard[] {
  const cards: FigureCard[] = [];
  for (const key of REPORT_FIGURE_KEYS) {
    const figure = REPORT_FIGURES[key];
    const value = report[key];
    if (typeof value === "object" && value !== null) {
      const parts = figure.cards;
      if (parts === undefined) continue;
      cards.push({ id: parts.median.id, label: parts.median.label[locale], kind: "days", value: value.median, n: value.n });
      cards.push({ id: parts.mean.id, label: parts.mean.label[locale], kind: "days", value: value.mean });
      cards.push({ id: parts.p90.id, label: parts.p90.label[locale], kind: "days", value: value.p90 });
    } else {
      cards.push({ id: key, label: figure.label[locale], kind: figure.kind === "share" ? "share" : "amount", value });
    }
  }
  return cards;
}

/**
 * A card's value as both panes write it: a share or an amount as its figure, days with their word; `none` when
 * there is no figure. (The task pane adds the won deals a median counts.)
 * @example
 * cardText({ id: "winRate", label: "Win rate", kind: "share", value: 0.4567 }, "en") //=> "45.7%"
 * cardText({ id: "cycleMedian", label: "Median", kind: "days", value: 39 }, "en")    //=> "39 days"
 */
export function cardText(card: FigureCard, locale: Locale, none = "—"): string {
  return card.kind === "days" ? daysText(card.value, locale, none) : figureText(card.kind, card.value, locale, none);
}

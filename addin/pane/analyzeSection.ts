import type { Locale } from "../../core/model/locale";
import type { DealReport } from "../../core/report/analyzeDeals";
import { listedProblems, PROBLEMS_LISTED } from "../../core/report/readingPolicy";
import { errorText } from "../i18n/errorText";
import { paneCount, paneText } from "../i18n/paneStrings";
import { queueLocaleDateOrder } from "./dateLocale";
import { activeSheetHeader, findDealSheet, readSelection, selectSheetRow, type DealSource } from "./dealSource";
import { el, replaceChildren, uniqueId } from "./dom";
import { funnelChart } from "./funnelChart";
import { countText, percentText } from "./numberText";
import { cardText, figureCards, type FigureCard } from "../../core/present/figureCards";
import { paneReport } from "./paneReport";
import { noGroupColumnText, segmentHeatOfGrid, type SegmentHeatTable } from "../../core/present/segmentHeat";
import { byFieldWord, bySelect, segmentSection } from "./segmentTable";

/** Problem rows listed at most, as every surface lists them (core readingPolicy); the rest are counted. */
export const MAX_PROBLEMS_SHOWN = PROBLEMS_LISTED;

/**
 * The Analyze section: where to read (the deal sheet found by its headers, or the selection), the Analyze
 * button, then the report of core/report/analyzeDeals.ts: the funnel as an SVG chart, win rate, cycle time,
 * loss points and the problem rows — each a button that selects its row in the sheet.
 */
export function analyzeSection(locale: Locale): HTMLElement {
  const t = (key: Parameters<typeof paneText>[1], values?: Parameters<typeof paneText>[2]) => paneText(locale, key, values);
  const headingId = uniqueId("analyze-heading");
  const sourceId = uniqueId("analyze-source");
  const source = el(
    "select",
    { id: sourceId },
    el("option", { value: "sheet" }, t("sourceSheet")),
    el("option", { value: "selection" }, t("sourceSelection")),
  );
  const byId = uniqueId("analyze-by");
  const by = bySelect(locale, byId);
  const analyze = el("button", { type: "button", class: "primary" }, t("analyze"));
  // The status region sits outside the results, which alone are busy while they are rebuilt: a screen reader
  // holds back what changes inside an aria-busy element, so a status inside one might never be read.
  const message = el("div", { class: "message", role: "status", "aria-live": "polite" });
  const results = el("div", { class: "results", hidden: true });

  const showMessage = (kind: "info" | "success" | "warning" | "error", text: string) => {
    message.className = `message ${kind}`;
    replaceChildren(message, el("p", {}, text));
  };

  analyze.addEventListener("click", async () => {
    analyze.disabled = true;
    results.hidden = true;
    results.setAttribute("aria-busy", "true");
    showMessage("info", t("analyzing"));
    try {
      const fromSelection = source.value === "selection";
      // Excel's regional date order comes with the reader's first sync: numbers-only text dates (03/04/2026)
      // that their column leaves open are read as this Excel reads typed dates.
      const read = await Excel.run(async (context) => {
        const localeOrder = queueLocaleDateOrder(context);
        const source = await (fromSelection ? readSelection(context) : findDealSheet(context));
        // No deal sheet: the line that says so names the headers of the active sheet's first used row.
        const header = source === undefined && !fromSelection ? await activeSheetHeader(context) : undefined;
        return { source, header, localeDateOrder: localeOrder() };
      });
      // Decided as the CLI decides it: the same notes, the same one line when nothing can be read.
      const shown = paneReport(read.source, read.header?.grid ?? [], locale, read.localeDateOrder);
      if (shown.kind === "unread") {
        // The sheet read (the policy's fallback when no sheet reads as a deal log) is named; a selection is not.
        const sheet = read.header?.sheet ?? (fromSelection ? undefined : read.source?.sheet);
        showMessage("error", sheet === undefined ? shown.message : t("unreadSheet", { sheet, message: shown.message }));
      } else if (shown.kind === "datesAmbiguous") {
        // Never a guess: what was found and what to do, and no figures.
        showMessage("warning", t("datesAmbiguous", { found: shown.found }));
      } else {
        const { report, source: deals } = shown;
        // Split by the field chosen under "By", as analyze --by splits it (core/present/segmentHeat.ts).
        const field = by.value;
        const segments = field === "" ? undefined : (segmentHeatOfGrid(deals.grid, deals.firstRow, shown.log, field, locale) ?? noGroupColumnText(deals.grid, byFieldWord(field, locale), locale));
        showReport(results, report, deals, shown.notes, locale, (text) => showMessage("error", text), segments);
        // Said, not only drawn: the status region announces that the analysis is done and what it counted — or,
        // when every row is a problem, the one line saying so above the problem rows.
        if (shown.unread !== undefined) showMessage("error", shown.unread);
        else showMessage("success", paneCount(locale, "analyzed", report.deals));
        results.hidden = false;
      }
    } catch (error) {
      showMessage("error", t("analyzeFailed", { message: errorText(error, locale) }));
    } finally {
      analyze.disabled = false;
      results.setAttribute("aria-busy", "false");
    }
  });

  const section = el(
    "section",
    { class: "card", "aria-labelledby": headingId },
    el("h2", { id: headingId }, t("analyzeHeading")),
    el("div", { class: "field" }, el("label", { for: sourceId }, t("source")), source),
    el("div", { class: "actions" }, el("label", { for: byId, class: "by" }, t("by")), by, analyze),
    message,
    results,
  );
  return section;
}

/** Fills `results` with the report. */
function showReport(
  results: HTMLElement,
  report: DealReport,
  deals: DealSource,
  notes: readonly string[],
  locale: Locale,
  onError: (text: string) => void,
  segments: SegmentHeatTable | string | undefined,
): void {
  const t = (key: Parameters<typeof paneText>[1], values?: Parameters<typeof paneText>[2]) => paneText(locale, key, values);
  // The key figures as the table of report figures lists them (core/present/figureCards.ts), as the sidebar shows them.
  const figures = figureCards(report, locale).flatMap((card) => [el("dt", {}, card.label), el("dd", { "data-figure": card.id }, paneCardText(card, locale))]);
  const lossRows = report.lossPoints.map((row) => el("tr", {}, el("th", { scope: "row" }, row.stage), el("td", {}, countText(row.lost, locale)), el("td", {}, percentText(row.share, locale))));
  const { shown, more } = listedProblems(report.problems);
  const problems = shown.map((problem) => {
    const button = el(
      "button",
      { type: "button", class: "problem", "data-row": problem.row },
      t("problemItem", { row: problem.row, column: problem.column, message: problem.message }),
    );
    button.addEventListener("click", async () => {
      try {
        await Excel.run((context) => selectSheetRow(context, deals, problem.row));
      } catch (error) {
        onError(t("selectFailed", { message: errorText(error, locale) }));
      }
    });
    return el("li", {}, button);
  });
  replaceChildren(
    results,
    el("p", { class: "summary" }, paneCount(locale, "analyzedFrom", report.deals, { where: deals.address })),
    // What the reader decided (a stage history, the stage order, footer rows, currencies, how the dates were
    // read), as the CLI's report says it (core reportNotes).
    ...notes.map((line) => el("p", { class: "muted note" }, line)),
    // The groups first, as analyze --by leads its report with them; or the line saying no column holds the field.
    typeof segments === "string" ? el("p", { class: "muted segments-missing" }, segments) : segments !== undefined && segmentSection(segments, locale),
    el("h3", {}, t("funnelHeading")),
    el("figure", { class: "funnel" }, funnelChart(report.funnel, locale)),
    el(
      "dl",
      { class: "figures" },
      ...figures,
    ),
    el("h3", {}, t("lossHeading")),
    el(
      "table",
      { class: "loss-points" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("lossStage")), el("th", { scope: "col" }, t("lossCount")), el("th", { scope: "col" }, t("lossShare")))),
      el("tbody", {}, ...lossRows),
    ),
    el("h3", {}, t("problemsHeading", { count: report.problems.length })),
    report.problems.length === 0 ? el("p", { class: "muted" }, t("problemsNone")) : el("p", { class: "muted" }, t("problemHint")),
    problems.length > 0 && el("ul", { class: "problems" }, ...problems),
    more > 0 && el("p", { class: "muted" }, t("problemsMore", { count: more })),
  );
}

/** A key figure's card as the pane writes it: the kit's card text, a median with the won deals it counts. */
function paneCardText(card: FigureCard, locale: Locale): string {
  return cardText(card, locale, paneText(locale, "notAvailable")) + (card.n !== undefined && card.n > 0 ? paneCount(locale, "wonTimed", card.n) : "");
}

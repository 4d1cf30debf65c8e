/**
 * The sidebar's Analyze panel: reads the deal sheet the reading policy chooses from the server, page by page,
 * diagnoses it here (analyzeSheets.ts) and shows, section by section, the sheet and its notes, the key figures, the
 * funnel and the problem rows; clicking a problem selects that row in the sheet.
 */
import { cardText, figureCards } from "../../core/present/figureCards";
import { figureText } from "../../core/present/numberText";
import type { AnalyzeResponse } from "../shared/protocol";
import { analyzeSheets } from "./analyzeSheets";
import { fitDrawnNames, funnelChart } from "./funnelSvg";
import { fillBySelect, renderSegments } from "./segmentPanel";
import { byId, element, showStatus } from "./page";
import { callServer, failureMessage } from "./server";
import type { SidebarWords } from "./words";

type Analysis = Extract<AnalyzeResponse, { status: "ok" }>;

/** Wires the Analyze button of Sidebar.html's Analyze panel. */
export function initAnalyzePanel(words: SidebarWords): void {
  const button = byId<HTMLButtonElement>("analyze");
  fillBySelect(byId<HTMLSelectElement>("by"), words);
  button.addEventListener("click", () => void analyze(button, words));
}

async function analyze(button: HTMLButtonElement, words: SidebarWords): Promise<void> {
  const { t, tCount } = words;
  const status = byId("analyze-status");
  button.disabled = true;
  showStatus(status, t("analyzing"));
  byId("analysis").hidden = true;
  try {
    // The server sends cells only (each sheet's head, then the chosen sheet in pages); the analysis runs here.
    const field = byId<HTMLSelectElement>("by");
    const by = field.value === "" ? undefined : { field: field.value, word: field.selectedOptions[0]?.textContent ?? field.value };
    const answer = await analyzeSheets(callServer, by);
    if (answer.status === "ok") {
      showAnalysis(answer, words);
      // The polite live region says the analysis is done (screen readers hear nothing of the panel appearing) —
      // or, when every row is a problem, the one line saying so above the problem rows.
      if (answer.unread !== undefined) showStatus(status, answer.unread, "error");
      else showStatus(status, t("analyzed", { sheet: answer.sheet, deals: tCount("dealCount", answer.deals), problems: tCount("problemRowCount", answer.problemCount) }));
    } else {
      showStatus(status, answer.message, "error");
    }
  } catch (error) {
    showStatus(status, t("failed", { message: failureMessage(error) }), "error");
  } finally {
    button.disabled = false;
  }
}

/** Shows an analysis: each section drawn by its own function, then the panel, then the funnel's names fitted. */
function showAnalysis(answer: Analysis, words: SidebarWords): void {
  renderHeading(answer, words);
  renderSegments(byId("segments"), answer.segments, words);
  renderFigures(answer, words);
  renderFunnel(answer, words);
  renderProblems(answer, words);
  byId("analysis").hidden = false;
  const chart = byId("funnel").querySelector("svg");
  if (chart !== null && answer.deals > 0) fitDrawnNames(chart);
}

/**
 * The sheet read, its period and what the reader decided (a stage history, the stage order, footer rows,
 * currencies, how the dates were read), as the CLI's report says it (core reportNotes); a log with no deal yet (a
 * fresh template's Deals sheet) has no figures to show: said kindly instead.
 */
function renderHeading(answer: Analysis, { t, tCount }: SidebarWords): void {
  const heading = byId("analysis-sheet");
  heading.replaceChildren(element("div", "sheet-name", t("sheetLine", { sheet: answer.sheet, deals: tCount("dealCount", answer.deals) })));
  if (answer.period !== null) heading.append(element("div", "gray", t("period", answer.period)));
  for (const note of answer.notes ?? []) heading.append(element("div", "gray", note));
  const noDeals = byId("no-deals");
  noDeals.hidden = answer.deals > 0;
  noDeals.textContent = answer.deals > 0 ? "" : t(answer.problemCount > 0 ? "noDealsCounted" : "noDeals");
  byId("report-body").hidden = answer.deals === 0;
}

/**
 * The key figures as cards: deals, the headline figures as the table of report figures lists them (as the task
 * pane shows them: core/present/figureCards.ts) and the top loss point.
 */
function renderFigures(answer: Analysis, { locale, t }: SidebarWords): void {
  const none = t("none");
  const figures: [string, string, string][] = [
    ["dealsCounted", t("dealsCounted"), figureText("count", answer.deals, locale)],
    ...figureCards(answer, locale).map((card): [string, string, string] => [card.id, card.label, cardText(card, locale, none)]),
  ];
  const losses = [...answer.lossPoints].sort((a, b) => b.lost - a.lost)[0];
  if (losses !== undefined && losses.lost > 0 && losses.share !== null) figures.push(["lossPoints", t("lossPoints"), `${losses.stage} · ${figureText("share", losses.share, locale)}`]);
  byId("figures").replaceChildren(
    ...figures.map(([key, label, value]) => {
      const card = element("div", "figure");
      card.dataset.figure = key;
      card.append(element("div", "figure-label", label), element("div", "figure-value", value));
      return card;
    }),
  );
}

/** The funnel chart (the presentation kit's, in the sidebar's look). */
function renderFunnel(answer: Analysis, { locale, t, list }: SidebarWords): void {
  byId("funnel").replaceChildren(
    funnelChart(answer.funnel, locale, { title: t("funnel"), legend: t("funnelLegend"), none: t("none"), describe: (figures) => t("funnelDescription", { list: list(figures) }) }),
  );
}

/** The problem rows (as many as every surface lists, core readingPolicy), each a button selecting its row; the rest counted. */
function renderProblems(answer: Analysis, words: SidebarWords): void {
  const { locale, t, sentences } = words;
  byId("problems-title").textContent = t("problems", { count: figureText("count", answer.problemCount, locale) });
  const items = answer.problems.map((problem) => {
    const item = element("li");
    const button = element("button", "problem");
    button.type = "button";
    button.dataset.row = String(problem.row);
    button.append(element("span", "problem-place", t("problemPlace", { row: problem.row, column: problem.column })), element("span", "problem-message", problem.message));
    button.addEventListener("click", () => void selectRow(button, problem.row, answer.sheet, words));
    item.append(button);
    return item;
  });
  byId("problems").replaceChildren(...items);
  byId("problems-note").textContent =
    answer.problemCount === 0
      ? t("noProblems")
      : answer.problemCount > answer.problems.length
        ? sentences(t("problemHint"), t("moreProblems", { count: figureText("count", answer.problemCount - answer.problems.length, locale) }))
        : t("problemHint");
}

async function selectRow(button: HTMLButtonElement, row: number, sheet: string, { t }: SidebarWords): Promise<void> {
  const status = byId("analyze-status");
  for (const other of document.querySelectorAll(".problem.current")) other.classList.remove("current");
  button.classList.add("current");
  try {
    const answer = await callServer("sidebarSelectRow", row, sheet);
    // The sheet was renamed or deleted (or lost the row) since the analysis: nothing to select, say so.
    if (answer.status === "missing") showStatus(status, t("rowMissing", { row, sheet }), "error");
    else showStatus(status, "");
  } catch (error) {
    showStatus(status, t("failed", { message: failureMessage(error) }), "error");
  }
}

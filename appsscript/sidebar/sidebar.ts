/**
 * The sidebar (HtmlService page, inlined into Sidebar.html by the build), composed like the Excel task pane:
 * {@link initSidebar} fills the page's words, wires the tabs and the two panels —
 * - Analyze (analyzePanel.ts): the deal log diagnosed here, its figures, funnel and problem rows;
 * - Generate (generatePanel.ts): the template built here and sent one sheet per server call —
 * each section drawn by its own function. Figures are written and the funnel drawn by the presentation kit the
 * pane uses too (core/present). Every text from the spreadsheet (sheet names, stages, messages) is set with
 * `textContent`, never as HTML.
 */
import { LOCALES, type Locale } from "../../core/model/locale";
import { initAnalyzePanel } from "./analyzePanel";
import { initGeneratePanel } from "./generatePanel";
import { byId } from "./page";
import { isTextKey } from "./text";
import { sidebarWords, type SidebarWords } from "./words";

/**
 * Builds the sidebar in `root`'s page: its language from `<html lang>`, the template's from
 * `data-template-locale` (else the same), the panel to open from `data-panel` (menu.ts: "generate" for the
 * menu's "Generate template…").
 */
export function initSidebar(root: HTMLElement = document.documentElement): void {
  const locale: Locale = LOCALES.find((tag) => tag === root.lang) ?? "en";
  const templateLocale: Locale = LOCALES.find((tag) => tag === root.dataset.templateLocale) ?? locale;
  const words = sidebarWords(locale);
  fillWords(words);
  initTabs(root.dataset.panel === "generate" ? "generate" : "analyze");
  initAnalyzePanel(words);
  initGeneratePanel(words, templateLocale);
}

/** Every element marked `data-text="key"` gets that text of the catalog. */
function fillWords({ t }: SidebarWords): void {
  for (const labelled of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const key = labelled.dataset.text ?? "";
    if (isTextKey(key)) labelled.textContent = t(key);
  }
}

/** Wires the two tabs (Analyze, Generate), each showing its panel, and opens `first`. */
function initTabs(first: "analyze" | "generate"): void {
  const tabs = [
    { tab: byId<HTMLButtonElement>("tab-analyze"), panel: byId("panel-analyze") },
    { tab: byId<HTMLButtonElement>("tab-generate"), panel: byId("panel-generate") },
  ];
  const select = (chosen: HTMLButtonElement) => {
    for (const { tab, panel } of tabs) {
      const selected = tab === chosen;
      tab.setAttribute("aria-selected", String(selected));
      tab.classList.toggle("selected", selected);
      panel.hidden = !selected;
    }
  };
  for (const { tab } of tabs) tab.addEventListener("click", () => select(tab));
  if (first === "generate") select(tabs[1].tab);
}

initSidebar();

import "./pane.css";
import { resolveLocale, type Locale } from "../../core/model/locale";
import { paneText } from "../i18n/paneStrings";
import { analyzeSection } from "./analyzeSection";
import { el, replaceChildren } from "./dom";
import { generateSection } from "./generateSection";

/** The pane's language: Office's display language (zh-* → 中文, anything else → English). */
export function paneLocale(): Locale {
  return resolveLocale(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
}

/**
 * Builds the task pane into the page's #app element (taskpane.html): a header, the Generate section and the
 * Analyze section, in the language Office displays. Call once Office is ready (`Office.onReady`).
 */
export function initPane(): void {
  const app = document.getElementById("app");
  if (app === null) return;
  const locale = paneLocale();
  document.documentElement.lang = locale;
  app.classList.add("pane");
  replaceChildren(
    app,
    el("header", { class: "pane-header" }, el("h1", {}, paneText(locale, "title")), el("p", { class: "muted" }, paneText(locale, "subtitle"))),
    generateSection(locale),
    analyzeSection(locale),
  );
}

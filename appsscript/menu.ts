import { resolveLocale, type Locale } from "../core/model/locale";
import type { SheetsHost, TriggerEvent } from "./hostTypes";
import { userLocale } from "./sidebarServer";
import { bilingual, uiText, type UiTextKey } from "./uiText";

/** The Sidebar.html file of the project (dist/appsscript/Sidebar.html). */
export const SIDEBAR_FILE = "Sidebar";

/** True when a trigger runs in AuthMode.NONE (an add-on not yet used in this file): only menus may be built. */
export function isAuthModeNone(event: TriggerEvent | undefined): boolean {
  // `ScriptApp.AuthMode.NONE` prints as "NONE"; comparing the text needs no ScriptApp call.
  return event !== undefined && event !== null && String(event.authMode) === "NONE";
}

/**
 * The add-on menu (Extensions › Sales process tracker): Generate template, Analyze deals, Help. In
 * AuthMode.NONE nothing but the menu is touched — no spreadsheet, no session — so the labels are bilingual;
 * otherwise they follow the user's language, or are bilingual when it cannot be read (menuLabel).
 */
export function onOpen(host: SheetsHost, event?: TriggerEvent): void {
  const label = menuLabel(host, event);
  host.SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(label("generate"), "generateTemplate")
    .addItem(label("analyze"), "showSidebar")
    .addSeparator()
    .addItem(label("help"), "showHelp")
    .addToUi();
}

/** Right after installation the add-on's onOpen has not run: build the menu now. */
export function onInstall(host: SheetsHost, event?: TriggerEvent): void {
  onOpen(host, event);
}

/**
 * How the menu's items are labelled. `onOpen` runs in AuthMode.NONE or LIMITED (Google's AuthMode reference:
 * NONE allows no service that needs authorization; LIMITED "a limited subset", the bound file and menus), and
 * no Google page lists `Session.getActiveUserLocale()` as allowed in either. So the locale is read only outside
 * NONE, and if reading it (or the spreadsheet's, its fallback) throws, both languages are shown: the menu must
 * appear whatever the mode.
 */
function menuLabel(host: SheetsHost, event: TriggerEvent | undefined): (key: UiTextKey) => string {
  if (isAuthModeNone(event)) return bilingual;
  let locale: Locale;
  try {
    locale = userLocale(host);
  } catch {
    return bilingual;
  }
  return (key) => uiText(locale, key);
}

/** The sidebar's two panels; the menu opens it on the one its item names. */
export type SidebarPanel = "analyze" | "generate";

/**
 * Opens the sidebar on `panel`. The HTML file is the same for everyone; its `<html>` tag is given the user's
 * language, the spreadsheet's (the template's default language) and the panel before it is shown.
 */
export function showSidebar(host: SheetsHost, panel: SidebarPanel = "analyze"): void {
  const locale = userLocale(host);
  const templateLocale = resolveLocale(host.SpreadsheetApp.getActive().getSpreadsheetLocale());
  const output = host.HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE);
  output.setContent(localizeSidebar(output.getContent(), locale, templateLocale, panel)).setTitle(uiText(locale, "sidebarTitle"));
  host.SpreadsheetApp.getUi().showSidebar(output);
}

/** Sets the sidebar page's languages and first panel on its `<html>` tag. */
export function localizeSidebar(html: string, locale: Locale, templateLocale: Locale, panel: SidebarPanel = "analyze"): string {
  return html.replace(/<html\b[^>]*>/i, `<html lang="${locale}" data-template-locale="${templateLocale}" data-panel="${panel}">`);
}

/**
 * The menu's "Generate template…": the sidebar, on its Generate panel — language, stages and sample data, then
 * a plan that says which sheets exist before anything is written. The template is built there, in the browser:
 * the server side (parsed again for every custom-function call) carries no template text.
 */
export function generateTemplate(host: SheetsHost): void {
  showSidebar(host, "generate");
}

/**
 * The help pages, one HTML file per language (written by the build from functionHelp.ts; the file name without
 * ".html", as createHtmlOutputFromFile takes it). Served as files, the help is not in Code.js twice.
 */
export const HELP_FILES: Readonly<Record<Locale, string>> = { "zh-CN": "HelpZhCN", en: "HelpEn" };

/** The menu's "Help": every custom function with its arguments, in the user's language (HELP_FILES). */
export function showHelp(host: SheetsHost): void {
  const locale = userLocale(host);
  const output = host.HtmlService.createHtmlOutputFromFile(HELP_FILES[locale]).setWidth(620).setHeight(520);
  host.SpreadsheetApp.getUi().showModalDialog(output, uiText(locale, "helpTitle"));
}

import { FUNCTIONS } from "../core/functions/registry";
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

/** The menu's "Help": every custom function with its arguments, from the registry, in the user's language. */
export function showHelp(host: SheetsHost): void {
  const locale = userLocale(host);
  const output = host.HtmlService.createHtmlOutput(helpHtml(locale)).setWidth(620).setHeight(520);
  host.SpreadsheetApp.getUi().showModalDialog(output, uiText(locale, "helpTitle"));
}

/** The help page: escaped text only, styled like the sidebar. */
export function helpHtml(locale: Locale): string {
  const items = FUNCTIONS.map((spec) => {
    const signature = `${spec.name}(${spec.params.map((param) => (param.optional ? `[${param.name}]` : param.name)).join(", ")})`;
    const params = spec.params
      .map((param) => `<li><code>${escapeHtml(param.name)}</code>${param.optional ? escapeHtml(uiText(locale, "optional")) : ""} — ${escapeHtml(param.help[locale])}</li>`)
      .join("");
    return `<h3><code>=${escapeHtml(signature)}</code></h3><p>${escapeHtml(spec.help[locale])}</p><ul>${params}</ul>`;
  }).join("");
  return (
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><style>` +
    "body{font:13px Roboto,Arial,sans-serif;color:#333;margin:0 8px}h3{font-size:13px;margin:14px 0 4px}" +
    "code{font-family:'Roboto Mono',Consolas,monospace;color:#1a73e8}p{margin:0 0 4px}ul{margin:0;padding-left:18px;color:#555}" +
    `</style></head><body><p>${escapeHtml(uiText(locale, "helpIntro"))}</p>${items}</body></html>`
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

import { FUNCTIONS } from "../core/functions/registry";
import { resolveLocale, type Locale } from "../core/model/locale";
import { buildTemplate } from "../core/template/buildTemplate";
import type { SheetsHost, TriggerEvent } from "./hostTypes";
import { renderWorkbook } from "./render/renderWorkbook";
import { renderServices, userLocale } from "./sidebarServer";
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
 * otherwise they follow the user's language.
 */
export function onOpen(host: SheetsHost, event?: TriggerEvent): void {
  const label = isAuthModeNone(event) ? bilingual : localizedLabel(userLocale(host));
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

function localizedLabel(locale: Locale): (key: UiTextKey) => string {
  return (key) => uiText(locale, key);
}

/**
 * Opens the sidebar. The HTML file is the same for everyone; its `<html>` tag is given the user's language and
 * the spreadsheet's (the template's default language) before it is shown.
 */
export function showSidebar(host: SheetsHost): void {
  const locale = userLocale(host);
  const templateLocale = resolveLocale(host.SpreadsheetApp.getActive().getSpreadsheetLocale());
  const output = host.HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE);
  output.setContent(localizeSidebar(output.getContent(), locale, templateLocale)).setTitle(uiText(locale, "sidebarTitle"));
  host.SpreadsheetApp.getUi().showSidebar(output);
}

/** Sets the sidebar page's languages on its `<html>` tag. */
export function localizeSidebar(html: string, locale: Locale, templateLocale: Locale): string {
  return html.replace(/<html\b[^>]*>/i, `<html lang="${locale}" data-template-locale="${templateLocale}">`);
}

/**
 * The menu's "Generate template": the template in the spreadsheet's language, default stages, no sample data.
 * When a sheet of it exists, nothing changes and an alert names the clashes (the sidebar offers the choices).
 */
export function generateTemplate(host: SheetsHost): void {
  const spreadsheet = host.SpreadsheetApp.getActive();
  const locale = userLocale(host);
  const spec = buildTemplate({ locale: resolveLocale(spreadsheet.getSpreadsheetLocale()) });
  const result = renderWorkbook(spec, spreadsheet, renderServices(host), { onClash: "stop" });
  if (result.status === "clash") {
    const ui = host.SpreadsheetApp.getUi();
    ui.alert(uiText(locale, "clashTitle"), uiText(locale, "clashPrompt", { sheets: result.clashes.join(locale === "zh-CN" ? "、" : ", ") }), ui.ButtonSet.OK);
    return;
  }
  spreadsheet.toast(uiText(locale, "created", { sheets: result.created.join(locale === "zh-CN" ? "、" : ", ") }), uiText(locale, "createdTitle"), 8);
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
      .map((param) => `<li><code>${escapeHtml(param.name)}</code>${param.optional ? ` (${escapeHtml(uiText(locale, "optional"))})` : ""} — ${escapeHtml(param.help[locale])}</li>`)
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

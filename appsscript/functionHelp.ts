/**
 * The custom functions' help, as the build reads it (scripts/build-appsscript.mjs bundles this file on its own and
 * runs it once): the catalog the `@customfunction` stubs of Code.js are written from, and the help pages the
 * menu's "Function help" shows (dist/appsscript/HelpEn.html, HelpZhCN.html; menu.ts HELP_FILES).
 *
 * Nothing here is in Code.js's bundle (appsscript/main.ts): Apps Script parses Code.js on every custom-function
 * recalculation, and the help is written there once already, in the stubs' JSDoc. The build drops the registry's
 * help texts from that bundle too, so a function's help is in Code.js once.
 */
import { FUNCTIONS } from "../core/functions/registry";
import type { ParamKind } from "../core/functions/types";
import type { Locale, Localized } from "../core/model/locale";
import { uiText } from "./uiText";

export { HELP_FILES } from "./menu";

/** The registry without its bodies: what the build turns into `@customfunction` stubs. */
export interface CatalogEntry {
  readonly name: string;
  readonly result: "number" | "table";
  readonly help: Localized;
  readonly params: readonly { readonly name: string; readonly kind: ParamKind; readonly optional: boolean; readonly help: Localized }[];
}

/**
 * Every custom function of the registry, bodies left out.
 * @example
 * functionCatalog().find((entry) => entry.name === "WIN_RATE")?.params.map((param) => param.name) //=> ["statuses", "stage_order"]
 */
export function functionCatalog(): CatalogEntry[] {
  return FUNCTIONS.map((spec) => ({
    name: spec.name,
    result: spec.result,
    help: spec.help,
    params: spec.params.map((param) => ({ name: param.name, kind: param.kind, optional: param.optional === true, help: param.help })),
  }));
}

/**
 * The help page in one language: every custom function with its arguments, escaped text only, styled like the
 * sidebar.
 * @example
 * helpHtml("en").startsWith('<!DOCTYPE html><html lang="en">') //=> true
 */
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

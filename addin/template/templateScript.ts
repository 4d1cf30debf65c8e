import type { buildTemplate } from "../../core/template/buildTemplate";

/**
 * The template builder as the pane loads it: dist/template.js, its own bundle (built from addin/template/entry.ts
 * by scripts/build-addin.mjs), fetched only when a template is generated. The builder's bilingual prose is about
 * a third of the add-in, and the custom functions, the ribbon's Help and the pane's analysis never need it, so
 * taskpane.js (which Excel loads for every recalculation of a SALES.* cell's runtime and every pane opening)
 * leaves it out. One bundle per page (IIFE) rather than an ES module split: taskpane.js is a classic script.
 */
export type BuildTemplate = typeof buildTemplate;

/** The file, beside taskpane.html. */
export const TEMPLATE_SCRIPT = "template.js";

/** The global template.js sets: `{ buildTemplate }`. */
export const TEMPLATE_GLOBAL = "SalesTemplate";

/** The error code when template.js cannot be loaded (addin/i18n/errorText.ts says it in the user's language). */
export const TEMPLATE_NOT_LOADED = "TemplateNotLoaded";

/** What template.js leaves on the global object. */
export interface TemplateScriptGlobal {
  readonly buildTemplate: BuildTemplate;
}

let loading: Promise<BuildTemplate> | undefined;

/**
 * The template builder: at once when template.js is already loaded, else after adding one `<script
 * src="template.js">` to the page (the address is relative to the page, as taskpane.js's is; the CSP lets the
 * page's own scripts run). Calls made while it loads share it. A failed load (offline, 404) rejects with an
 * Error whose code is {@link TEMPLATE_NOT_LOADED}, removes its script, and the next call tries again.
 * @example
 * const buildTemplate = await templateBuilder();
 * buildTemplate({ locale: "en" }).sheets[0].name //=> "Guide"
 */
export function templateBuilder(): Promise<BuildTemplate> {
  const ready = loadedBuilder();
  if (ready !== undefined) return Promise.resolve(ready);
  loading ??= loadScript().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

function loadedBuilder(): BuildTemplate | undefined {
  return (globalThis as { [TEMPLATE_GLOBAL]?: TemplateScriptGlobal })[TEMPLATE_GLOBAL]?.buildTemplate;
}

function notLoaded(why: string): Error {
  return Object.assign(new Error(`${TEMPLATE_SCRIPT} could not be loaded (${why})`), { code: TEMPLATE_NOT_LOADED });
}

function loadScript(): Promise<BuildTemplate> {
  return new Promise((resolve, reject) => {
    if (typeof document === "undefined") return reject(notLoaded("no page"));
    const script = document.createElement("script");
    script.src = TEMPLATE_SCRIPT;
    script.async = true;
    script.addEventListener("load", () => {
      const builder = loadedBuilder();
      if (builder !== undefined) return resolve(builder);
      script.remove();
      reject(notLoaded(`it set no ${TEMPLATE_GLOBAL}`));
    });
    script.addEventListener("error", () => {
      script.remove();
      reject(notLoaded("network"));
    });
    document.head.appendChild(script);
  });
}

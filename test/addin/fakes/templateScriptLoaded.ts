import { buildTemplate } from "../../../core/template/buildTemplate";
import { TEMPLATE_GLOBAL, type TemplateScriptGlobal } from "../../../addin/template/templateScript";

/**
 * For tests that generate in Node (no page to add a script to): the global dist/template.js sets, as if it had
 * loaded, with the core's own builder. Returns the undo. The Chromium pane test loads the real script instead.
 * @example
 * afterAll(templateScriptLoaded(globalThis));
 */
export function templateScriptLoaded(target: object): () => void {
  const host = target as Record<string, unknown>;
  const previous = host[TEMPLATE_GLOBAL];
  const loaded: TemplateScriptGlobal = { buildTemplate };
  host[TEMPLATE_GLOBAL] = loaded;
  return () => {
    host[TEMPLATE_GLOBAL] = previous;
  };
}

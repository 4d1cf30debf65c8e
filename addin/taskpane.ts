/**
 * The shared runtime's one page (manifest: Runtime, custom-functions Page, FunctionFile and the pane all point
 * at taskpane.html). It wires three things, the way Office's own templates do:
 * - the SALES.* custom functions — associated when the script loads, like the generated functions.js of the
 *   custom-functions templates;
 * - the ribbon's ExecuteFunction commands (`generateTemplate`, `showHelp`) — associated when the script loads,
 *   like the commands.ts template;
 * - the task pane UI — built once Office is ready (Office.onReady).
 * Where a global is missing (office.js not loaded, or loaded outside Excel) its part is skipped instead of
 * throwing, so one missing API never stops the others.
 */
import { generateTemplate } from "./commands/commands";
import { HELP_PAGE_FILE } from "./functions/files";
import { officeLocale } from "./functions/locale";
import { registerFunctions } from "./functions/register";
import { initPane } from "./pane/pane";

/** Size of the help dialog, in percent of the window. */
const HELP_DIALOG = { height: 80, width: 60, displayInIframe: true } as const;

/**
 * Ribbon "Help": opens the help page in the user's language (generated from the registry at build time) in an
 * Office dialog. `event.completed()` is always called, also when the dialog cannot open.
 */
export function showHelp(event: Office.AddinCommands.Event): void {
  try {
    const url = new URL(HELP_PAGE_FILE[officeLocale()], window.location.href).href;
    Office.context.ui.displayDialogAsync(url, HELP_DIALOG, () => event.completed());
  } catch {
    event.completed();
  }
}

/** The ribbon's ExecuteFunction ids (manifest FunctionName) and what each runs. */
export const RIBBON_ACTIONS = { generateTemplate, showHelp } as const;

registerFunctions();
if (typeof Office !== "undefined") {
  for (const [id, action] of Object.entries(RIBBON_ACTIONS)) Office.actions?.associate(id, action);
  void Office.onReady(() => initPane());
}

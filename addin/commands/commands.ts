import { resolveLocale } from "../../core/model/locale";
import { publishOutcome, type GenerateRequest } from "./generateOutcome";
import { localToday } from "../../core/model/today";
import { errorText } from "../i18n/errorText";
import { generateWorkbook } from "./generateWorkbook";

/**
 * Ribbon "Generate template" (manifest ExecuteFunction `generateTemplate`). Asks nothing: the template in
 * Office's display language, with the default stages and no sample data. When the workbook already has a sheet
 * of the template nothing is changed; a command has no UI, so the outcome is handed to the task pane
 * (generateOutcome.ts) and the pane is opened, where the user sees which sheets clash and chooses "add the
 * missing sheets only" or "use a suffix". Errors go the same way, and so does a chart Excel refused (the template
 * is in place without it). `event.completed()` is always called.
 */
export async function generateTemplate(event: Office.AddinCommands.Event): Promise<void> {
  const request: GenerateRequest = { locale: resolveLocale(Office.context?.displayLanguage), sampleDeals: 0, today: localToday(new Date()) };
  try {
    const result = await generateWorkbook(request);
    publishOutcome({ source: "ribbon", request, result });
    // The pane says what the ribbon cannot: a clash, or a chart Excel refused (the template stands without it).
    if (result.status !== "created" || result.chartError !== undefined) await showPane();
  } catch (error) {
    publishOutcome({ source: "ribbon", request, error: errorText(error, request.locale) });
    await showPane();
  } finally {
    event.completed();
  }
}

/** Opens the task pane (SharedRuntime 1.1); where it cannot, the outcome waits for the pane's next opening. */
async function showPane(): Promise<void> {
  try {
    await Office.addin?.showAsTaskpane();
  } catch {
    // The pane reads the published outcome whenever it starts.
  }
}

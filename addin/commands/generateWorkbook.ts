import { buildTemplate } from "../../core/template/buildTemplate";
import { renderWorkbook, type RenderResult } from "../render/renderWorkbook";
import type { GenerateRequest } from "./generateOutcome";

/** What to do about sheets of the template the workbook already has. */
export interface GenerateMode {
  readonly onlyMissing?: boolean;
  readonly suffix?: string;
}

/**
 * Builds the template spec for a request and renders it into the open workbook in one `Excel.run`.
 * @example
 * await generateWorkbook({ locale: "en", sampleDeals: 0 }) //=> { status: "created", sheets: ["Guide", …], … }
 */
export async function generateWorkbook(
  request: GenerateRequest,
  mode: GenerateMode = {},
  onProgress?: (done: number, total: number) => void,
): Promise<RenderResult> {
  const spec = buildTemplate({ locale: request.locale, stages: request.stages, sampleDeals: request.sampleDeals });
  return Excel.run((context) => renderWorkbook(context, spec, { ...mode, onProgress }));
}

/** An error's message as a user may read it (Office.js errors carry a code too). */
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return typeof code === "string" && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

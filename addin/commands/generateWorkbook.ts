import { dayFromCivil } from "../../core/parse/dates";
import { buildTemplate } from "../../core/template/buildTemplate";
import { renderWorkbook, type RenderResult } from "../render/renderWorkbook";
import type { Locale } from "../../core/model/locale";
import { paneText, type PaneStringKey } from "../i18n/paneStrings";
import type { GenerateRequest } from "./generateOutcome";

/** What to do about sheets of the template the workbook already has. */
export interface GenerateMode {
  readonly onlyMissing?: boolean;
  readonly suffix?: string;
}

/**
 * Today as a day number (parse/dates), in the browser's local calendar: the day the user sees on their clock.
 * @example
 * localToday(new Date(2026, 0, 5, 23, 30)) //=> 46027 (2026-01-05, whatever the zone)
 */
export function localToday(now: Date = new Date()): number {
  return dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Builds the template spec for a request and renders it into the open workbook in one `Excel.run`.
 * @example
 * await generateWorkbook({ locale: "en", sampleDeals: 0, today: localToday() }) //=> { status: "created", sheets: ["Guide", …], … }
 */
export async function generateWorkbook(
  request: GenerateRequest,
  mode: GenerateMode = {},
  onProgress?: (done: number, total: number) => void,
): Promise<RenderResult> {
  // The ribbon and the pane share one runtime: a second run started before the first ends would pass the same
  // clash check and then fail part-way. It waits for the first instead.
  const previous = running;
  let finish!: () => void;
  running = new Promise<void>((resolve) => (finish = resolve));
  try {
    await previous;
    const spec = buildTemplate({ locale: request.locale, stages: request.stages, sampleDeals: request.sampleDeals, today: request.today });
    return await Excel.run((context) => renderWorkbook(context, spec, { ...mode, onProgress }));
  } finally {
    finish();
  }
}

/** The generation under way, if any (see {@link generateWorkbook}). */
let running: Promise<void> = Promise.resolve();

/** Office.js error codes a user may meet here, said in their language (Office's own messages are English). */
const KNOWN_CODES = new Set([
  "ItemAlreadyExists",
  "ItemNotFound",
  "InvalidReference",
  "InvalidArgument",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "UnsupportedOperation",
  "AccessDenied",
  "ApiNotFound",
  "GeneralException",
  // Excel refuses every API call while the user is typing in a cell (Excel.ErrorCodes.invalidOperationInCellEditMode).
  "InvalidOperationInCellEditMode",
]);

/**
 * An error as a user may read it: a known Office.js error code in the user's language (Microsoft's guidance is
 * to choose the words from `error.code`, not show `message`), else the message; the code is kept for support.
 * @example
 * errorText(Object.assign(new Error("…"), { code: "AccessDenied" }), "zh-CN") //=> "没有权限修改此工作簿 (AccessDenied)"
 */
export function errorText(error: unknown, locale: Locale = "en"): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    if (typeof code === "string" && KNOWN_CODES.has(code)) return `${paneText(locale, `error_${code}` as PaneStringKey)} (${code})`;
    return typeof code === "string" && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

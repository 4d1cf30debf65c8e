import type { Locale } from "../../core/model/locale";
import { paneText, type PaneStringKey } from "./paneStrings";

/** Office.js error codes a user may meet here, and the add-in's own, said in their language (Office's own messages are English). */
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
  // Ours: dist/template.js, fetched on Generate, did not load (addin/template/templateScript.ts).
  "TemplateNotLoaded",
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

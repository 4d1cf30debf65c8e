import type { Locale } from "../../core/model/locale";
import { errorText } from "../i18n/errorText";
import { paneCount, paneList, paneText } from "../i18n/paneStrings";
import type { RenderResult } from "../render/renderWorkbook";

/**
 * What the pane says after the template was created, one line each: the sheets added, those left alone, the
 * names kept, the features this Excel's API level lacks, and a chart Excel refused (with Excel's reason in the
 * pane's language: the chart was left out, everything else is in place).
 * @example
 * createdLines({ status: "created", sheets: ["Guide"], … }, "en") //=> ["Created 1 sheet: Guide."]
 */
export function createdLines(result: Extract<RenderResult, { status: "created" }>, locale: Locale): string[] {
  const t = (key: Parameters<typeof paneText>[1], values?: Parameters<typeof paneText>[2]) => paneText(locale, key, values);
  const lines = [result.sheets.length === 0 ? t("createdNone") : paneCount(locale, "created", result.sheets.length, { sheets: paneList(locale, result.sheets) })];
  if (result.skippedSheets.length > 0) lines.push(t("skippedSheets", { sheets: paneList(locale, result.skippedSheets) }));
  if (result.skippedNames.length > 0) lines.push(t("skippedNames", { names: paneList(locale, result.skippedNames) }));
  if (result.unsupported.length > 0) lines.push(t("degraded", { features: paneList(locale, result.unsupported.map((feature) => t(`feature_${feature}`))) }));
  if (result.chartError !== undefined) lines.push(t("chartRefused", { reason: errorText(result.chartError, locale) }));
  return lines;
}

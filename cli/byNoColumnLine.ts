import type { StageList } from "../core/model/stages";
import type { Locale } from "../core/model/locale";
import { cliText } from "./cliText";
import { groupableHeaders } from "./groupableHeaders";

/** At most this many headers are listed (a wide export has hundreds); more end in "…". */
const LISTED = 30;

/**
 * The words after `--by: ` when the column `--by` names is missing (`analyze`, `analyze --engine duckdb`, `sql`:
 * this one function for all three): the headers worth grouping by ({@link groupableHeaders}: no stage dates,
 * amount, status or deal ID), at most 30 and then "…", or, when none is, that there is none.
 * @example
 * byNoColumnLine("source", ["ID", "Customer", "Lead", "Won", "Status"], stageList(["Lead", "Won"]), "en")
 * //=> 'no column "source" in the file (use source, owner, team, region, industry, or a header: Customer)'
 */
export function byNoColumnLine(by: string, headers: readonly string[], stages: StageList, locale: Locale): string {
  const groupable = groupableHeaders(headers, stages);
  if (groupable.length === 0) return cliText(locale, "byNoGroupColumn", { by });
  const shown = groupable.length > LISTED ? [...groupable.slice(0, LISTED), "…"] : groupable;
  return cliText(locale, "byNoColumn", { by, headers: shown.join(locale === "zh-CN" ? "、" : ", ") });
}

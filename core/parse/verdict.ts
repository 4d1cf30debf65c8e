import { message, type MessageCode } from "../i18n/messages";
import { reportMessage } from "../i18n/reportMessages";
import { cellText, isBlankCell, type Grid } from "../model/cells";
import type { Locale, Localized } from "../model/locale";
import type { Problem } from "../model/problem";
import type { DealLog } from "./dealLog";
import { stageOrderHint, type ReportSurface } from "../report/surface";

/**
 * The shapes of deal log read, said in the "not a deal log" line. A reader of a new shape adds its own sentence
 * here, so the line stays true.
 */
export const READ_SHAPES: readonly Localized[] = [
  {
    "zh-CN": "首行至少有两个阶段名称、其下为日期的表（线索、商机……，或 HubSpot 的 Date entered “阶段”列）",
    en: 'a header row naming two or more stages over their dates (Lead, Opportunity, …, or HubSpot\'s Date entered "Stage" columns)',
  },
  { "zh-CN": "一列阶段名称", en: "one column of stage names" },
  {
    "zh-CN": "阶段变更记录：每行一次阶段变更，含交易（商机编号……）、阶段（或原阶段与新阶段）和日期列，同一交易出现在多行",
    en: "a stage history: one row per stage change with deal (Opportunity ID, …), stage (or From/To Stage) and date columns, a deal on several rows",
  },
  {
    "zh-CN": "每行一笔交易及其当前阶段的表（阶段、当前阶段、销售阶段或 Stage 列，另有创建或成交日期、输单阶段或金额列）",
    en: "one row per deal with its current stage (a Stage, Deal Stage or 当前阶段 column beside a created or close date, a lost-at stage or an amount)",
  },
];

/** Headers quoted in the "not a deal log" line; more are left out ("…"). */
const LISTED_HEADERS = 8;

/** Whether a table could be read, and when not, why (said by {@link verdictMessage}). */
export type Verdict =
  | { readonly readable: true }
  /** Nothing at all in the table: every cell blank (an empty sheet or file). */
  | { readonly readable: false; readonly reason: "empty" }
  | { readonly readable: false; readonly reason: "notADealLog"; readonly headers: readonly string[] }
  | {
      readonly readable: false;
      readonly reason: "noRowRead";
      /** Rows with a problem (none of them was counted). */
      readonly rows: number;
      /** The most common problem (its first occurrence), and how many times it occurs in its column. */
      readonly top: Problem;
      readonly count: number;
    };

/**
 * Decides whether a deal log was read (DEFINITIONS §5 "When nothing can be read"): not when the table is no
 * deal log of any shape (`log` undefined), nor when rows were there but every one of them is a problem (no deal
 * counted). A log with no rows under its header, or with some deals counted, is read. Every surface says the
 * same line ({@link verdictMessage}) and fails: the command line exits 1. A table whose every cell is blank is
 * `empty`, whatever it was read as; otherwise the headers named are those of its first row that holds anything.
 * @example
 * readVerdict([["Owner", "Stage"]], undefined).readable                                  //=> false
 * readVerdict([["", " "], []], undefined).reason                                         //=> "empty"
 * readVerdict(grid, parseDealLog([["Lead", "Won"], ["12/29/2025", ""]])).reason         //=> "noRowRead"
 */
export function readVerdict(grid: Grid, log: DealLog | undefined): Verdict {
  // Only blank cells: read as nothing at all (a blank sheet is read as an empty one-column log), said plainly.
  const nothingRead = log === undefined || (log.shape === "stageColumn" && log.deals.count === 0 && log.problems.length === 0);
  const first = nothingRead ? grid.find((row) => row.some((cell) => !isBlankCell(cell))) : grid[0];
  if (nothingRead && first === undefined) return { readable: false, reason: "empty" };
  if (log === undefined) {
    const headers = (first ?? []).filter((cell) => !isBlankCell(cell)).map((cell) => cellText(cell).trim());
    return { readable: false, reason: "notADealLog", headers };
  }
  if (log.deals.count > 0 || log.problems.length === 0) return { readable: true };
  const byKind = new Map<string, { top: Problem; count: number }>();
  const rows = new Set<number>();
  for (const problem of log.problems) {
    rows.add(problem.row);
    const key = `${problem.code}\u0000${problem.column}`;
    const entry = byKind.get(key);
    if (entry === undefined) byKind.set(key, { top: problem, count: 1 });
    else entry.count++;
  }
  let best: { top: Problem; count: number } | undefined;
  for (const entry of byKind.values()) if (best === undefined || entry.count > best.count) best = entry;
  return { readable: false, reason: "noRowRead", rows: rows.size, top: best!.top, count: best!.count };
}

/**
 * The one line a surface shows when a table could not be read, in `locale`; `undefined` when it was read. What to
 * do is said for `surface` (core/report/surface.ts): the command line's `--stages`, the workbook's Stages sheet.
 * @example
 * verdictMessage({ readable: false, reason: "notADealLog", headers: ["Owner", "Stage"] }, "en", "cli")
 * //=> 'no deal log found: the header row has 2 columns ("Owner", "Stage"); read are … (--stages)'
 * verdictMessage({ readable: false, reason: "empty" }, "en", "workbook")
 * //=> "The sheet is empty: no header row and no deal to read. Open the sheet that holds the deal log, or paste it here"
 */
export function verdictMessage(verdict: Verdict, locale: Locale, surface: ReportSurface): string | undefined {
  if (verdict.readable) return undefined;
  if (verdict.reason === "empty") return reportMessage(locale, `verdict.empty.${surface}`);
  const list = locale === "zh-CN" ? "、" : ", ";
  if (verdict.reason === "notADealLog") {
    const quote = (header: string) => (locale === "zh-CN" ? `“${header}”` : `"${header}"`);
    const shown = verdict.headers.slice(0, LISTED_HEADERS).map(quote);
    if (verdict.headers.length > LISTED_HEADERS) shown.push("…");
    const shapes = READ_SHAPES.map((shape) => shape[locale]).join(locale === "zh-CN" ? "，或" : ", or ");
    const give = stageOrderHint(surface, locale, "giveStages");
    return reportMessage(locale, "verdict.notADealLog", { columns: verdict.headers.length, headers: shown.join(list), shapes, give });
  }
  const { top, count, rows } = verdict;
  const problem = message(locale, top.code as MessageCode, top.params);
  return reportMessage(locale, "verdict.noRowRead", { rows, column: top.column, header: top.header, problem, count });
}

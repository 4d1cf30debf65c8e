import { cellText, type Grid } from "../model/cells";
import type { GroupColumn } from "../model/groupColumn";
import { groupByColumn, groupColumnOfGrid } from "../parse/groupColumn";
import type { DealLog } from "../parse/dealLog";
import { segmentsOfDeals, type Segments } from "../report/segments";
import { readDealLogArgument } from "./dealLogArgument";
import { toGrid } from "./coerce";
import { ArgumentProblem } from "./errors";
import { STAGE_ORDER_PARAM } from "./params";
import type { CallContext, ParamSpec } from "./types";

/** A whole deal table with its header, the range FUNNEL_BY and WIN_RATE_BY split (DEFINITIONS §6). */
export const DEALS_PARAM = {
  name: "deals",
  kind: "range",
  help: {
    "zh-CN": "交易表（含表头）：各阶段日期列、当前阶段导出表或阶段变更记录，含分组所用的列",
    en: "A deal table with its header (stage dates, a current-stage export or a stage history) holding the column to split by",
  },
} as const satisfies ParamSpec;

/** What splits the deals: a field word, a header as written, or a column's 1-based position in `deals`. */
export const BY_PARAM = {
  name: "by",
  kind: "range",
  read: (grid: Grid): string | number => {
    const cell = toGrid(grid)[0]?.[0];
    return typeof cell === "number" ? cell : cellText(cell);
  },
  help: {
    "zh-CN": "分组依据：source、owner、team、region、industry，或列标题（如“线索来源”），或列号",
    en: "Split by: source, owner, team, region, industry, a header as written (Lead Source) or a column number",
  },
} as const satisfies ParamSpec;

export { STAGE_ORDER_PARAM };

/**
 * The segments of a `deals` range split by `by` (core/report/segments.ts), as `analyze --by` computes them: the
 * range read as a deal log (readDealLogArgument), the column `by` names (core/parse/groupColumn.ts groupByColumn) or
 * the column at position `by`, each deal's cell from the row it came from.
 * @throws {ArgumentProblem} `#VALUE!` naming the range's headers when `by` names no column of it.
 */
export function segmentsArgument(deals: Grid, by: string | number, order: Parameters<typeof readDealLogArgument>[1], context: CallContext): Segments {
  const log: DealLog = readDealLogArgument(deals, order, context, "deals");
  const header = deals[0] ?? [];
  const column = typeof by === "number" ? (Number.isInteger(by) && by >= 1 && by <= header.length ? by - 1 : undefined) : groupByColumn(header, by);
  if (column === undefined) {
    const headers = header.map((cell) => cellText(cell)).filter((text) => text !== "");
    throw new ArgumentProblem("#VALUE!", "arg.noGroupColumn", { name: "by", value: typeof by === "number" && !Number.isFinite(by) ? "" : String(by), headers: headers.join(context.locale === "zh-CN" ? "、" : ", ") });
  }
  const group: GroupColumn = groupColumnOfGrid(deals, 1, log.deals.rows, column);
  return segmentsOfDeals(log.deals, group, log.reading);
}

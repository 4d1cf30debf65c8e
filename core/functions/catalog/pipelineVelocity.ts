import { pipelineVelocity, velocityInputs, type VelocityInputs } from "../../metrics/pipelineVelocity";
import type { Locale } from "../../model/locale";
import { readDealsArgument } from "../dealsArgument";
import { defineFunction } from "../defineFunction";
import { cellError } from "../errors";
import { STAGE_ORDER_PARAM } from "../params";
import type { CellError } from "../types";

const SAME_ROWS = { "zh-CN": "，与 statuses 同样行数；整张交易表时省略", en: ", as many rows as statuses; omit with a whole deal table" };

/**
 * PIPELINE_VELOCITY(statuses, [amounts], [start_dates], [end_dates], [stage_order]) (DEFINITIONS §6):
 * - `statuses` alone is a whole deal table with its header, in any shape a deal log comes in (a wide log, a
 *   current-stage export with amounts and created/close dates, a stage history), read in `stage_order` as the
 *   other functions read it; the velocity is the report's (core/metrics/pipelineVelocity.ts velocityInputs);
 * - with `amounts`, `start_dates` and `end_dates`, `statuses` is a status column (or a current-stage column with
 *   Closed Won / Closed Lost, read in `stage_order`) and the cycle of a won row runs from its start to its end date;
 *   one of the three left out or all blank reads as blank cells (Excel and Sheets pass both alike); the rows are
 *   read as a deal table (core/functions/columnDeals.ts) and the velocity is the report's kernel over it.
 * @example
 * // The README's five deals as one range: 1 open × 0.5 × 102,500 ÷ 41.5 days
 * PIPELINE_VELOCITY(log) //=> 1234.94
 */
export const PIPELINE_VELOCITY = defineFunction({
  name: "PIPELINE_VELOCITY",
  result: "number",
  help: {
    "zh-CN": "管道速度（金额/天）：进行中交易数 × 赢单率 × 赢单平均金额 ÷ 平均成交周期；可给出状态、金额与日期列，或整张交易表（与分析报告相同）",
    en: "Pipeline velocity (amount per day): open deals × win rate × mean won amount ÷ mean cycle time; from status, amount and date columns, or a whole deal table (as the report reads it)",
  },
  params: [
    {
      name: "statuses",
      kind: "range",
      help: {
        "zh-CN": "状态列（赢单、丢单、进行中；空白为进行中）、含 Closed Won/Lost 的当前阶段列，或带表头的整张交易表（此时省略后三个参数）",
        en: "Statuses (Won, Lost, Open; blank = open), a current-stage column, or a whole deal table with its header (omit the next three)",
      },
    },
    { name: "amounts", kind: "range", optional: true, help: { "zh-CN": "金额" + SAME_ROWS["zh-CN"], en: "Amounts" + SAME_ROWS.en } },
    { name: "start_dates", kind: "range", optional: true, help: { "zh-CN": "开始日期" + SAME_ROWS["zh-CN"], en: "Start dates" + SAME_ROWS.en } },
    { name: "end_dates", kind: "range", optional: true, help: { "zh-CN": "结束（成交）日期" + SAME_ROWS["zh-CN"], en: "End (won) dates" + SAME_ROWS.en } },
    STAGE_ORDER_PARAM,
  ] as const,
  body([statuses, amounts, startDates, endDates, stageOrder], context) {
    // The deal table the arguments give (a whole log, or columns read as one), and the report's velocity of it.
    const deals = readDealsArgument(statuses, { amounts, start_dates: startDates, end_dates: endDates }, stageOrder, context);
    return velocityOrError(velocityInputs(deals), context.locale);
  },
});

/** The velocity of `inputs`, or the `#DIV/0!` saying which input is missing (DEFINITIONS §4 empty denominators). */
function velocityOrError(inputs: VelocityInputs, locale: Locale): number | CellError {
  const velocity = pipelineVelocity(inputs);
  if (velocity !== null) return velocity;
  if (inputs.winRate === null) return cellError(locale, "#DIV/0!", "div0.noClosed");
  if (inputs.meanWonAmount === null) return cellError(locale, "#DIV/0!", "div0.noWonAmount");
  if (inputs.meanCycleDays === null) return cellError(locale, "#DIV/0!", "div0.noDurations");
  return cellError(locale, "#DIV/0!", "div0.zeroCycle");
}

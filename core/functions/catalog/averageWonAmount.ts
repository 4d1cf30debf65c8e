import { averageWonAmount } from "../../metrics/averageWonAmount";
import { readDealsArgument } from "../dealsArgument";
import { defineFunction } from "../defineFunction";
import { numberOrDiv0 } from "../errors";
import { STAGE_ORDER_PARAM } from "../params";

/**
 * AVERAGE_WON_AMOUNT(statuses, [amounts], [stage_order]) (DEFINITIONS §4, §6): the mean amount of the won deals
 * that have one, from a status and an amount column, or from a whole deal table read as PIPELINE_VELOCITY reads it.
 * @example
 * AVERAGE_WON_AMOUNT([["Status"], ["Won"], ["Lost"], ["Won"]], [["Amount"], ["1,200"], [900], [800]]) //=> 1000
 */
export const AVERAGE_WON_AMOUNT = defineFunction({
  name: "AVERAGE_WON_AMOUNT",
  result: "number",
  help: {
    "zh-CN": "平均赢单金额：有金额的赢单的平均金额；可给出状态列与金额列，或整张交易表（与分析报告相同）",
    en: "Average won amount: the mean amount of the won deals that have one; from status and amount columns, or a whole deal table",
  },
  params: [
    {
      name: "statuses",
      kind: "range",
      help: {
        "zh-CN": "状态列（赢单、丢单、进行中）、含 Closed Won/Lost 的当前阶段列，或带表头的整张交易表（此时省略金额）",
        en: "Statuses (Won, Lost, Open), a current-stage column, or a whole deal table with its header (then omit amounts)",
      },
    },
    { name: "amounts", kind: "range", optional: true, help: { "zh-CN": "金额，与 statuses 同样行数；整张交易表时省略", en: "Amounts, as many rows as statuses; omit with a whole deal table" } },
    STAGE_ORDER_PARAM,
  ] as const,
  body([statuses, amounts, stageOrder], context) {
    const deals = readDealsArgument(statuses, { amounts }, stageOrder, context);
    return numberOrDiv0(averageWonAmount(deals), context.locale, "div0.noWonAmount");
  },
});

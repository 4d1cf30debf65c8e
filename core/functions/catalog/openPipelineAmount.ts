import { openPipelineAmount } from "../../metrics/openPipelineAmount";
import { readDealsArgument } from "../dealsArgument";
import { defineFunction } from "../defineFunction";
import { figureOr } from "../errors";
import { STAGE_ORDER_PARAM } from "../params";

/**
 * OPEN_PIPELINE_AMOUNT(statuses, [amounts], [stage_order]) (DEFINITIONS §4, §6): the sum of the open deals'
 * amounts, from a status and an amount column, or from a whole deal table read as PIPELINE_VELOCITY reads it.
 * @example
 * OPEN_PIPELINE_AMOUNT([["Status"], ["Open"], ["Won"], ["Open"]], [["Amount"], ["30,000"], [900], ["5万"]]) //=> 80000
 */
export const OPEN_PIPELINE_AMOUNT = defineFunction({
  name: "OPEN_PIPELINE_AMOUNT",
  result: "number",
  help: {
    "zh-CN": "在途商机金额：进行中交易的金额合计；可给出状态列与金额列，或整张交易表（与分析报告相同）",
    en: "Open pipeline amount: the open deals' amounts summed; from status and amount columns, or a whole deal table",
  },
  params: [
    {
      name: "statuses",
      kind: "range",
      help: {
        "zh-CN": "状态列（赢单、丢单、进行中）、当前阶段列，或带表头的整张交易表（此时省略金额）",
        en: "Statuses (Won, Lost, Open), a current-stage column, or a whole deal table with its header (then omit amounts)",
      },
    },
    { name: "amounts", kind: "range", optional: true, help: { "zh-CN": "金额，与 statuses 同样行数；整张交易表时省略", en: "Amounts, as many rows as statuses; omit with a whole deal table" } },
    STAGE_ORDER_PARAM,
  ] as const,
  body([statuses, amounts, stageOrder], context) {
    const deals = readDealsArgument(statuses, { amounts }, stageOrder, context);
    return figureOr(openPipelineAmount(deals), context.locale, "#N/A", { "zh-CN": "没有带金额的进行中交易", en: "No open deals with an amount" });
  },
});

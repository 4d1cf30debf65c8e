import { reachedCounts } from "../../metrics/funnel";
import { stageConversion } from "../../metrics/stageConversion";
import { resolveStage } from "../coerce";
import { readDealLogArgument } from "../dealLogArgument";
import { defineFunction } from "../defineFunction";
import { ArgumentProblem, numberOrDiv0 } from "../errors";
import { STAGE_ORDER_PARAM, STAGES_PARAM } from "../params";

export const STAGE_CONVERSION = defineFunction({
  name: "STAGE_CONVERSION",
  result: "number",
  help: {
    "zh-CN": "从一个阶段到后一阶段的转化率：到达目标阶段的交易数 ÷ 到达起始阶段的交易数",
    en: "Conversion from one stage to a later one: deals that reached the to stage ÷ deals that reached the from stage",
  },
  params: [
    STAGES_PARAM,
    { name: "from_stage", kind: "stage", help: { "zh-CN": "起始阶段：名称或序号（从 1 开始）", en: "The from stage: a name or 1-based position" } },
    { name: "to_stage", kind: "stage", help: { "zh-CN": "目标阶段：名称或序号（从 1 开始），在起始阶段之后", en: "The to stage: a name or 1-based position, after the from stage" } },
    STAGE_ORDER_PARAM,
  ] as const,
  body([stages, fromStage, toStage, order], { locale, timeZone }) {
    const log = readDealLogArgument(stages, order, { locale, timeZone }, "stages");
    const names = log.deals.stages;
    const from = resolveStage(names, fromStage, "from_stage");
    const to = resolveStage(names, toStage, "to_stage");
    if (from >= to) throw new ArgumentProblem("#VALUE!", "arg.stageOrder", { from: names.names[from], to: names.names[to] });
    const reached = reachedCounts(log.deals);
    return numberOrDiv0(stageConversion(reached, from, to), locale, "div0.noReached", { stage: names.names[from] });
  },
});

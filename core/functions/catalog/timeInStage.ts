import { summarize } from "../../metrics/statistics";
import { timeInStageDurations } from "../../metrics/timeInStage";
import { resolveStage } from "../coerce";
import { readDealLogArgument } from "../dealLogArgument";
import { defineFunction } from "../defineFunction";
import { numberOrDiv0 } from "../errors";
import { STATISTIC_PARAM } from "../params";

export const TIME_IN_STAGE = defineFunction({
  name: "TIME_IN_STAGE",
  result: "number",
  help: {
    "zh-CN": "阶段停留天数：从进入该阶段到进入下一个有日期的阶段的天数（默认中位数）",
    en: "Days in a stage: from a deal's date in the stage to its next stage date (median by default)",
  },
  params: [
    {
      name: "stage_dates",
      kind: "range",
      help: {
        "zh-CN": "各阶段日期列，含阶段名称标题行；或阶段历史（交易、阶段、日期）",
        en: "The stage date columns, with the header row of stage names; or a stage history (deal, stage, date)",
      },
    },
    { name: "stage", kind: "stage", help: { "zh-CN": "阶段：名称或序号（从 1 开始）", en: "The stage: a name or 1-based position" } },
    STATISTIC_PARAM,
  ] as const,
  body([stageDates, stage, statistic], context) {
    const log = readDealLogArgument(stageDates, undefined, context, "stage_dates", true);
    const index = resolveStage(log.deals.stages, stage, "stage");
    const durations = timeInStageDurations(log.deals, index);
    return numberOrDiv0(summarize(durations, statistic ?? "median"), context.locale, "div0.noDurations");
  },
});

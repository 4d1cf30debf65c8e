import { funnel } from "../../metrics/funnel";
import { readDealLogArgument } from "../dealLogArgument";
import { defineFunction } from "../defineFunction";
import { numberOrDiv0 } from "../errors";
import { headerRow } from "../labels";
import { STAGE_ORDER_PARAM, STAGES_PARAM } from "../params";
import type { OutputCell } from "../types";

export const FUNNEL = defineFunction({
  name: "FUNNEL",
  result: "table",
  help: {
    "zh-CN": "销售漏斗：每个阶段的到达数、阶段转化率、累计转化率与未推进数（溢出为表格）",
    en: "The sales funnel: for each stage the deals reached, step conversion, overall conversion and drop-off (spills a table)",
  },
  params: [STAGES_PARAM, STAGE_ORDER_PARAM] as const,
  body([stages, order], context) {
    const { locale } = context;
    const log = readDealLogArgument(stages, order, context, "stages");
    const rows = funnel(log.deals);
    const first = rows[0].stage;
    const table: OutputCell[][] = [headerRow(locale, ["stage", "reached", "stepConversion", "overallConversion", "dropOff"])];
    rows.forEach((row, index) => {
      table.push([
        row.stage,
        row.reached,
        index === 0 ? "" : numberOrDiv0(row.stepConversion, locale, "div0.noReached", { stage: rows[index - 1].stage }),
        numberOrDiv0(row.overallConversion, locale, "div0.noReached", { stage: first }),
        row.dropOff ?? "",
      ]);
    });
    return table;
  },
});

import { defineFunction } from "../defineFunction";
import { numberOrDiv0 } from "../errors";
import { BY_PARAM, DEALS_PARAM, segmentsArgument, STAGE_ORDER_PARAM } from "../groupArgument";
import { headerRow, LABELS } from "../labels";
import type { OutputCell } from "../types";

/**
 * FUNNEL_BY(deals, by, [stage_order]): FUNNEL for each group of a column (DEFINITIONS §4 "Segments"), stacked: one
 * row per group and stage, groups as `analyze --by` lists them (most deals first, the blank group last).
 * @example
 * FUNNEL_BY(log, "source") //=> [["Group", "Stage", "Reached", …], ["Web", "线索", 4, "", 1, 0], …]
 */
export const FUNNEL_BY = defineFunction({
  name: "FUNNEL_BY",
  result: "table",
  help: {
    "zh-CN": "分组漏斗：按来源、负责人、团队等分组，每组每个阶段的到达数、阶段转化率、累计转化率与未推进数（溢出为表格）",
    en: "The funnel by group (source, owner, team...): for each group and stage the deals reached, step and overall conversion, drop-off (spills a table)",
  },
  params: [DEALS_PARAM, BY_PARAM, STAGE_ORDER_PARAM] as const,
  body([deals, by, order], context) {
    const { locale } = context;
    const segments = segmentsArgument(deals, by, order, context);
    const table: OutputCell[][] = [headerRow(locale, ["group", "stage", "reached", "stepConversion", "overallConversion", "dropOff"])];
    for (const group of segments.groups) {
      const name = group.blank ? LABELS.blankGroup[locale] : group.label;
      const rows = group.figures.funnel;
      rows.forEach((row, index) => {
        table.push([
          name,
          row.stage,
          row.reached,
          index === 0 ? "" : numberOrDiv0(row.stepConversion, locale, "div0.noReached", { stage: rows[index - 1].stage }),
          numberOrDiv0(row.overallConversion, locale, "div0.noReached", { stage: rows[0].stage }),
          row.dropOff ?? "",
        ]);
      });
    }
    return table;
  },
});

import { defineFunction } from "../defineFunction";
import { numberOrDiv0 } from "../errors";
import { BY_PARAM, DEALS_PARAM, segmentsArgument, STAGE_ORDER_PARAM } from "../groupArgument";
import { headerRow, LABELS } from "../labels";
import type { OutputCell } from "../types";

/**
 * WIN_RATE_BY(deals, by, [stage_order]): each group's win rate against all other deals' (DEFINITIONS §4
 * "Segments"): deals, win rate, the others' win rate, the Holm-adjusted p-value of PILOT_LIFT's test, and the flag
 * (Above / Below when the adjusted p < 0.05), groups as `analyze --by` lists them.
 * @example
 * WIN_RATE_BY(log, "source") //=> [["Group", "Deals", "Win rate", "Others' win rate", "Adjusted p", "Flag"], ["Web", 4, 0.75, 0, 0.8, ""], …]
 */
export const WIN_RATE_BY = defineFunction({
  name: "WIN_RATE_BY",
  result: "table",
  help: {
    "zh-CN": "分组赢单率：每组的交易数、赢单率、其他交易的赢单率、校正后 p 值（Holm）与显著高低标记（溢出为表格）",
    en: "Win rate by group: deals, win rate, the other deals' win rate, Holm-adjusted p-value and an Above/Below flag (spills a table)",
  },
  params: [DEALS_PARAM, BY_PARAM, STAGE_ORDER_PARAM] as const,
  body([deals, by, order], context) {
    const { locale } = context;
    const segments = segmentsArgument(deals, by, order, context);
    const table: OutputCell[][] = [headerRow(locale, ["group", "deals", "winRate", "othersWinRate", "pHolm", "flag"])];
    for (const group of segments.groups) {
      const { winRate, othersWinRate, pHolm, flag } = group.test;
      const untested = winRate === null ? "div0.noClosed" : "div0.noOtherGroup";
      table.push([
        group.blank ? LABELS.blankGroup[locale] : group.label,
        group.deals,
        numberOrDiv0(group.figures.winRate, locale, "div0.noClosed"),
        numberOrDiv0(othersWinRate, locale, "div0.noOtherGroup"),
        numberOrDiv0(pHolm, locale, untested),
        flag === null ? "" : LABELS[flag][locale],
      ]);
    }
    return table;
  },
});

import { winRate } from "../../metrics/winRate";
import type { Grid } from "../../model/cells";
import type { StageList } from "../../model/stages";
import { STATUS_CODE } from "../../model/dealTable";
import type { DealStatus } from "../../model/words";
import { readDealStatus } from "../../parse/statuses";
import { numberOrDiv0 } from "../errors";
import { STAGE_ORDER_PARAM, STATUSES_PARAM } from "../params";
import { readDealLogArgument } from "../dealLogArgument";
import { defineFunction } from "../defineFunction";
import { readStatusCells } from "../statusArgument";
import type { CallContext } from "../types";

/**
 * WIN_RATE(statuses, [stage_order]): won ÷ (won + lost) of a status column, or — when `statuses` is no status
 * column — of a deal log that states its outcomes, read in `stage_order` as FUNNEL and LOSS_POINTS read it (a
 * current-stage column or export in the team's own stages: a deal at the last stage is won), so the figure is
 * analyze's with the same `--stages`.
 * @example
 * WIN_RATE([["Stage"], ["Lead"], ["Contract"], ["Contract"], ["Closed Lost"]], [["Lead"], ["Demo"], ["Contract"]]) //=> 2/3
 */
export const WIN_RATE = defineFunction({
  name: "WIN_RATE",
  result: "number",
  help: {
    "zh-CN": "赢单率：赢单 ÷（赢单 + 丢单），进行中的交易不计；也可给出含 Closed Won/Closed Lost 的阶段列、当前阶段导出表或带状态的交易表",
    en: "Win rate: won ÷ (won + lost); open deals are left out. Also takes a stage column with Closed Won / Closed Lost, a current-stage export, or a deal table with a status column",
  },
  params: [STATUSES_PARAM, STAGE_ORDER_PARAM] as const,
  body([statuses, stageOrder], context) {
    const { locale } = context;
    let read: (DealStatus | undefined)[];
    try {
      read = readStatusCells(statuses, "statuses", readDealStatus);
    } catch (problem) {
      // Not status words: a deal log that states its outcomes (a current-stage column or export with Closed Won /
      // Closed Lost, a status column, a stage history) gives the report's win rate; else the first refusal stands.
      const codes = outcomesOfLog(statuses, stageOrder, context);
      if (codes === undefined) throw problem;
      return numberOrDiv0(winRate(codes), locale, "div0.noClosed");
    }
    const codes = read.flatMap((status) => (status === undefined ? [] : [STATUS_CODE[status]]));
    return numberOrDiv0(winRate(codes), locale, "div0.noClosed");
  },
});

/** The outcome codes of a range read as a deal log that states outcomes, or `undefined` when it is none. */
function outcomesOfLog(grid: Grid, order: StageList | undefined, context: CallContext): ArrayLike<number> | undefined {
  try {
    const log = readDealLogArgument(grid, order, context, "statuses");
    return log.deals.hasStatus ? log.deals.status : undefined;
  } catch {
    return undefined;
  }
}

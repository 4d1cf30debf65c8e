import { lossPoints } from "../../metrics/lossPoints";
import type { Grid } from "../../model/cells";
import { readDealStatus } from "../../parse/statuses";
import { readDealLogArgument, readStageOrder } from "../dealLogArgument";
import { ArgumentProblem, numberOrDiv0 } from "../errors";
import { headerRow } from "../labels";
import { STAGE_ORDER_PARAM, STAGES_PARAM, STATUSES_PARAM } from "../params";
import { readStatusCells } from "../statusArgument";
import type { FunctionSpec, OutputCell } from "../types";

export const LOSS_POINTS: FunctionSpec = {
  name: "LOSS_POINTS",
  result: "table",
  help: {
    "zh-CN": "流失节点：丢单按其到达的最远阶段计数，及各阶段占全部丢单的比例（溢出为表格）",
    en: "Loss points: lost deals counted by the furthest stage each reached, and each stage's share of all losses (spills a table)",
  },
  params: [
    STAGES_PARAM,
    { ...STATUSES_PARAM, help: { "zh-CN": "每笔交易的状态，与 stages 同样行数", en: "Each deal's status, as many rows as stages" } },
    STAGE_ORDER_PARAM,
  ],
  body([stages, statuses, order], context) {
    const { locale } = context;
    const stageGrid = stages as Grid;
    const statusGrid = statuses as Grid;
    if (statusGrid.some((row) => row.length > 1) || statusGrid.length !== stageGrid.length) {
      throw new ArgumentProblem("#VALUE!", "arg.sameSize", { name: "statuses", other: "stages" });
    }
    const log = readDealLogArgument(stageGrid, readStageOrder(order as Grid | undefined, "stage_order"), context, "stages");
    const statusByRow = readStatusCells(statusGrid, "statuses", readDealStatus);
    // Deal i came from sheet row rows[i]; the ranges start on the same row, so its status is at rows[i] − 1.
    const rows = lossPoints(log.deals.stages.names, log.deals.furthest, (i) => statusByRow[log.deals.rows[i] - 1] === "lost");
    const table: OutputCell[][] = [headerRow(locale, ["stage", "lost", "share"])];
    for (const row of rows) table.push([row.stage, row.lost, numberOrDiv0(row.share, locale, "div0.noLost")]);
    return table;
  },
};

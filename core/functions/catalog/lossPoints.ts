import { lossPoints } from "../../metrics/lossPoints";
import { STATUS_CODE } from "../../model/dealTable";
import { readDealStatus } from "../../parse/statuses";
import { readDealLogArgument } from "../dealLogArgument";
import { defineFunction } from "../defineFunction";
import { ArgumentProblem, numberOrDiv0 } from "../errors";
import { headerRow } from "../labels";
import { STAGE_ORDER_PARAM, STAGES_PARAM, STATUSES_PARAM } from "../params";
import { readStatusCells } from "../statusArgument";
import type { OutputCell } from "../types";

/**
 * LOSS_POINTS(stages, statuses, [stage_order]): the loss-point table of metrics/lossPoints — one row per stage
 * but the last; a lost deal whose furthest stage is the last is in no row (as on the Dashboard and in the report).
 */
export const LOSS_POINTS = defineFunction({
  name: "LOSS_POINTS",
  result: "table",
  help: {
    "zh-CN": "丢单阶段：丢单按其到达的最远阶段计数，列出最后阶段之前的各阶段（有最后阶段日期的丢单自相矛盾，不计入），及各阶段所占比例（溢出为表格）",
    en: "Loss points: lost deals counted by the furthest stage each reached, for every stage but the last (a lost deal dated in the last stage contradicts itself and is left out), and each stage's share (spills a table)",
  },
  params: [
    STAGES_PARAM,
    { ...STATUSES_PARAM, help: {
        "zh-CN": "每笔交易的状态，与 stages 同样行数；空白时取 stages 自身给出的结果（Closed Lost、输单或其状态列）",
        en: "Each deal's status, as many rows as stages; a blank cell takes the outcome the stages range states (Closed Lost)",
      },
    },
    STAGE_ORDER_PARAM,
  ] as const,
  body([stageGrid, statusGrid, order], context) {
    const { locale } = context;
    if (statusGrid.some((row) => row.length > 1) || statusGrid.length !== stageGrid.length) {
      throw new ArgumentProblem("#VALUE!", "arg.sameSize", { name: "statuses", other: "stages" });
    }
    const log = readDealLogArgument(stageGrid, order, context, "stages");
    const statusByRow = readStatusCells(statusGrid, "statuses", readDealStatus);
    // Deal i came from sheet row rows[i]; the ranges start on the same row, so its status is at rows[i] − 1. A
    // blank status cell leaves the outcome the stages range states itself (Closed Lost, 输单; a status column).
    const { deals } = log;
    const lost = (i: number) => {
      const said = statusByRow[deals.rows[i] - 1];
      return said === undefined ? deals.hasStatus && deals.status[i] === STATUS_CODE.lost : said === "lost";
    };
    const rows = lossPoints(deals.stages.names, deals.furthest, lost);
    const table: OutputCell[][] = [headerRow(locale, ["stage", "lost", "share"])];
    for (const row of rows) table.push([row.stage, row.lost, numberOrDiv0(row.share, locale, "div0.noLost")]);
    return table;
  },
});

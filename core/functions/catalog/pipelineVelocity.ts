import { pipelineVelocity } from "../../metrics/pipelineVelocity";
import { summarize } from "../../metrics/statistics";
import { winRate } from "../../metrics/winRate";
import { isBlankCell, type Grid } from "../../model/cells";
import type { DealStatus } from "../../model/words";
import { readAmountCell } from "../../parse/amounts";
import { cellsOf, dateRangeDays } from "../coerce";
import { ArgumentProblem, cellError } from "../errors";
import { STATUSES_PARAM } from "../params";
import { readStatusOrStageCells } from "../statusArgument";
import type { FunctionSpec } from "../types";

const SAME_ROWS = { "zh-CN": "，与 statuses 同样行数", en: ", as many rows as statuses" };

export const PIPELINE_VELOCITY: FunctionSpec = {
  name: "PIPELINE_VELOCITY",
  result: "number",
  help: {
    "zh-CN": "管道速度（金额/天）：进行中交易数 × 赢单率 × 赢单平均金额 ÷ 平均成交周期",
    en: "Pipeline velocity (amount per day): open deals × win rate × mean won amount ÷ mean cycle time",
  },
  params: [
    {
      ...STATUSES_PARAM,
      help: {
        "zh-CN": STATUSES_PARAM.help["zh-CN"] + "；也可为含 Closed Won/Closed Lost（赢单/输单）的当前阶段列",
        en: STATUSES_PARAM.help.en + "; or a column of current stages with Closed Won / Closed Lost",
      },
    },
    { name: "amounts", kind: "range", help: { "zh-CN": "金额" + SAME_ROWS["zh-CN"], en: "Amounts" + SAME_ROWS.en } },
    { name: "start_dates", kind: "range", help: { "zh-CN": "开始日期" + SAME_ROWS["zh-CN"], en: "Start dates" + SAME_ROWS.en } },
    { name: "end_dates", kind: "range", help: { "zh-CN": "结束（成交）日期" + SAME_ROWS["zh-CN"], en: "End (won) dates" + SAME_ROWS.en } },
  ],
  body([statuses, amounts, starts, ends], context) {
    const { locale } = context;
    // Status words, or a column of current stages with Closed Won / Closed Lost (a current-stage export's Stage).
    const statusCells = readStatusOrStageCells(statuses as Grid, "statuses", context);
    const amountCells = cellsOf(amounts as Grid).map((cell) => cell.value);
    const startCells = cellsOf(starts as Grid).map((cell) => cell.value);
    const endCells = cellsOf(ends as Grid).map((cell) => cell.value);
    for (const [name, cells] of [["amounts", amountCells], ["start_dates", startCells], ["end_dates", endCells]] as const) {
      if (cells.length !== statusCells.length) throw new ArgumentProblem("#VALUE!", "arg.sameSize", { name, other: "statuses" });
    }
    const statusesRead: DealStatus[] = [];
    const wonAmounts: number[] = [];
    const wonCycles: number[] = [];
    let openDeals = 0;
    // The first status cell is a header when it holds text that is no status word; a blank one is an open deal.
    const hasHeader = statusCells.length > 0 && statusCells[0] === undefined && !isBlankCell(cellsOf(statuses as Grid)[0].value);
    // Each range's numbers-only dates in one order (dateRangeDays).
    const startDays = dateRangeDays(startCells, context);
    const endDays = dateRangeDays(endCells, context);
    statusCells.forEach((status, row) => {
      const rowIsBlank = [amountCells[row], startCells[row], endCells[row]].every(isBlankCell);
      if ((row === 0 && hasHeader) || (status === undefined && rowIsBlank)) return; // a header, or an empty row
      const outcome = status ?? "open";
      statusesRead.push(outcome);
      if (outcome === "open") openDeals++;
      if (outcome !== "won") return;
      const amount = readAmountCell(amountCells[row]);
      if (typeof amount === "number") wonAmounts.push(amount);
      const start = startDays[row];
      const end = endDays[row];
      if (start !== null && end !== null && end >= start) wonCycles.push(end - start);
    });
    const inputs = {
      openDeals,
      winRate: winRate(statusesRead),
      meanWonAmount: summarize(wonAmounts, "mean"),
      meanCycleDays: summarize(wonCycles, "mean"),
    };
    const velocity = pipelineVelocity(inputs);
    if (velocity !== null) return velocity;
    if (inputs.winRate === null) return cellError(locale, "#DIV/0!", "div0.noClosed");
    if (inputs.meanWonAmount === null) return cellError(locale, "#DIV/0!", "div0.noWonAmount");
    if (inputs.meanCycleDays === null) return cellError(locale, "#DIV/0!", "div0.noDurations");
    return cellError(locale, "#DIV/0!", "div0.zeroCycle");
  },
};

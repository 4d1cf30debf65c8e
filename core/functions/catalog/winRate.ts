import { winRate } from "../../metrics/winRate";
import type { Grid } from "../../model/cells";
import type { DealStatus } from "../../model/words";
import { readDealStatus } from "../../parse/statuses";
import { numberOrDiv0 } from "../errors";
import { STATUSES_PARAM } from "../params";
import { readStatusCells } from "../statusArgument";
import type { FunctionSpec } from "../types";

export const WIN_RATE: FunctionSpec = {
  name: "WIN_RATE",
  result: "number",
  help: {
    "zh-CN": "赢单率：赢单 ÷（赢单 + 丢单），进行中的交易不计",
    en: "Win rate: won ÷ (won + lost); open deals are left out",
  },
  params: [STATUSES_PARAM],
  body([statuses], { locale }) {
    const read = readStatusCells(statuses as Grid, "statuses", readDealStatus);
    return numberOrDiv0(winRate(read.filter((status): status is DealStatus => status !== undefined)), locale, "div0.noClosed");
  },
};

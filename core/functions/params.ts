import { readStageOrder } from "./dealLogArgument";
import type { ParamSpec } from "./types";

/** Parameters several functions share, declared once. */
export const STAGES_PARAM = {
  name: "stages",
  kind: "range",
  help: {
    "zh-CN": "阶段：一列阶段名称（可含赢单/输单），或带表头的交易表：各阶段日期列、当前阶段导出表或阶段变更记录",
    en: "Stages: a column of stage names (Closed Won/Lost allowed), or a deal table with a header: stage dates, current stage or history",
  },
} as const satisfies ParamSpec;

/** A stage order, read as a stage list before the body runs (core/functions/dealLogArgument.ts readStageOrder). */
export const STAGE_ORDER_PARAM = {
  name: "stage_order",
  kind: "range",
  optional: true,
  read: readStageOrder,
  help: {
    "zh-CN": "阶段顺序（如“阶段”表的名称列）；默认为线索、商机、方案、报价、谈判、成交",
    en: "The stage order (e.g. the Stages sheet's name column); default Lead, Opportunity, Proposal, Quote, Negotiation, Won",
  },
} as const satisfies ParamSpec;

export const STATISTIC_PARAM = {
  name: "statistic",
  kind: "statistic",
  optional: true,
  help: {
    "zh-CN": "统计量：median（默认）、mean、p90、min、max 或 count",
    en: "The statistic: median (default), mean, p90, min, max or count",
  },
} as const satisfies ParamSpec;

export const STATUSES_PARAM = {
  name: "statuses",
  kind: "range",
  help: {
    "zh-CN": "每笔交易的状态：赢单/成交、丢单/流失、进行中（空白视为进行中）",
    en: "Each deal's status: Won, Lost or Open (blank means open)",
  },
} as const satisfies ParamSpec;

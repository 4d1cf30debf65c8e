import type { ParamSpec } from "./types";

/** Parameters several functions share, declared once. */
export const STAGES_PARAM: ParamSpec = {
  name: "stages",
  kind: "range",
  help: {
    "zh-CN": "每笔交易的阶段：一列阶段名称（可含 Closed Won/赢单、Closed Lost/输单）、首行为阶段名称且其下为日期的交易表、当前阶段导出表（阶段列与创建/结单日期或金额），或阶段历史（交易、阶段、日期）",
    en: "Each deal's stage: a column of stage names (Closed Won and Closed Lost allowed), a deal table whose first row names the stages with dates below, a current-stage export (a Stage column with created/close dates or an amount), or a stage history (deal, stage, date)",
  },
};

export const STAGE_ORDER_PARAM: ParamSpec = {
  name: "stage_order",
  kind: "range",
  optional: true,
  help: {
    "zh-CN": "阶段顺序（如“阶段”表的名称列）；默认为线索、商机、方案、报价、谈判、成交",
    en: "The stage order (e.g. the Stages sheet's name column); default Lead, Opportunity, Proposal, Quote, Negotiation, Won",
  },
};

export const STATISTIC_PARAM: ParamSpec = {
  name: "statistic",
  kind: "statistic",
  optional: true,
  help: {
    "zh-CN": "统计量：median（默认）、mean、p90、min、max 或 count",
    en: "The statistic: median (default), mean, p90, min, max or count",
  },
};

export const STATUSES_PARAM: ParamSpec = {
  name: "statuses",
  kind: "range",
  help: {
    "zh-CN": "每笔交易的状态：赢单/成交、丢单/流失、进行中（空白视为进行中）",
    en: "Each deal's status: Won, Lost or Open (blank means open)",
  },
};

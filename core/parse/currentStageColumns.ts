import { isBlankCell, type Grid } from "../model/cells";
import { crmOfHeader, type CrmName } from "../model/crmPipelines";
import { headerKey } from "../model/normalize";
import { amountExponentOfHeader, fieldOfHeader, type DealField } from "../model/words";

/** A text column of a deal log (owner, team, …): every field but the amount, its currency and the status. */
export type TextField = Exclude<DealField, "amount" | "status" | "currency">;

/**
 * The columns of a current-stage export (DEFINITIONS §2): one row per deal with the stage it is at now. Each is a
 * 0-based column index, absent when the export has no such column.
 */
export interface CurrentStageColumns {
  /** The deal's current stage, or its outcome (Closed Won, 输单…). */
  readonly stage: number;
  /** Open / Won / Lost, 跟进中 / 赢单 / 输单 (DEFINITIONS §3). */
  readonly status?: number;
  /** The stage a lost deal was lost at (销售易's 输单阶段). */
  readonly lostAt?: number;
  readonly created?: number;
  /** The day a deal was won (Pipedrive's Won time): preferred over any close date. */
  readonly wonDate?: number;
  /** A close date set when the deal closes (Salesforce's and HubSpot's Close Date, 结单日期). */
  readonly closeDate?: number;
  /** An expected close date (Zoho's Closing Date, Pipedrive's Expected close date, 预计成交日期): used for won deals only. */
  readonly expectedClose?: number;
  readonly amount?: number;
  /** The currency of each amount (Pipedrive's `Deal - Currency of Value`, HubSpot's `Currency`). */
  readonly currency?: number;
  /** The amount column's unit as a power of ten (4 for 金额（万元）). */
  readonly amountExponent: number;
  /** The other columns the reader knows (owner, customer, …). */
  readonly text: ReadonlyMap<TextField, number>;
  /** The CRM the headers come from, when only one CRM writes them (it settles which default pipeline fits). */
  readonly crm?: CrmName;
}

type DateRole = "created" | "wonDate" | "closeDate" | "expectedClose" | "lostAt";

/** Headers of the current-stage column (`Deal - Stage` and `Deal Stage (pipeline)` read as `Stage`). */
const STAGE_HEADERS = [
  "Stage", "Deal Stage", "Current stage", "Sales stage", "Opportunity stage", "Pipeline stage", "Pipeline Phase",
  "阶段", "当前阶段", "销售阶段", "商机阶段", "机会阶段",
];

/** Headers of the other columns this shape reads, by role (research notes §1–§6 name where each is written). */
const ROLE_HEADERS: Readonly<Record<DateRole, readonly string[]>> = {
  created: [
    "Created Date", "Create Date", "Created Time", "Created On", "Created", "Created At", "Creation Date", "Date Created",
    "Deal created", "创建日期", "创建时间", "创建于", "录入日期", "建立日期", "立项日期",
  ],
  wonDate: ["Won time", "Won date", "Won on", "Date won", "赢单日期", "赢单时间", "成交日期", "成交时间", "签约日期", "签约时间"],
  closeDate: [
    "Close Date", "Closed Date", "Close Time", "Closed Time", "Closed On", "Deal closed on", "Actual Close Date", "Date closed",
    "结单日期", "结单时间", "关闭日期", "实际成交日期", "实际结单日期",
  ],
  expectedClose: [
    "Closing Date", "Expected close date", "Expected close", "Est. Close Date", "Estimated close date", "Forecast close date",
    "预计成交日期", "预计结单日期", "预计签约日期", "预计成交时间",
  ],
  lostAt: ["Lost at stage", "Stage lost at", "Lost stage", "Lost at", "Loss stage", "Lost in stage", "输单阶段", "丢单阶段", "流失阶段"],
};

/** Amount headers of CRM exports beyond the deal log's own words (销售易's 销售金额, Dynamics' Est. Revenue). */
const EXTRA_AMOUNT_HEADERS = ["销售金额", "预计金额", "Est. Revenue", "Total Amount", "Opportunity Amount"];

const key = (header: string) => headerKey(header, "field");
const STAGE_KEYS = new Set(STAGE_HEADERS.map(key));
const ROLE_BY_KEY: ReadonlyMap<string, DateRole> = new Map(
  (Object.keys(ROLE_HEADERS) as DateRole[]).flatMap((role) => ROLE_HEADERS[role].map((header) => [key(header), role] as const)),
);
const EXTRA_AMOUNT_KEYS = new Set(EXTRA_AMOUNT_HEADERS.map(key));

/**
 * True when a header is a CRM export's amount beyond the deal log's own words (销售易's 销售金额, Dynamics' Est.
 * Revenue): a current-stage export and a stage history take it when no amount header of their own is there.
 * @example
 * isCrmAmountHeader("销售金额") //=> true
 * isCrmAmountHeader("金额")     //=> false (the log's own word: fieldOfHeader reads it)
 */
export function isCrmAmountHeader(header: string): boolean {
  return EXTRA_AMOUNT_KEYS.has(key(header));
}
/** Pipedrive's (and HubSpot custom reports') `Deal - ` before every label. */
const DEAL_PREFIX = /^\s*deal\s*-\s*/i;

/**
 * The columns of a current-stage export, or `undefined` when `header` is not one: it needs a stage column
 * (Stage, Deal Stage, Deal - Stage, Pipeline Phase, 阶段, 当前阶段, 销售阶段…) and beside it at least one column
 * that only a deal record has — a created, won, close or expected close date, a lost-at stage, or an amount. A
 * status or an owner alone is not enough: the template's Action plan (阶段, …, 负责人, 状态) is no deal log.
 * Headers are compared as header keys (case, width, spaces, a trailing colon or unit ignored), with a leading
 * `Deal - ` dropped; the first column of each kind is used.
 *
 * @example
 * currentStageColumns(["Deal - Title", "Deal - Stage", "Deal - Status", "Deal - Won time"])
 * //=> { stage: 1, status: 2, wonDate: 3, amountExponent: 0, text: Map {}, crm: "Pipedrive" }
 * currentStageColumns(["阶段", "痛点", "负责人", "状态"]) //=> undefined
 */
export function currentStageColumns(header: readonly unknown[]): CurrentStageColumns | undefined {
  let stage: number | undefined;
  let status: number | undefined;
  let currency: number | undefined;
  let amount: number | undefined;
  let amountExponent = 0;
  const roles = new Map<DateRole, number>();
  const text = new Map<TextField, number>();
  header.forEach((cell, column) => {
    if (typeof cell !== "string") return;
    const bare = cell.replace(DEAL_PREFIX, "");
    const cellKey = key(bare);
    if (cellKey === "") return;
    if (STAGE_KEYS.has(cellKey)) {
      stage ??= column;
      return;
    }
    const role = ROLE_BY_KEY.get(cellKey);
    if (role !== undefined) {
      if (!roles.has(role)) roles.set(role, column);
      return;
    }
    const field = fieldOfHeader(bare) ?? (EXTRA_AMOUNT_KEYS.has(cellKey) ? "amount" : undefined);
    if (field === "status") status ??= column;
    else if (field === "currency") currency ??= column;
    else if (field === "amount") {
      if (amount === undefined) {
        amount = column;
        amountExponent = amountExponentOfHeader(bare) ?? 0;
      }
    } else if (field !== undefined && !text.has(field)) text.set(field, column);
  });
  if (stage === undefined || (roles.size === 0 && amount === undefined)) return undefined;
  return {
    stage,
    status,
    lostAt: roles.get("lostAt"),
    created: roles.get("created"),
    wonDate: roles.get("wonDate"),
    closeDate: roles.get("closeDate"),
    expectedClose: roles.get("expectedClose"),
    amount,
    currency,
    amountExponent,
    text,
    crm: crmOfHeader(header),
  };
}

/** How far down the header row may sit: as STAGE_HEADER_SEARCH_ROWS (headerRow.ts, which imports this file's shape). */
const HEADER_SEARCH_ROWS = 20;

/** A number, or text that is only a number: a data row's cell, never a header's. */
const NUMBER_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*$/;

/**
 * 0-based index of a current-stage export's header row: the first of the first 20
 * rows that {@link currentStageColumns} reads and that holds no number (a title row above it, 2026年一季度商机跟踪表,
 * is passed over); -1 when there is none.
 * @example
 * currentStageHeaderRow([["2026年一季度商机跟踪表"], ["客户名称", "当前阶段", "创建日期"], ["甲", "签约", "2026/1/5"]]) //=> 1
 */
export function currentStageHeaderRow(grid: Grid): number {
  const last = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const cells = grid[row];
    const hasNumber = cells.some((cell) => !isBlankCell(cell) && (typeof cell === "number" || (typeof cell === "string" && NUMBER_TEXT.test(cell))));
    if (!hasNumber && currentStageColumns(cells) !== undefined) return row;
  }
  return -1;
}

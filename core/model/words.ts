import { isStageTimeHeader, withoutDealPrefix } from "./crmHeaders";
import type { Localized } from "./locale";
import { headerKey, headerUnit } from "./normalize";

/** The non-stage columns of a wide deal log (DEFINITIONS §2). */
export type DealField =
  | "id"
  | "name"
  | "customer"
  | "source"
  | "owner"
  | "team"
  | "region"
  | "industry"
  | "amount"
  | "currency"
  | "status"
  | "lostReason";

/** Each field's header in the template, zh-CN and en. */
export const FIELD_HEADERS: Readonly<Record<DealField, Localized>> = Object.freeze({
  id: { "zh-CN": "编号", en: "Deal ID" },
  name: { "zh-CN": "商机名称", en: "Deal name" },
  customer: { "zh-CN": "客户", en: "Customer" },
  source: { "zh-CN": "线索来源", en: "Source" },
  owner: { "zh-CN": "负责人", en: "Owner" },
  team: { "zh-CN": "团队", en: "Team" },
  region: { "zh-CN": "区域", en: "Region" },
  industry: { "zh-CN": "行业", en: "Industry" },
  amount: { "zh-CN": "金额", en: "Amount" },
  currency: { "zh-CN": "币种", en: "Currency" },
  status: { "zh-CN": "状态", en: "Status" },
  lostReason: { "zh-CN": "丢单原因", en: "Lost reason" },
});

/** Every header a user's own log may use for a field, beyond the template's two. */
const FIELD_ALIASES: Readonly<Record<DealField, readonly string[]>> = {
  // CRM headers (research notes §1–§5): HubSpot Record ID, Salesforce Opportunity ID.
  id: ["ID", "Deal", "Deal No", "编号", "序号", "商机编号", "订单编号", "Record ID", "Opportunity ID", "商机ID"],
  // A deal's own name is not its customer: HubSpot Deal Name, Salesforce Opportunity Name, Pipedrive Deal - Title.
  name: ["Deal Name", "Opportunity Name", "Deal title", "Topic", "商机名称", "机会名称"],
  customer: ["Customer name", "Account", "Company", "Client", "客户名称", "公司", "客户名", "Account Name", "Organization", "Organisation", "Potential Customer"],
  source: ["Lead source", "Channel", "来源", "渠道", "线索渠道", "机会来源", "商机来源"],
  owner: ["Sales rep", "Rep", "Salesperson", "销售", "销售代表", "销售负责人", "跟进人", "Deal owner", "Opportunity Owner"],
  team: ["Sales team", "Group", "小组", "销售团队", "组别", "所属部门", "Department"],
  region: ["Area", "Territory", "地区", "大区"],
  industry: ["Sector", "Vertical", "所属行业"],
  amount: ["Value", "Deal value", "Deal amount", "Revenue", "合同金额", "成交金额", "商机金额", "金额(元)", "金额（元）", "Total Amount", "Est. Revenue"],
  // HubSpot Currency, Pipedrive Deal - Currency of Value, Salesforce <Field> Currency (research §1.2, §2.1, §3.1).
  currency: ["Currency of value", "Amount Currency", "Total Amount Currency", "货币", "币别"],
  status: ["Deal status", "Outcome", "Result", "结果", "商机状态", "成交状态"],
  lostReason: ["Loss reason", "Reason lost", "Lost reason", "丢单原因", "输单原因", "流失原因", "Closed Lost Reason", "Reason For Loss", "输单描述"],
};

const FIELD_BY_KEY: ReadonlyMap<string, DealField> = new Map(
  (Object.keys(FIELD_HEADERS) as DealField[]).flatMap((field) =>
    [FIELD_HEADERS[field]["zh-CN"], FIELD_HEADERS[field].en, ...FIELD_ALIASES[field]].map(
      (word) => [headerKey(word, "field"), field] as const,
    ),
  ),
);

/**
 * The field a header names, or undefined. Headers are compared by {@link headerKey}: spaces, a trailing colon and
 * a trailing bracketed unit do not count. An amount header's unit must be one {@link amountExponentOfHeader}
 * knows, else the column is not taken for the amount (its figures could be off by a factor). A `Deal - ` prefix
 * (Pipedrive) is read through when the whole header names nothing; HubSpot's stage-calculated headers
 * (`Date exited "…"`, `Cumulative time in "…"`) name no field.
 * @example
 * fieldOfHeader("负责人")        //=> "owner"
 * fieldOfHeader(" Deal Value ")  //=> "amount"
 * fieldOfHeader("状 态：")        //=> "status"
 * fieldOfHeader("Amount (USD)")  //=> "amount"
 * fieldOfHeader("金额（百万）")   //=> undefined (a unit it does not read)
 * fieldOfHeader("Deal - Value")  //=> "amount" (Pipedrive's prefix)
 * fieldOfHeader("Opportunity Owner") //=> "owner"
 */
export function fieldOfHeader(header: string): DealField | undefined {
  if (isStageTimeHeader(header)) return undefined;
  let field = FIELD_BY_KEY.get(headerKey(header, "field"));
  const bare = field === undefined ? withoutDealPrefix(header) : undefined;
  if (bare !== undefined) {
    // `Deal - Value` reads as `Value`; `Deal - Title` as `Deal title`.
    field = FIELD_BY_KEY.get(headerKey(bare, "field")) ?? FIELD_BY_KEY.get(headerKey(`Deal ${bare}`, "field"));
    if (field === "amount" && amountExponentOfHeader(bare) === undefined) return undefined;
    return field;
  }
  if (field === "amount" && amountExponentOfHeader(header) === undefined) return undefined;
  return field;
}

// Currency signs and codes an amount header's unit may name; they do not scale the figures.
const CURRENCY_IN_UNIT = /[¥$€£]|元|人民币|rmb|cny|usd|eur|gbp|hkd|jpy/g;
const UNIT_EXPONENTS: ReadonlyMap<string, number> = new Map([
  ["", 0],
  ["千", 3],
  ["k", 3],
  ["万", 4],
]);

/**
 * The power of ten an amount column's header puts its figures in: 0 without a unit or with a currency only
 * (`金额`, `金额 (元)`, `Amount (USD)`, `Amount ($)`), 3 for thousands (`金额（千元）`, `Amount ($k)`), 4 for
 * 万 (`金额（万元）`: 12 there means 120,000). `undefined` for any other unit (`金额（百万）`).
 * @example
 * amountExponentOfHeader("金额（万元）") //=> 4
 * amountExponentOfHeader("Amount ($)")  //=> 0
 * amountExponentOfHeader("金额（百万）") //=> undefined
 */
export function amountExponentOfHeader(header: string): number | undefined {
  return UNIT_EXPONENTS.get((headerUnit(header) ?? "").replace(CURRENCY_IN_UNIT, ""));
}

/** Headers a one-column stage range may carry in its first cell (DEFINITIONS §2). */
export const STAGE_COLUMN_HEADERS: readonly string[] = ["阶段", "当前阶段", "销售阶段", "Stage", "Current stage", "Deal stage"];

/** A deal's outcome. */
export type DealStatus = "open" | "won" | "lost";

/** An action-plan item's progress (the seed's □未启动 □进行中 □已完成). */
export type ActionStatus = "notStarted" | "inProgress" | "done";

/** The words shown for each outcome in the template's dropdown. */
export const DEAL_STATUS_WORDS: Readonly<Record<DealStatus, Localized>> = Object.freeze({
  open: { "zh-CN": "进行中", en: "Open" },
  won: { "zh-CN": "赢单", en: "Won" },
  lost: { "zh-CN": "丢单", en: "Lost" },
});

/** The words shown for each action status in the template's dropdown. */
export const ACTION_STATUS_WORDS: Readonly<Record<ActionStatus, Localized>> = Object.freeze({
  notStarted: { "zh-CN": "未启动", en: "Not started" },
  inProgress: { "zh-CN": "进行中", en: "In progress" },
  done: { "zh-CN": "已完成", en: "Done" },
});

/** Every word read as each deal outcome (DEFINITIONS §3), beyond the dropdown's. */
export const DEAL_STATUS_ALIASES: Readonly<Record<DealStatus, readonly string[]>> = {
  won: ["赢单", "成交", "已成交", "赢", "已赢单", "Won", "Closed Won", "Win", "Closed-Won"],
  lost: ["丢单", "输单", "流失", "已流失", "已丢单", "已输单", "Lost", "Closed Lost", "Loss", "Closed-Lost"],
  open: ["进行中", "跟进中", "未成交", "Open", "In progress", "Active", ""],
};

/** Every word read as each action status (DEFINITIONS §3), beyond the dropdown's. */
export const ACTION_STATUS_ALIASES: Readonly<Record<ActionStatus, readonly string[]>> = {
  notStarted: ["未启动", "未开始", "Not started", "To do", "Todo", "☐", "□"],
  inProgress: ["进行中", "In progress", "Ongoing", "Doing", "◐"],
  done: ["已完成", "完成", "Done", "Complete", "Completed", "☑", "■", "✓", "✔", "√"],
};

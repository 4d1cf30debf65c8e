import { columnLetter } from "../../model/cells";
import type { Locale, Localized } from "../../model/locale";
import { ACTION_STATUS_ALIASES, ACTION_STATUS_WORDS, type ActionStatus } from "../../model/words";
import { LABELS } from "../../functions/labels";
import { DEFAULT_SAMPLE_END_DAY } from "../../sample/period";
import { SeededRandom } from "../../sample/random";
import { a1, absolute, parseA1, quoted, range } from "../a1";
import type { TemplateContext } from "../context";
import { TEMPLATE_LABELS as L } from "../labels";
import { rowsBelowWarning } from "../rowsBelow";
import { actionPlanLayout, type ActionPlanLayout, type RollupBlockLayout } from "../sheetLayouts";
import { day, formula, num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";

/** Words of the Action plan sheet. */
const W = {
  title: { "zh-CN": "流程优化工具表（行动计划）", en: "Process improvement plan (action plan)" },
  note: {
    "zh-CN": "每个环节一行：当前痛点、优化目标、具体措施、责任部门/人、时间节点和完成状态。过了时间节点仍未完成的行标红；右侧按阶段和责任人汇总进度（与自定义函数 STATUS_ROLLUP 的结果相同）。",
    en: "One row per step: pain point, goal, measures, owner, deadline and status. Rows past their deadline and not done turn red; on the right, progress by stage and by owner (the same as the STATUS_ROLLUP function).",
  },
  painPoint: { "zh-CN": "当前痛点", en: "Pain point" },
  goal: { "zh-CN": "优化目标", en: "Goal" },
  measures: { "zh-CN": "具体措施", en: "Specific measures" },
  owner: { "zh-CN": "责任部门/人", en: "Owner (department / person)" },
  deadline: { "zh-CN": "时间节点", en: "Deadline" },
  status: { "zh-CN": "完成状态", en: "Status" },
  overdue: { "zh-CN": "逾期", en: "Overdue" },
  byStage: { "zh-CN": "按阶段汇总", en: "Progress by stage" },
  byOwner: { "zh-CN": "按责任部门/人汇总", en: "Progress by owner" },
  moreGroups: { "zh-CN": " 个分组未列出（已计入合计）", en: " more groups not listed (counted in the total)" },
  helperCode: { "zh-CN": "状态代码", en: "Status code" },
  helperStageKey: { "zh-CN": "阶段分组", en: "Stage group" },
  helperStageOrdinal: { "zh-CN": "阶段序", en: "Stage order" },
  helperOwnerKey: { "zh-CN": "责任人分组", en: "Owner group" },
  helperOwnerOrdinal: { "zh-CN": "责任人序", en: "Owner order" },
  stageError: { "zh-CN": "请从列表中选择阶段（阶段在“阶段”表中维护）", en: "Choose a stage from the list (the Stages sheet keeps it)" },
  statusError: { "zh-CN": "请选择：未启动、进行中或已完成", en: "Choose Not started, In progress or Done" },
  /** {row} and {count} are filled in by the formula (rowsBelow.ts). */
  itemsBelowRange: {
    "zh-CN": "第 {row} 行以下有 {count} 条行动项未计入：请在表格内（第 {row} 行以上）插入行，并向下填充“逾期”列和隐藏辅助列的公式。",
    en: "Items below row {row} are not counted (found: {count}): insert rows inside the table, above row {row}, and fill the Overdue and hidden helper columns down.",
  },
} as const satisfies Record<string, Localized>;

/** One row of the tool table, before it becomes cells. */
interface ActionItem {
  /** Index into the stage list (clamped to the list). */
  readonly stage: number;
  readonly painPoint: Localized;
  readonly goal: Localized;
  readonly measures: Localized;
  readonly owner: Localized;
}

const LEAD_PAIN: Localized = { "zh-CN": "线索质量参差不齐，分配耗时长", en: "Uneven lead quality; assignment takes too long" };
const LEAD_GOAL: Localized = { "zh-CN": "线索有效率提升 30%，分配时效 ≤ 1 小时", en: "Valid-lead rate +30%; every lead assigned within 1 hour" };
const NEEDS_PAIN: Localized = { "zh-CN": "需求挖掘不充分，线索→商机转化率低于行业平均", en: "Needs not explored; lead → opportunity conversion below the industry" };
const NEEDS_GOAL: Localized = { "zh-CN": "3 个月内线索→商机转化率从 15% 提升至 25%", en: "Lead → opportunity conversion from 15% to 25% within 3 months" };

/** The seed's example row: lead capture and assignment, both measures, marketing and sales. */
const SEED_EXAMPLE: ActionItem = {
  stage: 0,
  painPoint: LEAD_PAIN,
  goal: LEAD_GOAL,
  measures: {
    "zh-CN": "1. 市场部专员制定《线索评分标准》（含客户预算、需求紧急度等维度）；2. 引入 CRM 系统自动分配规则（按区域 + 行业匹配）",
    en: "1. Marketing drafts a lead-scoring standard (budget, urgency, …); 2. automatic assignment rules in the CRM (by region + industry)",
  },
  owner: { "zh-CN": "市场部、销售部", en: "Marketing, Sales" },
};

/** Sample rows: the seed's example split by owner, and the measures its five steps name for the other stages. */
const SAMPLE_ITEMS: readonly ActionItem[] = [
  {
    stage: 0,
    painPoint: LEAD_PAIN,
    goal: LEAD_GOAL,
    measures: { "zh-CN": "市场部专员制定《线索评分标准》（预算、紧迫度、决策权、匹配度）", en: "Marketing drafts a lead-scoring standard (budget, urgency, authority, fit)" },
    owner: { "zh-CN": "市场部", en: "Marketing" },
  },
  {
    stage: 0,
    painPoint: LEAD_PAIN,
    goal: LEAD_GOAL,
    measures: { "zh-CN": "在 CRM 中配置自动分配规则（按区域 + 行业匹配）", en: "Automatic assignment rules in the CRM (by region + industry)" },
    owner: { "zh-CN": "销售部", en: "Sales" },
  },
  {
    stage: 0,
    painPoint: { "zh-CN": "新增直播渠道的线索没有跟进流程", en: "Leads from the new live-stream channel have no follow-up flow" },
    goal: { "zh-CN": "直播线索 24 小时内首次跟进", en: "First contact with live-stream leads within 24 hours" },
    measures: { "zh-CN": "新增“线上直播引流”线索跟进流程", en: "A follow-up flow for live-stream leads" },
    owner: { "zh-CN": "市场部", en: "Marketing" },
  },
  {
    stage: 1,
    painPoint: NEEDS_PAIN,
    goal: NEEDS_GOAL,
    measures: { "zh-CN": "销售部经理牵头制定《客户需求调研清单》", en: "The sales manager drafts a customer needs checklist" },
    owner: { "zh-CN": "销售部", en: "Sales" },
  },
  {
    stage: 1,
    painPoint: NEEDS_PAIN,
    goal: NEEDS_GOAL,
    measures: { "zh-CN": "每周开展 1 次“需求挖掘”情景模拟培训", en: "A weekly role-play training on needs discovery" },
    owner: { "zh-CN": "销售部", en: "Sales" },
  },
  {
    stage: 2,
    painPoint: { "zh-CN": "方案定制周期超预期 3 天", en: "Proposals take 3 days longer than promised" },
    goal: { "zh-CN": "方案阶段停留不超过目标时长", en: "Days in the proposal stage within the target" },
    measures: { "zh-CN": "设立“商机评审会”，售前提前介入", en: "An opportunity review meeting; presales joins early" },
    owner: { "zh-CN": "售前", en: "Presales" },
  },
  {
    stage: 3,
    painPoint: { "zh-CN": "报价审批流程冗余", en: "Redundant quote approvals" },
    goal: { "zh-CN": "审批节点减少 2 个（保留 1 个风控审批）", en: "Two fewer approval steps (one kept for risk control)" },
    measures: { "zh-CN": "合并“初步报价”与“详细报价”为“阶梯报价”", en: "Merge the initial and detailed quotes into one tiered quote" },
    owner: { "zh-CN": "财务部", en: "Finance" },
  },
  {
    stage: 4,
    painPoint: { "zh-CN": "合同条款反复修改，谈判周期长", en: "Contract terms go back and forth; negotiation drags on" },
    goal: { "zh-CN": "谈判阶段停留不超过 10 天", en: "At most 10 days in negotiation" },
    measures: { "zh-CN": "统一合同模板，法务提前审核", en: "A standard contract template, reviewed by legal up front" },
    owner: { "zh-CN": "法务部", en: "Legal" },
  },
  {
    stage: 5,
    painPoint: { "zh-CN": "销售转售后时未同步客户偏好", en: "Customer preferences are not handed to after-sales" },
    goal: { "zh-CN": "移交信息完整率 100%", en: "Every hand-over complete" },
    measures: { "zh-CN": "移交售后时提交《客户需求确认表》", en: "A needs confirmation form at every hand-over" },
    owner: { "zh-CN": "售后部", en: "After-sales" },
  },
];

/** A seeded mix of statuses for the sample rows: a third each, shuffled. */
function sampleStatuses(count: number, seed: number): ActionStatus[] {
  const order: ActionStatus[] = ["done", "inProgress", "notStarted"];
  const statuses = Array.from({ length: count }, (_, index) => order[index % order.length]);
  const random = new SeededRandom(seed);
  for (let index = statuses.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [statuses[index], statuses[other]] = [statuses[other], statuses[index]];
  }
  return statuses;
}

/** Every word an action status is read from (DEFINITIONS §3), once each as spreadsheet `=` compares (ignoring case). */
function statusWords(status: ActionStatus): string[] {
  const words = [ACTION_STATUS_WORDS[status]["zh-CN"], ACTION_STATUS_WORDS[status].en, ...ACTION_STATUS_ALIASES[status]];
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLowerCase();
    if (word === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** 1 not started, 2 in progress, 3 done, blank for a row without a (readable) status: not an action item. */
function statusCodeFormula(cell: string): string {
  const test = (status: ActionStatus) => `OR(${statusWords(status).map((word) => `TRIM(${cell})=${quoted(word)}`).join(",")})`;
  return `IF(TRIM(${cell})="","",IF(${test("notStarted")},1,IF(${test("inProgress")},2,IF(${test("done")},3,""))))`;
}

/**
 * The rollup block of one grouping: the group rows pick the distinct keys in order of first appearance (the
 * hidden ordinal column numbers each key where it first occurs), then count codes 1/2/3 per group by
 * SUMPRODUCT of exact matches — not COUNTIFS, whose criteria read `*` and `?` as wildcards and the seed
 * writes owners like "市场部*专员" — and done % = done / all (#DIV/0! for a group with no items).
 */
function rollupRows(plan: ActionPlanLayout, block: RollupBlockLayout, keyColumn: number, ordinalColumn: number, locale: Locale): TemplateCell[][] {
  const keys = absolute(keyColumn, plan.firstItemRow, keyColumn, plan.lastItemRow);
  const ordinals = absolute(ordinalColumn, plan.firstItemRow, ordinalColumn, plan.lastItemRow);
  const codes = absolute(plan.helpers.statusCode, plan.firstItemRow, plan.helpers.statusCode, plan.lastItemRow);
  const { columns } = block;
  const share = (row: number) =>
    `${a1(columns.done, row)}/(${a1(columns.notStarted, row)}+${a1(columns.inProgress, row)}+${a1(columns.done, row)})`;
  const groupRows = Array.from({ length: block.groupRows }, (_, index) => {
    const row = block.firstRow + index;
    const group = `$${columnLetter(columns.group)}${row}`;
    const count = (code: number) => formula(`IF(${group}="","",SUMPRODUCT((${keys}=${group})*(${codes}=${code})))`);
    return [
      formula(`IFERROR(INDEX(${keys},MATCH(${index + 1},${ordinals},0)),"")`),
      count(1),
      count(2),
      count(3),
      formula(`IF(${group}="","",${share(row)})`),
    ];
  });
  const total = [
    text(plan.totalLabel),
    formula(`COUNTIF(${codes},1)`),
    formula(`COUNTIF(${codes},2)`),
    formula(`COUNTIF(${codes},3)`),
    formula(share(block.totalRow)),
  ];
  const overflow = formula(`IF(MAX(${ordinals})>${block.groupRows},MAX(${ordinals})-${block.groupRows}&${quoted(W.moreGroups[locale])},"")`);
  return [...groupRows, total, [overflow]];
}

/**
 * The Action plan: the seed's tool table (流程优化工具表) — stage, pain point, goal, measures, owner, deadline,
 * status — with overdue rows highlighted (deadline before TODAY() and not done) and the status rollup by
 * stage and by owner (DEFINITIONS §4 "status rollup"), natively, computing what `STATUS_ROLLUP(status, stage)`
 * and `STATUS_ROLLUP(status, owner)` spill on the same rows: rows without a status are not action items;
 * groups in order of first appearance, a blank group as "(blank)"; counts per status; done % = done / all; a
 * total row over every item.
 *
 * Status words are read as DEFINITIONS §3's words and aliases in both languages (ignoring case and surrounding
 * spaces); the check-box form "□未启动■进行中□已完成" is not read natively (the dropdown never writes it).
 * Group names match as spreadsheet `=` does (ignoring case; TRIM also folds inner runs of spaces), not
 * full-width/half-width differences.
 *
 * Above the table (A3, its text running over the empty cells to its right, which turn red with it), a warning
 * counts items typed below the last item row, which the rollups and the overdue check do not read
 * ({@link rowsBelowWarning} over the columns stage … status).
 *
 * With sample data, nine rows from the seed's example and its five steps, with a seeded mix of statuses and
 * deadlines around the sample's end; without, the seed's own example row, not started.
 */
export function actionPlanSheet({ layout, stageNames, sample, options }: TemplateContext): SheetSpec {
  const { locale } = layout;
  const plan = actionPlanLayout(locale, stageNames.length);
  const sheet = new SheetBuilder("actionPlan", plan.sheet, "#FFC000");
  const { columns, helpers, rollups } = plan;
  const first = plan.firstItemRow;
  const last = plan.lastItemRow;
  const stageAt = (index: number) => stageNames[Math.min(index, stageNames.length - 1)];

  const items = sample.length > 0 ? SAMPLE_ITEMS : [SEED_EXAMPLE];
  const statuses = sample.length > 0 ? sampleStatuses(items.length, options.seed ?? 2026) : ["notStarted" as const];
  const itemRows: TemplateCell[][] = Array.from({ length: last - first + 1 }, (_, index) => {
    const item = items[index];
    const deadline = sample.length > 0 && item ? day(DEFAULT_SAMPLE_END_DAY - 56 + 14 * index) : null;
    return [
      num(index + 1),
      item ? text(stageAt(item.stage)) : null,
      item ? text(item.painPoint[locale]) : null,
      item ? text(item.goal[locale]) : null,
      item ? text(item.measures[locale]) : null,
      item ? text(item.owner[locale]) : null,
      deadline,
      item ? text(ACTION_STATUS_WORDS[statuses[index]][locale]) : null,
    ];
  });

  const letter = (column: number) => columnLetter(column);
  const helperRows: TemplateCell[][] = Array.from({ length: last - first + 1 }, (_, index) => {
    const row = first + index;
    const code = a1(helpers.statusCode, row);
    const key = (column: number) =>
      formula(`IF(${code}="","",IF(TRIM(${a1(column, row)})="",${quoted(plan.blankGroupLabel)},TRIM(${a1(column, row)})))`);
    const ordinal = (keyColumn: number, ordinalColumn: number) => {
      const keyCell = a1(keyColumn, row);
      const keysSoFar = `$${letter(keyColumn)}$${first}:${keyCell}`;
      return formula(
        `IF(${keyCell}="","",IF(SUMPRODUCT(--(${keysSoFar}=${keyCell}))=1,MAX($${letter(ordinalColumn)}$${first - 1}:${a1(ordinalColumn, row - 1)})+1,""))`,
      );
    };
    return [
      formula(statusCodeFormula(a1(columns.status, row))),
      key(columns.stage),
      ordinal(helpers.stageKey, helpers.stageOrdinal),
      key(columns.owner),
      ordinal(helpers.ownerKey, helpers.ownerOrdinal),
    ];
  });
  const overdueRows: TemplateCell[][] = Array.from({ length: last - first + 1 }, (_, index) => {
    const row = first + index;
    const deadline = a1(columns.deadline, row);
    return [formula(`IF(AND(ISNUMBER(${deadline}),${deadline}<TODAY(),${a1(helpers.statusCode, row)}<>3),${quoted(W.overdue[locale])},"")`)];
  });

  const header = [
    text(L.position[locale]),
    text(L.stage[locale]),
    text(W.painPoint[locale]),
    text(W.goal[locale]),
    text(W.measures[locale]),
    text(W.owner[locale]),
    text(W.deadline[locale]),
    text(W.status[locale]),
    text(W.overdue[locale]),
  ];
  const rollupHeader = (groupLabel: string) =>
    [groupLabel, LABELS.notStarted[locale], LABELS.inProgress[locale], LABELS.done[locale], LABELS.donePercent[locale]].map((word) => text(word));
  const helperHeader = [W.helperCode, W.helperStageKey, W.helperStageOrdinal, W.helperOwnerKey, W.helperOwnerOrdinal].map((label) => text(label[locale]));
  const stageBlock = rollups.stage;
  const ownerBlock = rollups.owner;
  const rc = stageBlock.columns;
  const donePercent = (block: RollupBlockLayout) => range(rc.donePercent, block.firstRow, rc.donePercent, block.totalRow);
  const warningCell = parseA1(plan.warning);
  // The text runs over the empty cells to its right; the red fill covers the table's width.
  const warning = range(warningCell.column, warningCell.row, columns.overdue, warningCell.row);
  const typedColumns = Array.from({ length: columns.status - columns.stage + 1 }, (_, i) => columns.stage + i);

  sheet
    .widths(5, 12, 28, 28, 40, 16, 12, 12, 8, 3, 16, 10, 10, 10, 10, 3, 8, 12, 8, 12, 8)
    .put("A1", [[text(W.title[locale])], [text(W.note[locale])]])
    .put(plan.warning, [[formula(rowsBelowWarning(undefined, typedColumns, last, W.itemsBelowRange[locale]))]])
    .rule({ kind: "formula", ref: warning, formula: `${absolute(warningCell.column, warningCell.row)}<>""`, look: "bad" })
    .put(a1(1, plan.headerRow), [header])
    .put(a1(1, first), itemRows)
    .put(a1(columns.overdue, first), overdueRows)
    .put(a1(helpers.statusCode, plan.headerRow), [helperHeader])
    .put(a1(helpers.statusCode, first), helperRows)
    .put(a1(rc.group, stageBlock.headerRow - 1), [[text(W.byStage[locale])], rollupHeader(L.stage[locale])])
    .put(a1(rc.group, stageBlock.firstRow), rollupRows(plan, stageBlock, helpers.stageKey, helpers.stageOrdinal, locale))
    .put(a1(rc.group, ownerBlock.headerRow - 1), [[text(W.byOwner[locale])], rollupHeader(W.owner[locale])])
    .put(a1(rc.group, ownerBlock.firstRow), rollupRows(plan, ownerBlock, helpers.ownerKey, helpers.ownerOrdinal, locale))
    .style("A1", "title")
    .style("A2", "note")
    .style(range(1, plan.headerRow, columns.overdue, plan.headerRow), "header")
    .style(range(columns.stage, first, columns.status, last), "input")
    .style(range(columns.overdue, first, columns.overdue, last), "computed")
    .style(range(helpers.statusCode, plan.headerRow, helpers.ownerOrdinal, plan.headerRow), "header")
    .format(range(columns.deadline, first, columns.deadline, last), "yyyy-mm-dd")
    .list(range(columns.stage, first, columns.stage, last), { range: layout.stages.names }, W.stageError[locale])
    .list(
      range(columns.status, first, columns.status, last),
      (["notStarted", "inProgress", "done"] as const).map((status) => ACTION_STATUS_WORDS[status][locale]),
      W.statusError[locale],
    )
    .rule({
      kind: "formula",
      ref: range(1, first, columns.overdue, last),
      formula: `AND(ISNUMBER($${letter(columns.deadline)}${first}),$${letter(columns.deadline)}${first}<TODAY(),$${letter(helpers.statusCode)}${first}<>3)`,
      look: "bad",
    })
    .wrap(range(columns.painPoint, first, columns.measures, last))
    .table("ActionPlanTable", range(1, plan.headerRow, columns.status, last))
    .hide(...[helpers.statusCode, helpers.stageKey, helpers.stageOrdinal, helpers.ownerKey, helpers.ownerOrdinal].map(letter))
    .freeze(plan.headerRow, 2);
  for (const block of [stageBlock, ownerBlock]) {
    sheet
      .style(a1(rc.group, block.headerRow - 1), "subtitle")
      .style(range(rc.group, block.headerRow, rc.donePercent, block.headerRow), "header")
      .style(range(rc.group, block.firstRow, rc.donePercent, block.totalRow - 1), "computed")
      .style(range(rc.group, block.totalRow, rc.donePercent, block.totalRow), "total")
      .style(a1(rc.group, block.totalRow + 1), "note")
      .format(donePercent(block), "0.0%")
      .rule({ kind: "dataBar", ref: range(rc.donePercent, block.firstRow, rc.donePercent, block.totalRow - 1), color: "#70AD47" });
  }
  return sheet.build();
}

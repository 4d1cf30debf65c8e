import { FUNCTIONS } from "../../functions/registry";
import type { FunctionSpec } from "../../functions/types";
import type { Locale, Localized } from "../../model/locale";
import { isDefaultStageName } from "../../model/stages";
import { a1, range } from "../a1";
import { formatA1Rect, wholeColumns } from "../a1Rect";
import type { TemplateContext } from "../context";
import { SHEET_NAMES } from "../labels";
import type { TemplateLayout } from "../layout";
import { columnWidths, drawColumns, placeColumns, type ColumnSpec } from "../columns";
import { RowCursor } from "../rowCursor";
import { templateStory } from "../sampleStory";
import { SheetBuilder, text } from "../sheetBuilder";
import { SHEET_KEYS, type SheetKey, type SheetSpec } from "../types";

/** Words of the Guide sheet. */
const COPY = {
  title: { "zh-CN": "销售流程优化模板 · 使用指南", en: "Sales process optimization · Guide" },
  intro: {
    "zh-CN": "从诊断到落地：按下面五步使用本工作簿。黄色单元格由您填写，蓝色单元格由公式自动计算；绿色表示达标，红色表示落后、逾期或有误，橙色表示需要核对。",
    en: "From diagnosis to roll-out: use this workbook in the five steps below. Yellow cells are yours to fill in; blue cells are computed by formulas; green is on target, red is behind, overdue or wrong, orange asks you to check.",
  },
  steps: { "zh-CN": "五个步骤", en: "The five steps" },
  step: { "zh-CN": "步骤", en: "Step" },
  name: { "zh-CN": "名称", en: "Name" },
  whatToDo: { "zh-CN": "做什么", en: "What to do" },
  where: { "zh-CN": "使用的工作表", en: "Sheets" },
  sheets: { "zh-CN": "各工作表用途", en: "What each sheet is for" },
  sheet: { "zh-CN": "工作表", en: "Sheet" },
  purpose: { "zh-CN": "用途", en: "Purpose" },
  functions: { "zh-CN": "自定义函数（需安装加载项）", en: "Custom functions (with the add-in)" },
  functionsNote: {
    "zh-CN": "安装加载项后，可在任意单元格中使用下列函数：Excel 中函数名前加 SALES.，Google 表格中直接用函数名。参数可以是区域、阶段名称或序号。",
    en: "With the add-in installed, use these functions in any cell: in Excel with the SALES. prefix, in Google Sheets by their bare name. Arguments are ranges, stage names or positions.",
  },
  excel: { "zh-CN": "Excel 示例", en: "Excel example" },
  sheetsHost: { "zh-CN": "Google 表格示例", en: "Google Sheets example" },
  function: { "zh-CN": "函数", en: "Function" },
  excelSyntax: { "zh-CN": "Excel 写法", en: "In Excel" },
  sheetsSyntax: { "zh-CN": "Google 表格写法", en: "In Google Sheets" },
  returns: { "zh-CN": "说明", en: "What it does" },
  parameters: { "zh-CN": "参数", en: "Arguments" },
  noAddIn: {
    "zh-CN": "不装加载项也能用：仪表盘、流程地图、目标、行动计划汇总、试点和月度复盘的数字全部由 Excel、Google 表格和 LibreOffice 都支持的原生公式计算；自定义函数只是让您在自己的表格里做同样的计算。",
    en: "Works without the add-in: the Dashboard, Process map, Goals, Action plan rollup, Pilot and Reviews are all native formulas that Excel, Google Sheets and LibreOffice compute alike; the custom functions do the same sums in your own sheets.",
  },
  emptyFigures: {
    "zh-CN": "某个数字显示“—”，表示尚无可算的交易（如还没有赢单或丢单，就没有赢单率），不是出错；在“交易”表录入相应交易后即显示数字。自定义函数在同样情况下返回带说明的错误值。",
    en: "A figure that shows “—” has nothing to count yet (no won or lost deal means no win rate): it is not an error, and it fills in once the Deals sheet has such deals. The custom functions return an error value with a message in the same case.",
  },
  separator: { "zh-CN": "；", en: "; " },
  optional: { "zh-CN": "（可选）", en: " (optional)" },
  /** Between an argument's name and its help. */
  nameSeparator: { "zh-CN": "：", en: ": " },
} as const satisfies Record<string, Localized>;

/** The method's five steps (METHOD.md) and the sheets each one uses. */
const STEPS: readonly { name: Localized; what: Localized; sheets: readonly SheetKey[] }[] = [
  {
    name: { "zh-CN": "现状诊断", en: "Diagnose" },
    what: {
      "zh-CN": "录入近 6–12 个月的交易（线索量、来源、各阶段日期、状态），看漏斗、转化率、周期和丢单阶段；做匿名问卷和 3–5 个案例访谈，锁定 3–5 个核心问题。",
      en: "Enter 6–12 months of deals (sources, stage dates, status) and read the funnel, conversions, cycle time and loss points; run the anonymous survey and 3–5 case interviews; pick 3–5 core problems.",
    },
    sheets: ["stages", "deals", "dashboard", "segments", "diagnosis"],
  },
  {
    name: { "zh-CN": "流程梳理", en: "Map the process" },
    what: {
      "zh-CN": "按时间顺序写出每个环节的责任部门、输入、输出和耗时；标记重复环节、非增值环节和信息断点；设计理想流程（合并、明确断点责任、增加控制点）。",
      en: "For each step in time order: owner department, input, output, duration; flag duplicate steps, non-value steps and information breaks; design the ideal process (merge, own the hand-overs, add control points).",
    },
    sheets: ["processMap", "stages"],
  },
  {
    name: { "zh-CN": "方案设计与目标设定", en: "Plan and set goals" },
    what: {
      "zh-CN": "针对每个问题写出具体措施、责任部门/人、所需资源和时间节点；设定 SMART 目标（如 3 个月内线索→商机转化率 {goal.baseline} → {goal.target}）。",
      en: "A measure for each problem, with owner, resources and deadline; SMART goals (e.g. lead → opportunity conversion {goal.baseline} → {goal.target} within 3 months).",
    },
    sheets: ["actionPlan", "goals", "leadScoring"],
  },
  {
    name: { "zh-CN": "试点推行", en: "Pilot" },
    what: {
      "zh-CN": "选 1–2 个中等水平的团队试点，每周对比试点与其他团队的关键数据，偏差大的措施及时调整。",
      en: "Pilot with 1–2 average teams; compare their key figures with the other teams every week; adjust measures that drift.",
    },
    sheets: ["pilot"],
  },
  {
    name: { "zh-CN": "全面推广与持续迭代", en: "Roll out and iterate" },
    what: {
      "zh-CN": "编制操作手册并培训考核，系统打通（CRM 自动同步线索）；每月复盘数据，每季度微调流程。",
      en: "Handbook, training and an exam; system support (leads synced into the CRM); a monthly data review and quarterly tweaks.",
    },
    sheets: ["reviews", "actionPlan", "goals"],
  },
];

/** What each sheet is for. */
const PURPOSES: Readonly<Record<SheetKey, Localized>> = {
  guide: { "zh-CN": "本页：方法、各表用途、函数用法", en: "This page: the method, the sheets, the functions" },
  stages: {
    "zh-CN": "阶段顺序与名称、责任部门、输入输出、目标时长和参考基准转化率（请替换为贵公司的数据）。公式按“交易”表的阶段日期列计数，各表的阶段名称取自本表：名称须与“交易”表的列标题一致——要改阶段，两处同时改名，或用新的阶段重新生成模板",
    en: "Stage order and names, owners, inputs, outputs, target days and reference benchmark conversions (replace them with your own). Formulas count by the Deals sheet's stage-date columns and the other sheets label them with these names, so the names must match the Deals sheet's headers: to change the stages, rename both, or generate a new template with your stages",
  },
  deals: { "zh-CN": "交易记录：每笔交易一行，每个阶段一列日期，另有状态、来源、金额等；右侧辅助列自动计算", en: "The deal log: one row per deal, one date column per stage, status, source, amount…; helper columns on the right compute themselves" },
  dashboard: { "zh-CN": "漏斗、转化率、赢单率、成交周期、阶段停留、丢单阶段和管道速度，对照基准", en: "Funnel, conversions, win rate, cycle time, time in stage, loss points and pipeline velocity, against the benchmarks" },
  processMap: { "zh-CN": "现状与理想流程，耗时对比，瓶颈高亮", en: "Current and ideal process, durations compared, the bottleneck highlighted" },
  diagnosis: { "zh-CN": "核心问题（数值、基准、差距、证据、根因）、问卷和案例访谈", en: "Core problems (value, benchmark, gap, evidence, root cause), survey and case interviews" },
  actionPlan: { "zh-CN": "流程优化工具表：措施、责任人、时间节点、状态，逾期标红，按阶段和责任人汇总", en: "The improvement plan: measures, owners, deadlines, status; overdue in red; progress by stage and owner" },
  goals: { "zh-CN": "SMART 目标：基线、目标、当前值、进度与是否按计划", en: "SMART goals: baseline, target, current, progress and on track" },
  pilot: { "zh-CN": "试点团队与对照组每周对比，提升幅度和显著性（p 值）", en: "Pilot team vs control week by week, the lift and its p-value" },
  reviews: { "zh-CN": "月度复盘：每月数据快照、结论和调整", en: "Monthly reviews: each month's figures, findings and adjustments" },
  leadScoring: { "zh-CN": "线索评分标准（预算、紧迫度、决策权、匹配度）与 1 小时分配时限", en: "The lead-scoring standard (budget, urgency, authority, fit) and the 1-hour assignment rule" },
  segments: { "zh-CN": "按线索来源、负责人、团队对比漏斗、转化率、赢单率和周期，最弱的组标红", en: "The funnel, conversions, win rate and cycle by lead source, owner and team, the weakest group in red" },
};

/** The Guide's tables: the five steps, the sheets, the functions (every column wraps, so a row's cells sit at its top; the title and notes run over the empty cells to their right). */
const STEP_TABLE = [
  { key: "step", header: COPY.step, width: 18, wrap: true },
  { key: "name", header: COPY.name, width: 40, wrap: true },
  { key: "what", header: COPY.whatToDo, width: 40, wrap: true },
  { key: "where", header: COPY.where, width: 48, wrap: true },
] as const satisfies readonly ColumnSpec[];
const SHEET_TABLE = [
  { key: "sheet", header: COPY.sheet, width: 18, wrap: true },
  { key: "purpose", header: COPY.purpose, width: 40, wrap: true },
] as const satisfies readonly ColumnSpec[];
const FUNCTION_TABLE = [
  // As wide as the longest function name (so wrapping, which keeps it at the row's top, never splits one): a new function fits without an edit here.
  { key: "function", header: COPY.function, width: Math.max(18, ...FUNCTIONS.map((spec) => spec.name.length + 1)), wrap: true },
  { key: "excel", header: COPY.excelSyntax, width: 40, wrap: true },
  { key: "sheets", header: COPY.sheetsSyntax, width: 40, wrap: true },
  { key: "returns", header: COPY.returns, width: 48, wrap: true },
  { key: "parameters", header: COPY.parameters, width: 60, wrap: true },
] as const satisfies readonly ColumnSpec[];

/** A sheet name as a reference: bare when it is one word of letters (交易, Deals), else quoted. */
function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** `NAME(a, b, [c])`, with Excel's SALES. prefix or bare. */
function syntax(spec: FunctionSpec, prefix: string): string {
  const params = spec.params.map((param) => (param.optional ? `[${param.name}]` : param.name));
  return `${prefix}${spec.name}(${params.join(", ")})`;
}

function parameterHelp(spec: FunctionSpec, locale: Locale): string {
  return spec.params.map((param) => `${param.name}${param.optional ? COPY.optional[locale] : ""}${COPY.nameSeparator[locale]}${param.help[locale]}`).join(COPY.separator[locale]);
}

/**
 * The example call of the Guide, on this workbook's Deals sheet: conversion from the second stage to the last.
 * When the team's stages are not all default ones, the call passes the Stages sheet's names (`StageNames`) as
 * its stage_order, so it answers whatever the names are (a function knows only the default stages by itself).
 * The stage columns are whole columns in the template for Excel and for Sheets (`Deals!H:M`, valid in both):
 * deals typed or pasted below the prepared rows count, and the functions cut the blank rows
 * (core/functions/trimRanges.ts). In a file they are the prepared rows, as every figure of the file counts.
 */
function exampleCall(layout: TemplateLayout, stageNames: readonly string[], prefix: string): string {
  const [first, last] = [layout.deals.stage(0), layout.deals.stage(layout.stageCount - 1)];
  const stages = layout.host === "file" ? range(first, 1, last, layout.lastDealRow) : formatA1Rect(wholeColumns(first, last));
  const from = stageNames[Math.min(1, stageNames.length - 1)];
  const to = stageNames[stageNames.length - 1];
  const order = stageNames.every(isDefaultStageName) ? "" : ",StageNames";
  return `=${prefix}STAGE_CONVERSION(${sheetPrefix(layout.sheetName("deals"))}${stages},"${from}","${to}"${order})`;
}

/**
 * The Guide: the method's five steps (one row each: step, what to do, which sheets), what each sheet is for,
 * how to call the custom functions — an example on this workbook's Deals sheet in Excel
 * (=SALES.STAGE_CONVERSION(…)) and Sheets (=STAGE_CONVERSION(…)), then every function of the registry with its
 * help and parameters in the workbook's language (generated from FUNCTIONS) — a note that the dashboard
 * works without the add-in, and one that a figure shows "—" when there is nothing to count yet. Examples are
 * text, never formulas.
 */
export function guideSheet({ layout, stageNames, sample }: TemplateContext): SheetSpec {
  // The worked goal: the sample's own (its Goals sheet) or, without sample data, the method's example (15% → 25%, as the empty Goals sheet).
  const goal = templateStory({ sample, stageNames, layout })?.goal ?? { baseline: 0.15, target: 0.25 };
  const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);
  const withGoal = (sentence: string) => sentence.replace("{goal.baseline}", percent(goal.baseline)).replace("{goal.target}", percent(goal.target));
  const { locale } = layout;
  const sheet = new SheetBuilder("guide", layout.sheetName("guide"), "#1F3864");
  const sheetName = (key: SheetKey) => SHEET_NAMES[key][locale];

  const rows = new RowCursor(4);
  const stepsTitle = rows.next();
  const stepsHeader = rows.next();
  const stepRows = rows.take(STEPS.length);
  const sheetsTitle = rows.skip().next();
  const sheetsHeader = rows.next();
  const sheetRows = rows.take(SHEET_KEYS.length);
  const functionsTitle = rows.skip().take(2).first;
  const examples = rows.take(2);
  const functionsHeader = rows.skip().next();
  const functionRows = rows.take(FUNCTIONS.length);
  const noteRow = rows.skip().next();
  const [steps, sheets, functions] = [STEP_TABLE, SHEET_TABLE, FUNCTION_TABLE].map((table) => placeColumns(1, table, 0));
  const words = { locale, stageNames, stageRange: layout.stages.names };

  drawColumns(sheet, steps, { header: stepsHeader, ...stepRows }, words);
  drawColumns(sheet, sheets, { header: sheetsHeader, ...sheetRows }, words);
  drawColumns(sheet, functions, { header: functionsHeader, ...functionRows }, words)
    .widths(...columnWidths([functions], 0))
    .lines("A1", ["title", COPY.title[locale]], ["note", COPY.intro[locale]])
    .lines(a1(1, stepsTitle), ["subtitle", COPY.steps[locale]])
    .put(a1(1, stepRows.first), STEPS.map((step, index) => [
      text(String(index + 1)),
      text(step.name[locale]),
      text(withGoal(step.what[locale])),
      text(step.sheets.map(sheetName).join(locale === "zh-CN" ? "、" : ", ")),
    ]))
    .lines(a1(1, sheetsTitle), ["subtitle", COPY.sheets[locale]])
    .put(a1(1, sheetRows.first), SHEET_KEYS.map((key) => [text(sheetName(key)), text(PURPOSES[key][locale])]))
    .lines(a1(1, functionsTitle), ["subtitle", COPY.functions[locale]], ["note", COPY.functionsNote[locale]])
    .put(a1(1, examples.first), [
      [text(COPY.excel[locale]), text(exampleCall(layout, stageNames, "SALES."))],
      [text(COPY.sheetsHost[locale]), text(exampleCall(layout, stageNames, ""))],
    ])
    .style(range(1, examples.first, 1, examples.last), "header")
    .put(a1(1, functionRows.first), FUNCTIONS.map((spec) => [
      text(spec.name),
      text(syntax(spec, "SALES.")),
      text(syntax(spec, "")),
      text(spec.help[locale]),
      text(parameterHelp(spec, locale)),
    ]))
    .lines(a1(1, noteRow), ["subtitle", COPY.noAddIn[locale]], ["note", COPY.emptyFigures[locale]]);
  return sheet.build();
}

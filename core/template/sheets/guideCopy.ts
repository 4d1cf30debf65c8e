import type { Localized } from "../../model/locale";
import type { SheetKey } from "../types";

/** Words of the Guide sheet: title, notes, its tables' headers, the separators of a function's argument help. */
export const GUIDE_COPY = {
  title: { "zh-CN": "销售流程优化模板 · 使用指南", en: "Sales process optimization · Guide" },
  intro: {
    "zh-CN": "从诊断到落地：按下面五步使用本工作簿。黄色单元格由您填写，蓝色单元格由公式自动计算；绿色表示达标，红色表示落后、逾期或有误，橙色表示需要核对。",
    en: "From diagnosis to roll-out: use this workbook in the five steps below. Yellow cells are yours to fill in; blue cells are computed by formulas; green is on target, red is behind, overdue or wrong, orange asks you to check.",
  },
  startHere: { "zh-CN": "从这里开始", en: "Start here" },
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
  /** Over a function's two calls, one a line: Excel's (SALES.) and Google Sheets' (bare). */
  syntax: { "zh-CN": "写法（Excel / Google 表格）", en: "Call (Excel / Google Sheets)" },
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
  /** Between a function's arguments in their help. */
  separator: { "zh-CN": "；", en: "; " },
  /** Between the sheets a step uses. */
  listSeparator: { "zh-CN": "、", en: ", " },
  optional: { "zh-CN": "（可选）", en: " (optional)" },
  /** Between an argument's name and its help. */
  nameSeparator: { "zh-CN": "：", en: ": " },
} as const satisfies Record<string, Localized>;

/**
 * The method's five steps (METHOD.md) and the sheets each one uses; `{goal.baseline}` and `{goal.target}` are
 * filled in by the Guide with the worked goal (the sample's own, or 15% → 25%).
 * @example
 * GUIDE_STEPS[0].name.en //=> "Diagnose"
 */
export const GUIDE_STEPS: readonly { name: Localized; what: Localized; sheets: readonly SheetKey[] }[] = [
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

/** What each sheet is for, one line per sheet of the Guide's second table. */
export const SHEET_PURPOSES: Readonly<Record<SheetKey, Localized>> = {
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

/**
 * The Guide's "Start here" lines, under its intro: check the stages, put the deals in (the Deals sheet from A2 —
 * or, in a sample workbook, replace its sample deals; in one built from the manager's deals, add below them), read
 * the Dashboard, then the monthly loop. `{stages}`, `{deals}`, `{dashboard}`, `{reviews}`, `{actionPlan}` and
 * `{goals}` are the sheets' names; `{n}` the deals on the Deals sheet and `{last}` its last row (1 + n).
 * @example
 * GUIDE_START.sample.en // "2. The {deals} sheet holds {n} sample deals (rows 2–{last}). …"
 */
export const GUIDE_START = {
  stages: {
    "zh-CN": "① 先到“{stages}”表核对阶段名称：它们须与“{deals}”表第 1 行的列标题一致。",
    en: "1. First check the stage names on the {stages} sheet: they must match the column headers in row 1 of the {deals} sheet.",
  },
  paste: {
    "zh-CN": "② 把近 6–12 个月的交易粘贴到“{deals}”表，从 A2 单元格起（第 1 行是列标题），每笔交易一行。",
    en: "2. Paste 6–12 months of your deals into the {deals} sheet from cell A2 (row 1 holds the headers), one deal a row.",
  },
  sample: {
    "zh-CN":
      "② “{deals}”表现有 {n} 笔示例交易（第 2–{last} 行）。换成您自己的：选中第 2–{last} 行并删除，再从 A2 起粘贴您的交易；或用您的交易生成模板（命令行 template --deals 文件，或加载项任务窗格、Google 表格侧边栏中的“用当前表的交易生成”）。",
    en: "2. The {deals} sheet holds {n} sample deals (rows 2–{last}). To use your own: select rows 2–{last}, delete them and paste yours from A2 — or build the template from your deals (template --deals FILE on the command line, or “Build from this sheet's deals” in the add-in's pane or the Google Sheets sidebar).",
  },
  own: {
    "zh-CN": "② “{deals}”表已有您的 {n} 笔交易（第 2–{last} 行），新的交易接着往下填写。",
    en: "2. The {deals} sheet holds your {n} deals (rows 2–{last}); add new deals below them.",
  },
  dashboard: {
    "zh-CN": "③ 然后看“{dashboard}”：漏斗、转化率、赢单率、成交周期和丢单阶段，对照基准。",
    en: "3. Then read the {dashboard}: funnel, conversions, win rate, cycle time and loss points, against the benchmarks.",
  },
  monthly: {
    "zh-CN": "④ 之后每月：补录当月交易，在“{reviews}”表记下数字和结论，更新“{actionPlan}”和“{goals}”。",
    en: "4. Every month after: add the month's deals, note the figures and findings on the {reviews} sheet, and update the {actionPlan} and {goals}.",
  },
} as const satisfies Record<string, Localized>;

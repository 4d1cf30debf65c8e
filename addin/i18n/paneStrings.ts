import type { Locale } from "../../core/model/locale";
import { BY_WORDS } from "../../core/present/byWords";
import { textIn, type Catalog, type TextValues } from "../../core/i18n/catalog";
import { countedIn, type CountFormat, type CountedCatalog } from "../../core/i18n/counted";

/**
 * Every word the task pane shows, zh-CN and en: the `pane` namespace of the message catalog (core/i18n/catalog.ts).
 * `{name}` marks a value filled in by {@link paneText}.
 */
export const PANE_STRINGS = {
  title: { "zh-CN": "销售流程", en: "Sales process" },
  subtitle: { "zh-CN": "生成跟踪模板，诊断交易漏斗。", en: "Build the tracking workbook and diagnose your funnel." },

  generateHeading: { "zh-CN": "生成模板", en: "Generate template" },
  templateLanguage: { "zh-CN": "模板语言", en: "Template language" },
  languageZh: { "zh-CN": "中文", en: "Chinese (中文)" },
  languageEn: { "zh-CN": "英文（English）", en: "English" },
  stagesLegend: { "zh-CN": "销售阶段（按顺序）", en: "Sales stages, in order" },
  stageLabel: { "zh-CN": "阶段 {n}", en: "Stage {n}" },
  moveUp: { "zh-CN": "上移“{stage}”", en: "Move “{stage}” up" },
  moveDown: { "zh-CN": "下移“{stage}”", en: "Move “{stage}” down" },
  removeStage: { "zh-CN": "删除“{stage}”", en: "Remove “{stage}”" },
  addStage: { "zh-CN": "添加阶段", en: "Add stage" },
  resetStages: { "zh-CN": "恢复默认阶段", en: "Default stages" },
  newStage: { "zh-CN": "新阶段", en: "New stage" },
  withSample: { "zh-CN": "包含示例数据（{count} 笔交易）", en: "Include sample data ({count} deals)" },
  generate: { "zh-CN": "生成模板", en: "Generate template" },
  fromSheet: { "zh-CN": "用当前表的交易生成", en: "Build from this sheet's deals" },
  fromSheetHint: {
    "zh-CN": "读取交易表（与“分析”相同），把交易填入新模板的“交易”表；原表不做任何更改。",
    en: "Reads the deal sheet (as Analyze does) and fills the new tracker's Deals sheet with its deals; the sheet itself is not changed.",
  },
  readingSheet: { "zh-CN": "正在读取交易表…", en: "Reading the deal sheet…" },
  generating: { "zh-CN": "正在写入工作簿…", en: "Writing the workbook…" },
  progress: { "zh-CN": "第 {done}/{total} 步", en: "Step {done} of {total}" },
  createdNone: { "zh-CN": "模板的工作表都已存在，未添加任何内容。", en: "Every sheet of the template is already there; nothing was added." },
  skippedSheets: { "zh-CN": "保留未动的已有工作表：{sheets}。", en: "Left as they were: {sheets}." },
  skippedNames: { "zh-CN": "已存在的名称未被覆盖：{names}。", en: "Existing names kept: {names}." },
  feature_tabColor: { "zh-CN": "工作表标签颜色", en: "sheet tab colors" },
  feature_conditionalFormats: { "zh-CN": "条件格式（数据条、标红）", en: "conditional formats (data bars, highlights)" },
  feature_dataValidation: { "zh-CN": "下拉列表", en: "dropdown lists" },
  feature_freezePanes: { "zh-CN": "冻结窗格", en: "frozen panes" },
  feature_namedItems: { "zh-CN": "工作簿名称", en: "workbook names" },
  feature_chartAxisOptions: { "zh-CN": "图表坐标轴设置", en: "chart axis settings" },
  feature_funnelChart: { "zh-CN": "漏斗图（以条形图代替）", en: "the funnel chart (a bar chart stands in)" },
  feature_secondaryAxis: { "zh-CN": "趋势图的次坐标轴与百分比刻度（周期天数与赢单率共用一个坐标轴）", en: "the trend chart's second axis and % labels (cycle days share the win rate's axis)" },
  feature_pageLayout: { "zh-CN": "仪表盘的打印设置（横向、一页）", en: "the Dashboard's page setup (landscape, one page)" },
  feature_columnGroups: { "zh-CN": "隐藏列的分组（列仍隐藏，但上方没有 + 可展开）", en: "the grouping of hidden columns (they are still hidden, with no + above them to show them)" },
  feature_notes: { "zh-CN": "交易表 A1 的粘贴说明（批注）", en: "the Deals sheet's paste guide (a note on A1)" },
  error_ItemAlreadyExists: { "zh-CN": "工作簿中已有同名的工作表或名称", en: "The workbook already has a sheet or name of that name" },
  error_ItemNotFound: { "zh-CN": "找不到所需的工作表或区域（可能已被删除或改名）", en: "A sheet or range it needs is gone (deleted or renamed?)" },
  error_InvalidReference: { "zh-CN": "区域引用无效", en: "A range reference is not valid" },
  error_InvalidArgument: { "zh-CN": "Excel 不接受其中一个值", en: "Excel refused one of the values" },
  error_RequestPayloadSizeLimitExceeded: { "zh-CN": "一次写入的数据过多，请减少示例数据", en: "Too much data in one request; use fewer sample deals" },
  error_ResponsePayloadSizeLimitExceeded: { "zh-CN": "一次读取的数据过多，请选择较小的区域", en: "Too much data in one read; select a smaller range" },
  error_UnsupportedOperation: { "zh-CN": "此版本的 Excel 不支持该操作", en: "This Excel does not support the operation" },
  error_AccessDenied: { "zh-CN": "没有权限修改此工作簿", en: "No permission to change this workbook" },
  error_ApiNotFound: { "zh-CN": "此版本的 Excel 缺少所需的功能", en: "This Excel lacks a feature it needs" },
  error_GeneralException: { "zh-CN": "Excel 报告了一个内部错误，请重试", en: "Excel reported an internal error; try again" },
  error_InvalidOperationInCellEditMode: {
    "zh-CN": "请先结束单元格编辑（按 Enter 或 Esc），然后重试",
    en: "Finish editing the cell (press Enter or Esc), then try again",
  },
  error_TemplateNotLoaded: {
    "zh-CN": "无法下载模板（template.js），请检查网络连接后再次点击“生成模板”",
    en: "The template could not be downloaded (template.js); check the connection and press Generate again",
  },
  degraded: { "zh-CN": "此版本的 Excel 不支持部分功能，已省略：{features}。", en: "This Excel lacks some features, left out: {features}." },
  chartRefused: {
    "zh-CN": "图表未生成：此版本的 Excel 不支持该图表。Excel 的提示：{reason}。其余内容均已生成。",
    en: "The chart was left out: this Excel does not support it. Excel said: {reason}. Everything else is in place.",
  },
  clash: {
    "zh-CN": "这些工作表已经存在：{sheets}。工作簿没有任何改动。",
    en: "These sheets already exist: {sheets}. Nothing in the workbook was changed.",
  },
  clashChoose: { "zh-CN": "您可以：", en: "You can:" },
  addMissing: { "zh-CN": "只添加缺少的工作表", en: "Add the missing sheets only" },
  suffixLabel: { "zh-CN": "工作表名后缀", en: "Sheet name suffix" },
  useSuffix: { "zh-CN": "加后缀生成全部工作表", en: "Create all sheets with the suffix" },
  invalidName: {
    "zh-CN": "这些名称不能用作工作表名（最多 31 个字符，不能含 : \\ / ? * [ ]）：{sheets}。",
    en: "These cannot be sheet names (31 characters at most, none of : \\ / ? * [ ]): {sheets}.",
  },
  failed: { "zh-CN": "生成失败：{message}", en: "Could not generate the template: {message}" },
  formChanged: {
    "zh-CN": "表单已更改，上面的选项已撤回。请再次点击“生成模板”。",
    en: "The form changed, so those choices no longer apply. Press Generate template again.",
  },
  fromRibbon: { "zh-CN": "来自功能区的“生成模板”：", en: "From the ribbon's Generate template: " },

  analyzeHeading: { "zh-CN": "分析交易", en: "Analyze deals" },
  source: { "zh-CN": "数据来源", en: "Data" },
  sourceSheet: { "zh-CN": "交易表（按表头自动查找）", en: "The deal sheet (found by its headers)" },
  sourceSelection: { "zh-CN": "当前选中的区域", en: "The selected range" },
  analyze: { "zh-CN": "分析", en: "Analyze" },
  // "By": the field the deals are split by (analyze --by), and the heat table of the groups (shared with the other pane).
  ...BY_WORDS,
  analyzing: { "zh-CN": "正在读取…", en: "Reading…" },
  unreadSheet: { "zh-CN": "“{sheet}”：{message}", en: '"{sheet}": {message}' },
  datesAmbiguous: {
    "zh-CN": "{found}。请把 Excel 使用的区域日期格式改为录入这些日期时的格式，或把日期写成年在前（2026-03-04），再分析。",
    en: "{found}. Set the regional date format Excel uses to the one these dates were typed in, or write them year first (2026-03-04), and analyze again.",
  },
  analyzeFailed: { "zh-CN": "分析失败：{message}", en: "Could not analyze: {message}" },
  funnelHeading: { "zh-CN": "销售漏斗", en: "Funnel" },
  funnelDescription: {
    "zh-CN": "各阶段的到达数，及第二个阶段起的阶段转化率（较上一阶段）：{list}",
    en: "Deals that reached each stage and, from the second stage on, the step conversion from the stage before: {list}",
  },
  funnelLegend: { "zh-CN": "到达数 · 阶段转化率（较上一阶段）", en: "Reached · step conversion (from the stage above)" },
  notAvailable: { "zh-CN": "—", en: "—" },
  lossHeading: { "zh-CN": "丢单阶段", en: "Loss points" },
  lossStage: { "zh-CN": "阶段", en: "Stage" },
  lossCount: { "zh-CN": "丢单数", en: "Lost" },
  lossShare: { "zh-CN": "占比", en: "Share" },
  problemsHeading: { "zh-CN": "问题行（{count}）", en: "Problem rows ({count})" },
  problemsNone: { "zh-CN": "没有问题行。", en: "No problem rows." },
  problemItem: { "zh-CN": "第 {row} 行 · {column} 列：{message}", en: "Row {row} · column {column}: {message}" },
  problemsMore: { "zh-CN": "另有 {count} 行未列出。", en: "{count} more not listed." },
  problemHint: { "zh-CN": "点击某行可在表格中选中它。", en: "Click a row to select it in the sheet." },
  selectFailed: { "zh-CN": "无法选中该行：{message}", en: "Could not select the row: {message}" },
} as const satisfies Catalog;

export type PaneStringKey = keyof typeof PANE_STRINGS;

/**
 * Pane words that hold a count, filled in by {@link paneCount}: English has a singular and a plural form;
 * Chinese has one form for every count. `{count}` is the count as the language writes it.
 */
export const PANE_COUNTED = {
  created: { "zh-CN": "已创建 {count} 个工作表：{sheets}。", en: { one: "Created {count} sheet: {sheets}.", other: "Created {count} sheets: {sheets}." } },
  analyzedFrom: { "zh-CN": "{where} · 计入 {count} 笔交易", en: { one: "{where} · {count} deal counted", other: "{where} · {count} deals counted" } },
  analyzed: { "zh-CN": "分析完成：计入 {count} 笔交易。", en: { one: "Analysis done: {count} deal counted.", other: "Analysis done: {count} deals counted." } },
  wonTimed: { "zh-CN": "（{count} 笔赢单）", en: { one: " ({count} won deal)", other: " ({count} won deals)" } },
} as const satisfies CountedCatalog;

export type PaneCountedKey = keyof typeof PANE_COUNTED;

/**
 * A pane string holding a count, in the form the count takes in `locale` (the shared reader, core/i18n/counted.ts:
 * Intl.PluralRules on the count as written with `format`), placeholders filled in. Days are written by the
 * presentation kit (core/present/numberText.ts daysText).
 * @example
 * paneCount("en", "created", 1, { sheets: "Guide" })      //=> "Created 1 sheet: Guide."
 * paneCount("en", "analyzed", 2)                           //=> "Analysis done: 2 deals counted."
 * paneCount("zh-CN", "wonTimed", 2)                        //=> "（2 笔赢单）"
 */
export const paneCount: (locale: Locale, key: PaneCountedKey, count: number, values?: TextValues, format?: CountFormat) => string =
  /* @__PURE__ */ countedIn(PANE_COUNTED);

/**
 * A pane string in `locale`, with `{name}` placeholders filled in.
 * @example
 * paneText("en", "stageLabel", { n: 2 }) //=> "Stage 2"
 */
export const paneText: (locale: Locale, key: PaneStringKey, values?: TextValues) => string = /* @__PURE__ */ textIn(PANE_STRINGS);

declare module "../../core/i18n/catalog" {
  interface MessageNamespaces {
    pane: typeof PANE_STRINGS;
  }
}

/** A list of names as the language writes it ("A、B、C" / "A, B, C"). */
export function paneList(locale: Locale, items: readonly string[]): string {
  return items.join(locale === "zh-CN" ? "、" : ", ");
}

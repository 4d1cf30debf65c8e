import type { Locale } from "../../core/model/locale";
import { BY_WORDS } from "../../core/present/byWords";
import { textIn, type Catalog, type TextValues } from "../../core/i18n/catalog";
import { countedIn, type CountFormat, type CountedCatalog } from "../../core/i18n/counted";

/**
 * Every word the sidebar shows, zh-CN and en: the `sidebar` namespace of the message catalog (core/i18n/catalog.ts).
 * Elements with `data-text="key"` get theirs at start-up.
 */
export const TEXT = {
  tabAnalyze: { "zh-CN": "分析交易", en: "Analyze" },
  tabGenerate: { "zh-CN": "生成模板", en: "Generate" },
  analyzeIntro: {
    "zh-CN": "分析当前工作表中的交易记录；当前表不是交易记录时，分析“交易”表。",
    en: "Analyzes the deal log on the active sheet, or the Deals sheet when the active one is not a deal log.",
  },
  analyze: { "zh-CN": "分析", en: "Analyze" },
  // "By": the field the deals are split by (analyze --by), and the heat table of the groups (shared with the other pane).
  ...BY_WORDS,
  analyzing: { "zh-CN": "正在分析…", en: "Analyzing…" },
  sheetLine: { "zh-CN": "“{sheet}” · {deals}", en: '"{sheet}" · {deals}' },
  analyzed: { "zh-CN": "已分析“{sheet}”：{deals}，{problems}。", en: 'Analyzed "{sheet}": {deals}, {problems}.' },
  noDeals: {
    "zh-CN": "还没有交易。表头已列出各阶段；每行录入一笔交易，在它到达的阶段下填上日期，再点“分析”。",
    en: "No deals yet. The header names the stages; add one deal per row, with a date under each stage it reached, then analyze again.",
  },
  noDealsCounted: {
    "zh-CN": "没有可计入的交易：已填写的每一行都有问题，见下方列表。",
    en: "No deals counted yet: every filled row has a problem, listed below.",
  },
  period: { "zh-CN": "{from} 至 {to}", en: "{from} to {to}" },
  dealsCounted: { "zh-CN": "计入交易", en: "Deals counted" },
  none: { "zh-CN": "—", en: "—" },
  funnel: { "zh-CN": "销售漏斗", en: "Funnel" },
  funnelLegend: { "zh-CN": "到达数 · 阶段转化率（较上一阶段）", en: "Reached · step conversion (from the stage above)" },
  funnelDescription: {
    "zh-CN": "各阶段的到达数，及第二个阶段起的阶段转化率（较上一阶段）：{list}",
    en: "Deals that reached each stage and, from the second stage on, the step conversion from the stage before: {list}",
  },
  lossPoints: { "zh-CN": "主要丢单阶段", en: "Top loss point" },
  problems: { "zh-CN": "问题行（{count}）", en: "Problem rows ({count})" },
  noProblems: { "zh-CN": "没有问题行。", en: "No problem rows." },
  moreProblems: { "zh-CN": "另有 {count} 行未列出。", en: "{count} more not listed." },
  problemPlace: { "zh-CN": "第 {row} 行 · {column} 列", en: "Row {row} · column {column}" },
  problemHint: { "zh-CN": "点击一行即在表格中选中它。", en: "Click a row to select it in the sheet." },
  rowMissing: {
    "zh-CN": "无法选中“{sheet}”第 {row} 行：该工作表已改名或删除，或已没有这一行。请重新分析。",
    en: 'Row {row} of "{sheet}" cannot be selected: the sheet was renamed or deleted, or the row is gone. Analyze again.',
  },
  language: { "zh-CN": "模板语言", en: "Template language" },
  stages: { "zh-CN": "阶段（每行一个）", en: "Stages (one per line)" },
  stagesHint: { "zh-CN": "留空则使用默认阶段：{stages}", en: "Leave empty for the default stages: {stages}" },
  sample: { "zh-CN": "示例数据", en: "Sample data" },
  sampleNone: { "zh-CN": "无（空模板）", en: "None (empty template)" },
  generate: { "zh-CN": "生成模板", en: "Generate template" },
  building: { "zh-CN": "正在生成模板…", en: "Building the template…" },
  fromSheet: { "zh-CN": "用当前表的交易生成", en: "Build from this sheet's deals" },
  fromSheetHint: {
    "zh-CN": "“用当前表的交易生成”读取交易表（与“分析”相同），把交易填入新模板的“交易”表；原表不做任何更改。",
    en: "\"Build from this sheet's deals\" reads the deal sheet (as Analyze does) and fills the new tracker's Deals sheet with its deals; the sheet itself is not changed.",
  },
  readingSheet: { "zh-CN": "正在读取交易表…", en: "Reading the deal sheet…" },
  planning: { "zh-CN": "正在检查已有工作表…", en: "Checking existing sheets…" },
  writing: { "zh-CN": "正在写入第 {step}/{steps} 个工作表：{sheet}", en: "Writing sheet {step} of {steps}: {sheet}" },
  kept: { "zh-CN": "保留原有：{sheets}。", en: "Kept as they were: {sheets}." },
  clash: {
    "zh-CN": "这些工作表已存在：{sheets}。不会覆盖任何内容，请选择：",
    en: "These sheets already exist: {sheets}. Nothing will be overwritten. Choose:",
  },
  addMissing: { "zh-CN": "只添加缺少的工作表", en: "Add only the missing sheets" },
  addCopy: { "zh-CN": "添加副本，工作表名后加“{suffix}”", en: 'Add a copy, sheet names ending "{suffix}"' },
  appeared: { "zh-CN": "这些工作表在生成期间出现：{sheets}，未覆盖。", en: "These sheets appeared while generating and were not overwritten: {sheets}." },
  tooLarge: {
    "zh-CN": "“{sheet}”太大，无法一次发送，未做任何更改。请减少示例交易。",
    en: '"{sheet}" is too large to send at once; nothing was changed. Choose fewer sample deals.',
  },
  cancel: { "zh-CN": "取消", en: "Cancel" },
  cancelled: { "zh-CN": "已取消，未做任何更改。", en: "Canceled; nothing was changed." },
  failed: { "zh-CN": "出错：{message}", en: "Something went wrong: {message}" },
  footer: { "zh-CN": "所有数字由同一内核计算", en: "One core computes every figure" },
} as const satisfies Catalog;

export type TextKey = keyof typeof TEXT;

/**
 * Sidebar words that hold a count, read by {@link sayCount}: English has a singular and a plural form, Chinese one
 * form for every count (the pane's kind of catalog, core/i18n/counted.ts).
 */
export const COUNTED = {
  dealCount: { "zh-CN": "{count} 笔交易", en: { one: "{count} deal", other: "{count} deals" } },
  problemRowCount: { "zh-CN": "{count} 个问题行", en: { one: "{count} problem row", other: "{count} problem rows" } },
  sampleDeals: { "zh-CN": "{count} 笔示例交易", en: { one: "{count} sample deal", other: "{count} sample deals" } },
  done: { "zh-CN": "完成：已添加 {count} 个工作表。", en: { one: "Done: {count} sheet added.", other: "Done: {count} sheets added." } },
  keptAdded: {
    "zh-CN": "此前已添加的 {count} 个工作表保留：{sheets}。",
    en: { one: "The sheet added before was kept: {sheets}.", other: "The {count} sheets added before were kept: {sheets}." },
  },
} as const satisfies CountedCatalog;

export type CountedKey = keyof typeof COUNTED;

/** A text in `locale` with `{name}` placeholders filled. */
export const say: (locale: Locale, key: TextKey, values?: TextValues) => string = /* @__PURE__ */ textIn(TEXT);

declare module "../../core/i18n/catalog" {
  interface MessageNamespaces {
    sidebar: typeof TEXT;
  }
}

/**
 * A text that counts something, in the form the count takes (singular for one in English), `{count}` written as
 * the user's language writes it with `format`, other placeholders from `values`.
 * @example
 * sayCount("en", "done", 1) //=> "Done: 1 sheet added."
 * sayCount("en", "done", 11) //=> "Done: 11 sheets added."
 * sayCount("zh-CN", "sampleDeals", 300) //=> "300 笔示例交易"
 */
export const sayCount: (locale: Locale, key: CountedKey, count: number, values?: TextValues, format?: CountFormat) => string =
  /* @__PURE__ */ countedIn(COUNTED);

export function isTextKey(key: string): key is TextKey {
  return Object.prototype.hasOwnProperty.call(TEXT, key);
}

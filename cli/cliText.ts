import type { Locale, Localized } from "../core/model/locale";
import { fillText } from "../core/i18n/fillText";

/** Every string the command line prints, zh-CN and en. */
export const CLI_TEXT = {
  title: { "zh-CN": "销售流程诊断", en: "Sales process diagnosis" },
  file: { "zh-CN": "文件", en: "File" },
  deals: { "zh-CN": "计入交易数", en: "Deals counted" },
  funnel: { "zh-CN": "销售漏斗", en: "Funnel" },
  stage: { "zh-CN": "阶段", en: "Stage" },
  reached: { "zh-CN": "到达", en: "Reached" },
  step: { "zh-CN": "阶段转化", en: "Step" },
  overall: { "zh-CN": "累计转化", en: "Overall" },
  dropOff: { "zh-CN": "流失", en: "Drop-off" },
  winRate: { "zh-CN": "赢单率", en: "Win rate" },
  cycleTime: { "zh-CN": "成交周期（天）", en: "Cycle time (days)" },
  timeInStage: { "zh-CN": "阶段停留（天）", en: "Time in stage (days)" },
  median: { "zh-CN": "中位数", en: "median" },
  mean: { "zh-CN": "平均", en: "mean" },
  n: { "zh-CN": "笔数", en: "n" },
  lossPoints: { "zh-CN": "流失节点", en: "Loss points" },
  lost: { "zh-CN": "丢单", en: "Lost" },
  share: { "zh-CN": "占比", en: "Share" },
  velocity: { "zh-CN": "管道速度（金额/天）", en: "Pipeline velocity (amount per day)" },
  problems: { "zh-CN": "问题行", en: "Problem rows" },
  noProblems: { "zh-CN": "没有问题行", en: "No problem rows" },
  row: { "zh-CN": "行", en: "Row" },
  column: { "zh-CN": "列", en: "Column" },
  more: { "zh-CN": "……另有 {n} 条", en: "… and {n} more" },
  bottleneck: { "zh-CN": "最大流失环节", en: "Biggest drop" },
  notADealLog: {
    "zh-CN": "找不到交易表：需要首行为阶段名称（线索、商机……）的表，或一列阶段名称",
    en: "no deal log found: expected a header row naming the stages (Lead, Opportunity, …) or one column of stage names",
  },
  unsupportedFile: { "zh-CN": "不支持的文件类型“{detail}”：请用 .csv 或 .xlsx", en: 'unsupported file type "{detail}": use .csv or .xlsx' },
  notAWorkbook: { "zh-CN": "无法读取为 .xlsx 工作簿（{detail}）", en: "not a readable .xlsx workbook ({detail})" },
  wroteSample: { "zh-CN": "已生成示例交易数据", en: "Wrote sample deal data" },
  wroteTemplate: { "zh-CN": "已生成跟踪模板", en: "Wrote the tracking template" },
  outRequired: { "zh-CN": "template 需要 --out 文件.xlsx", en: "template needs --out FILE.xlsx" },
  outNotXlsx: { "zh-CN": "输出文件须以 .xlsx 结尾", en: "the output file must end in .xlsx" },
  outExists: { "zh-CN": "文件已存在，未覆盖（加 --force 可覆盖）", en: "file exists, not overwritten (add --force to overwrite)" },
  progress: { "zh-CN": "已读取 {rows} 行（{seconds} 秒），正在计算……", en: "Read {rows} rows ({seconds} s); computing the figures…" },
  fileNotFound: { "zh-CN": "找不到该文件或文件夹", en: "no such file or folder" },
  fileNoAccess: { "zh-CN": "没有读写权限", en: "permission denied" },
  fileIsFolder: { "zh-CN": "这是一个文件夹，不是文件", en: "this is a folder, not a file" },
  fileNotFolder: { "zh-CN": "路径中有一部分不是文件夹", en: "a part of the path is not a folder" },
  fileOther: { "zh-CN": "无法读写该文件（{detail}）", en: "cannot read or write the file ({detail})" },
  usage: {
    "zh-CN":
      "用法：sales-tracker analyze 文件.csv|文件.xlsx [--stages 线索,商机,...] [--json] [--lang zh-CN|en]\n" +
      "      sales-tracker template [--lang zh-CN|en] [--sample] [--stages 线索,商机,...] --out 文件.xlsx [--force]\n" +
      "      sales-tracker demo [--lang zh-CN|en]",
    en:
      "usage: sales-tracker analyze FILE.csv|FILE.xlsx [--stages a,b,...] [--json] [--lang zh-CN|en]\n" +
      "       sales-tracker template [--lang zh-CN|en] [--sample] [--stages a,b,...] --out FILE.xlsx [--force]\n" +
      "       sales-tracker demo [--lang zh-CN|en]",
  },
} as const satisfies Record<string, Localized>;

/** A CLI string in `locale`, `{n}`-style placeholders filled. */
export function cliText(locale: Locale, key: keyof typeof CLI_TEXT, params: Record<string, string | number> = {}): string {
  return fillText(CLI_TEXT[key][locale], params);
}

import { textIn, type Catalog } from "../core/i18n/catalog";

/** Every string the command line prints, zh-CN and en: the `cli` namespace of the message catalog (core/i18n/catalog.ts). */
export const CLI_TEXT = {
  title: { "zh-CN": "销售流程诊断", en: "Sales process diagnosis" },
  file: { "zh-CN": "文件", en: "File" },
  deals: { "zh-CN": "计入交易数", en: "Deals counted" },
  funnel: { "zh-CN": "销售漏斗", en: "Funnel" },
  stage: { "zh-CN": "阶段", en: "Stage" },
  reached: { "zh-CN": "到达数", en: "Reached" },
  step: { "zh-CN": "阶段转化率", en: "Step conversion" },
  overall: { "zh-CN": "累计转化率", en: "Overall conversion" },
  dropOff: { "zh-CN": "流失数", en: "Drop-off" },
  timeInStage: { "zh-CN": "阶段停留（天）", en: "Time in stage (days)" },
  median: { "zh-CN": "中位数", en: "median" },
  mean: { "zh-CN": "平均", en: "mean" },
  n: { "zh-CN": "笔数", en: "n" },
  lossPoints: { "zh-CN": "流失节点", en: "Loss points" },
  lost: { "zh-CN": "丢单数", en: "Lost" },
  share: { "zh-CN": "占比", en: "Share" },
  problems: { "zh-CN": "问题行（{n}）", en: "Problem rows ({n})" },
  noProblems: { "zh-CN": "没有问题行", en: "No problem rows" },
  row: { "zh-CN": "行", en: "Row" },
  column: { "zh-CN": "列", en: "Column" },
  more: { "zh-CN": "……另有 {n} 条", en: "… and {n} more" },
  stagesOptionHint: { "zh-CN": "：用 --stages 阶段1,阶段2,… 给出", en: ": pass them with --stages a,b,…" },
  bottleneck: { "zh-CN": "转化率最低的一步：{from} → {to}（{rate}）", en: "Lowest step conversion: {from} → {to} ({rate})" },
  segmentsBy: { "zh-CN": "按“{column}”分组", en: "By {column}" },
  segmentDeals: { "zh-CN": "{n} 笔交易", en: "{n} deals" },
  segmentAbove: { "zh-CN": "显著高于其他", en: "above the others" },
  segmentBelow: { "zh-CN": "显著低于其他", en: "below the others" },
  segmentP: { "zh-CN": "校正后 p {p}", en: "adjusted p {p}" },
  byNoColumn: {
    "zh-CN": "文件中没有“{by}”这一列（可用 source、owner、team、region、industry，或列标题：{headers}）",
    en: 'no column "{by}" in the file (use source, owner, team, region, industry, or a header: {headers})',
  },
  unsupportedFile: { "zh-CN": "不支持的文件类型“{detail}”：请用 .csv 或 .xlsx", en: 'unsupported file type "{detail}": use .csv or .xlsx' },
  damagedWorkbook: {
    "zh-CN": "无法打开：文件已损坏，或不是 .xlsx 工作簿（可在 Excel 中打开后另存为 .xlsx 再试）",
    en: "cannot open it: the file is damaged or is not an .xlsx workbook (open it in Excel and save it as .xlsx again)",
  },
  csvQuotes: {
    "zh-CN": "第 {detail} 行有一个引号没有配对的结束引号，无法确定该单元格在哪里结束：请检查该行的双引号",
    en: "line {detail} opens a quote that is never closed, so where that cell ends is unclear: check the double quotes on that line",
  },
  csvLineTooLong: {
    "zh-CN": "第 {detail} 行超过 16 MiB 还没有结束：这不像 CSV 交易记录（请确认文件类型，或在 Excel 中打开后另存为 CSV）",
    en: "line {detail} runs past 16 MiB without ending: this does not look like a CSV deal log (check the file type, or open it in Excel and save it as CSV again)",
  },
  stageNoColumn: { "zh-CN": "文件中没有标题为“{stage}”的列", en: 'no column of the file is headed "{stage}"' },
  stageClosest: { "zh-CN": "（最接近的列标题是“{header}”）", en: ' (the closest header is "{header}")' },
  stageOtherHeaders: { "zh-CN": "（未对应阶段的列标题：{headers}）", en: " (headers no stage took: {headers})" },
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
  notRegularFile: { "zh-CN": "不是普通文件（而是设备、管道或套接字），不予读取", en: "not a regular file (a device, a pipe or a socket): not read" },
  fileTooLarge: { "zh-CN": "文件太大：{size}（上限 {limit}）", en: "too large: {size} (at most {limit})" },
  workbookTooLarge: { "zh-CN": "解压后太大：{size}（上限 {limit}）", en: "too large once unpacked: {size} (at most {limit})" },
  workbookBomb: {
    "zh-CN": "解压后是文件大小的 {ratio} 倍，像是压缩炸弹（超过 {floor} 时上限为 {limit} 倍）",
    en: "unpacks to {ratio} times its size, as a zip bomb does (at most {limit} times past {floor})",
  },
  tableTooLarge: {
    "zh-CN": "太大，无法读取：工作表“{sheet}”有 {rows} 行 × {columns} 列；一个工作簿最多 {limit} 个单元格",
    en: 'too large to read: sheet "{sheet}" spans {rows} rows × {columns} columns; a workbook may hold at most {limit} cells',
  },
  outIsSymlink: {
    "zh-CN": "这是一个符号链接，不会写入（加 --force 也不会）",
    en: "this is a symbolic link: not written through, even with --force",
  },
  fileOther: { "zh-CN": "无法读写该文件（{detail}）", en: "cannot read or write the file ({detail})" },
  unknownOption: { "zh-CN": "没有 {option} 这个选项", en: "unknown option {option}" },
  optionNeedsValue: {
    "zh-CN": "选项 {option} 缺少值，或不应带值",
    en: "option {option} is missing its value, or takes none",
  },
  unknownCommand: {
    "zh-CN": "没有“{command}”这个命令：可用的命令是 analyze、template、demo",
    en: 'unknown command "{command}": the commands are analyze, template, demo',
  },
  unknownLanguage: { "zh-CN": "不支持“{lang}”语言：请用 zh-CN 或 en", en: 'no language "{lang}": use zh-CN or en' },
  unknownDateOrder: {
    "zh-CN": "没有“{value}”这种日期顺序：请用 mdy（月/日/年）、dmy（日/月/年）或 ymd（年/月/日）",
    en: 'no date order "{value}": use mdy (month first), dmy (day first) or ymd (year first)',
  },
  addDateOrder: { "zh-CN": "请加 --date-order mdy（月/日/年）或 dmy（日/月/年）", en: "add --date-order mdy or dmy" },
  sampleOrDeals: {
    "zh-CN": "--sample 与 --deals 只能选一个：模板要么填示例交易，要么填你自己的交易",
    en: "--sample and --deals do not go together: a template holds sample deals or your own",
  },
  rowsInvalid: {
    "zh-CN": "“{value}”不是行数：请写 1 到 1048575 之间的整数",
    en: '"{value}" is not a number of rows: write a whole number from 1 to 1048575',
  },
  rowsFewerThanDeals: {
    "zh-CN": "{rows} 行放不下 {deals} 笔交易：请至少写 {deals}",
    en: "{rows} rows cannot hold {deals} deals: write at least {deals}",
  },
  unexpectedArgument: { "zh-CN": "多余的参数“{argument}”", en: 'unexpected argument "{argument}"' },
  usage: {
    "zh-CN":
      "用法：sales-tracker analyze 文件.csv|文件.xlsx [--by 字段] [--stages 线索,商机,...] [--date-order mdy|dmy|ymd] [--json] [--lang zh-CN|en]\n" +
      "      sales-tracker template [--lang zh-CN|en] [--sample] [--stages 线索,商机,...] --out 文件.xlsx [--force] [--rows 行数]\n" +
      "      sales-tracker template --deals 文件.csv|文件.xlsx [--lang zh-CN|en] [--stages 线索,商机,...] [--date-order mdy|dmy|ymd] --out 文件.xlsx [--force] [--rows 行数]\n" +
      "      sales-tracker demo [--lang zh-CN|en] [--out 文件夹] [--force]",
    en:
      "usage: sales-tracker analyze FILE.csv|FILE.xlsx [--by FIELD] [--stages a,b,...] [--date-order mdy|dmy|ymd] [--json] [--lang zh-CN|en]\n" +
      "       sales-tracker template [--lang zh-CN|en] [--sample] [--stages a,b,...] --out FILE.xlsx [--force] [--rows N]\n" +
      "       sales-tracker template --deals FILE.csv|FILE.xlsx [--lang zh-CN|en] [--stages a,b,...] [--date-order mdy|dmy|ymd] --out FILE.xlsx [--force] [--rows N]\n" +
      "       sales-tracker demo [--lang zh-CN|en] [--out FOLDER] [--force]",
  },
} as const satisfies Catalog;

/**
 * A CLI string in `locale`, `{n}`-style placeholders filled.
 * @example
 * cliText("en", "unexpectedArgument", { argument: "x" }) //=> 'unexpected argument "x"'
 */
export const cliText = /* @__PURE__ */ textIn(CLI_TEXT);

declare module "../core/i18n/catalog" {
  interface MessageNamespaces {
    cli: typeof CLI_TEXT;
  }
}

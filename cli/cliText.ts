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
  dropOff: { "zh-CN": "未推进数", en: "Did not advance" },
  timeInStage: { "zh-CN": "阶段停留（天）", en: "Time in stage (days)" },
  median: { "zh-CN": "中位数", en: "median" },
  mean: { "zh-CN": "平均", en: "mean" },
  n: { "zh-CN": "笔数", en: "n" },
  lossPoints: { "zh-CN": "丢单阶段", en: "Loss points" },
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
  byNoGroupColumn: {
    "zh-CN": "文件中没有“{by}”这一列，也没有可用来分组的列（source、owner、team、region、industry 或其他文字列）",
    en: 'no column "{by}" in the file, and no column to group deals by (source, owner, team, region, industry, or another column of words)',
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
  keptSample: { "zh-CN": "示例交易数据已存在，未改动", en: "Sample deal data already there, unchanged" },
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
    "zh-CN": "没有“{command}”这个命令：可用的命令是 analyze、template、demo、sql",
    en: 'unknown command "{command}": the commands are analyze, template, demo, sql',
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
  sqlUnknownDialect: { "zh-CN": "没有“{value}”这种 SQL 方言：请用 duckdb 或 postgres", en: 'no SQL dialect "{value}": use duckdb or postgres' },
  sqlUnknownShape: { "zh-CN": "没有“{value}”这种表形状：请用 wide（每笔交易一行）或 history（每次阶段变更一行）", en: 'no table shape "{value}": use wide (one row per deal) or history (one row per stage change)' },
  sqlBadColumn: { "zh-CN": "--column 须写成 字段=列名，字段为 {fields}：“{value}”", en: '--column takes FIELD=NAME, FIELD one of {fields}: "{value}"' },
  sqlBadTable: { "zh-CN": "表名“{value}”无法读取：用 表 或 模式.表，名称中有点号时加双引号", en: 'cannot read the table name "{value}": write table or schema.table, in double quotes when a name holds a dot' },
  sqlFewStages: { "zh-CN": "表中标题为阶段名的列不足两个（列：{detail}）：用 --columns 给出表的列名，或用 --stages 给出阶段", en: "fewer than two of the table's columns are named after a stage (columns: {detail}): give the table's columns with --columns, or the stages with --stages" },
  sqlNoColumn: { "zh-CN": "找不到阶段变更记录的列：{detail}（用 --column deal=…、stage=…、date=… 指定）", en: "no column found for the history's {detail} (name it with --column deal=…, stage=…, date=…)" },
  sqlFromTo: { "zh-CN": "“{detail}”这种原阶段/新阶段记录暂不能生成 SQL：请给出每行记录一次进入阶段的表", en: 'a From/To Stage history ("{detail}") has no SQL yet: give a table of one row per stage entered' },
  sqlStageNoColumn: { "zh-CN": "--columns 中没有标题为这些阶段的列：{detail}", en: "no column in --columns is headed by these stages: {detail}" },
  duckdbMissing: {
    "zh-CN": "--engine duckdb 需要 DuckDB：请先安装 @duckdb/node-api（npm install @duckdb/node-api）",
    en: "install @duckdb/node-api to use --engine duckdb (npm install @duckdb/node-api)",
  },
  unknownEngine: { "zh-CN": "没有“{value}”这个引擎：请用 duckdb 或 core", en: 'no engine "{value}": use duckdb or core' },
  duckdbFileType: { "zh-CN": "--engine duckdb 只读 .csv、.txt 和 .parquet 文件（不是“{detail}”）", en: '--engine duckdb reads .csv, .txt and .parquet files (not "{detail}")' },
  duckdbRead: { "zh-CN": "DuckDB 无法读取该文件：{detail}", en: "DuckDB cannot read the file: {detail}" },
  duckdbNotDates: {
    "zh-CN": "DuckDB 没有把“{column}”列读成日期（读成了 {type}）：--engine duckdb 需要 年-月-日 格式的日期；其他写法请去掉 --engine 再分析",
    en: 'DuckDB does not read column "{column}" as dates (it reads {type}): --engine duckdb needs YYYY-MM-DD dates; for other forms, analyze without --engine',
  },
  duckdbNotNumbers: {
    "zh-CN": "DuckDB 没有把金额列“{column}”读成数字（读成了 {type}）：请去掉 --engine 再分析",
    en: 'DuckDB does not read the amount column "{column}" as numbers (it reads {type}): analyze without --engine',
  },
  duckdbLeftOut: {
    "zh-CN": "有 {n} 行未计入（没有阶段日期或日期倒序）；去掉 --engine 再分析可列出这些行",
    en: "{n} rows were not counted (no stage date, or dates going backwards); analyze without --engine to list them",
  },
  sqlNotInHeader: { "zh-CN": "--columns 中没有列“{detail}”", en: 'no column "{detail}" in --columns' },
  unexpectedArgument: { "zh-CN": "多余的参数“{argument}”", en: 'unexpected argument "{argument}"' },
  usage: {
    "zh-CN":
      "用法：sales-tracker analyze 文件.csv|文件.xlsx [--by 字段] [--stages 线索,商机,...] [--date-order mdy|dmy|ymd] [--json] [--lang zh-CN|en]\n" +
      "      sales-tracker analyze 文件.csv|文件.parquet --engine duckdb [--stages 线索,商机,...] [--json] [--lang zh-CN|en]\n" +
      "      sales-tracker template [--lang zh-CN|en] [--sample] [--stages 线索,商机,...] --out 文件.xlsx [--force] [--rows 行数]\n" +
      "      sales-tracker template --deals 文件.csv|文件.xlsx [--lang zh-CN|en] [--stages 线索,商机,...] [--date-order mdy|dmy|ymd] --out 文件.xlsx [--force] [--rows 行数]\n" +
      "      sales-tracker demo [--lang zh-CN|en] [--out 文件夹] [--force]\n" +
      "      sales-tracker sql [--dialect duckdb|postgres] [--shape wide|history] [--stages 线索,商机,...] [--table 表名] [--columns 列1,列2,...] [--column 字段=列名] [--by 字段] [--lang zh-CN|en]",
    en:
      "usage: sales-tracker analyze FILE.csv|FILE.xlsx [--by FIELD] [--stages a,b,...] [--date-order mdy|dmy|ymd] [--json] [--lang zh-CN|en]\n" +
      "       sales-tracker analyze FILE.csv|FILE.parquet --engine duckdb [--stages a,b,...] [--json] [--lang zh-CN|en]\n" +
      "       sales-tracker template [--lang zh-CN|en] [--sample] [--stages a,b,...] --out FILE.xlsx [--force] [--rows N]\n" +
      "       sales-tracker template --deals FILE.csv|FILE.xlsx [--lang zh-CN|en] [--stages a,b,...] [--date-order mdy|dmy|ymd] --out FILE.xlsx [--force] [--rows N]\n" +
      "       sales-tracker demo [--lang zh-CN|en] [--out FOLDER] [--force]\n" +
      "       sales-tracker sql [--dialect duckdb|postgres] [--shape wide|history] [--stages a,b,...] [--table NAME] [--columns a,b,...] [--column FIELD=NAME] [--by FIELD] [--lang zh-CN|en]",
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

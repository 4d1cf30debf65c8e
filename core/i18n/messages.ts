import type { Locale } from "../model/locale";
import { textIn, type Catalog, type TextValues } from "./catalog";

/**
 * Every message the core can show a user, in both languages, keyed by a code from one table
 * (HyperFormula's `error-message.ts` idea): the `core` namespace of the message catalog (core/i18n/catalog.ts).
 * `{name}` placeholders are filled by {@link message}.
 */
export const MESSAGES = {
  // Problems in a user's rows (reported with row and column; the row is left out of the figures).
  "date.unreadable": { "zh-CN": "无法识别的日期“{value}”", en: 'Unreadable date "{value}"' },
  "date.serialText": {
    "zh-CN": "“{value}”是以文本保存的电子表格日期序号，不是日期：请把该列设为日期格式（另存为 CSV 之前）",
    en: '"{value}" is a spreadsheet date number stored as text, not a date: format its column as dates (before saving as CSV)',
  },
  "date.outOfRange": { "zh-CN": "日期“{value}”超出范围", en: 'Date out of range "{value}"' },
  "date.ambiguous": {
    "zh-CN": "日期“{value}”既可读作月/日/年，也可读作日/月/年，该列没有能确定顺序的日期",
    en: 'Date "{value}" could be month-first or day-first, and nothing in its column settles which',
  },
  "date.orderConflict": {
    "zh-CN": "日期“{value}”只能按与该列其他日期相反的顺序读取（月/日/年与日/月/年混用）",
    en: 'Date "{value}" reads only in the order the other dates of its column rule out (month-first and day-first mixed)',
  },
  "date.backwards": {
    "zh-CN": "“{stage}”的日期早于前一阶段“{earlier}”",
    en: '"{stage}" is dated before the earlier stage "{earlier}"',
  },
  "row.noStageDate": { "zh-CN": "该行没有任何阶段日期", en: "The row has no stage date" },
  "amount.unreadable": { "zh-CN": "无法识别的金额“{value}”，按空值处理", en: 'Unreadable amount "{value}", treated as missing' },
  "amount.negative": {
    "zh-CN": "金额“{value}”小于零，按空值处理：交易金额是成交价值——退款、冲销请另行记录，或填写不带负号的金额",
    en: 'Amount "{value}" is below zero, treated as missing: a deal\'s amount is its value — record refunds and credit notes elsewhere, or enter the amount without a minus sign',
  },
  "status.unknown": { "zh-CN": "无法识别的状态“{value}”，按进行中处理", en: 'Unknown status "{value}", treated as open' },
  "status.lostAtLastStage": {
    "zh-CN": "状态为“{value}”，却有最后阶段“{stage}”的日期：计为丢单，但不计入任何丢单阶段",
    en: 'Status "{value}" but dated in the last stage "{stage}": counted as lost, in no loss point',
  },
  "stage.unknown": { "zh-CN": "“{value}”不是阶段名称", en: 'Not a stage name "{value}"' },
  // Rows of a stage history (one row per stage change) that cannot be placed.
  "history.noDeal": { "zh-CN": "该行没有写明是哪笔交易", en: "The row does not say which deal it is" },
  "history.noStage": { "zh-CN": "该行没有阶段", en: "The row names no stage" },
  "history.noDate": { "zh-CN": "该行没有日期", en: "The row has no date" },
  // Current-stage exports (parse/currentStage.ts).
  "row.noStage": { "zh-CN": "该行没有阶段，也没有赢单或输单状态", en: "The row has no stage, and no won or lost status" },
  "status.stageConflict": {
    "zh-CN": "状态“{value}”与阶段“{stage}”矛盾：按阶段计",
    en: 'Status "{value}" contradicts the stage "{stage}": read by the stage',
  },
  "date.closeBeforeCreated": {
    "zh-CN": "成交日期“{value}”早于创建日期“{created}”：不计成交周期",
    en: 'Won on "{value}", before it was created ("{created}"): no cycle counted',
  },
  "stages.orderNeeded": {
    "zh-CN": "无法确定阶段顺序：文件中的阶段为 {values}，既不是预设阶段，也不是已知 CRM 的默认流程。请按顺序列出各阶段（以赢单阶段结尾）",
    en: "The stage order is not known: the file's stages are {values}, neither the default stages nor a known CRM's default pipeline. List the stages in order, ending with the won stage",
  },
  // Problems with a stage list a manager typed (stageListProblem), said by the Excel pane and the Sheets sidebar.
  "stages.tooFew": { "zh-CN": "至少需要 {min} 个阶段。", en: "At least {min} stages are needed." },
  "stages.tooMany": { "zh-CN": "最多 {max} 个阶段。", en: "At most {max} stages." },
  "stages.blank": { "zh-CN": "第 {position} 个阶段没有名称。", en: "Stage {position} has no name." },
  "stages.duplicate": { "zh-CN": "阶段“{stage}”重复了。", en: "“{stage}” appears twice." },
  // Errors in a function's arguments (the cell shows #VALUE! with this message).
  "arg.notStages": {
    "zh-CN": "{name}：需要一列阶段名称，或首行为阶段名称的日期表，或当前阶段导出表（阶段列与创建/结单日期或金额），或阶段历史（交易、阶段、日期）",
    en: "{name}: expected one column of stage names, or a table whose first row names the stages, or a current-stage export (a Stage column with created/close dates or an amount), or a stage history (deal, stage, date)",
  },
  "arg.notWide": {
    "zh-CN": "{name}：需要首行为阶段名称、其下为日期的表，或阶段历史（交易、阶段、日期）；当前阶段导出表没有阶段日期",
    en: "{name}: expected a table whose first row names the stages, with dates below, or a stage history (deal, stage, date); a current-stage export has no stage dates",
  },
  "arg.unknownStage": { "zh-CN": "{name}：找不到阶段“{value}”", en: '{name}: no stage "{value}"' },
  "arg.stageOrder": {
    "zh-CN": "起始阶段“{from}”必须在目标阶段“{to}”之前",
    en: 'The from stage "{from}" must come before the to stage "{to}"',
  },
  "arg.badStageList": {
    "zh-CN": "{name}：阶段顺序需为不重复的阶段名称",
    en: "{name}: the stage order must be distinct stage names",
  },
  "arg.number": { "zh-CN": "{name}：需要一个数字", en: "{name}: expected a number" },
  "arg.count": { "zh-CN": "{name}：需要一个非负整数", en: "{name}: expected a whole number, 0 or more" },
  "arg.convertedOverTotal": {
    "zh-CN": "转化数不能大于总数",
    en: "Converted cannot be more than the total",
  },
  "arg.statistic": {
    "zh-CN": "统计量“{value}”无效：可用 median（中位数）、mean（平均）、p90（90分位）、min（最小）、max（最大）、count（计数）",
    en: 'Unknown statistic "{value}": use median, mean, p90, min, max or count',
  },
  "arg.currencies": {
    "zh-CN": "金额使用了 {count} 种币种（{list}）：不跨币种计算金额数字；请筛选为一种币种",
    en: "amounts in {count} currencies ({list}): no amount figure across currencies; filter to one currency",
  },
  "arg.sameSize": {
    "zh-CN": "{name} 与 {other} 的行数必须相同",
    en: "{name} and {other} must have the same number of rows",
  },
  "arg.oneColumn": { "zh-CN": "{name}：需要单列区域", en: "{name}: expected a single column" },
  "arg.unknownStatus": {
    "zh-CN": "{name}：第 {row} 个单元格的状态“{value}”无法识别",
    en: '{name}: cell {row} has an unknown status "{value}"',
  },
  "arg.unknownStageName": {
    "zh-CN": "{name}：第 {row} 个单元格“{value}”不是阶段名称（本表的阶段不同时，请用 stage_order 给出）",
    en: '{name}: cell {row}, "{value}", is not a stage name (give this workbook\'s stages as stage_order)',
  },
  "arg.stageOrderNeeded": {
    "zh-CN": "{name}：无法确定阶段顺序（阶段为 {values}）：请用 stage_order 按顺序给出",
    en: "{name}: the stage order is not known (the stages are {values}): give it as stage_order",
  },
  "arg.noGroupColumn": {
    "zh-CN": "{name}：没有“{value}”这一列（可用 source、owner、team、region、industry、列标题或列号；列标题：{headers}）",
    en: '{name}: no column "{value}" (use source, owner, team, region, industry, a header or a column number; headers: {headers})',
  },
  "arg.required": { "zh-CN": "缺少参数 {name}", en: "Missing argument {name}" },
  "arg.unreadable": { "zh-CN": "{name}：无法读取该值", en: "{name}: this value cannot be read" },
  // Figures whose denominator is empty.
  "div0.noDeals": { "zh-CN": "没有可计算的交易", en: "No deals to compute from" },
  "div0.noReached": { "zh-CN": "没有交易到达“{stage}”", en: 'No deal reached "{stage}"' },
  "div0.noClosed": { "zh-CN": "没有已赢单或丢单的交易", en: "No won or lost deals" },
  "div0.noDurations": { "zh-CN": "没有可计算天数的交易", en: "No deals with both dates to count days from" },
  "div0.noLost": { "zh-CN": "没有丢单的交易", en: "No lost deals" },
  "div0.sameBaseline": { "zh-CN": "目标值等于基线值", en: "The target equals the baseline" },
  "div0.noWonAmount": { "zh-CN": "没有带金额的赢单", en: "No won deals with an amount" },
  "div0.zeroCycle": { "zh-CN": "平均成交周期为 0 天", en: "The mean cycle time is 0 days" },
  "div0.noTotal": { "zh-CN": "总数为 0", en: "The total is 0" },
  "num.outOfRange": { "zh-CN": "结果超出可表示的数值范围", en: "The result is too large or too small to show" },
  "internal": { "zh-CN": "计算出错：{value}", en: "The calculation failed: {value}" },
  "div0.zeroControl": { "zh-CN": "对照组转化率为 0", en: "The control rate is 0" },
  "div0.noOtherGroup": { "zh-CN": "其他分组没有已赢单或丢单的交易", en: "The other groups have no won or lost deals" },
  "div0.noItems": { "zh-CN": "没有行动项", en: "No action items" },
} as const satisfies Catalog;

/** The code of a message. */
export type MessageCode = keyof typeof MESSAGES;

/** Values that fill a message's `{placeholders}`. */
export type MessageParams = TextValues;

/**
 * The text of a message in a language, placeholders filled.
 * @example
 * message("en", "arg.unknownStage", { name: "to_stage", value: "Demo" }) //=> 'to_stage: no stage "Demo"'
 */
export const message: (locale: Locale, code: MessageCode, params?: MessageParams) => string = /* @__PURE__ */ textIn(MESSAGES);

declare module "./catalog" {
  interface MessageNamespaces {
    core: typeof MESSAGES;
  }
}

import type { Locale } from "../model/locale";
import { textIn, type Catalog, type TextValues } from "./catalog";

/**
 * The words of the diagnosis report around its figures, in both languages: how the log was read (notes above the
 * figures), what to do when nothing could be read (verdicts), and where to give a stage list (hints) — the
 * `report` namespace of the message catalog (core/i18n/catalog.ts). Apart from the `core` namespace
 * (core/i18n/messages.ts) because only the report's surfaces show them (the CLI, the Excel pane, the Sheets
 * sidebar): the custom functions' bundle (Apps Script's Code.js, loaded on every recalculation) carries none.
 */
export const REPORT_MESSAGES = {
  // Notes on how a log was read (ReadingNotes; core/report/readingNotes), said once above the figures.
  "note.shape.history": {
    "zh-CN": "按阶段变更记录读取：每笔交易取首次进入各阶段的日期，其余字段（负责人、金额……）取其最新一行",
    en: "Read as a stage history: each deal's first entry into each stage, its other fields (owner, amount, …) from its latest row",
  },
  "note.revisited": {
    "zh-CN": "{n} 笔交易曾退回较早的阶段：各阶段仍按首次进入计",
    en: "Deals that went back to an earlier stage: {n} (each keeps its first entry into every stage)",
  },
  // A HubSpot export's Date entered columns keep the latest entry (core/parse/dealLog.ts readWide).
  "note.revisitedLatest": {
    "zh-CN": "{n} 笔交易曾退回较早的阶段（HubSpot 只保留最近一次进入的日期）：按到达的最远阶段计，不计入阶段停留时间",
    en: "{n} deals went back to an earlier stage (HubSpot keeps the latest entry date): counted at their furthest stage, left out of time in stage",
  },
  "note.stageOrder.firstEntry": {
    "zh-CN": "阶段顺序按交易通常在第几天首次进入各阶段排列，成交阶段最后：{stages}；{change}",
    en: "Stage order taken from the day deals typically first enter each stage, won last: {stages}; {change}",
  },
  // What a reader decided (ReadingNotes), said under the report (core/report/readingText.ts).
  "reading.dateOrder": { "zh-CN": "{columns}列的日期按{order}读取：{source}", en: "Dates of {columns} read {order}: {source}" },
  "dateOrder.mdy": { "zh-CN": "月/日/年", en: "month-first (M/D/Y)" },
  "dateOrder.dmy": { "zh-CN": "日/月/年", en: "day-first (D/M/Y)" },
  "dateOrder.ymd": { "zh-CN": "年/月/日", en: "year-first (Y/M/D)" },
  "dateOrderSource.values": { "zh-CN": "由该列自身的日期确定（有大于 12 的日）", en: "settled by its own values (a day above 12)" },
  "dateOrderSource.option": { "zh-CN": "按指定的日期顺序", en: "as the date order given says" },
  "dateOrderSource.dots": { "zh-CN": "用点分隔的日期按日在前读取", en: "dates written with dots read day first" },
  "dateOrderSource.locale": { "zh-CN": "按表格的区域设置", en: "as the spreadsheet's locale writes dates" },
  "reading.datesAmbiguousAll": {
    "zh-CN": "“{column}”列的全部 {count} 个日期都既可读作月/日/年，也可读作日/月/年",
    en: 'all {count} dates of column "{column}" could be month-first or day-first',
  },
  "reading.datesAmbiguous": {
    "zh-CN": "“{column}”列的 {total} 个日期中有 {count} 个既可读作月/日/年，也可读作日/月/年",
    en: '{count} of the {total} dates of column "{column}" could be month-first or day-first',
  },
  // Reading notes: what the reader decided (core/report/readingNotes.ts).
  "note.currentStage": {
    "zh-CN": "按“当前阶段”表读取：每行一笔交易及其当前阶段（没有各阶段日期）",
    en: "Read as a current-stage export: one row per deal with the stage it is at (no stage dates)",
  },
  "note.stageOrder.crmDefault": {
    "zh-CN": "阶段顺序：{name} 的默认销售流程（{stages}）；{change}",
    en: "Stage order: {name}'s default pipeline ({stages}); {change}",
  },
  "note.stageOrder.workbook": {
    "zh-CN": "阶段顺序：工作簿的“阶段”表（{stages}）；{change}",
    en: "Stage order: the workbook's Stages sheet ({stages}); {change}",
  },
  "note.stageOrder.given": { "zh-CN": "阶段顺序：按给定的阶段列表（{stages}）", en: "Stage order: the stage list given ({stages})" },
  "note.stageOrder.default": {
    "zh-CN": "阶段顺序：预设阶段（{stages}）；{change}",
    en: "Stage order: the default stages ({stages}); {change}",
  },
  "note.cycleFromCreatedToClose": {
    "zh-CN": "成交周期按赢单交易的创建日期到成交（结单）日期计算；没有阶段日期，阶段停留时间未知",
    en: "Cycle time runs from each won deal's created date to its won (close) date; with no stage dates, time in stage is not known",
  },
  // What the reader decided (core/report/readingLines), one line each in the report.
  "note.furniture": {
    "zh-CN": "跳过了 {n} 行报表页脚（报表名称、版权、合计行、分隔线、重复的表头等）",
    en: "{n} report footer rows skipped (report name, copyright, totals, separator lines, repeated headers)",
  },
  "note.stageOrderColumns": {
    "zh-CN": "阶段顺序取自文件中“Date entered”列的先后顺序：{stages}；{change}",
    en: "Stage order taken from the file's Date entered columns, in column order: {stages}; {change}",
  },
  "note.lostWithoutStage": {
    "zh-CN": "{n} 笔丢单不知道丢在哪个阶段：计入赢单率，并计入第一个阶段",
    en: "{n} lost deals have no known stage: counted in the win rate and at the first stage",
  },
  "note.currencies": {
    "zh-CN": "金额使用了 {count} 种币种（{list}）：不跨币种计算管道速度；请筛选为一种币种后再分析",
    en: "amounts in {count} currencies ({list}): no pipeline velocity across currencies; filter to one currency",
  },
  // When nothing can be read (core/parse/verdict): one line saying what was expected, found, and what to do.
  "verdict.notADealLog": {
    "zh-CN": "找不到交易表：首行有 {columns} 列（{headers}）；可读取的是 {shapes}。请把各阶段日期列的标题改为阶段名称，或{give}",
    en: "no deal log found: the header row has {columns} columns ({headers}); read are {shapes}. Name the stage date columns after the stages, or {give}",
  },
  // An empty or blank sheet (or file): said plainly, not as a header row of 0 columns.
  "verdict.empty.cli": { "zh-CN": "文件是空的：没有表头，也没有交易可读", en: "The file is empty: no header row and no deal to read" },
  "verdict.empty.workbook": {
    "zh-CN": "工作表是空的：没有表头，也没有交易可读。请打开存放交易表的工作表，或把交易表粘贴到这里",
    en: "The sheet is empty: no header row and no deal to read. Open the sheet that holds the deal log, or paste it here",
  },
  // A tracker built from the manager's own deals needs one date per stage (template --deals; the panes' "build
  // the tracker from this sheet"): a current-stage export has none.
  "tracker.noStageDates.cli": {
    "zh-CN": "这份记录没有各阶段的日期（只有当前阶段），模板需要每个阶段一个日期：请导出各阶段的进入日期，或用 analyze 分析这份文件",
    en: "this log has no date per stage (only each deal's current stage), and the template needs one: export each stage's entry date, or use analyze on this file",
  },
  "tracker.noStageDates.workbook": {
    "zh-CN": "这张表没有各阶段的日期（只有当前阶段），跟踪模板需要每个阶段一个日期：请导出各阶段的进入日期；“分析”仍可读取这张表",
    en: "This sheet has no date per stage (only each deal's current stage), and the tracker needs one: export each stage's entry date. Analyze still reads this sheet",
  },
  // How to give the stage order, on each surface (core/report/surface.ts): the command line's option, or the
  // workbook's Stages sheet in the Excel pane and the Sheets sidebar (they have no command line).
  "hint.stageList.cli": { "zh-CN": "如需更改，请指定阶段列表（--stages）", en: "to change it, give the stage list (--stages)" },
  "hint.stageList.workbook": {
    "zh-CN": "如需更改，请在名为“阶段”的工作表中按顺序列出各阶段（标题为“阶段”的一列）",
    en: "to change it, list the stages in order on a sheet named Stages (a column headed Stage)",
  },
  "hint.stagesSheet.cli": { "zh-CN": "如需更改，请编辑该表或指定阶段列表（--stages）", en: "to change it, edit that sheet or give the stage list (--stages)" },
  "hint.stagesSheet.workbook": { "zh-CN": "如需更改，请编辑该表", en: "to change it, edit that sheet" },
  // Where to list the stages when no order could be told (after "List the stages in order…"); the CLI adds its own.
  "hint.listStages.workbook": { "zh-CN": "：写在名为“阶段”的工作表中（标题为“阶段”的一列）", en: ": on a sheet named Stages (a column headed Stage)" },
  "hint.giveStages.cli": { "zh-CN": "指定阶段列表（--stages）", en: "give the stage list (--stages)" },
  "hint.giveStages.workbook": { "zh-CN": "在名为“阶段”的工作表中按顺序列出各阶段", en: "list the stages in order on a sheet named Stages" },
  "verdict.noRowRead": {
    "zh-CN": "{rows} 行都无法读取：最常见的问题是 {column} 列（“{header}”）的{problem}，共 {count} 处。请修正这些单元格，或查看下面的问题行",
    en: 'none of the {rows} rows could be read: the most common problem is {problem} in column {column} ("{header}"), {count} times. Fix those cells, or see the problem rows',
  },

  // Segments (analyze --by, core/report/segmentReport.ts): what the flagged groups are, said first.
  "segment.flagged": {
    "zh-CN": "{group}：{from} → {to} {rate}，其他{others}为 {othersRate}；赢单率 {winRate} 对 {othersWinRate}，差异显著（校正后 p {p}）",
    en: "{group}: {from} → {to} {rate} vs {othersRate} for the other {others}; win rate {winRate} vs {othersWinRate}, significant (adjusted p {p})",
  },
  // A flagged group with no step to compare (a funnel of one stage, or no deal at any step's start).
  "segment.flaggedWinRate": {
    "zh-CN": "{group}：赢单率 {winRate}，其他{others}为 {othersWinRate}，差异显著（校正后 p {p}）",
    en: "{group}: win rate {winRate} vs {othersWinRate} for the other {others}, significant (adjusted p {p})",
  },
  "segment.noneFlagged": {
    "zh-CN": "没有哪个{group}的赢单率与其他{others}有显著差异（校正后 p ≥ 0.05）",
    en: "No {group} wins significantly more or less often than the other {others} (adjusted p ≥ 0.05)",
  },
  "segment.noTest": {
    "zh-CN": "无法比较各{group}的赢单率：没有可比较的已赢单或已丢单交易",
    en: "Win rates by {group} cannot be compared: there are no won or lost deals to compare",
  },
  "segment.spread": {
    "zh-CN": "各{others}的赢单率：最低 {lowest}（{lowestRate}），最高 {highest}（{highestRate}），四分位距 {iqr} 个百分点（共 {groups} 个{others}）",
    en: "Win rate across {others}: lowest {lowest} ({lowestRate}), highest {highest} ({highestRate}), interquartile range {iqr} points ({groups} {others})",
  },
  "segment.noun.source": { "zh-CN": "来源", en: "source" },
  "segment.nouns.source": { "zh-CN": "来源", en: "sources" },
  "segment.noun.owner": { "zh-CN": "负责人", en: "owner" },
  "segment.nouns.owner": { "zh-CN": "负责人", en: "owners" },
  "segment.noun.team": { "zh-CN": "团队", en: "team" },
  "segment.nouns.team": { "zh-CN": "团队", en: "teams" },
  "segment.noun.region": { "zh-CN": "区域", en: "region" },
  "segment.nouns.region": { "zh-CN": "区域", en: "regions" },
  "segment.noun.industry": { "zh-CN": "行业", en: "industry" },
  "segment.nouns.industry": { "zh-CN": "行业", en: "industries" },
  "segment.noun.group": { "zh-CN": "分组", en: "group" },
  "segment.nouns.group": { "zh-CN": "分组", en: "groups" },
  // The panes' group × step heat table (core/present/segmentHeat.ts): its deals column, a flagged group's mark, and
  // what is said when the sheet has no column for the field chosen under "By".
  "segment.table.deals": { "zh-CN": "交易数", en: "Deals" },
  "segment.table.above": { "zh-CN": "显著偏高", en: "above the others" },
  "segment.table.below": { "zh-CN": "显著偏低", en: "below the others" },
  "segment.noColumn": {
    "zh-CN": "这张表没有“{field}”列，未分组（表头：{headers}）",
    en: 'This sheet has no column for "{field}", so nothing is split by it (its headers: {headers})',
  },
} as const satisfies Catalog;

/** The code of a report message. */
export type ReportMessageCode = keyof typeof REPORT_MESSAGES;

/**
 * The text of a report message in a language, placeholders filled.
 * @example
 * reportMessage("en", "hint.giveStages.cli") //=> "give the stage list (--stages)"
 */
export const reportMessage: (locale: Locale, code: ReportMessageCode, params?: TextValues) => string = /* @__PURE__ */ textIn(REPORT_MESSAGES);

declare module "./catalog" {
  interface MessageNamespaces {
    report: typeof REPORT_MESSAGES;
  }
}

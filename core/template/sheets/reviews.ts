import { columnLetter } from "../../model/cells";
import type { Localized } from "../../model/locale";
import { DEAL_STATUS_WORDS } from "../../model/words";
import { pilotStartDay } from "../../sample/market";
import { civilFromDay, DEFAULT_SAMPLE_END_DAY, firstOfMonth, samplePeriod } from "../../sample/period";
import { a1, absolute, quoted, range, sheetRef } from "../a1";
import type { TemplateContext } from "../context";
import { TEMPLATE_LABELS as L } from "../labels";
import { columnWidths, drawColumns, headerCells, placeColumns, type ColumnSpec } from "../columns";
import { RowCursor } from "../rowCursor";
import { formula, SheetBuilder, text, day } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";

/** Words of the Reviews sheet. */
const W = {
  title: { "zh-CN": "月度复盘", en: "Monthly reviews" },
  note: {
    "zh-CN": "每月召开销售流程复盘会：下表按线索日期（第一个阶段的日期）统计当月进入的交易——赢单、丢单、赢单率、成交周期中位数，以及主要流失节点（丢单最多的阶段）；在右侧写下结论和调整。每季度据此微调流程。第一个月份可以修改（其余月份随之变化）：十二个月用完后把它往后调。",
    en: "Hold a monthly process review: each row counts the deals whose lead (first-stage) date falls in that month — won, lost, win rate, median cycle time and the top loss point (the stage where most were lost); write the findings and adjustments beside them. Tweak the process each quarter. The first month is yours to change (the others follow it): move it on when the twelve months are over.",
  },
  month: { "zh-CN": "月份", en: "Month" },
  deals: { "zh-CN": "当月线索交易数", en: "Deals (lead this month)" },
  won: { "zh-CN": "赢单", en: "Won" },
  lost: { "zh-CN": "丢单", en: "Lost" },
  winRate: { "zh-CN": "赢单率", en: "Win rate" },
  cycleMedian: L.cycleMedian,
  biggestDrop: { "zh-CN": "主要流失节点", en: "Top loss point" },
  notes: { "zh-CN": "复盘结论", en: "Notes" },
  adjustments: { "zh-CN": "调整措施", en: "Adjustments" },
  nextMonth: { "zh-CN": "下月首日", en: "Next month" },
  lostAt: { "zh-CN": "丢于{stage}", en: "Lost at {stage}" },
  cycleHelper: { "zh-CN": "周期·第{n}月", en: "Cycle, month {n}" },
} as const satisfies Record<string, Localized>;

const MONTH_ROWS = 12;

/** The month table: counts and figures per month, the typed-in review, the hidden next month, a "lost at" column per stage but the last. */
const REVIEW_TABLE = [
  { key: "month", header: W.month, width: 10, format: "yyyy-mm" },
  { key: "deals", header: W.deals, width: 12, role: "computed" },
  { key: "won", header: W.won, width: 8, role: "computed" },
  { key: "lost", header: W.lost, width: 8, role: "computed" },
  { key: "winRate", header: W.winRate, width: 10, role: "computed", format: "0.0%" },
  { key: "cycle", header: W.cycleMedian, width: 12, role: "computed", format: "0.0" },
  { key: "drop", header: W.biggestDrop, width: 14, role: "computed" },
  { key: "notes", header: W.notes, width: 36, role: "input", wrap: true },
  { key: "adjustments", header: W.adjustments, width: 40, role: "input", wrap: true },
  { key: "next", header: W.nextMonth, width: 10, format: "yyyy-mm-dd", hidden: true },
  // Nothing is lost at the last stage (metrics/lossPoints).
  { key: "firstLost", count: "stagesButLast", header: (locale, index, names) => W.lostAt[locale].replace("{stage}", names[index]), width: 10, role: "computed" },
] as const satisfies readonly ColumnSpec[];

/** The hidden helper, right of the month table: per month, the cycle days of the won deals whose lead date falls in it. */
const HELPER_TABLE = [
  { key: "cycle", count: MONTH_ROWS, header: (locale, index) => W.cycleHelper[locale].replace("{n}", String(index + 1)), width: 10, hidden: true },
] as const satisfies readonly ColumnSpec[];

/** The sample's review notes: the live-stream channel's opening, the pilot's start, and the method's own example. */
const SAMPLE_NOTES: readonly { at: "liveStream" | "pilot" | "last"; note: Localized; adjustment: Localized }[] = [
  {
    at: "liveStream",
    note: { "zh-CN": "新增直播渠道，线索多但转商机率低", en: "New live-stream channel: many leads, few become opportunities" },
    adjustment: { "zh-CN": "为直播线索单独设计跟进流程（季度微调）", en: "A follow-up flow of its own for live-stream leads (quarterly tweak)" },
  },
  {
    at: "pilot",
    note: { "zh-CN": "华东一组开始试点：线索评分 + CRM 自动分配", en: "East 1 starts the pilot: lead scoring + CRM auto-assignment" },
    adjustment: { "zh-CN": "每周对比试点与其他团队的商机→成交转化率", en: "Compare opportunity → deal conversion with the other teams weekly" },
  },
  {
    at: "last",
    note: { "zh-CN": "本月流失客户的主要环节是方案沟通", en: "This month most lost customers dropped at the proposal stage" },
    adjustment: { "zh-CN": "加强售前支持：方案阶段由售前工程师陪同", en: "More presales support: an engineer joins every proposal" },
  },
];

/** The generation day of the options, checked (the default keeps old callers' months fixed too). */
function todayDay(today: number | undefined): number {
  if (today === undefined) return DEFAULT_SAMPLE_END_DAY;
  if (!Number.isInteger(today) || today < 61 || today > 2958465) {
    throw new RangeError(`today must be a whole day number (an Excel serial from 1900-03-01), got ${today}.`);
  }
  return today;
}

/**
 * The Reviews sheet (the method's step 5, monthly review): one row per month — the deals whose lead (first
 * stage) date falls in the month (COUNTIFS on the Deals sheet's first stage column, ">="&start and "<"&next
 * month, valid rows only), won, lost, win rate = won / (won + lost), the median cycle of that month's won
 * deals (MEDIAN over a hidden helper column per month, no array formulas), the stage where most of them were
 * lost (their furthest stage, as the Dashboard's loss points: a "lost at" column per stage but the last, so a
 * lost deal dated in the last stage counts in none), and typed-in notes and adjustments. The first
 * month is an input written as a fixed date — with sample data the sample's first month; without, the month
 * eleven months before `options.today` (default 2026-11-30: 2025-12) — and the others follow it. Never TODAY():
 * the months would move up a row every month while the notes typed beside them stayed put.
 *
 * @throws {RangeError} when `options.today` is not a whole day number in 1900-03-01 … 9999-12-31.
 */
export function reviewsSheet({ options, layout, stageNames, sample }: TemplateContext): SheetSpec {
  const { locale, deals, stageCount, lastDealRow } = layout;
  const sheet = new SheetBuilder("reviews", layout.sheetName("reviews"), "#A5A5A5");
  const rows = new RowCursor(4);
  const headerRow = rows.next();
  const { first, last } = rows.take(MONTH_ROWS);
  const table = placeColumns(1, REVIEW_TABLE, stageCount);
  const helpers = placeColumns(table.last + 2, HELPER_TABLE, stageCount);
  const { at: col, last: lastLost } = table;
  const firstHelper = helpers.first;
  const lossStages = stageNames.slice(0, -1);
  const lead = deals.column(deals.stage(0));
  const valid = deals.column(deals.valid);
  const outcome = deals.column(deals.outcome);
  const furthest = deals.column(deals.furthest);
  const word = (status: "won" | "lost") => quoted(DEAL_STATUS_WORDS[status][locale]);
  const withSample = sample.length > 0;
  const period = samplePeriod();
  const today = todayDay(options.today);
  const firstMonth = withSample ? firstOfMonth(period.startDay) : firstOfMonth(today, 1 - MONTH_ROWS);

  const notesByRow = new Map<number, { note: Localized; adjustment: Localized }>();
  if (withSample) {
    const monthIndex = (dayNumber: number) => {
      const start = civilFromDay(period.startDay);
      const at = civilFromDay(dayNumber);
      return (at.year - start.year) * 12 + at.month - start.month;
    };
    const rowOf = { liveStream: monthIndex(period.startDay + Math.floor((period.endDay - period.startDay + 1) / 2)), pilot: monthIndex(pilotStartDay(period)), last: monthIndex(period.endDay) };
    for (const entry of SAMPLE_NOTES) notesByRow.set(rowOf[entry.at], entry);
  }

  const monthRows: TemplateCell[][] = Array.from({ length: MONTH_ROWS }, (_, index) => {
    const row = first + index;
    const month = `$${columnLetter(col.month)}${row}`;
    const next = `$${columnLetter(col.next)}${row}`;
    const inMonth = `${lead},">="&${month},${lead},"<"&${next}`;
    const lostCells = range(col.firstLost, row, lastLost, row);
    const monthCell: TemplateCell =
      index > 0
        ? formula(`DATE(YEAR(${a1(col.month, row - 1)}),MONTH(${a1(col.month, row - 1)})+1,1)`)
        : day(firstMonth);
    const sampleNote = notesByRow.get(index);
    const helperColumn = columnLetter(firstHelper + index);
    return [
      monthCell,
      formula(`COUNTIFS(${inMonth},${valid},1)`),
      formula(`COUNTIFS(${inMonth},${outcome},${word("won")})`),
      formula(`COUNTIFS(${inMonth},${outcome},${word("lost")})`),
      formula(`${a1(col.won, row)}/(${a1(col.won, row)}+${a1(col.lost, row)})`),
      formula(`MEDIAN($${helperColumn}$2:$${helperColumn}$${lastDealRow})`),
      formula(`IF(MAX(${lostCells})=0,"",INDEX(StageNames,MATCH(MAX(${lostCells}),${lostCells},0)))`),
      sampleNote ? text(sampleNote.note[locale]) : null,
      sampleNote ? text(sampleNote.adjustment[locale]) : null,
      formula(`DATE(YEAR(${month}),MONTH(${month})+1,1)`),
      ...lossStages.map((_, stage) => formula(`COUNTIFS(${inMonth},${outcome},${word("lost")},${furthest},${stage + 1})`)),
    ];
  });

  // Hidden helper: per month, the cycle days of the won deals whose lead date falls in it (blank otherwise).
  const cycle = (row: number) => sheetRef(layout.sheetName("deals"), `$${columnLetter(deals.cycle)}${row}`);
  const leadAt = (row: number) => sheetRef(layout.sheetName("deals"), `$${columnLetter(deals.stage(0))}${row}`);
  const helperRows: TemplateCell[][] = Array.from({ length: lastDealRow - 1 }, (_, index) => {
    const dealRow = index + 2;
    return Array.from({ length: MONTH_ROWS }, (_, month) => {
      const start = absolute(col.month, first + month);
      const next = absolute(col.next, first + month);
      return formula(`IF(AND(ISNUMBER(${cycle(dealRow)}),${leadAt(dealRow)}>=${start},${leadAt(dealRow)}<${next}),${cycle(dealRow)},"")`);
    });
  });

  const words = { locale, stageNames, stageRange: layout.stages.names };
  drawColumns(sheet, table, { header: headerRow, first, last }, words)
    .widths(...columnWidths([table, helpers], 3))
    .lines("A1", ["title", W.title[locale]], ["note", W.note[locale]])
    .put(a1(1, first), monthRows)
    .put(a1(firstHelper, 1), [headerCells(helpers, words), ...helperRows])
    .style(a1(col.month, first), "input")
    .style(range(col.month, first + 1, col.month, last), "computed")
    .rule({ kind: "dataBar", ref: range(col.deals, first, col.deals, last), color: "#5B9BD5" })
    .rule({ kind: "dataBar", ref: range(col.winRate, first, col.winRate, last), color: "#70AD47" })
    .freeze(headerRow, 1);
  return drawColumns(sheet, helpers, { first: 2, last: lastDealRow }, words).build();
}

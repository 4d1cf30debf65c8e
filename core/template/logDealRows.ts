import type { Localized, Locale } from "../model/locale";
import type { Problem } from "../model/problem";
import { STATUS_CODE, type DealTable } from "../model/dealTable";
import { DEAL_STATUS_WORDS, type DealField, type DealStatus } from "../model/words";
import { SAMPLE_LEADING_FIELDS as LEADING_FIELDS, SAMPLE_TRAILING_FIELDS as TRAILING_FIELDS } from "../sample/sampleGrid";
import { day, num, text } from "./sheetBuilder";
import type { TemplateCell } from "./types";

/**
 * A row of the manager's log that could not be read (DEFINITIONS §5: a row the core leaves out), as it came:
 * its sheet or file row, its cells as one line of text (the caller joins them, e.g. as CSV), and why it was
 * left out (the problems' messages, in the template's language).
 */
export interface UnreadRow {
  readonly row: number;
  readonly cells: string;
  readonly note: string;
}

/** What marks an unread row in the Deals sheet's first column. */
const UNREAD_ROW_LABEL: Localized = { "zh-CN": "原第 {row} 行（未读入）", en: "Row {row} (not read)" };

const STATUS_OF_CODE: readonly DealStatus[] = (["open", "won", "lost"] as const).filter((status, code) => STATUS_CODE[status] === code);

/**
 * The manager's own deals as Deals-sheet rows of the template (DEFINITIONS §2's wide layout, the columns of
 * layout.ts dealColumns): each counted deal's text fields as the log has them (the customer column takes the
 * deal's name when the log has no customer), one date cell per stage (`deals.stageDays`), the amount as a
 * number — or, when the log's amount could not be read or is below zero, its text as it came (`problems`'
 * `amount.unreadable` and `amount.negative`, which every figure leaves out as the core does) —, a deal lost with no stage dated dated in its first stage on
 * the day it was lost (`deals.lostDays`: the core counts it there), a deal that re-entered a stage dated only in
 * its furthest stage (a won one then shows a cycle of 0 days where the core leaves it out or counts from its first
 * date: see docs/DECISIONS.md), and the status as the template's word for the deal's
 * outcome (so a log without a status column, where a date in the last stage means won, reads the same).
 *
 * `unread` rows follow the deals, each left out of every figure and highlighted by the sheet's own rule for a bad
 * row: its first column says which row it was, its first stage cell holds the row's cells as text (text in a
 * stage cell makes the row's `valid` helper 0), its status stays blank and its lost-reason column says why.
 *
 * @throws {RangeError} for a log without stage dates (a current-stage export): the template's figures come from
 * one date per stage.
 * @example
 * const log = parseDealLog([["Lead", "Won", "Status"], [46027, 46030, "Won"], ["soon", "", ""]], { stages })!;
 * logDealRows(log.deals, log.problems, [{ row: 3, cells: "soon,,", note: 'Unreadable date "soon"' }], "en")
 * //=> [[null, …, { day: 46027 }, { day: 46030 }, null, { text: "Won" }, null],
 * //    [{ text: "Row 3 (not read)" }, null, …, { text: "soon,," }, null, null, null, { text: 'Unreadable date "soon"' }]]
 */
export function logDealRows(deals: DealTable, problems: readonly Problem[], unread: readonly UnreadRow[], locale: Locale): TemplateCell[][] {
  if (!deals.hasDates && deals.count > 0) throw new RangeError("The template needs one date per stage; this log has none (a current-stage export).");
  const stageCount = deals.stages.names.length;
  const lead = LEADING_FIELDS.length;
  const width = lead + stageCount + TRAILING_FIELDS.length;
  const trailing = (field: DealField) => lead + stageCount + TRAILING_FIELDS.indexOf(field);
  const amountText = new Map<number, string>();
  for (const problem of problems) {
    if (problem.code === "amount.unreadable" || problem.code === "amount.negative") amountText.set(problem.row, String(problem.params?.value ?? ""));
  }
  const textOf = (field: DealField, index: number): string | undefined => {
    const column = deals.text[field as Exclude<DealField, "amount" | "status">];
    const value = column?.[index];
    return value === undefined || value === "" ? undefined : value;
  };
  const rows: TemplateCell[][] = new Array(deals.count);
  for (let i = 0; i < deals.count; i++) {
    const row: TemplateCell[] = new Array(width).fill(null);
    LEADING_FIELDS.forEach((field, column) => {
      const value = textOf(field, i) ?? (field === "customer" ? textOf("name", i) : undefined);
      if (value !== undefined) row[column] = text(value);
    });
    let dated = false;
    // A deal that went back to an earlier stage (HubSpot's latest entries, DEFINITIONS §1): only its furthest
    // stage's date, so the sheet counts it reached there and, as the core does, in no time in stage.
    const reentered = deals.reentered?.[i] === 1;
    for (let stage = 0; stage < stageCount; stage++) {
      if (reentered && stage !== deals.furthest[i]) continue;
      const value = deals.stageDays[i * stageCount + stage];
      if (!Number.isNaN(value)) {
        row[lead + stage] = day(value);
        dated = true;
      }
    }
    // Lost with no stage dated: counted at the first stage, dated the day it was lost (its only date).
    const lostDay = deals.lostDays?.[i];
    if (!dated && lostDay !== undefined && !Number.isNaN(lostDay)) row[lead] = day(lostDay);
    const amount = deals.amount[i];
    const unreadAmount = amountText.get(deals.rows[i]);
    if (!Number.isNaN(amount)) row[trailing("amount")] = num(amount);
    else if (unreadAmount !== undefined && unreadAmount !== "") row[trailing("amount")] = text(unreadAmount);
    row[trailing("status")] = text(DEAL_STATUS_WORDS[STATUS_OF_CODE[deals.status[i]]][locale]);
    const lostReason = textOf("lostReason", i);
    if (lostReason !== undefined) row[trailing("lostReason")] = text(lostReason);
    rows[i] = row;
  }
  for (const bad of unread) {
    const row: TemplateCell[] = new Array(width).fill(null);
    row[0] = text(UNREAD_ROW_LABEL[locale].replace("{row}", String(bad.row)));
    row[lead] = text(bad.cells);
    row[trailing("lostReason")] = text(bad.note);
    rows.push(row);
  }
  return rows;
}

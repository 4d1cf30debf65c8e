/**
 * Issue 10: the custom functions read a current-stage export, a one-column current-stage range (Closed Won /
 * Closed Lost among its stages) and a stage history (deal, stage, date) with the same figures as `analyze`
 * (analyzeDeals on the same grid: its funnel, winRate, lossPoints and timeInStageDays), in both hosts' argument
 * forms: Excel passes dates as serial numbers and blanks as null; Google Sheets passes Date objects and "".
 * Every expected figure is also worked by hand in the comment beside it.
 *
 * The current-stage header (Stage, Created Date, Close Date, Amount) is Salesforce's Opportunities report
 * (/work/notes/exports-research.md §1; test/fixtures/exports/salesforce-report1772467200000.csv); the stage names
 * are Salesforce's default pipeline. The history header (Deal, Stage, Date) is the hand-kept stage history of
 * DEFINITIONS §2.
 */
import { describe, expect, it } from "vitest";
import { isCellError } from "../../../core/functions/errors";
import { callFunction } from "../../../core/functions/registry";
import type { CellError, FunctionResult } from "../../../core/functions/types";
import { stageList } from "../../../core/model/stages";
import { analyzeDeals, type DealReport } from "../../../core/report/analyzeDeals";
import { utcDateOfDay } from "../../oracle/hostGrids";

/** 2026-01-05 as a day number (an Excel serial). */
const D = 46027;
/** A date cell in a model grid, written per host by {@link hostForm}. */
class Day {
  constructor(readonly day: number) {}
}
const d = (offset: number) => new Day(D + offset);
type ModelGrid = readonly (readonly unknown[])[];
type Host = "excel" | "sheets";
const HOSTS: readonly Host[] = ["excel", "sheets"];

/** A model grid as a host passes it: Excel serials and null blanks; Sheets Date objects and "" blanks. */
function hostForm(grid: ModelGrid, host: Host): unknown[][] {
  return grid.map((row) =>
    row.map((cell) => {
      if (cell instanceof Day) return host === "excel" ? cell.day : utcDateOfDay(cell.day);
      if (cell === "" || cell === null) return host === "excel" ? null : "";
      return cell;
    }),
  );
}
/** A status range of `rows` cells, a header first, every other cell blank but those given. */
function statusRange(rows: number, given: Record<number, string> = {}): ModelGrid {
  return Array.from({ length: rows }, (_, row) => [row === 0 ? "Status" : (given[row] ?? "")]);
}

const en = { locale: "en", timeZone: "UTC" } as const;
const zh = { locale: "zh-CN", timeZone: "UTC" } as const;
type Context = typeof en | typeof zh;

function report(grid: unknown[][], context: Context, stages?: readonly string[]): DealReport {
  const result = analyzeDeals(grid, { locale: context.locale, timeZone: "UTC", ...(stages ? { stages: stageList(stages) } : {}) });
  expect(result).toBeDefined();
  return result!;
}
function table(result: FunctionResult): unknown[][] {
  expect(isCellError(result), JSON.stringify(result)).toBe(false);
  return result as unknown[][];
}
function reachedOf(result: FunctionResult): [unknown, unknown][] {
  return table(result).slice(1).map((row) => [row[0], row[1]]);
}
function lossOf(result: FunctionResult): [unknown, unknown][] {
  return table(result).slice(1).map((row) => [row[0], row[1]]);
}

/** FUNNEL, STAGE_CONVERSION, WIN_RATE and LOSS_POINTS against the report of the same grid. */
function expectSameAsAnalyze(grid: unknown[][], context: Context, statuses: unknown[][], order?: readonly string[]): DealReport {
  const r = report(grid, context, order);
  const orderArg = order === undefined ? [] : [order.map((name) => [name])];
  expect(reachedOf(callFunction("FUNNEL", [grid, ...orderArg], context))).toEqual(r.funnel.map((row) => [row.stage, row.reached]));
  const first = r.funnel[0];
  const last = r.funnel[r.funnel.length - 1];
  expect(callFunction("STAGE_CONVERSION", [grid, first.stage, last.stage, ...orderArg], context)).toBeCloseTo(last.reached / first.reached, 12);
  // WIN_RATE takes no stage_order: a column of stages of its own is refused, naming them, as FUNNEL without one is.
  if (order === undefined) expect(callFunction("WIN_RATE", [grid], context)).toBeCloseTo(r.winRate!, 12);
  else expect((callFunction("WIN_RATE", [grid], context) as CellError).error).toBe("#VALUE!");
  expect(lossOf(callFunction("LOSS_POINTS", [grid, statuses, ...orderArg], context))).toEqual(r.lossPoints.map((row) => [row.stage, row.lost]));
  return r;
}

const SALESFORCE = [
  "Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Id. Decision Makers", "Perception Analysis",
  "Proposal/Price Quote", "Negotiation/Review", "Closed Won",
];

describe("a current-stage export (Stage, Created Date, Close Date, Amount)", () => {
  const model: ModelGrid = [
    ["Stage", "Created Date", "Close Date", "Amount"],
    ["Prospecting", d(0), d(85), 100],
    ["Closed Won", d(0), d(30), 200],
    ["Closed Lost", d(1), d(36), 300],
    ["Negotiation/Review", d(2), d(55), 400],
    ["Closed Won", d(3), d(40), 500],
  ];
  for (const host of HOSTS) {
    it(`gives analyze's funnel, win rate and loss points (${host})`, () => {
      const grid = hostForm(model, host);
      const r = expectSameAsAnalyze(grid, en, hostForm(statusRange(6), host));
      // Salesforce's pipeline. Reached: Prospecting all 5; the next seven stages the 2 won + Negotiation/Review = 3;
      // Closed Won 2. Win rate 2 won ÷ (2 + 1 lost) = 2/3; the lost deal has no stage: lost at Prospecting.
      expect(r.funnel.map((row) => row.reached)).toEqual([5, 3, 3, 3, 3, 3, 3, 3, 2]);
      expect(r.stages).toEqual(SALESFORCE);
      expect(callFunction("WIN_RATE", [grid], en)).toBeCloseTo(2 / 3, 12);
      expect(callFunction("STAGE_CONVERSION", [grid, "Prospecting", "Closed Won"], en)).toBeCloseTo(2 / 5, 12);
      expect(lossOf(callFunction("LOSS_POINTS", [grid, hostForm(statusRange(6), host)], en))[0]).toEqual(["Prospecting", 1]);
    });

    it(`takes a status range beside it as analyze takes a status column (${host})`, () => {
      // Row 4 (Negotiation/Review) marked Lost: lost at Negotiation/Review; the Closed Lost deal still at Prospecting.
      const statuses = statusRange(6, { 4: "Lost" });
      const withColumn = model.map((row, index) => [...row, statuses[index][0]]);
      const r = report(hostForm(withColumn, host), en);
      const lost = lossOf(callFunction("LOSS_POINTS", [hostForm(model, host), hostForm(statuses, host)], en));
      expect(lost).toEqual(r.lossPoints.map((row) => [row.stage, row.lost]));
      expect(lost.filter(([, n]) => n !== 0)).toEqual([["Prospecting", 1], ["Negotiation/Review", 1]]);
      // Won 2, lost 2 → 1/2, from the whole export with its status column.
      expect(callFunction("WIN_RATE", [hostForm(withColumn, host)], en)).toBe(r.winRate);
      expect(r.winRate).toBe(0.5);
    });

    it(`takes its Stage column as PIPELINE_VELOCITY's statuses, with analyze's velocity (${host})`, () => {
      // Open 2 (Prospecting, Negotiation/Review); win rate 2/3; won amounts 200, 500 → mean 350; won cycles
      // 30 − 0 = 30 and 40 − 3 = 37 → mean 33.5. Velocity 2 × 2/3 × 350 ÷ 33.5 = 1400/100.5.
      const grid = hostForm(model, host);
      const column = (index: number) => grid.map((row) => [row[index]]);
      const velocity = callFunction("PIPELINE_VELOCITY", [column(0), column(3), column(1), column(2)], en);
      expect(velocity).toBeCloseTo(report(grid, en).pipelineVelocity!, 9);
      expect(velocity).toBeCloseTo(1400 / 100.5, 9);
    });

    it(`refuses TIME_IN_STAGE, which needs stage dates such an export has not (${host})`, () => {
      const grid = hostForm(model, host);
      expect(report(grid, en).timeInStageDays).toEqual({});
      const result = callFunction("TIME_IN_STAGE", [grid, "Prospecting"], en);
      expect(isCellError(result)).toBe(true);
      expect((result as CellError).error).toBe("#VALUE!");
      expect((result as CellError).message).toMatch(/current-stage export has no stage dates/);
    });
  }
});

describe("a one-column current-stage range (Closed Won / Closed Lost among the stages)", () => {
  for (const host of HOSTS) {
    it(`reads Salesforce stages with Closed Won and Closed Lost as analyze does (${host})`, () => {
      const model: ModelGrid = [["Stage"], ["Prospecting"], ["Closed Won"], ["Closed Lost"], ["Negotiation/Review"], ["Closed Won"]];
      const grid = hostForm(model, host);
      const r = expectSameAsAnalyze(grid, en, hostForm(statusRange(6), host));
      // The same deals as the export above: reached 5, 3 ×7, 2; win rate 2/3; the lost deal at Prospecting.
      expect(r.funnel.map((row) => row.reached)).toEqual([5, 3, 3, 3, 3, 3, 3, 3, 2]);
      expect(r.winRate).toBeCloseTo(2 / 3, 12);
      expect(r.lossPoints[0]).toEqual({ stage: "Prospecting", lost: 1, share: 1 });
      // A status range marks Negotiation/Review lost: lost there (the report reads the same from a status column).
      const lost = lossOf(callFunction("LOSS_POINTS", [grid, hostForm(statusRange(6, { 4: "Lost" }), host)], en));
      expect(lost.filter(([, n]) => n !== 0)).toEqual([["Prospecting", 1], ["Negotiation/Review", 1]]);
    });

    it(`reads 赢单 and 输单 among the default stages, without a header row (${host})`, () => {
      // 线索 is a stage: no header. Default stages 线索…谈判, 成交. Deals: 线索 open, 赢单 won, 输单 lost (no stage:
      // at 线索), 谈判 open, 丢单 lost. Reached: 线索 5; 商机, 方案, 报价 1 won + 谈判 = 2; 谈判 2; 成交 1.
      // Win rate 1 ÷ (1 + 2) = 1/3; loss points 线索 2 (share 1).
      const model: ModelGrid = [["线索"], ["赢单"], ["输单"], ["谈判"], ["丢单"]];
      const grid = hostForm(model, host);
      const r = expectSameAsAnalyze(grid, zh, hostForm([[""], [""], [""], [""], [""]], host));
      expect(r.funnel.map((row) => [row.stage, row.reached])).toEqual([["线索", 5], ["商机", 2], ["方案", 2], ["报价", 2], ["谈判", 2], ["成交", 1]]);
      expect(r.winRate).toBeCloseTo(1 / 3, 12);
      expect(r.lossPoints[0]).toEqual({ stage: "线索", lost: 2, share: 1 });
    });

    it(`follows a stage_order that lists Closed Won and Closed Lost (${host})`, () => {
      // Order Discovery, Demo, Closed Won, Closed Lost → funnel Discovery, Demo, Closed Won (Closed Lost is an outcome).
      // Deals: Discovery open, Closed Won, Closed Lost (at Discovery), Demo open. Reached 4, 2, 1; win rate 1/2.
      const order = ["Discovery", "Demo", "Closed Won", "Closed Lost"];
      const grid = hostForm([["Stage"], ["Discovery"], ["Closed Won"], ["Closed Lost"], ["Demo"]], host);
      const r = expectSameAsAnalyze(grid, en, hostForm(statusRange(5), host), order);
      expect(r.funnel.map((row) => [row.stage, row.reached])).toEqual([["Discovery", 4], ["Demo", 2], ["Closed Won", 1]]);
      expect(r.winRate).toBe(0.5);
    });
  }

  it("still refuses a cell that is no stage, naming it, as a column of stages alone does", () => {
    // 待定 (cell 4) is neither a default stage nor an outcome; 输单 is an outcome.
    const result = callFunction("FUNNEL", [[["阶段"], ["线索"], ["输单"], ["待定"]]], zh);
    expect(isCellError(result)).toBe(true);
    expect((result as CellError).error).toBe("#VALUE!");
    expect((result as CellError).message).toMatch(/第 4 个单元格“待定”/);
    // Salesforce stages with a stray Foo fit no pipeline: refused too (the first cell no default stage is named).
    expect((callFunction("FUNNEL", [[["Stage"], ["Prospecting"], ["Closed Lost"], ["Foo"]]], en) as CellError).error).toBe("#VALUE!");
  });

  it("reads a column of default stages only (成交 the won stage) as before: no win rate of its own", () => {
    // 线索, 成交: 成交 is the last stage, so the column is furthest stages, not outcomes; analyze has no win rate.
    expect(report([["线索"], ["成交"]], zh).winRate).toBeNull();
    expect(reachedOf(callFunction("FUNNEL", [[["线索"], ["成交"]]], zh))[0]).toEqual(["线索", 2]);
  });
});

describe("a stage history (Deal, Stage, Date)", () => {
  // A: Lead D, Opportunity D+3, Won D+20 (won). B: Lead D+1, Opportunity D+11 (open). C: Lead D+2, Closed Lost D+9.
  const model: ModelGrid = [
    ["Deal", "Stage", "Date"],
    ["A", "Lead", d(0)],
    ["A", "Opportunity", d(3)],
    ["A", "Won", d(20)],
    ["B", "Lead", d(1)],
    ["B", "Opportunity", d(11)],
    ["C", "Lead", d(2)],
    ["C", "Closed Lost", d(9)],
  ];
  for (const host of HOSTS) {
    it(`gives analyze's funnel, win rate, loss points and time in stage (${host})`, () => {
      const grid = hostForm(model, host);
      const r = expectSameAsAnalyze(grid, en, hostForm(statusRange(8), host));
      // Reached: Lead 3; Opportunity 2 (A, B); Proposal…Won 1 (A). Win rate 1 ÷ (1 + 1) = 1/2; C lost at Lead.
      expect(r.funnel.map((row) => row.reached)).toEqual([3, 2, 1, 1, 1, 1]);
      expect(r.winRate).toBe(0.5);
      expect(r.lossPoints[0]).toEqual({ stage: "Lead", lost: 1, share: 1 });
      // Days in Lead: A 3 − 0 = 3, B 11 − 1 = 10 (C left Lead for no stage) → mean 6.5; in Opportunity: A 20 − 3 = 17.
      for (const [stage, figures] of Object.entries(r.timeInStageDays)) {
        const mean = callFunction("TIME_IN_STAGE", [grid, stage, "mean"], en);
        if (figures.mean === null) expect((mean as CellError).error).toBe("#DIV/0!");
        else expect(mean).toBeCloseTo(figures.mean, 12);
      }
      expect(callFunction("TIME_IN_STAGE", [grid, "Lead", "mean"], en)).toBe(6.5);
      expect(callFunction("TIME_IN_STAGE", [grid, "Opportunity", "median"], en)).toBe(17);
    });
  }
});

import { DetailedCellError, type HyperFormula } from "hyperformula";
import { beforeAll, describe, expect, it } from "vitest";
import { leadSettleDays } from "../../../core/metrics/matureLeads";
import { goalCurrent, periodConversion, type PeriodGoal } from "../../../core/metrics/periodFigures";
import { stageList } from "../../../core/model/stages";
import { DEAL_STATUS_WORDS } from "../../../core/model/words";
import { parseDealLog } from "../../../core/parse/dealLog";
import { a1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { EMPTY_FIGURE } from "../../../core/template/emptyFigure";
import { templateLayout } from "../../../core/template/layout";
import { loadWorkbook, setValues, valueOf } from "./hyperformulaWorkbook";

/**
 * The Goals sheet measures each goal over its own period (start → the workbook's as-of date), natively, as the core's
 * goalCurrent does on the same deals (HyperFormula here; test/libreoffice/goalsPeriod.test.ts in LibreOffice), and the
 * action plan's "overdue" reads the same as-of date.
 */

const DEAL_ROWS = 320;
const layout = templateLayout("en", 6, DEAL_ROWS + 1);
const { goals, deals } = layout;
const stages = stageList(undefined, "en");
const KINDS: readonly PeriodGoal[] = ["conversion", "cycle", "winRate"];
const TOLERANCE = 1e-12;

/** The Deals sheet as HyperFormula computed it, read by the core's parser. */
function dealTable(hf: HyperFormula) {
  const grid = hf.getSheetValues(hf.getSheetId(layout.sheetName("deals"))!) as unknown[][];
  const rows = grid.map((row) => row.map((value) => (value instanceof DetailedCellError || value === null ? "" : value)));
  return parseDealLog(rows as (string | number | boolean)[][], { stages })!.deals;
}

const at = (hf: HyperFormula, kind: PeriodGoal, column: keyof typeof goals.columns) =>
  valueOf(hf, goals.sheet, a1(goals.columns[column], goals.rows[KINDS.indexOf(kind)]));

function expectGoalsAgree(hf: HyperFormula): void {
  const table = dealTable(hf);
  const asOf = valueOf(hf, goals.sheet, goals.asOf) as number;
  for (const kind of KINDS) {
    const start = at(hf, kind, "start");
    const core = goalCurrent(table, kind, typeof start === "number" ? start : null, asOf);
    const shown = at(hf, kind, "current");
    if (core === null) expect(shown, kind).toBe(EMPTY_FIGURE);
    else expect(Math.abs((shown as number) - core), `${kind}: ${String(shown)} vs ${core}`).toBeLessThan(TOLERANCE);
  }
}

describe("Goals over their own period", () => {
  let hf: HyperFormula;
  beforeAll(() => {
    hf = loadWorkbook(buildTemplate({ locale: "en", sampleDeals: 300, dealRows: DEAL_ROWS }));
  });

  it("computes each goal's current value from the deals of its period, as the core does", () => {
    expect(at(hf, "winRate", "start")).toBe(46296); // the sample's goals start on 2026-10-01
    expectGoalsAgree(hf);
    // Not the whole log's figure any more: the Dashboard's win rate counts every month.
    expect(at(hf, "winRate", "current")).not.toBe(valueOf(hf, layout.sheetName("dashboard"), a1(2, layout.dashboard.keyFigureRow.winRate)));
  });

  it("moves when deals in the period change, and only then", () => {
    const table = dealTable(hf);
    const start = at(hf, "winRate", "start") as number;
    const statusColumn = deals.field.status;
    const lastStage = deals.stage(5);
    const wonRows = (inPeriod: boolean) => {
      const rows: number[] = [];
      for (let i = 0; i < table.count; i++) {
        const closed = table.stageDays[i * 6 + 5];
        if (table.status[i] === 1 && !Number.isNaN(closed) && closed >= start === inPeriod) rows.push(table.rows[i]);
      }
      return rows;
    };
    const before = at(hf, "winRate", "current") as number;
    const cycleBefore = at(hf, "cycle", "current") as number;
    // Deals won before the goal's start, marked lost: the goal does not move.
    setValues(hf, layout.sheetName("deals"), wonRows(false).slice(0, 5).map((row) => [a1(statusColumn, row), DEAL_STATUS_WORDS.lost.en] as const));
    expect(at(hf, "winRate", "current")).toBe(before);
    // Deals won in the period, marked lost: it falls, as the core says.
    setValues(hf, layout.sheetName("deals"), wonRows(true).slice(0, 5).map((row) => [a1(statusColumn, row), DEAL_STATUS_WORDS.lost.en] as const));
    expect(at(hf, "winRate", "current") as number).toBeLessThan(before);
    expectGoalsAgree(hf);
    // A deal won in the period 100 days faster: the cycle goal follows (the lead date moved later).
    const row = wonRows(true)[0];
    const lead = valueOf(hf, layout.sheetName("deals"), a1(deals.stage(0), row)) as number;
    const won = valueOf(hf, layout.sheetName("deals"), a1(lastStage, row)) as number;
    setValues(hf, layout.sheetName("deals"), [[a1(deals.stage(0), row), won - 1]]);
    for (let s = 1; s < 5; s++) setValues(hf, layout.sheetName("deals"), [[a1(deals.stage(s), row), null]]);
    expect(won - lead).toBeGreaterThan(1);
    expectGoalsAgree(hf);
    expect(at(hf, "cycle", "current")).not.toBe(cycleBefore);
  });

  it("counts only the leads that had time to convert (lead date + the median days in the first stage ≤ the as-of date), and says so", () => {
    const table = dealTable(hf);
    const settle = leadSettleDays(table);
    expect(settle).toBeGreaterThan(0);
    const start = at(hf, "conversion", "start") as number;
    let differs = 0;
    for (let asOf = start + 5; asOf <= start + 60; asOf += 5) {
      setValues(hf, goals.sheet, [[goals.asOf, asOf]]);
      expectGoalsAgree(hf);
      // Not the conversion of every lead of the period: the youngest leads wait.
      if (goalCurrent(table, "conversion", start, asOf) !== periodConversion(table, 0, 1, { from: start, to: asOf })) differs++;
    }
    expect(differs).toBeGreaterThan(0);
    const note = valueOf(hf, goals.sheet, a1(goals.columns.notes, goals.rows[KINDS.indexOf("conversion")]));
    expect(note).toContain(`at least ${settle} days old`);
    setValues(hf, goals.sheet, [[goals.asOf, 46356]]);
  });

  it("has no start: every deal up to the as-of date; an empty period shows “—”, the core's null", () => {
    const row = goals.rows[KINDS.indexOf("winRate")];
    setValues(hf, goals.sheet, [[a1(goals.columns.start, row), null]]);
    expectGoalsAgree(hf);
    setValues(hf, goals.sheet, [[goals.asOf, 40000]]); // 2009: no deal yet
    expectGoalsAgree(hf);
    expect(at(hf, "winRate", "current")).toBe(EMPTY_FIGURE);
  });

  it("the action plan's overdue reads the workbook's as-of date, not TODAY()", () => {
    const plan = layout.actionPlan;
    const row = plan.firstItemRow;
    const overdue = () => valueOf(hf, plan.sheet, a1(plan.columns.overdue, row));
    setValues(hf, plan.sheet, [
      [a1(plan.columns.deadline, row), 46300],
      [a1(plan.columns.status, row), "In progress"],
    ]);
    setValues(hf, goals.sheet, [[goals.asOf, 46299]]);
    expect(overdue()).toBe("");
    setValues(hf, goals.sheet, [[goals.asOf, 46301]]);
    expect(overdue()).not.toBe("");
  });
});

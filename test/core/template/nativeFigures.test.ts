import { DetailedCellError, type HyperFormula } from "hyperformula";
import { beforeAll, describe, expect, it } from "vitest";
import { callFunction } from "../../../core/functions/registry";
import { elapsedShare, goalProgress, onTrack } from "../../../core/metrics/goalProgress";
import { fisherExact } from "../../../core/metrics/fisherExact";
import { pilotLift, type PilotCounts } from "../../../core/metrics/pilotLift";
import { a1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { EMPTY_FIGURE } from "../../../core/template/emptyFigure";
import { sheetLayouts, type RollupBlockLayout } from "../../../core/template/layout";
import { samplePilotWeeks } from "../../../core/template/sheets/pilot";
import { sampleDeals } from "../../../core/sample/sampleDeals";
import { loadWorkbook, setValues, valueOf } from "./hyperformulaWorkbook";

/** A rate difference as the template shows it: in percentage points (core/template/points.ts), the core's fraction × 100. */
const points = (difference: number | null): number | null => (difference === null ? null : difference * 100);

/**
 * The native formulas of the Pilot, Action plan and Goals sheets, evaluated by HyperFormula, against the core
 * (core/metrics). HyperFormula's NORMSDIST and HYPGEOMDIST take Excel 2010's extra `cumulative` argument, so
 * the loader rewrites those two calls (hyperformulaWorkbook.ts); everything else runs as written. The
 * LibreOffice agreement test (test/libreoffice) checks the same cells in a real spreadsheet at 1e-9.
 */

const isError = (value: unknown) => value instanceof DetailedCellError;
/** An empty figure: "—" (core/template/emptyFigure.ts), the core's null. */
const isEmpty = (value: unknown) => value === EMPTY_FIGURE;
const TOLERANCE = 1e-12;

describe("Pilot: PILOT_LIFT natively", () => {
  const layout = sheetLayouts({ locale: "en" }).pilot;
  let hf: HyperFormula;
  beforeAll(() => {
    hf = loadWorkbook(buildTemplate({ locale: "en", dealRows: 20 }));
  });

  /**
   * Types one week's counts in the typed block (a team without a log; the totals row sums the mature weeks): the
   * pilot starts 2026-09-01, the workbook is as of 2026-11-30, so the week is mature. Leads = opportunities.
   */
  function enter(counts: PilotCounts): void {
    const row = layout.typed.first;
    const { columns } = layout;
    const goals = sheetLayouts({ locale: "en" }).goals;
    setValues(hf, goals.sheet, [[goals.asOf, 46356]]);
    setValues(hf, layout.sheet, [[layout.inputs.start, 46266]]);
    setValues(
      hf,
      layout.sheet,
      [
        [columns.pilotLeads, counts.pilotTotal],
        [columns.pilotOpportunities, counts.pilotTotal],
        [columns.pilotDeals, counts.pilotConverted],
        [columns.controlLeads, counts.controlTotal],
        [columns.controlOpportunities, counts.controlTotal],
        [columns.controlDeals, counts.controlConverted],
      ].map(([column, value]) => [a1(column, row), value] as const),
    );
  }
  const read = (address: string) => valueOf(hf, layout.sheet, address);

  function expectAgreement(counts: PilotCounts): void {
    enter(counts);
    const core = pilotLift(counts);
    const figures = layout.figures;
    for (const [address, expected] of [
      [figures.pilotRate, core.pilotRate],
      [figures.controlRate, core.controlRate],
      [figures.lift, points(core.lift)],
      [figures.relativeLift, core.relativeLift],
      [figures.pValue, core.pValue],
    ] as const) {
      const value = read(address);
      if (expected === null) expect(isEmpty(value), `${address} for ${JSON.stringify(counts)}: ${String(value)}`).toBe(true);
      else expect(Math.abs((value as number) - expected), `${address} for ${JSON.stringify(counts)}: ${value} vs ${expected}`).toBeLessThan(TOLERANCE);
    }
    const method = read(figures.method);
    if (core.method === null) expect(isEmpty(method)).toBe(true);
    else expect(method).toBe(core.method === "fisher" ? layout.methodWords.fisher : layout.methodWords.zTest);
  }

  it("sums the weeks into the PILOT_LIFT inputs: converted = deals, total = opportunities", () => {
    enter({ pilotConverted: 7, pilotTotal: 20, controlConverted: 9, controlTotal: 40 });
    expect(read(layout.converted.pilotConverted)).toBe(7);
    expect(read(layout.converted.pilotTotal)).toBe(20);
    expect(read(layout.converted.controlConverted)).toBe(9);
    expect(read(layout.converted.controlTotal)).toBe(40);
  });

  it("gives Fisher's lady tasting tea, 3/4 vs 1/4: p = 34/70", () => {
    enter({ pilotConverted: 3, pilotTotal: 4, controlConverted: 1, controlTotal: 4 });
    expect(read(layout.figures.method)).toBe(layout.methodWords.fisher);
    expect(read(layout.figures.pValue) as number).toBeCloseTo(34 / 70, 14);
    expectAgreement({ pilotConverted: 3, pilotTotal: 4, controlConverted: 1, controlTotal: 4 });
  });

  it("uses the pooled z-test on 60/200 vs 40/200, as the core", () => {
    enter({ pilotConverted: 60, pilotTotal: 200, controlConverted: 40, controlTotal: 200 });
    expect(read(layout.figures.method)).toBe(layout.methodWords.zTest);
    // p̂ = 0.25, se = √(0.25·0.75·0.01) = 0.0433013, z = 0.1/0.0433013 = 2.3094011, p = 0.0209213.
    expect(read(layout.figures.pValue) as number).toBeCloseTo(0.020921335337794, 12);
    expectAgreement({ pilotConverted: 60, pilotTotal: 200, controlConverted: 40, controlTotal: 200 });
  });

  it.each<PilotCounts>([
    { pilotConverted: 60, pilotTotal: 200, controlConverted: 45, controlTotal: 200 },
    { pilotConverted: 32, pilotTotal: 118, controlConverted: 31, controlTotal: 191 },
    { pilotConverted: 6, pilotTotal: 15, controlConverted: 5, controlTotal: 23 },
    // Expected count exactly 5: z-test (5 is not below 5). Just below: Fisher.
    { pilotConverted: 5, pilotTotal: 10, controlConverted: 5, controlTotal: 10 },
    { pilotConverted: 4, pilotTotal: 10, controlConverted: 5, controlTotal: 10 },
    { pilotConverted: 0, pilotTotal: 10, controlConverted: 0, controlTotal: 12 },
    { pilotConverted: 5, pilotTotal: 5, controlConverted: 0, controlTotal: 5 },
    { pilotConverted: 1, pilotTotal: 1000, controlConverted: 9, controlTotal: 1000 },
    { pilotConverted: 0, pilotTotal: 30, controlConverted: 12, controlTotal: 400 },
    { pilotConverted: 2000, pilotTotal: 5000, controlConverted: 1000, controlTotal: 5000 },
    { pilotConverted: 3, pilotTotal: 4, controlConverted: 0, controlTotal: 0 },
    { pilotConverted: 0, pilotTotal: 0, controlConverted: 0, controlTotal: 0 },
  ])("agrees with the core on %o", (counts) => {
    expectAgreement(counts);
  });

  it("chooses Fisher exactly when the core does", () => {
    for (const counts of [
      { pilotConverted: 2, pilotTotal: 9, controlConverted: 3, controlTotal: 11 },
      { pilotConverted: 10, pilotTotal: 25, controlConverted: 12, controlTotal: 25 },
      { pilotConverted: 1, pilotTotal: 50, controlConverted: 4, controlTotal: 60 },
      { pilotConverted: 20, pilotTotal: 21, controlConverted: 30, controlTotal: 34 },
    ]) {
      enter(counts);
      const native = read(layout.figures.method) === layout.methodWords.fisher ? "fisher" : "z-test";
      expect(native, JSON.stringify(counts)).toBe(pilotLift(counts).method);
    }
  });

  it("answers #N/A, never a wrong p-value, when Fisher's support is wider than the helper block", () => {
    // min(600, 60000) × 504 < 5 × 60600: Fisher, with 505 possible tables > K = 500.
    enter({ pilotConverted: 10, pilotTotal: 600, controlConverted: 494, controlTotal: 60000 });
    expect(read(layout.figures.method)).toBe(layout.methodWords.fisher);
    expect(isError(read(layout.figures.pValue))).toBe(true);
    // Just inside the bound (500 tables) it still agrees.
    expectAgreement({ pilotConverted: 10, pilotTotal: 600, controlConverted: 489, controlTotal: 60000 });
  });

  it("agrees with fisherExact on the hidden helper's own tables", () => {
    enter({ pilotConverted: 7, pilotTotal: 12, controlConverted: 2, controlTotal: 15 });
    expect(read(layout.details.fisherPValue) as number).toBeCloseTo(fisherExact([[7, 5], [2, 13]]), 12);
  });
});

describe("Pilot: the sample weeks", () => {
  it("counts leads, opportunities and won deals per week from the pilot start, pilot team against the rest", () => {
    const deals = sampleDeals({ count: 2000, seed: 2026, locale: "en" });
    const { start, pilot, control } = samplePilotWeeks(deals, "en", 16);
    expect(start).toBe(46266);
    expect(pilot).toHaveLength(13);
    for (const week of [...pilot, ...control]) {
      expect(week.deals).toBeLessThanOrEqual(week.opportunities);
      expect(week.opportunities).toBeLessThanOrEqual(week.leads);
    }
    const leads = (weeks: typeof pilot) => weeks.reduce((sum, week) => sum + week.leads, 0);
    const since = deals.filter((deal) => deal.stageDays[0]! >= start);
    expect(leads(pilot)).toBe(since.filter((deal) => deal.team === "East 1").length);
    expect(leads(control)).toBe(since.filter((deal) => deal.team !== "East 1").length);
  });
});

describe("Action plan: the status rollup natively", () => {
  const plan = sheetLayouts({ locale: "en" }).actionPlan;
  let hf: HyperFormula;
  beforeAll(() => {
    hf = loadWorkbook(buildTemplate({ locale: "en", sampleDeals: 100, dealRows: 120 }));
  });
  const read = (column: number, row: number) => valueOf(hf, plan.sheet, a1(column, row));
  const column = (index: number) =>
    Array.from({ length: plan.lastItemRow - plan.headerRow + 1 }, (_, offset) => {
      const value = read(index, plan.headerRow + offset);
      return [value === null || value === "" ? null : value];
    });

  /** The block as STATUS_ROLLUP spills it: group rows in use, then the total row. */
  function block(rollup: RollupBlockLayout): unknown[][] {
    const { columns } = rollup;
    const line = (row: number) =>
      [columns.group, columns.notStarted, columns.inProgress, columns.done, columns.donePercent].map((index) => {
        const value = read(index, row);
        // STATUS_ROLLUP's #DIV/0! (a formula's contract) is the sheet's "—" (nothing to count).
        return value === EMPTY_FIGURE ? "#DIV/0!" : value;
      });
    const rows: unknown[][] = [];
    for (let row = rollup.firstRow; row < rollup.firstRow + rollup.groupRows; row++) {
      const values = line(row);
      if (values[0] !== "") rows.push(values);
    }
    return [...rows, line(rollup.totalRow)];
  }

  function expectSameAsStatusRollup(): void {
    const statuses = column(plan.columns.status);
    for (const [by, groupColumn] of [
      ["stage", plan.columns.stage],
      ["owner", plan.columns.owner],
    ] as const) {
      const spilled = callFunction("STATUS_ROLLUP", [statuses, column(groupColumn)], { locale: "en" }) as unknown[][];
      const expected = spilled.slice(1).map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? (cell as { error: string }).error : cell)));
      const native = block(plan.rollups[by]);
      expect(native.map((row) => row.slice(0, 4)), by).toEqual(expected.map((row) => row.slice(0, 4)));
      native.forEach((row, index) => {
        const want = expected[index][4];
        if (typeof want === "number") expect(Math.abs((row[4] as number) - want)).toBeLessThan(TOLERANCE);
        else expect(row[4]).toBe(want);
      });
    }
  }

  it("matches STATUS_ROLLUP by stage and by owner on the sample rows", () => {
    expectSameAsStatusRollup();
    expect(read(plan.rollups.stage.columns.group, plan.rollups.stage.totalRow)).toBe(plan.totalLabel);
  });

  it("still matches after edits: blank statuses, other cases and spaces, wildcard-like owners, blank owners", () => {
    const row = (index: number) => plan.firstItemRow + index;
    const put = (index: number, columnIndex: number, value: string | null) => [a1(columnIndex, row(index)), value === null ? null : `'${value}`] as const;
    setValues(hf, plan.sheet, [
      put(0, plan.columns.status, null), // not an action item any more
      put(1, plan.columns.status, " done "),
      put(2, plan.columns.owner, "Marketing*Lead"),
      put(3, plan.columns.owner, "marketing"),
      put(4, plan.columns.owner, null),
      put(12, plan.columns.stage, "Quote"),
      put(12, plan.columns.owner, "Marketing?"),
      put(12, plan.columns.status, "☑"),
      put(13, plan.columns.status, "In progress"),
    ]);
    expectSameAsStatusRollup();
    const owners = block(plan.rollups.owner).map((line) => line[0]);
    expect(owners).toEqual(expect.arrayContaining(["Marketing*Lead", "Marketing?", plan.blankGroupLabel]));
  });

  it("shows — for done % when there are no items, where STATUS_ROLLUP gives #DIV/0!", () => {
    setValues(
      hf,
      plan.sheet,
      Array.from({ length: plan.lastItemRow - plan.firstItemRow + 1 }, (_, index) => [a1(plan.columns.status, plan.firstItemRow + index), null] as const),
    );
    expectSameAsStatusRollup();
    expect(read(plan.rollups.owner.columns.donePercent, plan.rollups.owner.totalRow)).toBe(EMPTY_FIGURE);
  });
});

describe("Goals: progress, time elapsed and on track natively", () => {
  const goals = sheetLayouts({ locale: "en" }).goals;
  let hf: HyperFormula;
  beforeAll(() => {
    hf = loadWorkbook(buildTemplate({ locale: "en", sampleDeals: 300, dealRows: 320 }));
  });
  const read = (column: number, row: number) => valueOf(hf, goals.sheet, a1(column, row));

  function expectRowAgreement(row: number): void {
    const { columns } = goals;
    const [baseline, target, start, deadline, current] = [columns.baseline, columns.target, columns.start, columns.deadline, columns.current].map((column) => read(column, row));
    const asOf = valueOf(hf, goals.sheet, goals.asOf) as number;
    const progress = read(columns.progress, row);
    const elapsed = read(columns.elapsed, row);
    const track = read(columns.onTrack, row);
    const numbers = [baseline, target, current].every((value) => typeof value === "number");
    const coreProgress = numbers ? goalProgress(baseline as number, target as number, current as number) : undefined;
    const coreElapsed = typeof start === "number" && typeof deadline === "number" ? elapsedShare(start, deadline, asOf) : undefined;
    if (coreProgress === undefined) expect(progress === "" || progress === EMPTY_FIGURE).toBe(true);
    else if (coreProgress === null) expect(progress, `row ${row}`).toBe(EMPTY_FIGURE);
    else expect(Math.abs((progress as number) - coreProgress), `row ${row}`).toBeLessThan(TOLERANCE);
    if (coreElapsed === undefined) expect(elapsed).toBe("");
    else if (coreElapsed === null) expect(elapsed, `row ${row}`).toBe(EMPTY_FIGURE);
    else expect(Math.abs((elapsed as number) - coreElapsed), `row ${row}`).toBeLessThan(TOLERANCE);
    if (coreProgress !== undefined && coreElapsed !== undefined) {
      const coreTrack = onTrack(coreProgress, coreElapsed);
      if (coreTrack === null) expect(track, `row ${row}`).toBe("");
      else expect(track, `row ${row}`).toBe(coreTrack ? goals.onTrackWords.yes : goals.onTrackWords.no);
    }
  }

  it("agrees with the core on the sample goals (current values over each goal's period: goalsPeriod.test.ts)", () => {
    expect(valueOf(hf, goals.sheet, goals.asOf)).toBe(46356);
    expect(typeof read(goals.columns.current, goals.rows[0])).toBe("number");
    for (const row of goals.rows) expectRowAgreement(row);
  });

  it.each([
    { label: "a falling goal", values: [45, 30, 40, 46296, 46387, 46341] },
    { label: "target = baseline", values: [10, 10, 12, 46296, 46387, 46341] },
    { label: "before the start", values: [0.15, 0.25, 0.2, 46296, 46387, 46200] },
    { label: "after the deadline", values: [0.15, 0.25, 0.2, 46296, 46387, 46500] },
    { label: "a one-day goal on its day", values: [1, 2, 2, 46300, 46300, 46300] },
    { label: "a one-day goal the day before", values: [1, 2, 2, 46300, 46300, 46299] },
    { label: "deadline before start", values: [1, 2, 1.5, 46387, 46296, 46341] },
    { label: "moved the wrong way", values: [45, 30, 50, 46296, 46387, 46341] },
  ])("agrees with the core on $label", ({ values }) => {
    const row = goals.rows[goals.rows.length - 1];
    const [baseline, target, current, start, deadline, asOf] = values;
    const { columns } = goals;
    setValues(hf, goals.sheet, [
      [a1(columns.baseline, row), baseline],
      [a1(columns.target, row), target],
      [a1(columns.current, row), current],
      [a1(columns.start, row), start],
      [a1(columns.deadline, row), deadline],
      [goals.asOf, asOf],
    ]);
    expectRowAgreement(row);
  });
});

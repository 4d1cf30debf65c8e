import { describe, expect, it } from "vitest";
import { LABELS } from "../../../core/functions/labels";
import { a1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { ACTION_ITEM_ROWS, GOAL_ROWS, PILOT_WEEK_ROWS, sheetLayouts } from "../../../core/template/layout";
import type { TemplateCell, TemplateOptions } from "../../../core/template/types";
import { cellAt } from "./specCells";


const kindOf = (cell: TemplateCell) => (cell === null ? "empty" : Object.keys(cell)[0]);

describe.each<TemplateOptions>([
  { locale: "zh-CN", sampleDeals: 120, dealRows: 150 },
  { locale: "en" },
  { locale: "en", stages: ["Lead", "Demo", "Trial", "Won"] },
])("sheetLayouts(%o)", (options) => {
  const layouts = sheetLayouts(options);
  const spec = buildTemplate(options);
  const sheet = (name: string) => spec.sheets.find((candidate) => candidate.name === name)!;

  it("points at the Action plan's items and rollup blocks", () => {
    const { actionPlan } = layouts;
    const plan = sheet(actionPlan.sheet);
    expect(actionPlan.lastItemRow - actionPlan.firstItemRow + 1).toBe(ACTION_ITEM_ROWS);
    expect(kindOf(cellAt(plan, a1(actionPlan.helpers.statusCode, actionPlan.firstItemRow)))).toBe("formula");
    for (const block of [actionPlan.rollups.stage, actionPlan.rollups.owner]) {
      const header = [block.columns.notStarted, block.columns.inProgress, block.columns.done, block.columns.donePercent].map(
        (column) => cellAt(plan, a1(column, block.headerRow)),
      );
      expect(header).toEqual(["notStarted", "inProgress", "done", "donePercent"].map((key) => ({ text: LABELS[key as "done"][options.locale] })));
      expect(cellAt(plan, a1(block.columns.group, block.totalRow))).toEqual({ text: actionPlan.totalLabel });
      expect(kindOf(cellAt(plan, a1(block.columns.group, block.firstRow)))).toBe("formula");
      expect(block.totalRow).toBe(block.firstRow + block.groupRows);
    }
    // Side by side above the items, in their columns (actionPlanRollupPlace.test.ts): the owner block right of the stage block.
    expect(actionPlan.rollups.owner.columns.group).toBeGreaterThan(actionPlan.rollups.stage.columns.donePercent);
    expect(actionPlan.rollups.owner.overflowRow).toBeLessThan(actionPlan.headerRow);
    expect(actionPlan.rollups.owner.columns.donePercent).toBeLessThanOrEqual(actionPlan.columns.overdue);
  });

  it("points at the Goals rows and the as-of day", () => {
    const { goals } = layouts;
    const sheetSpec = sheet(goals.sheet);
    expect(goals.rows).toHaveLength(GOAL_ROWS);
    expect(kindOf(cellAt(sheetSpec, goals.asOf))).toBe(options.sampleDeals ? "day" : "formula");
    for (const row of goals.rows) {
      for (const column of [goals.columns.progress, goals.columns.elapsed, goals.columns.onTrack]) {
        expect(kindOf(cellAt(sheetSpec, a1(column, row)))).toBe("formula");
      }
    }
    // The conversion goal counts the Deals sheet over its own period (goalsPeriod.test.ts), not the whole-log figure.
    expect((cellAt(sheetSpec, a1(goals.columns.current, goals.rows[0])) as { formula: string }).formula).toMatch(/^IF\(COUNTIFS\(/);
  });

  it("points at the Pilot's totals, figures and helper", () => {
    const { pilot } = layouts;
    const sheetSpec = sheet(pilot.sheet);
    expect(pilot.lastWeekRow - pilot.firstWeekRow + 1).toBe(PILOT_WEEK_ROWS);
    // The totals sum the mature weeks only.
    for (const address of Object.values(pilot.converted)) expect((cellAt(sheetSpec, address) as { formula: string }).formula).toMatch(/^SUMIFS\(/);
    for (const address of [...Object.values(pilot.figures), ...Object.values(pilot.details)]) expect(kindOf(cellAt(sheetSpec, address))).toBe("formula");
    expect(kindOf(cellAt(sheetSpec, a1(pilot.fisherHelper.probability, pilot.fisherHelper.firstRow + pilot.fisherHelper.rows - 1)))).toBe("formula");
    expect(cellAt(sheetSpec, a1(pilot.fisherHelper.probability, pilot.fisherHelper.firstRow + pilot.fisherHelper.rows))).toBeNull();
    expect(sheetSpec.hiddenColumns.length).toBe(2);
  });
});

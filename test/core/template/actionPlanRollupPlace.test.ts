/**
 * The Action plan's status rollups read as one block (session 8 print cosmetics): no row of a rollup block is a row
 * of the item table, whose wrapped sentences make rows tall — beside them the rollup's lines sat far apart in
 * print. Rows the item table's text stretches are measured as the .xlsx writer sizes them (rowHeights.ts), with
 * the sample's nine items; the layout check covers every row a manager may fill.
 */
import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { sheetLayouts } from "../../../core/template/layout";
import { wrappedRowHeights } from "../../../core/template/rowHeights";
import type { TemplateOptions } from "../../../core/template/types";

describe.each<TemplateOptions>([
  { locale: "zh-CN", sampleDeals: 200 },
  { locale: "en", sampleDeals: 200 },
  { locale: "en", stages: ["Lead", "Demo", "Trial", "Won"] },
])("the Action plan's rollups (%o)", (options) => {
  const { actionPlan: plan } = sheetLayouts(options);
  const sheet = buildTemplate(options).sheets.find((candidate) => candidate.key === "actionPlan")!;
  const rollupRows = [plan.rollups.stage, plan.rollups.owner].flatMap((block) =>
    Array.from({ length: block.overflowRow - block.titleRow + 1 }, (_, index) => block.titleRow + index),
  );

  it("share no row with the item table (header to last item row)", () => {
    expect(rollupRows.filter((row) => row >= plan.headerRow && row <= plan.lastItemRow)).toEqual([]);
  });

  it("sit on rows of the default height", () => {
    const tall = wrappedRowHeights(sheet);
    if (options.sampleDeals) expect(tall.size).toBeGreaterThan(0); // the sample's sentences do stretch rows
    expect(rollupRows.filter((row) => tall.has(row))).toEqual([]);
  });

  it("sit side by side, the stage block then the owner block one blank column apart, the goal list under the stage block", () => {
    const { stage, owner } = plan.rollups;
    expect(owner.titleRow).toBe(stage.titleRow);
    expect(owner.columns.group).toBe(stage.columns.donePercent + 2);
    expect(plan.goalList.column).toBe(stage.columns.group);
    expect(plan.goalList.titleRow).toBe(stage.overflowRow + 2);
    expect(Math.min(...Object.values(plan.helpers))).toBeGreaterThan(owner.columns.donePercent);
  });
});

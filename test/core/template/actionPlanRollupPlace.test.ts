/**
 * The Action plan's summary at the top (session 8 print cosmetics): the two status rollups side by side and the goal
 * list ABOVE the item table, inside the item table's own columns — so the printed page is as wide as the items
 * (beside or under them the page was twice as wide and every letter tiny) — on rows no wrapped action stretches,
 * and the item header repeated on every printed page. Rows the item table's text stretches are measured as the
 * .xlsx writer sizes them (rowHeights.ts), with the sample's nine items; the layout checks cover every row a
 * manager may fill.
 */
import { describe, expect, it } from "vitest";
import { a1, parseA1 } from "../../../core/template/a1";
import { parseA1Rect } from "../../../core/template/a1Rect";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { sheetLayouts } from "../../../core/template/layout";
import { visibleWidth } from "../../../core/template/printSetup";
import { ACTION_PLAN_COPY } from "../../../core/template/sheets/actionPlanCopy";
import { wrappedRowHeights } from "../../../core/template/rowHeights";
import type { TemplateOptions } from "../../../core/template/types";

describe.each<TemplateOptions>([
  { locale: "zh-CN", sampleDeals: 200 },
  { locale: "en", sampleDeals: 200 },
  { locale: "en", stages: ["Lead", "Demo", "Trial", "Won"] },
])("the Action plan's summary (%o)", (options) => {
  const { actionPlan: plan } = sheetLayouts(options);
  const sheet = buildTemplate(options).sheets.find((candidate) => candidate.key === "actionPlan")!;
  const { stage, owner } = plan.rollups;
  const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
  const summaryRows = [
    ...[stage, owner].flatMap((block) => span(block.titleRow, block.overflowRow)),
    ...span(plan.goalList.titleRow, plan.goalList.lastRow),
  ];
  const summaryColumns = [
    ...[stage, owner].flatMap((block) => Object.values(block.columns)),
    plan.goalList.column,
  ];
  const itemColumns = Object.values(plan.columns);

  it("sits above the item header row, under the items-below warning", () => {
    const warningRow = parseA1(plan.warning).row;
    expect(summaryRows.filter((row) => row <= warningRow || row >= plan.headerRow)).toEqual([]);
  });

  it("sits inside the item table's columns (its first column to its overdue column)", () => {
    expect(Math.min(...itemColumns)).toBe(1);
    expect(summaryColumns.filter((column) => column < 1 || column > plan.columns.overdue)).toEqual([]);
  });

  it("prints as wide as the item table, its header on every page", () => {
    const area = parseA1Rect(sheet.print!.area);
    expect([area.left, area.right]).toEqual([1, plan.columns.overdue]);
    // The widths of the item columns as declared (ACTION_ITEM_TABLE), nothing more.
    expect(visibleWidth(sheet, area.left, area.right)).toBe(plan.tables.items.placed.reduce((sum, { spec }) => sum + spec.width, 0));
    expect(area.bottom).toBe(plan.lastItemRow);
    expect(sheet.print!.titleRows).toBe(`${plan.headerRow}:${plan.headerRow}`);
  });

  it("keeps the hidden helper columns right of the items, a spare column between", () => {
    const helpers = Object.values(plan.helpers);
    expect(Math.min(...helpers)).toBeGreaterThan(plan.columns.overdue + 1);
    expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(Math.max(...helpers));
  });

  it("sits on rows of the default height, none of them frozen (a frozen summary would leave no room to scroll the items)", () => {
    const tall = wrappedRowHeights(sheet);
    if (options.sampleDeals) expect(tall.size).toBeGreaterThan(0); // the sample's sentences do stretch rows
    expect(summaryRows.filter((row) => tall.has(row))).toEqual([]);
    expect(sheet.freeze?.rows ?? 0).toBe(0);
  });

  it("right-aligns each count and its header, down to the total row (the item columns are wide), and the owner names beside the stage block's done %", () => {
    const right = sheet.rightAligned ?? [];
    for (const block of [stage, owner]) {
      expect(right).toContain(`${a1(block.columns.notStarted, block.headerRow)}:${a1(block.columns.donePercent, block.totalRow)}`);
    }
    expect(owner.columns.group).toBe(stage.columns.donePercent + 1);
    expect(right).toContain(`${a1(owner.columns.group, owner.headerRow)}:${a1(owner.columns.group, owner.totalRow)}`);
  });

  it("is where the intro note says: above the table (it said 'on the right')", () => {
    const note = ACTION_PLAN_COPY.note[options.locale];
    expect(note).toMatch(options.locale === "en" ? /above the table/ : /表格上方/);
    expect(note).not.toMatch(/right|右侧/);
  });

  it("puts the stage block and the owner block side by side, the goal list under the stage block", () => {
    expect(owner.titleRow).toBe(stage.titleRow);
    expect(owner.columns.group).toBeGreaterThan(stage.columns.donePercent);
    expect(plan.goalList.column).toBe(stage.columns.group);
    expect(plan.goalList.titleRow).toBe(stage.overflowRow + 2);
    // A blank row between the summary and the item header.
    expect(plan.headerRow).toBe(Math.max(owner.overflowRow, plan.goalList.lastRow) + 2);
  });
});

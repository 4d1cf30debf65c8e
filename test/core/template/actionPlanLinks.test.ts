import { beforeAll, describe, expect, it } from "vitest";
import type { HyperFormula } from "hyperformula";
import { a1, range, sheetRef, absolute } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { actionPlanLayout, goalsLayout } from "../../../core/template/layout";
import type { SheetSpec, TemplateOptions } from "../../../core/template/types";
import { loadWorkbook, valueOf } from "./hyperformulaWorkbook";

// The action plan carries the method's "resources needed" (所需资源: training budget, CRM access …, seed §3.3) and
// links each action to the goal it serves: a column whose dropdown lists the Goals sheet's goals (issue 13 §6).

const CASES: readonly (TemplateOptions & { readonly items: number })[] = [
  { locale: "zh-CN", sampleDeals: 60, items: 9 },
  { locale: "en", sampleDeals: 60, items: 9 },
  { locale: "zh-CN", items: 1 }, // the empty template's seed example row
  { locale: "en", items: 1 },
];

function cellText(sheet: SheetSpec, address: string): unknown {
  let found: unknown = null;
  for (const block of sheet.blocks) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(block.at)!;
    const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (a1(column + c, Number(digits) + r) === address && cell !== null) found = "text" in cell ? cell.text : cell;
      }),
    );
  }
  return found;
}

describe.each(CASES)("the action plan's resources and goal links: $locale, $items items", (options) => {
  const spec = buildTemplate(options);
  const layout = { goals: goalsLayout(options.locale) };
  const plan = actionPlanLayout(options.locale, 6);
  const sheet = spec.sheets.find((s) => s.key === "actionPlan")!;
  let hf: HyperFormula;
  beforeAll(() => {
    hf = loadWorkbook(spec);
  });

  it("has a Resources needed column and a Goal column in the item table, both filled in by the manager", () => {
    const headers = [cellText(sheet, a1(plan.columns.resources, plan.headerRow)), cellText(sheet, a1(plan.columns.goalLink, plan.headerRow))];
    expect(headers).toEqual(options.locale === "en" ? ["Resources needed", "Goal served (Goals sheet)"] : ["所需资源", "对应目标（目标表）"]);
    for (const column of [plan.columns.resources, plan.columns.goalLink]) {
      const ref = range(column, plan.firstItemRow, column, plan.lastItemRow);
      expect(sheet.styles.some((s) => s.ref === ref && s.style === "input") || sheet.styles.some((s) => s.style === "input" && s.ref.includes(":") && inRange(s.ref, ref)), ref).toBe(true);
    }
  });

  it("offers the Goals sheet's goal names as the Goal column's dropdown (listed on this sheet, as calculated)", () => {
    const ref = range(plan.columns.goalLink, plan.firstItemRow, plan.columns.goalLink, plan.lastItemRow);
    const validation = sheet.validations.find((v) => v.ref === ref);
    const { goalList } = plan;
    const listed = sheetRef(plan.sheet, absolute(goalList.column, goalList.firstRow, goalList.column, goalList.lastRow));
    expect(validation && "list" in validation ? validation.list : undefined).toEqual({ range: listed });
    const { goals } = layout;
    const names = goals.rows.map((row) => valueOf(hf, goals.sheet, a1(goals.columns.metric, row)));
    const choices = goals.rows.map((_, index) => valueOf(hf, plan.sheet, a1(goalList.column, goalList.firstRow + index)));
    // A goal row without a name (the two rows for the manager's own goals) lists nothing, not 0.
    expect(choices).toEqual(names.map((name) => (name === null ? "" : name)));
  });

  it("fills resources and a goal for every sample item, each goal one the Goals sheet names (as calculated)", () => {
    const { goals } = layout;
    const goalNames = goals.rows.map((row) => valueOf(hf, goals.sheet, a1(goals.columns.metric, row))).filter((name) => typeof name === "string" && name !== "");
    expect(goalNames.length).toBeGreaterThanOrEqual(4);
    const rows = Array.from({ length: options.items }, (_, index) => plan.firstItemRow + index);
    const resources = rows.map((row) => valueOf(hf, plan.sheet, a1(plan.columns.resources, row)));
    const links = rows.map((row) => valueOf(hf, plan.sheet, a1(plan.columns.goalLink, row)));
    for (const [index, words] of resources.entries()) expect(typeof words === "string" && words.length > 3, `resources of item ${index + 1}`).toBe(true);
    for (const [index, link] of links.entries()) expect(goalNames, `goal of item ${index + 1}`).toContain(link);
    // The row after the last item is empty: the sample fills only its items.
    expect(valueOf(hf, plan.sheet, a1(plan.columns.resources, plan.firstItemRow + options.items))).toBeNull();
  });
});

function inRange(outer: string, inner: string): boolean {
  const parse = (ref: string) => ref.split(":").map((cell) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cell)!;
    return { column: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(digits) };
  });
  const [o1, o2] = parse(outer);
  const [i1, i2] = parse(inner);
  return o1.column <= i1.column && i2.column <= o2.column && o1.row <= i1.row && i2.row <= o2.row;
}

describe("the sample links", () => {
  it("give every sample item its resources and goal (one entry per item, in order)", async () => {
    const { SAMPLE_ITEMS } = await import("../../../core/template/sheets/actionPlanCopy");
    const { SAMPLE_LINKS } = await import("../../../core/template/sheets/actionPlanLinks");
    expect(SAMPLE_LINKS.length).toBe(SAMPLE_ITEMS.length);
  });
});

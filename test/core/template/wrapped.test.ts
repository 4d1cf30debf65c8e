import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../../core/functions/registry";
import { stageList } from "../../../core/model/stages";
import { a1, columnNumber, parseA1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { actionPlanLayout } from "../../../core/template/layout";
import type { SheetKey, SheetSpec, TemplateOptions } from "../../../core/template/types";

// Long text wraps (SheetSpec.wrapped): a sentence in a column narrower than itself is cut off at the next
// filled cell unless it wraps (a LibreOffice review: the Guide's "what to do" showed 20 of 75 characters).

const VARIANTS: readonly TemplateOptions[] = [
  { locale: "zh-CN" },
  { locale: "zh-CN", sampleDeals: 100 },
  { locale: "en" },
  { locale: "en", sampleDeals: 100, stages: ["Lead", "Qualified", "Proposal", "Negotiation", "Contract", "Signed", "Paid", "Won"] },
];

const BUILT = new Map(VARIANTS.map((options) => [options, buildTemplate(options)]));
const sheetOf = (options: TemplateOptions, key: SheetKey) => BUILT.get(options)!.sheets.find((sheet) => sheet.key === key)!;

function inRef(ref: string, address: string): boolean {
  const [first, last = first] = ref.replace(/\$/g, "").split(":");
  const start = parseA1(first);
  const end = parseA1(last);
  const cell = parseA1(address);
  return cell.column >= start.column && cell.column <= end.column && cell.row >= start.row && cell.row <= end.row;
}

const isWrapped = (sheet: SheetSpec, address: string) => (sheet.wrapped ?? []).some((ref) => inRef(ref, address));

/** Every text cell of a sheet by address (the last block wins). */
function texts(sheet: SheetSpec): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((row, r) => row.forEach((cell, c) => cell !== null && "text" in cell && out.set(a1(at.column + c, at.row + r), cell.text)));
  }
  return out;
}

/** Every filled cell's address. */
function filled(sheet: SheetSpec): Set<string> {
  const out = new Set<string>();
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((row, r) => row.forEach((cell, c) => cell !== null && out.add(a1(at.column + c, at.row + r))));
  }
  return out;
}

/** Width in character widths, as column widths count them: a CJK character is two. */
const displayWidth = (text: string) => [...text].reduce((sum, char) => sum + (/[\u2e80-\uffef]/.test(char) ? 2 : 1), 0);

describe.each(VARIANTS)("wrapped text ($locale, $sampleDeals sample deals)", (options) => {
  it("the Guide wraps each step's what-to-do, each sheet's purpose and each function's help and arguments", () => {
    const guide = sheetOf(options, "guide");
    const cells = texts(guide);
    const whatToDo = [...cells].find(([, text]) => text === (options.locale === "en" ? "What to do" : "做什么"))![0];
    const { column, row } = parseA1(whatToDo);
    for (let step = 1; step <= 5; step++) expect(isWrapped(guide, a1(column, row + step)), `${a1(column, row + step)}`).toBe(true);
    const helps = new Set(FUNCTIONS.map((spec) => spec.help[options.locale]));
    const helpCells = [...cells].filter(([, text]) => helps.has(text));
    expect(helpCells).toHaveLength(FUNCTIONS.length);
    for (const [address] of helpCells) {
      expect(isWrapped(guide, address), address).toBe(true);
      const at = parseA1(address);
      expect(isWrapped(guide, a1(at.column + 1, at.row)), `arguments beside ${address}`).toBe(true);
    }
  });

  it("the Action plan wraps pain point, goal and measures on every item row, and not its header", () => {
    const plan = sheetOf(options, "actionPlan");
    const layout = actionPlanLayout(options.locale, stageList(options.stages, options.locale).names.length);
    for (const column of [layout.columns.painPoint, layout.columns.goal, layout.columns.measures]) {
      for (let row = layout.firstItemRow; row <= layout.lastItemRow; row++) expect(isWrapped(plan, a1(column, row)), a1(column, row)).toBe(true);
      expect(isWrapped(plan, a1(column, layout.headerRow))).toBe(false);
    }
  });

  it.each(["guide", "actionPlan", "processMap", "diagnosis", "reviews"] as const)("%s: no sentence is cut off by the cell to its right", (key) => {
    const sheet = sheetOf(options, key);
    const headers = sheet.styles.filter((styled) => styled.style === "header").map((styled) => styled.ref);
    const hidden = new Set(sheet.hiddenColumns.map(columnNumber));
    const occupied = filled(sheet);
    const cut: string[] = [];
    for (const [address, text] of texts(sheet)) {
      const { column, row } = parseA1(address);
      const width = sheet.columnWidths[column - 1] ?? 8.43;
      if (hidden.has(column) || headers.some((ref) => inRef(ref, address)) || !occupied.has(a1(column + 1, row))) continue;
      if (displayWidth(text) > width && !isWrapped(sheet, address)) cut.push(`${address} ${text}`);
    }
    expect(cut).toEqual([]);
  });
});

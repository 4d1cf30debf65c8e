import { FUNCTIONS } from "../../functions/registry";
import type { FunctionSpec } from "../../functions/types";
import type { Locale } from "../../model/locale";
import { isDefaultStageName } from "../../model/stages";
import { a1, range } from "../a1";
import { formatA1Rect, wholeColumns } from "../a1Rect";
import type { TemplateContext } from "../context";
import { SHEET_NAMES } from "../labels";
import type { TemplateLayout } from "../layout";
import { columnWidths, drawColumns, placeColumns, type ColumnSpec } from "../columns";
import { RowCursor } from "../rowCursor";
import { templateStory } from "../sampleStory";
import { SheetBuilder, text } from "../sheetBuilder";
import { SHEET_KEYS, type SheetKey, type SheetSpec } from "../types";
import { GUIDE_COPY as COPY, GUIDE_START as START, GUIDE_STEPS as STEPS, SHEET_PURPOSES as PURPOSES } from "./guideCopy";

/**
 * The Guide's tables: the five steps, the sheets, the functions (every column wraps, so a row's cells sit at its
 * top; the title and notes run over the empty cells to their right). Four columns, 125 characters: printed one
 * page wide (landscape) its text stays about 8 points (it was 209 characters, five columns of functions: ~5
 * points). A step's what-to-do spans B:C and a sheet's purpose B:D (merged, `MORE` the columns under the merge).
 */
const NO_HEADER = { "zh-CN": "", en: "" };
const STEP_TABLE = [
  { key: "step", header: COPY.step, width: 18, wrap: true },
  { key: "what", header: COPY.whatToDo, width: 32, wrap: true },
  { key: "whatMore", header: NO_HEADER, width: 32, wrap: true },
  { key: "where", header: COPY.where, width: 40, wrap: true },
] as const satisfies readonly ColumnSpec[];
const SHEET_TABLE = [
  { key: "sheet", header: COPY.sheet, width: 18, wrap: true },
  { key: "purpose", header: COPY.purpose, width: 32, wrap: true },
  { key: "purposeMore", header: NO_HEADER, width: 32, count: 2, wrap: true },
] as const satisfies readonly ColumnSpec[];
const FUNCTION_TABLE = [
  // As wide as the longest function name (so wrapping, which keeps it at the row's top, never splits one): a new function fits without an edit here.
  { key: "function", header: COPY.function, width: Math.max(18, ...FUNCTIONS.map((spec) => spec.name.length + 1)), wrap: true },
  { key: "syntax", header: COPY.syntax, width: 32, wrap: true },
  { key: "returns", header: COPY.returns, width: 32, wrap: true },
  { key: "parameters", header: COPY.parameters, width: 40, wrap: true },
] as const satisfies readonly ColumnSpec[];

/** Fills `{key}` in a sentence of the Guide with `values`. */
function fill(sentence: string, values: Readonly<Record<string, string | number>>): string {
  return sentence.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * The "Start here" lines ({@link GUIDE_START}): the deals line says the Deals sheet holds `sample` sample deals and
 * how to replace them, or holds the manager's own `own` deals, or (neither) where to paste them.
 * @example
 * startLines("en", name, 200, 0)[1] //=> "2. The Deals sheet holds 200 sample deals (rows 2–201). …"
 */
export function startLines(locale: Locale, sheetName: (key: SheetKey) => string, sample: number, own: number): string[] {
  const names = { stages: sheetName("stages"), deals: sheetName("deals"), dashboard: sheetName("dashboard"), reviews: sheetName("reviews"), actionPlan: sheetName("actionPlan"), goals: sheetName("goals") };
  const deals = sample > 0 ? fill(START.sample[locale], { ...names, n: sample, last: 1 + sample }) : own > 0 ? fill(START.own[locale], { ...names, n: own, last: 1 + own }) : fill(START.paste[locale], names);
  return [fill(START.stages[locale], names), deals, fill(START.dashboard[locale], names), fill(START.monthly[locale], names)];
}

/** A sheet name as a reference: bare when it is one word of letters (交易, Deals), else quoted. */
function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** `NAME(a, b, [c])`, with Excel's SALES. prefix or bare. */
function syntax(spec: FunctionSpec, prefix: string): string {
  const params = spec.params.map((param) => (param.optional ? `[${param.name}]` : param.name));
  return `${prefix}${spec.name}(${params.join(", ")})`;
}

function parameterHelp(spec: FunctionSpec, locale: Locale): string {
  return spec.params.map((param) => `${param.name}${param.optional ? COPY.optional[locale] : ""}${COPY.nameSeparator[locale]}${param.help[locale]}`).join(COPY.separator[locale]);
}

/**
 * The example call of the Guide, on this workbook's Deals sheet: conversion from the second stage to the last.
 * When the team's stages are not all default ones, the call passes the Stages sheet's names (`StageNames`) as
 * its stage_order, so it answers whatever the names are (a function knows only the default stages by itself).
 * The stage columns are whole columns in the template for Excel and for Sheets (`Deals!H:M`, valid in both):
 * deals typed or pasted below the prepared rows count, and the functions cut the blank rows
 * (core/functions/trimRanges.ts). In a file they are the prepared rows, as every figure of the file counts.
 */
function exampleCall(layout: TemplateLayout, stageNames: readonly string[], prefix: string): string {
  const [first, last] = [layout.deals.stage(0), layout.deals.stage(layout.stageCount - 1)];
  const stages = layout.host === "file" ? range(first, 1, last, layout.lastDealRow) : formatA1Rect(wholeColumns(first, last));
  const from = stageNames[Math.min(1, stageNames.length - 1)];
  const to = stageNames[stageNames.length - 1];
  const order = stageNames.every(isDefaultStageName) ? "" : ",StageNames";
  return `=${prefix}STAGE_CONVERSION(${sheetPrefix(layout.sheetName("deals"))}${stages},"${from}","${to}"${order})`;
}

/**
 * The Guide: the method's five steps (one row each: step, what to do, which sheets), what each sheet is for,
 * how to call the custom functions — an example on this workbook's Deals sheet in Excel
 * (=SALES.STAGE_CONVERSION(…)) and Sheets (=STAGE_CONVERSION(…)), then every function of the registry with its
 * help and parameters in the workbook's language (generated from FUNCTIONS) — a note that the dashboard
 * works without the add-in, and one that a figure shows "—" when there is nothing to count yet. Examples are
 * text, never formulas.
 */
export function guideSheet({ layout, stageNames, sample, sampleRows }: TemplateContext): SheetSpec {
  // The worked goal: the sample's own (its Goals sheet) or, without sample data, the method's example (15% → 25%, as the empty Goals sheet).
  const goal = templateStory({ sample, stageNames, layout })?.goal ?? { baseline: 0.15, target: 0.25 };
  const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);
  const withGoal = (sentence: string) => sentence.replace("{goal.baseline}", percent(goal.baseline)).replace("{goal.target}", percent(goal.target));
  const { locale } = layout;
  const sheet = new SheetBuilder("guide", layout.sheetName("guide"), "#1F3864");
  const sheetName = (key: SheetKey) => SHEET_NAMES[key][locale];

  const rows = new RowCursor(4);
  const startTitle = rows.next();
  // The sample's rows (its bad rows too) or the manager's own deals: what the Deals sheet holds from row 2.
  const start = startLines(locale, (key) => layout.sheetName(key), sample.length > 0 ? sampleRows.length : 0, sample.length > 0 ? 0 : sampleRows.length);
  const startRows = rows.take(start.length);
  const stepsTitle = rows.skip().next();
  const stepsHeader = rows.next();
  const stepRows = rows.take(STEPS.length);
  const sheetsTitle = rows.skip().next();
  const sheetsHeader = rows.next();
  const sheetRows = rows.take(SHEET_KEYS.length);
  const functionsTitle = rows.skip().take(2).first;
  const examples = rows.take(2);
  const functionsHeader = rows.skip().next();
  const functionRows = rows.take(FUNCTIONS.length);
  const noteRow = rows.skip().next();
  const [steps, sheets, functions] = [STEP_TABLE, SHEET_TABLE, FUNCTION_TABLE].map((table) => placeColumns(1, table, 0));
  const words = { locale, stageNames, stageRange: layout.stages.names };

  // The merged tables' headers: the columns under a merge get no cell (an empty text is no cell to a host).
  const mergedHeader = (table: typeof steps | typeof sheets, row: number) => {
    const cells = table.placed.map(({ spec }) => (spec.header === NO_HEADER || typeof spec.header === "function" ? null : text(spec.header[locale])));
    sheet.put(a1(table.first, row), [cells]).style(range(table.first, row, table.last, row), "header");
  };
  drawColumns(sheet, steps, stepRows, words);
  mergedHeader(steps, stepsHeader);
  drawColumns(sheet, sheets, sheetRows, words);
  mergedHeader(sheets, sheetsHeader);
  drawColumns(sheet, functions, { header: functionsHeader, ...functionRows }, words)
    .widths(...columnWidths([functions], 0))
    .lines("A1", ["title", COPY.title[locale]], ["note", COPY.intro[locale]])
    .lines(a1(1, startTitle), ["subtitle", COPY.startHere[locale]])
    .lines(a1(1, startRows.first), ...start.map((line) => ["note", line] as const))
    .lines(a1(1, stepsTitle), ["subtitle", COPY.steps[locale]])
    .put(a1(1, stepRows.first), STEPS.map((step, index) => [
      text(`${index + 1} ${step.name[locale]}`),
      text(withGoal(step.what[locale])),
      null,
      text(step.sheets.map(sheetName).join(COPY.listSeparator[locale])),
    ]))
    .lines(a1(1, sheetsTitle), ["subtitle", COPY.sheets[locale]])
    .put(a1(1, sheetRows.first), SHEET_KEYS.map((key) => [text(sheetName(key)), text(PURPOSES[key][locale])]))
    .lines(a1(1, functionsTitle), ["subtitle", COPY.functions[locale]], ["note", COPY.functionsNote[locale]])
    .put(a1(1, examples.first), [
      [text(COPY.excel[locale]), text(exampleCall(layout, stageNames, "SALES."))],
      [text(COPY.sheetsHost[locale]), text(exampleCall(layout, stageNames, ""))],
    ])
    .style(range(1, examples.first, 1, examples.last), "header")
    .put(a1(1, functionRows.first), FUNCTIONS.map((spec) => [
      text(spec.name),
      text(`${syntax(spec, "SALES.")}\n${syntax(spec, "")}`),
      text(spec.help[locale]),
      text(parameterHelp(spec, locale)),
    ]))
    .lines(a1(1, noteRow), ["subtitle", COPY.noAddIn[locale]], ["note", COPY.emptyFigures[locale]]);
  for (let row = stepsHeader; row <= stepRows.last; row++) sheet.merge(range(steps.at.what, row, steps.at.whatMore, row));
  for (let row = sheetsHeader; row <= sheetRows.last; row++) sheet.merge(range(sheets.at.purpose, row, sheets.last, row));
  return sheet.build();
}

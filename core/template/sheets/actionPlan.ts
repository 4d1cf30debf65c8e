import { columnLetter } from "../../model/cells";
import type { Locale } from "../../model/locale";
import { ACTION_STATUS_ALIASES, ACTION_STATUS_WORDS, type ActionStatus } from "../../model/words";
import { tellStory } from "../../sample/story";
import { a1, absolute, parseA1, quoted, range, sheetRef } from "../a1";
import { asOfReference } from "../asOf";
import type { TemplateContext } from "../context";
import { columnWidths, drawColumns } from "../columns";
import type { ActionPlanLayout, RollupBlockLayout } from "../layout";
import { rowsBelowWarning } from "../rowsBelow";
import { templateStory } from "../sampleStory";
import { day, formula, num, SheetBuilder, text } from "../sheetBuilder";
import { statusTest } from "../statusFormula";
import type { SheetSpec, TemplateCell } from "../types";
import { ACTION_PLAN_COPY as COPY, SAMPLE_ITEMS, SEED_EXAMPLE } from "./actionPlanCopy";
import { goalName as goalNameText, SAMPLE_LINKS, SEED_LINK } from "./actionPlanLinks";
import { orDash } from "../emptyFigure";

/** 1 not started, 2 in progress, 3 done, blank for a row without a (readable) status: not an action item. */
function statusCodeFormula(cell: string): string {
  const test = (status: ActionStatus) =>
    statusTest(cell, [ACTION_STATUS_WORDS[status]["zh-CN"], ACTION_STATUS_WORDS[status].en, ...ACTION_STATUS_ALIASES[status]]);
  return `IF(TRIM(${cell})="","",IF(${test("notStarted")},1,IF(${test("inProgress")},2,IF(${test("done")},3,""))))`;
}

/**
 * The rollup block of one grouping: the group rows pick the distinct keys in order of first appearance (the
 * hidden ordinal column numbers each key where it first occurs), then count codes 1/2/3 per group by
 * SUMPRODUCT of exact matches — not COUNTIFS, whose criteria read `*` and `?` as wildcards and the seed
 * writes owners like "市场部*专员" — and done % = done / all ("—" when there are no items: STATUS_ROLLUP's #DIV/0!).
 */
function rollupRows(plan: ActionPlanLayout, block: RollupBlockLayout, keyColumn: number, ordinalColumn: number, locale: Locale): TemplateCell[][] {
  const keys = absolute(keyColumn, plan.firstItemRow, keyColumn, plan.lastItemRow);
  const ordinals = absolute(ordinalColumn, plan.firstItemRow, ordinalColumn, plan.lastItemRow);
  const codes = absolute(plan.helpers.statusCode, plan.firstItemRow, plan.helpers.statusCode, plan.lastItemRow);
  const { columns } = block;
  const share = (row: number) => {
    const all = `(${a1(columns.notStarted, row)}+${a1(columns.inProgress, row)}+${a1(columns.done, row)})`;
    return orDash(`${a1(columns.done, row)}/${all}`, `${all}=0`);
  };
  const groupRows = Array.from({ length: block.groupRows }, (_, index) => {
    const row = block.firstRow + index;
    const group = `$${columnLetter(columns.group)}${row}`;
    const count = (code: number) => formula(`IF(${group}="","",SUMPRODUCT((${keys}=${group})*(${codes}=${code})))`);
    return [
      formula(`IFERROR(INDEX(${keys},MATCH(${index + 1},${ordinals},0)),"")`),
      count(1),
      count(2),
      count(3),
      formula(`IF(${group}="","",${share(row)})`),
    ];
  });
  const total = [
    text(plan.totalLabel),
    formula(`COUNTIF(${codes},1)`),
    formula(`COUNTIF(${codes},2)`),
    formula(`COUNTIF(${codes},3)`),
    formula(share(block.totalRow)),
  ];
  const overflow = formula(`IF(MAX(${ordinals})>${block.groupRows},MAX(${ordinals})-${block.groupRows}&${quoted(COPY.moreGroups[locale])},"")`);
  return [...groupRows, total, [overflow]];
}

/**
 * The Action plan: the seed's tool table (流程优化工具表) — stage, pain point, goal, the Goals-sheet goal it serves (a
 * dropdown of the Goals sheet's names), measures, owner, resources needed, deadline, status — with overdue rows highlighted (deadline before the workbook's as-of date, asOf.ts, and not done) and the status rollup by
 * stage and by owner (DEFINITIONS §4 "status rollup"), natively, computing what `STATUS_ROLLUP(status, stage)`
 * and `STATUS_ROLLUP(status, owner)` spill on the same rows: rows without a status are not action items;
 * groups in order of first appearance, a blank group as "(blank)"; counts per status; done % = done / all; a
 * total row over every item.
 *
 * Status words are read as DEFINITIONS §3's words and aliases in both languages (ignoring case and surrounding
 * spaces); the check-box form "□未启动■进行中□已完成" is not read natively (the dropdown never writes it).
 * Group names match as spreadsheet `=` does (ignoring case; TRIM also folds inner runs of spaces), not
 * full-width/half-width differences.
 *
 * Under the title (A3, its text running over the empty cells to its right, which turn red with it), a warning
 * counts items typed below the last item row, which the rollups and the overdue check do not read
 * ({@link rowsBelowWarning} over the columns stage … status). Under it, the summary a manager reads first — the two
 * rollups side by side, the goal list under the stage rollup — inside the item table's columns (layout.ts
 * `actionPlanLayout`), so the sheet prints as wide as the items; the item table below, its header on every page.
 *
 * With sample data, nine rows from the seed's example and its five steps, with the sample's figures in their words
 * (core/sample/story.ts) and statuses and deadlines that agree with the as-of date and the pilot (actionPlanCopy.ts);
 * without, the seed's own example row, not started.
 */
export function actionPlanSheet({ layout, stageNames, sample }: TemplateContext): SheetSpec {
  const { locale, actionPlan: plan } = layout;
  const sheet = new SheetBuilder("actionPlan", plan.sheet, "#FFC000");
  const { columns, helpers, rollups, tables } = plan;
  const first = plan.firstItemRow;
  const last = plan.lastItemRow;
  const stageAt = (index: number) => stageNames[Math.min(index, stageNames.length - 1)];

  const items = sample.length > 0 ? SAMPLE_ITEMS : [SEED_EXAMPLE];
  const story = templateStory({ sample, stageNames, layout });
  const links = sample.length > 0 ? SAMPLE_LINKS : [SEED_LINK];
  const itemRows: TemplateCell[][] = Array.from({ length: last - first + 1 }, (_, index) => {
    const item = items[index];
    const link = links[index];
    const deadline = sample.length > 0 && item?.deadline !== undefined ? day(item.deadline) : null;
    const row: TemplateCell[] = Array.from({ length: columns.status }, () => null);
    const put = (column: number, cell: TemplateCell) => (row[column - 1] = cell);
    put(columns.position, num(index + 1));
    if (item) {
      put(columns.stage, text(stageAt(item.stage)));
      put(columns.painPoint, text(tellStory(item.told?.painPoint, item.painPoint, story, locale)));
      put(columns.goal, text(tellStory(item.told?.goal, item.goal, story, locale)));
      put(columns.measures, text(item.measures[locale]));
      put(columns.owner, text(item.owner[locale]));
      put(columns.status, text(ACTION_STATUS_WORDS[item.status ?? "notStarted"][locale]));
    }
    if (link) {
      put(columns.goalLink, text(goalNameText(link.goal, stageNames, locale)));
      put(columns.resources, text(link.resources[locale]));
    }
    put(columns.deadline, deadline);
    return row;
  });

  const letter = (column: number) => columnLetter(column);
  const helperRows: TemplateCell[][] = Array.from({ length: last - first + 1 }, (_, index) => {
    const row = first + index;
    const code = a1(helpers.statusCode, row);
    const key = (column: number) =>
      formula(`IF(${code}="","",IF(TRIM(${a1(column, row)})="",${quoted(plan.blankGroupLabel)},TRIM(${a1(column, row)})))`);
    const ordinal = (keyColumn: number, ordinalColumn: number) => {
      const keyCell = a1(keyColumn, row);
      const keysSoFar = `$${letter(keyColumn)}$${first}:${keyCell}`;
      return formula(
        `IF(${keyCell}="","",IF(SUMPRODUCT(--(${keysSoFar}=${keyCell}))=1,MAX($${letter(ordinalColumn)}$${first - 1}:${a1(ordinalColumn, row - 1)})+1,""))`,
      );
    };
    return [
      formula(statusCodeFormula(a1(columns.status, row))),
      key(columns.stage),
      ordinal(helpers.stageKey, helpers.stageOrdinal),
      key(columns.owner),
      ordinal(helpers.ownerKey, helpers.ownerOrdinal),
    ];
  });
  const asOf = asOfReference(layout);
  const overdueRows: TemplateCell[][] = Array.from({ length: last - first + 1 }, (_, index) => {
    const row = first + index;
    const deadline = a1(columns.deadline, row);
    return [formula(`IF(AND(ISNUMBER(${deadline}),${deadline}<${asOf},${a1(helpers.statusCode, row)}<>3),${quoted(COPY.overdue[locale])},"")`)];
  });

  const warningCell = parseA1(plan.warning);
  // The text runs over the empty cells to its right; the red fill covers the table's width.
  const warning = range(warningCell.column, warningCell.row, columns.overdue, warningCell.row);
  const typedColumns = Array.from({ length: columns.status - columns.stage + 1 }, (_, i) => columns.stage + i);
  const words = { locale, stageNames, stageRange: layout.stages.names };

  sheet
    .widths(...columnWidths([tables.items, tables.helpers], 3))
    .put("A1", [[text(COPY.title[locale])], [text(COPY.note[locale])]])
    .put(plan.warning, [[formula(rowsBelowWarning(undefined, typedColumns, last, COPY.itemsBelowRange[locale]))]])
    .rule({ kind: "formula", ref: warning, formula: `${absolute(warningCell.column, warningCell.row)}<>""`, look: "bad" })
    .put(a1(1, first), itemRows)
    .put(a1(columns.overdue, first), overdueRows)
    .put(a1(helpers.statusCode, first), helperRows)
    .style("A1", "title")
    .style("A2", "note");
  const { goals } = layout;
  const { goalList } = plan;
  const goalName = (row: number) => sheetRef(goals.sheet, absolute(goals.columns.metric, row));
  sheet
    .put(a1(goalList.column, goalList.titleRow), [[text(COPY.goalList[locale])]])
    .style(a1(goalList.column, goalList.titleRow), "subtitle")
    .put(
      a1(goalList.column, goalList.firstRow),
      goals.rows.map((row) => [formula(`IF(${goalName(row)}="","",${goalName(row)})`)]),
    )
    .style(range(goalList.column, goalList.firstRow, goalList.column, goalList.lastRow), "computed");
  drawColumns(sheet, tables.items, { header: plan.headerRow, first, last }, words).list(
    range(columns.goalLink, first, columns.goalLink, last),
    { range: sheetRef(plan.sheet, absolute(goalList.column, goalList.firstRow, goalList.column, goalList.lastRow)) },
    COPY.goalLinkError[locale],
  );
  drawColumns(sheet, tables.helpers, { header: plan.headerRow, first, last }, words)
    .rule({
      kind: "formula",
      ref: range(1, first, columns.overdue, last),
      // The overdue cell itself: a rule may not reach another sheet (the as-of date) in Google Sheets.
      formula: `$${letter(columns.overdue)}${first}<>""`,
      look: "bad",
    })
    .table("ActionPlanTable", range(1, plan.headerRow, columns.status, last))
    // Columns only: frozen down to the item header, the summary above it would leave no room to scroll the items.
    .freeze(0, 2);
  for (const block of [rollups.stage, rollups.owner]) {
    const rollupColumns = block.columns;
    const keys = block.by === "stage" ? [helpers.stageKey, helpers.stageOrdinal] : [helpers.ownerKey, helpers.ownerOrdinal];
    sheet
      .put(a1(rollupColumns.group, block.titleRow), [[text((block.by === "stage" ? COPY.byStage : COPY.byOwner)[locale])]])
      .put(a1(rollupColumns.group, block.firstRow), rollupRows(plan, block, keys[0], keys[1], locale))
      .style(a1(rollupColumns.group, block.titleRow), "subtitle");
    drawColumns(sheet, block.table, { header: block.headerRow, first: block.firstRow, last: block.totalRow - 1 }, words)
      .style(range(rollupColumns.group, block.totalRow, rollupColumns.donePercent, block.totalRow), "total")
      .style(a1(rollupColumns.group, block.overflowRow), "note")
      .format(range(rollupColumns.donePercent, block.firstRow, rollupColumns.donePercent, block.totalRow), "0.0%");
  }
  // In the item table's wide columns a count sits at the right of its column: its header goes there too (at the left
  // it stood over the count before it), down to the total row. The owner block starts right where the stage block's done % ends: its names
  // sit at the right of their column, next to their counts, so "66.7%" and "市场部" do not print as one word.
  const { stage: byStage, owner } = rollups;
  for (const { columns: at, headerRow, totalRow } of [byStage, owner]) sheet.alignRight(range(at.notStarted, headerRow, at.donePercent, totalRow));
  sheet.alignRight(range(owner.columns.group, owner.headerRow, owner.columns.group, owner.totalRow));
  return sheet.build();
}

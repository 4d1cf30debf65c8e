import { stageList } from "../model/stages";
import { ACTION_STATUS_WORDS, DEAL_STATUS_WORDS, FIELD_HEADERS, type DealField } from "../model/words";
import type { Locale, Localized } from "../model/locale";
import { LABELS } from "../functions/labels";
import { SAMPLE_LEADING_FIELDS, SAMPLE_TRAILING_FIELDS } from "../sample/sampleGrid";
import { a1 } from "./a1";
import { placeColumns, type ColumnSpec, type TableColumns } from "./columns";
import { SHEET_NAMES, TEMPLATE_LABELS } from "./labels";
import { POINTS_FORMAT } from "./points";
import { RowCursor } from "./rowCursor";
import { ACTION_PLAN_COPY as COPY } from "./sheets/actionPlanCopy";
import { DASHBOARD_COPY as D } from "./sheets/dashboardCopy";
import { DEALS_COPY, LEAD_SOURCES } from "./sheets/dealsCopy";
import { GOALS_COPY as G } from "./sheets/goalsCopy";
import { PILOT_COPY as P } from "./sheets/pilotCopy";
import { dealsColumnReference } from "./dealsReference";
import { spareColumns } from "./pasteRoom";
import { reviewsLayout } from "./reviewsLayout";
import { segmentsLayout } from "./segmentsLayout";
import { stagesLayout } from "./stagesLayout";
import type { TemplateHost, TemplateOptions } from "./types";

/**
 * Where everything sits in the template, for a given stage count and number of deal rows: the one place that
 * knows the addresses, computed once (buildTemplate) and handed to every sheet, so sheets refer to each other
 * (and tests read recalculated figures back) without repeating arithmetic. Each table is declared as columns
 * ({@link ColumnSpec}: key, header, width, role, format, wrapping, dropdown) and placed from them; sections of
 * a sheet are stacked with a {@link RowCursor}. Every position depends only on the stage count (and, on the
 * Deals sheet, the number of prepared rows), never on whether sample data is filled in.
 *
 * @example
 * const layout = templateLayout("en", 6, 1001);
 * layout.deals.field.amount              //=> 14 (column N)
 * layout.pilot.converted.pilotConverted //=> "D22" (pilot deals won, the "converted" of opportunity → deal)
 * layout.pilot.figures.pValue           //=> "O10"
 */
export type TemplateLayout = ReturnType<typeof templateLayout>;

/** Fields before the stage columns on the Deals sheet, and after them (the order of DEFINITIONS §2's list; the sample grid uses the same). */
export const LEADING_FIELDS: readonly DealField[] = SAMPLE_LEADING_FIELDS;
export const TRAILING_FIELDS: readonly DealField[] = SAMPLE_TRAILING_FIELDS;

/** The Deals sheet's header text for a field. */
export function fieldHeader(field: DealField, locale: Locale): string {
  return FIELD_HEADERS[field][locale];
}

type DealColumn = DealField | "stage" | "spare" | "valid" | "furthest" | "outcome" | "cycle" | "stay";

/** The Deals fields' widths (10 unless said) and looks. */
const FIELD_WIDTHS: Readonly<Partial<Record<DealField, number>>> = { customer: 22, source: 12, team: 12, industry: 12, amount: 12, lostReason: 16 };
const DEAL_LOOKS: Readonly<Partial<Record<DealField, Partial<Omit<ColumnSpec, "key">>>>> = {
  source: { list: { values: LEAD_SOURCES, error: DEALS_COPY.sourceError } },
  amount: {
    format: "#,##0",
    // An amount typed as text ("¥80,000") would be left out of the native figures (mean won amount, velocity).
    atLeast: { value: 0, title: DEALS_COPY.amountErrorTitle, error: DEALS_COPY.amountError },
  },
  status: { list: { values: (["open", "won", "lost"] as const).map((status) => DEAL_STATUS_WORDS[status]), error: DEALS_COPY.statusError } },
};
const fieldColumn = (key: DealField): ColumnSpec<DealColumn> => ({ key, header: FIELD_HEADERS[key], width: FIELD_WIDTHS[key] ?? 10, ...DEAL_LOOKS[key] });

/**
 * The Deals sheet's columns: the wide deal log of DEFINITIONS §2 (fields, one date per stage, fields), spare
 * columns that a wider export pasted at A2 may fill (read by nothing; pasteRoom.ts), then the helper columns its
 * formulas fill (deals.ts), hidden and grouped.
 */
export function dealColumns(stageCount: number): readonly ColumnSpec<DealColumn>[] {
  return [
    ...LEADING_FIELDS.map(fieldColumn),
    { key: "stage", count: "stages", header: (_locale, index, names) => names[index], width: 12, format: "yyyy-mm-dd" },
    ...TRAILING_FIELDS.map(fieldColumn),
    {
      key: "spare",
      count: spareColumns(LEADING_FIELDS.length + stageCount + TRAILING_FIELDS.length),
      header: (locale, index) => DEALS_COPY.spare[locale].replace("{n}", String(index + 1)),
      width: 10,
    },
    { key: "valid", header: DEALS_COPY.valid, width: 8, role: "computed", hidden: true },
    { key: "furthest", header: DEALS_COPY.furthest, width: 10, role: "computed", hidden: true },
    { key: "outcome", header: DEALS_COPY.outcome, width: 10, role: "computed", hidden: true },
    { key: "cycle", header: DEALS_COPY.cycleDays, width: 10, role: "computed", format: "0", hidden: true },
    {
      key: "stay",
      count: "stagesButLast",
      header: (locale, index, names) => DEALS_COPY.stayDays[locale].replace("{stage}", names[index]),
      width: 12,
      role: "computed",
      format: "0",
      hidden: true,
    },
  ];
}

export interface DealsLayout {
  readonly table: TableColumns<DealColumn>;
  /** 1-based column of each field. */
  readonly field: Readonly<Record<DealField, number>>;
  /** 1-based column of stage i's date (i = 0 … stageCount − 1). */
  readonly stage: (index: number) => number;
  readonly valid: number;
  readonly furthest: number;
  readonly outcome: number;
  readonly cycle: number;
  /** Helper column of days spent in stage i (i = 0 … stageCount − 2). */
  readonly stay: (index: number) => number;
  readonly lastColumn: number;
  /** The last column the manager fills in (the last field). */
  readonly lastInput: number;
  /** The spare columns between the inputs and the helpers, which a wider export pasted at A2 may fill (pasteRoom.ts). */
  readonly spare: { readonly first: number; readonly last: number };
  /**
   * A reference to a whole data column as this host reads it ({@link dealsColumnReference}): the prepared rows
   * 2 … lastDealRow in a file, the Deals table's column in Excel, open-ended in Sheets. Every sheet's formulas
   * over the deals go through it.
   */
  readonly column: (column: number) => string;
  /** The same column from its header row (row 1), for counting what lies below it (rowsBelow.ts). */
  readonly columnWithHeader: (column: number) => string;
}

function dealsLayout(sheet: string, stageCount: number, lastDealRow: number, host: TemplateHost): DealsLayout {
  const table = placeColumns(1, dealColumns(stageCount), stageCount);
  const field = Object.fromEntries([...LEADING_FIELDS, ...TRAILING_FIELDS].map((name) => [name, table.at[name]])) as Record<DealField, number>;
  return {
    table,
    field,
    stage: (index) => table.at.stage + index,
    valid: table.at.valid,
    furthest: table.at.furthest,
    outcome: table.at.outcome,
    cycle: table.at.cycle,
    stay: (index) => table.at.stay + index,
    lastColumn: table.last,
    lastInput: table.at.spare - 1,
    spare: { first: table.at.spare, last: table.at.valid - 1 },
    column: (column) => dealsColumnReference(host, sheet, column, lastDealRow),
    columnWithHeader: (column) => dealsColumnReference(host, sheet, column, lastDealRow, true),
  };
}

/** The Dashboard's funnel table: one row per stage. */
export const FUNNEL_TABLE = [
  { key: "stage", header: TEMPLATE_LABELS.stage, width: 26 },
  { key: "reached", header: D.reached, width: 12, role: "computed", align: "right" },
  { key: "stepConversion", header: D.stepConversion, width: 14, role: "computed", format: "0.0%" },
  { key: "overallConversion", header: D.overallConversion, width: 14, role: "computed", format: "0.0%" },
  { key: "dropOff", header: D.dropOff, width: 16, role: "computed", align: "right" },
  { key: "benchmark", header: TEMPLATE_LABELS.benchmark, width: 14, role: "computed", format: "0.0%" },
  { key: "gap", header: TEMPLATE_LABELS.gap, width: 14, role: "computed", format: POINTS_FORMAT },
  { key: "lost", header: D.lost, width: 13, role: "computed", align: "right" },
  // A share of the loss points, which end before the last stage: formatted on those rows (dashboard.ts).
  { key: "lostShare", header: D.lostShare, width: 12, role: "computed", align: "right" },
  { key: "stayMedian", header: D.stayMedian, width: 18, role: "computed", format: "0.0" },
  { key: "stayMean", header: D.stayMean, width: 16, role: "computed", format: "0.0" },
  { key: "stayCount", header: D.stayCount, width: 10, role: "computed", align: "right" },
] as const satisfies readonly ColumnSpec[];
export const FUNNEL_COLUMNS = FUNNEL_TABLE.map((column) => column.key);
export type FunnelColumn = (typeof FUNNEL_COLUMNS)[number];

export const KEY_FIGURES = [
  "dealsCounted",
  "winRate",
  "cycleMedian",
  "cycleMean",
  "cycleP90",
  "cycleCount",
  "openDeals",
  "meanWonAmount",
  "velocity",
] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number];

/** The number format of each key figure's value (none: a count). */
export const KEY_FIGURE_FORMATS: Readonly<Partial<Record<KeyFigure, string>>> = {
  winRate: "0.0%",
  cycleMedian: "0.0",
  cycleMean: "0.0",
  cycleP90: "0.0",
  meanWonAmount: "#,##0",
  velocity: "#,##0",
};

/** Workbook names for the key figures, so other sheets (Goals, Reviews) and users can refer to them. */
export const KEY_FIGURE_NAMES: Readonly<Record<KeyFigure, string>> = {
  dealsCounted: "DealsCounted",
  winRate: "WinRate",
  cycleMedian: "CycleMedian",
  cycleMean: "CycleMean",
  cycleP90: "CycleP90",
  cycleCount: "CycleCount",
  openDeals: "OpenDeals",
  meanWonAmount: "MeanWonAmount",
  velocity: "PipelineVelocity",
};

/** Where the Dashboard's sections are (stacked top to bottom) and the funnel table's columns. */
export type DashboardLayout = ReturnType<typeof dashboardLayout>;

function dashboardLayout(stageCount: number) {
  const table = placeColumns(1, FUNNEL_TABLE, stageCount);
  const rows = new RowCursor(1);
  const titleRow = rows.next();
  const noteRow = rows.next();
  const funnelTitleRow = rows.next();
  const funnelHeaderRow = rows.next();
  const funnelRows = rows.take(stageCount);
  const keyHeaderRow = rows.skip(2).next();
  const keys = rows.take(KEY_FIGURES.length);
  const keyFigureRow = Object.fromEntries(KEY_FIGURES.map((name, index) => [name, keys.first + index])) as Record<KeyFigure, number>;
  return {
    table,
    titleRow,
    noteRow,
    /** The "Funnel" heading's row (the warning sits right of it). */
    funnelTitleRow,
    /** Header row of the funnel table; stage i is on row funnelHeaderRow + 1 + i. */
    funnelHeaderRow,
    funnelRows,
    /** 1-based column of each funnel-table figure. */
    funnel: table.at,
    /** Header row of the key figures; each key figure's row (label in column A, value in column B). */
    keyHeaderRow,
    keyFigureRow,
    /** The cell warning of deals typed below the Deals sheet's last prepared row ("" when there are none). */
    warning: a1(3, funnelTitleRow),
  };
}

/** Rows of the Action plan's item table (the seed's tool table). */
export const ACTION_ITEM_ROWS = 40;
/** Rows of the Action plan's rollup by owner (distinct owners beyond this count only in the total). */
export const OWNER_GROUP_ROWS = 12;
/** Extra rows of the rollup by stage beyond the stage count (a blank stage, a pasted non-stage word). */
const EXTRA_STAGE_GROUP_ROWS = 3;
/** Rows of the Goals table: the method's goals, win rate, and room for the manager's own. */
export const GOAL_ROWS = 6;
/** Weekly rows of the Pilot sheet (13 weeks of sample data fit). */
export const PILOT_WEEK_ROWS = 16;
/**
 * K, the rows of the Pilot sheet's Fisher helper: probabilities of k = low … low + K − 1 (the support of the
 * pilot's converted count given the margins). Fisher's test only runs when the smallest expected count is
 * below 5, i.e. min(n₁, n₂) · min(c, N − c) < 5N; the support holds at most min(n₁, n₂, c, N − c) + 1 values,
 * and min(…)² < 5N, so K = 500 covers every table of up to N = 50,000 opportunities. A larger support
 * shows #N/A (never a wrong p-value).
 */
export const FISHER_HELPER_ROWS = 500;

/** The Action plan's item table: the seed's tool table, the overdue flag beside it. */
export const ACTION_ITEM_TABLE = [
  { key: "position", header: TEMPLATE_LABELS.position, width: 5 },
  { key: "stage", header: TEMPLATE_LABELS.stage, width: 12, role: "input", list: { values: "stageNames", error: COPY.stageError } },
  { key: "painPoint", header: COPY.painPoint, width: 28, role: "input", wrap: true },
  { key: "goal", header: COPY.goal, width: 28, role: "input", wrap: true },
  // The Goals sheet's goal the action serves (a dropdown of its goal names: actionPlan.ts).
  { key: "goalLink", header: COPY.goalLink, width: 22, role: "input", wrap: true },
  { key: "measures", header: COPY.measures, width: 40, role: "input", wrap: true },
  { key: "owner", header: COPY.owner, width: 16, role: "input" },
  // The method's 所需资源 (training budget, CRM access …).
  { key: "resources", header: COPY.resources, width: 24, role: "input", wrap: true },
  { key: "deadline", header: COPY.deadline, width: 12, role: "input", format: "yyyy-mm-dd" },
  {
    key: "status",
    header: COPY.status,
    width: 12,
    role: "input",
    list: { values: (["notStarted", "inProgress", "done"] as const).map((status) => ACTION_STATUS_WORDS[status]), error: COPY.statusError },
  },
  { key: "overdue", header: COPY.overdue, width: 8, role: "computed" },
] as const satisfies readonly ColumnSpec[];

/** The hidden helper columns: status code (1 not started, 2 in progress, 3 done, blank), group keys, first-appearance ordinals. */
export const ACTION_HELPER_TABLE = [
  { key: "statusCode", header: COPY.helperCode, width: 8, hidden: true },
  { key: "stageKey", header: COPY.helperStageKey, width: 12, hidden: true },
  { key: "stageOrdinal", header: COPY.helperStageOrdinal, width: 8, hidden: true },
  { key: "ownerKey", header: COPY.helperOwnerKey, width: 12, hidden: true },
  { key: "ownerOrdinal", header: COPY.helperOwnerOrdinal, width: 8, hidden: true },
] as const satisfies readonly ColumnSpec[];

/** A status rollup's columns, like STATUS_ROLLUP's spill; the first column's header names the grouping. */
export function rollupTable(group: (typeof TEMPLATE_LABELS)["stage"] | (typeof COPY)["owner"]) {
  return [
    { key: "group", header: group, width: 16, role: "computed" },
    { key: "notStarted", header: LABELS.notStarted, width: 10, role: "computed" },
    { key: "inProgress", header: LABELS.inProgress, width: 10, role: "computed" },
    { key: "done", header: LABELS.done, width: 10, role: "computed" },
    // Formatted down to the total row (actionPlan.ts).
    { key: "donePercent", header: LABELS.donePercent, width: 10, role: "computed" },
  ] as const satisfies readonly ColumnSpec[];
}

type Keys<T extends readonly ColumnSpec[]> = T[number]["key"];

/** The columns of a status rollup block, like STATUS_ROLLUP's spill: Group, Not started, In progress, Done, Done %. */
export type RollupColumns = Readonly<Record<Keys<ReturnType<typeof rollupTable>>, number>>;

/** The Action plan's item table, its hidden helpers and its two rollup blocks (by stage, by owner). */
export type ActionPlanLayout = ReturnType<typeof actionPlanLayout>;
/**
 * One status rollup block of the Action plan. Its group rows list the distinct values of `by` (stage or
 * owner) among the items that have a status, in order of first appearance (blank → "(blank)"), exactly the
 * rows of `STATUS_ROLLUP(status column, stage or owner column)`; unused group rows are blank. The total row
 * counts every item, whatever its group.
 */
export type RollupBlockLayout = ActionPlanLayout["rollups"]["stage"];

/** The 1-based column of an item-table column (ACTION_ITEM_TABLE starts at A). */
const itemColumn = (key: (typeof ACTION_ITEM_TABLE)[number]["key"]) => ACTION_ITEM_TABLE.findIndex((column) => column.key === key) + 1;
/**
 * Where the Action plan's summary starts: inside the item table's columns, so the sheet prints as wide as the items —
 * the rollup by stage heads the items' stage column (B … F), the rollup by owner their owner column (G … K, the
 * overdue column). The hidden helpers follow the items after one spare column (a manager's own note column).
 * @example
 * STAGE_ROLLUP_COLUMN //=> 2 (B), OWNER_ROLLUP_COLUMN //=> 7 (G), HELPER_FIRST_COLUMN //=> 13 (M)
 */
const STAGE_ROLLUP_COLUMN = itemColumn("stage");
const OWNER_ROLLUP_COLUMN = itemColumn("owner");
const HELPER_FIRST_COLUMN = ACTION_ITEM_TABLE.length + 2;

export function actionPlanLayout(locale: Locale, stageCount: number) {
  const items = placeColumns(1, ACTION_ITEM_TABLE, stageCount);
  const helpers = placeColumns(HELPER_FIRST_COLUMN, ACTION_HELPER_TABLE, stageCount);
  // Top: title, note, the items-below warning, a blank row. Then the summary a manager reads first: the two rollup
  // blocks side by side, the goal list under the one by stage, inside the item table's columns (the printed page is
  // the items' width) and on rows no wrapped action sentence stretches. A blank row, then the item table, its header
  // repeated on every printed page (printSetup.ts).
  const heading = new RowCursor(1).skip(2);
  const warningRow = heading.next();
  const top = heading.skip().at;
  const block = (by: "stage" | "owner", groupRows: number) => {
    const first = by === "stage" ? STAGE_ROLLUP_COLUMN : OWNER_ROLLUP_COLUMN;
    const table = placeColumns(first, rollupTable(by === "stage" ? TEMPLATE_LABELS.stage : COPY.owner), stageCount);
    const rows = new RowCursor(top);
    const titleRow = rows.next();
    const header = rows.next();
    const groups = rows.take(groupRows);
    const totalRow = rows.next();
    const overflowRow = rows.next();
    // The subtitle's row above the header; group rows firstRow … firstRow + groupRows − 1; the note of groups beyond them under the total.
    return { by, titleRow, headerRow: header, firstRow: groups.first, groupRows, totalRow, overflowRow, columns: table.at as RollupColumns, table };
  };
  const rollups = { stage: block("stage", stageCount + EXTRA_STAGE_GROUP_ROWS), owner: block("owner", OWNER_GROUP_ROWS) };
  const under = new RowCursor(rollups.stage.overflowRow + 2);
  const goalListTitle = under.next();
  const goalListRows = under.take(GOAL_ROWS);
  const itemsCursor = new RowCursor(Math.max(rollups.owner.overflowRow, goalListRows.last) + 2);
  const headerRow = itemsCursor.next();
  const itemRows = itemsCursor.take(ACTION_ITEM_ROWS);
  return {
    sheet: SHEET_NAMES.actionPlan[locale],
    headerRow,
    firstItemRow: itemRows.first,
    lastItemRow: itemRows.last,
    tables: { items, helpers },
    /** 1-based columns of the item table. */
    columns: items.at,
    /** Hidden helper columns: status code (1 not started, 2 in progress, 3 done, blank), group keys, first-appearance ordinals. */
    helpers: helpers.at,
    rollups,
    /**
     * Under the rollup by stage (above the items): the Goals sheet's goal names, one formula each (blank for a goal row without a name), the
     * Goal column's dropdown. On this sheet, not the Goals sheet's own cells: Sheets draws the Action plan before the
     * Goals sheet exists, and a dropdown cannot point at a sheet that is not there yet (a formula can).
     */
    goalList: { titleRow: goalListTitle, firstRow: goalListRows.first, lastRow: goalListRows.last, column: STAGE_ROLLUP_COLUMN },
    /**
     * The cell warning of items typed below the last item row ("" when there are none), under the title and note in
     * column A: the counted columns (stage … status) must not hold it, or it would count itself (a circular reference).
     */
    warning: a1(1, warningRow),
    /** The label of the total row and of the blank group, as STATUS_ROLLUP writes them. */
    totalLabel: LABELS.total[locale],
    blankGroupLabel: LABELS.blankGroup[locale],
  };
}

/** The Goals sheet's table; the metric and current value columns look as each row's goal says (goals.ts). */
export const GOAL_TABLE = [
  { key: "position", header: TEMPLATE_LABELS.position, width: 5 },
  { key: "metric", header: G.metric, width: 32 },
  { key: "baseline", header: G.baseline, width: 10, role: "input" },
  { key: "target", header: G.target, width: 10, role: "input" },
  { key: "start", header: G.start, width: 12, role: "input", format: "yyyy-mm-dd" },
  { key: "deadline", header: G.deadline, width: 12, role: "input", format: "yyyy-mm-dd" },
  { key: "current", header: G.current, width: 10, align: "right" },
  // (current − baseline) / (target − baseline): core goalProgress.
  { key: "progress", header: G.progress, width: 10, role: "computed", format: "0.0%" },
  // core elapsedShare(start, deadline, as of).
  { key: "elapsed", header: G.elapsed, width: 10, role: "computed", format: "0.0%" },
  // The on-track words: core onTrack(progress, elapsed).
  { key: "onTrack", header: G.onTrack, width: 12, role: "computed", align: "center" },
  { key: "notes", header: G.notes, width: 44 },
] as const satisfies readonly ColumnSpec[];

/** The Goals sheet's as-of cell and goal table. */
export type GoalsLayout = ReturnType<typeof goalsLayout>;

export function goalsLayout(locale: Locale) {
  const rows = new RowCursor(1).skip(3);
  const asOf = a1(3, rows.next());
  const headerRow = rows.skip().next();
  const table = placeColumns(1, GOAL_TABLE, 0);
  return {
    sheet: SHEET_NAMES.goals[locale],
    /**
     * The hidden helper column of the cycle-time goal (header in row 1, one row per Deals row from row 2): a deal's
     * cycle days when it was won in the goal's period, else blank; its MEDIAN is the goal's current value.
     */
    cycleHelper: table.last + 2,
    /** The "as of" day every elapsed share is measured on (an input cell; see the Goals sheet). */
    asOf,
    headerRow,
    /** The goal rows, top to bottom. */
    rows: Array.from({ length: GOAL_ROWS }, (_, index) => headerRow + 1 + index) as readonly number[],
    table,
    /** 1-based columns of the goal table. */
    columns: table.at,
    /** The words the on-track column shows for true and false. */
    onTrackWords: { yes: G.onTrackYes[locale], no: G.onTrackNo[locale] },
  };
}

/**
 * The Pilot sheet's weekly table: per group, leads, opportunities and deals counted from the Deals sheet (or typed
 * in the block under it), both conversions, and the week's state on the as-of day.
 */
export const PILOT_WEEK_TABLE = [
  { key: "weekStart", header: P.weekStart, width: 12, format: "yyyy-mm-dd" },
  ...(["pilot", "control"] as const).flatMap((group) => [
    { key: `${group}Leads`, header: P[`${group}Leads`], align: "right", width: 10, role: "computed" },
    { key: `${group}Opportunities`, header: P[`${group}Opportunities`], align: "right", width: 13, role: "computed" },
    { key: `${group}Deals`, header: P[`${group}Deals`], align: "right", width: 13, role: "computed" },
    { key: `${group}LeadToOpportunity`, header: P[`${group}LeadToOpportunity`], width: 12, role: "computed", format: "0.0%" },
    { key: `${group}OpportunityToDeal`, header: P[`${group}OpportunityToDeal`], width: 12, role: "computed", format: "0.0%" },
  ] as const),
  { key: "state", header: P.weekState, width: 10, role: "computed", align: "center" },
] as const satisfies readonly ColumnSpec[];
/** The PILOT_LIFT figures and, under them, their details: a label and a computed value. */
export const PILOT_FIGURE_TABLE = [
  { key: "label", header: P.figure, width: 36 },
  { key: "value", header: P.value, width: 22, role: "computed", align: "right" },
] as const satisfies readonly ColumnSpec[];
/** The hidden Fisher helper: k and P(k). */
export const FISHER_HELPER_TABLE = [
  { key: "k", header: P.helperK, width: 8, hidden: true },
  { key: "probability", header: P.helperP, width: 12, hidden: true },
] as const satisfies readonly ColumnSpec[];
/** The number formats of the figures and details (none: a count or a word). */
export const PILOT_FORMATS: Readonly<Partial<Record<keyof typeof P.figures | keyof typeof P.details | keyof typeof P.baseline, string | Localized>>> = {
  ...{ pilotRate: "0.0%", controlRate: "0.0%", lift: POINTS_FORMAT, relativeLift: "0.0%", pValue: "0.0000" },
  ...{ smallestExpected: "0.00", z: "0.000", zPValue: "0.0000", observedProbability: "0.000000", fisherPValue: "0.0000" },
  ...{ beforeRate: "0.0%", afterRate: "0.0%", change: POINTS_FORMAT },
};

/** Rows the Pilot's significance note is merged over: three lines of wrapped text beside the weekly table's rows. */
export const PILOT_NOTE_ROWS = 3;

/** The Pilot sheet's weekly table, the PILOT_LIFT figures and details beside it, the hidden Fisher helper. */
export type PilotLayout = ReturnType<typeof pilotLayout>;

export function pilotLayout(locale: Locale) {
  const weeks = placeColumns(1, PILOT_WEEK_TABLE, 0);
  const figures = placeColumns(weeks.last + 2, PILOT_FIGURE_TABLE, 0);
  const helper = placeColumns(figures.last + 2, FISHER_HELPER_TABLE, 0);
  const left = new RowCursor(5);
  const headerRow = left.next();
  const weekRows = left.take(PILOT_WEEK_ROWS);
  const totalsRow = left.next();
  // Under the totals: the typed figures (for teams without a deal log), in the weekly table's columns.
  const typedTitle = left.skip().next();
  const typedHeader = left.next();
  const typedRows = left.take(PILOT_WEEK_ROWS);
  // Right of the weeks: the figures, a note and the details' subtitle, the details, the baseline's subtitle, the baseline.
  const right = new RowCursor(headerRow + 1);
  const values = <K extends string>(words: Readonly<Record<K, Localized>>) =>
    Object.fromEntries(Object.keys(words).map((key) => [key, a1(figures.at.value, right.next())])) as Record<K, string>;
  const figureValues = values(P.figures);
  right.skip(PILOT_NOTE_ROWS + 1); // the significance note (merged over rows beside the weeks, not one tall row), the details' subtitle
  const detailValues = values(P.details);
  right.skip(); // the baseline's subtitle
  const baselineValues = values(P.baseline);
  const converted = (column: number) => a1(column, totalsRow);
  const columns = weeks.at;
  return {
    sheet: SHEET_NAMES.pilot[locale],
    headerRow,
    firstWeekRow: weekRows.first,
    lastWeekRow: weekRows.last,
    totalsRow,
    tables: { weeks, figures, helper },
    /** 1-based columns of the weekly table. */
    columns,
    /**
     * The PILOT_LIFT inputs, on the totals row: "converted" is opportunity → deal (the seed's "商机-成交"
     * conversion): converted = deals won, total = opportunities.
     */
    converted: {
      pilotConverted: converted(columns.pilotDeals),
      pilotTotal: converted(columns.pilotOpportunities),
      controlConverted: converted(columns.controlDeals),
      controlTotal: converted(columns.controlOpportunities),
    },
    /** The PILOT_LIFT figures (core pilotLift): rates, lift, relative lift, p-value and the method word. */
    figures: figureValues,
    /** Calculation details shown under the figures. */
    details: detailValues,
    /** The pilot team's own before/after baseline (core pilotFromDeals `baseline`), under the details. */
    baseline: baselineValues,
    /** Input cells: the pilot team (a Team column value) and the pilot's first day; the one-line verdict above the figures. */
    inputs: { team: "B3", start: "H3" },
    verdict: a1(figures.at.label, 3),
    /** The typed figures: header row, rows firstRow … lastRow, in the weekly table's count columns. */
    typed: { title: typedTitle, header: typedHeader, first: typedRows.first, last: typedRows.last },
    /** The words of the state column. */
    stateWords: { inProgress: P.weekStates.inProgress[locale], maturing: P.weekStates.maturing[locale], mature: P.weekStates.mature[locale] },
    /** The verdict's words (core pilotVerdict). */
    verdictWords: Object.fromEntries(Object.entries(P.verdicts).map(([key, words]) => [key, words[locale]])) as Record<keyof typeof P.verdicts, string>,
    /** The hidden Fisher helper: k in column `k`, P(k) in `probability`, rows firstRow … firstRow + rows − 1. */
    fisherHelper: { k: helper.at.k, probability: helper.at.probability, firstRow: weekRows.first, rows: FISHER_HELPER_ROWS },
    /** The words the method cell shows (PILOT_LIFT's own). */
    methodWords: { zTest: LABELS.zTest[locale], fisher: LABELS.fisher[locale] },
  };
}

/**
 * The layout of every sheet of a template with `stageCount` stages and deal rows 2 … `lastDealRow`, for `host`
 * (TemplateOptions.host: how formulas reach the Deals rows).
 */
export function templateLayout(locale: Locale, stageCount: number, lastDealRow: number, host: TemplateHost = "file") {
  const sheetName = (key: keyof typeof SHEET_NAMES) => SHEET_NAMES[key][locale];
  return {
    locale,
    stageCount,
    host,
    /** Last data row of the Deals sheet (header in row 1). */
    lastDealRow,
    sheetName,
    deals: dealsLayout(sheetName("deals"), stageCount, lastDealRow, host),
    stages: stagesLayout(sheetName("stages"), stageCount),
    dashboard: dashboardLayout(stageCount),
    actionPlan: actionPlanLayout(locale, stageCount),
    goals: goalsLayout(locale),
    pilot: pilotLayout(locale),
    reviews: reviewsLayout(locale, stageCount),
    segments: segmentsLayout(locale, stageCount),
  };
}

/**
 * The layout of a template built with `options`, for what does not depend on the number of deal rows (the
 * Action plan, Goals and Pilot sheets, the Dashboard's places).
 * @example
 * sheetLayouts({ locale: "en" }).pilot.figures.pValue //=> "O10"
 */
export function sheetLayouts(options: Pick<TemplateOptions, "locale" | "stages">): TemplateLayout {
  return templateLayout(options.locale, stageList(options.stages, options.locale).names.length, 0);
}

import { stageList } from "../model/stages";
import type { Locale } from "../model/locale";
import { LABELS } from "../functions/labels";
import { a1 } from "./a1";
import { SHEET_NAMES } from "./labels";
import type { TemplateOptions } from "./types";

/**
 * Where the Action plan, Goals and Pilot sheets keep their figures: the one place that knows those addresses,
 * so the sheets are drawn from it and a test can read the recalculated figures back (the LibreOffice agreement
 * test compares them with core/metrics). Addresses are A1 on the sheet named `sheet`; every position depends
 * only on the stage count, never on whether sample data is filled in.
 *
 * @example
 * const { pilot } = sheetLayouts({ locale: "en" });
 * pilot.converted.pilotConverted //=> "D22" (pilot deals won, the "converted" of opportunity → deal)
 * pilot.figures.pValue           //=> "N10"
 */

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

/** The columns of a status rollup block, like STATUS_ROLLUP's spill: Group, Not started, In progress, Done, Done %. */
export interface RollupColumns {
  readonly group: number;
  readonly notStarted: number;
  readonly inProgress: number;
  readonly done: number;
  readonly donePercent: number;
}

/**
 * One status rollup block of the Action plan. Its group rows list the distinct values of `by` (stage or
 * owner) among the items that have a status, in order of first appearance (blank → "(blank)"), exactly the
 * rows of `STATUS_ROLLUP(status column, stage or owner column)`; unused group rows are blank. The total row
 * counts every item, whatever its group.
 */
export interface RollupBlockLayout {
  readonly by: "stage" | "owner";
  readonly headerRow: number;
  readonly firstRow: number;
  /** Group rows available (firstRow … firstRow + groupRows − 1). */
  readonly groupRows: number;
  readonly totalRow: number;
  readonly columns: RollupColumns;
}

export interface ActionPlanLayout {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstItemRow: number;
  readonly lastItemRow: number;
  /** 1-based columns of the item table. */
  readonly columns: {
    readonly position: number;
    readonly stage: number;
    readonly painPoint: number;
    readonly goal: number;
    readonly measures: number;
    readonly owner: number;
    readonly deadline: number;
    readonly status: number;
    readonly overdue: number;
  };
  /** Hidden helper columns: status code (1 not started, 2 in progress, 3 done, blank), group keys, first-appearance ordinals. */
  readonly helpers: {
    readonly statusCode: number;
    readonly stageKey: number;
    readonly stageOrdinal: number;
    readonly ownerKey: number;
    readonly ownerOrdinal: number;
  };
  readonly rollups: { readonly stage: RollupBlockLayout; readonly owner: RollupBlockLayout };
  /**
   * The cell warning of items typed below the last item row ("" when there are none), above the table in column A:
   * the counted columns (stage … status) must not hold it, or it would count itself (a circular reference).
   */
  readonly warning: string;
  /** The label of the total row and of the blank group, as STATUS_ROLLUP writes them. */
  readonly totalLabel: string;
  readonly blankGroupLabel: string;
}

export interface GoalsLayout {
  readonly sheet: string;
  /** The "as of" day every elapsed share is measured on (an input cell; see the Goals sheet). */
  readonly asOf: string;
  readonly headerRow: number;
  /** The goal rows, top to bottom. */
  readonly rows: readonly number[];
  readonly columns: {
    readonly position: number;
    readonly metric: number;
    readonly baseline: number;
    readonly target: number;
    readonly start: number;
    readonly deadline: number;
    readonly current: number;
    /** (current − baseline) / (target − baseline): core goalProgress. */
    readonly progress: number;
    /** core elapsedShare(start, deadline, as of). */
    readonly elapsed: number;
    /** {@link GoalsLayout.onTrackWords}: core onTrack(progress, elapsed). */
    readonly onTrack: number;
    readonly notes: number;
  };
  /** The words the on-track column shows for true and false. */
  readonly onTrackWords: { readonly yes: string; readonly no: string };
}

export interface PilotLayout {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstWeekRow: number;
  readonly lastWeekRow: number;
  readonly totalsRow: number;
  readonly columns: {
    readonly weekStart: number;
    readonly pilotLeads: number;
    readonly pilotOpportunities: number;
    readonly pilotDeals: number;
    readonly pilotLeadToOpportunity: number;
    readonly pilotOpportunityToDeal: number;
    readonly controlLeads: number;
    readonly controlOpportunities: number;
    readonly controlDeals: number;
    readonly controlLeadToOpportunity: number;
    readonly controlOpportunityToDeal: number;
  };
  /**
   * The PILOT_LIFT inputs, on the totals row: "converted" is opportunity → deal (the seed's "商机-成交"
   * conversion): converted = deals won, total = opportunities.
   */
  readonly converted: {
    readonly pilotConverted: string;
    readonly pilotTotal: string;
    readonly controlConverted: string;
    readonly controlTotal: string;
  };
  /** The PILOT_LIFT figures (core pilotLift): rates, lift, relative lift, p-value and the method word. */
  readonly figures: {
    readonly pilotRate: string;
    readonly controlRate: string;
    readonly lift: string;
    readonly relativeLift: string;
    readonly pValue: string;
    readonly method: string;
  };
  /** Calculation details shown under the figures. */
  readonly details: {
    readonly total: string;
    readonly converted: string;
    readonly smallestExpected: string;
    readonly useFisher: string;
    readonly z: string;
    readonly zPValue: string;
    readonly fisherLow: string;
    readonly fisherHigh: string;
    readonly observedProbability: string;
    readonly fisherPValue: string;
  };
  /** The hidden Fisher helper: k in column `k`, P(k) in `probability`, rows firstRow … firstRow + rows − 1. */
  readonly fisherHelper: { readonly k: number; readonly probability: number; readonly firstRow: number; readonly rows: number };
  /** The words the method cell shows (PILOT_LIFT's own). */
  readonly methodWords: { readonly zTest: string; readonly fisher: string };
}

export interface TemplateSheetLayouts {
  readonly actionPlan: ActionPlanLayout;
  readonly goals: GoalsLayout;
  readonly pilot: PilotLayout;
}

/** The layouts of the Action plan, Goals and Pilot sheets for a template built with `options`. */
export function sheetLayouts(options: Pick<TemplateOptions, "locale" | "stages">): TemplateSheetLayouts {
  const stageCount = stageList(options.stages, options.locale).names.length;
  return {
    actionPlan: actionPlanLayout(options.locale, stageCount),
    goals: goalsLayout(options.locale),
    pilot: pilotLayout(options.locale),
  };
}

/** Words of the Goals sheet's on-track column. */
export const ON_TRACK_WORDS = {
  yes: { "zh-CN": "按计划", en: "On track" },
  no: { "zh-CN": "落后", en: "Behind" },
} as const;

export function actionPlanLayout(locale: Locale, stageCount: number): ActionPlanLayout {
  const headerRow = 4;
  const firstItemRow = headerRow + 1;
  const columns: RollupColumns = { group: 11, notStarted: 12, inProgress: 13, done: 14, donePercent: 15 };
  const stageGroups = stageCount + EXTRA_STAGE_GROUP_ROWS;
  const stageBlock: RollupBlockLayout = {
    by: "stage",
    headerRow,
    firstRow: headerRow + 1,
    groupRows: stageGroups,
    totalRow: headerRow + 1 + stageGroups,
    columns,
  };
  // Subtitle two rows under the stage block's total (one row for its overflow note), then the header.
  const ownerHeader = stageBlock.totalRow + 4;
  const ownerBlock: RollupBlockLayout = {
    by: "owner",
    headerRow: ownerHeader,
    firstRow: ownerHeader + 1,
    groupRows: OWNER_GROUP_ROWS,
    totalRow: ownerHeader + 1 + OWNER_GROUP_ROWS,
    columns,
  };
  return {
    sheet: SHEET_NAMES.actionPlan[locale],
    headerRow,
    firstItemRow,
    lastItemRow: firstItemRow + ACTION_ITEM_ROWS - 1,
    columns: { position: 1, stage: 2, painPoint: 3, goal: 4, measures: 5, owner: 6, deadline: 7, status: 8, overdue: 9 },
    helpers: { statusCode: 17, stageKey: 18, stageOrdinal: 19, ownerKey: 20, ownerOrdinal: 21 },
    rollups: { stage: stageBlock, owner: ownerBlock },
    warning: a1(1, headerRow - 1),
    totalLabel: LABELS.total[locale],
    blankGroupLabel: LABELS.blankGroup[locale],
  };
}

export function goalsLayout(locale: Locale): GoalsLayout {
  const headerRow = 6;
  return {
    sheet: SHEET_NAMES.goals[locale],
    asOf: "C4",
    headerRow,
    rows: Array.from({ length: GOAL_ROWS }, (_, index) => headerRow + 1 + index),
    columns: { position: 1, metric: 2, baseline: 3, target: 4, start: 5, deadline: 6, current: 7, progress: 8, elapsed: 9, onTrack: 10, notes: 11 },
    onTrackWords: { yes: ON_TRACK_WORDS.yes[locale], no: ON_TRACK_WORDS.no[locale] },
  };
}

export function pilotLayout(locale: Locale): PilotLayout {
  const headerRow = 5;
  const firstWeekRow = headerRow + 1;
  const lastWeekRow = firstWeekRow + PILOT_WEEK_ROWS - 1;
  const totalsRow = lastWeekRow + 1;
  const columns = {
    weekStart: 1,
    pilotLeads: 2,
    pilotOpportunities: 3,
    pilotDeals: 4,
    pilotLeadToOpportunity: 5,
    pilotOpportunityToDeal: 6,
    controlLeads: 7,
    controlOpportunities: 8,
    controlDeals: 9,
    controlLeadToOpportunity: 10,
    controlOpportunityToDeal: 11,
  };
  const value = (row: number) => a1(14, row);
  return {
    sheet: SHEET_NAMES.pilot[locale],
    headerRow,
    firstWeekRow,
    lastWeekRow,
    totalsRow,
    columns,
    converted: {
      pilotConverted: a1(columns.pilotDeals, totalsRow),
      pilotTotal: a1(columns.pilotOpportunities, totalsRow),
      controlConverted: a1(columns.controlDeals, totalsRow),
      controlTotal: a1(columns.controlOpportunities, totalsRow),
    },
    figures: {
      pilotRate: value(headerRow + 1),
      controlRate: value(headerRow + 2),
      lift: value(headerRow + 3),
      relativeLift: value(headerRow + 4),
      pValue: value(headerRow + 5),
      method: value(headerRow + 6),
    },
    details: {
      total: value(headerRow + 9),
      converted: value(headerRow + 10),
      smallestExpected: value(headerRow + 11),
      useFisher: value(headerRow + 12),
      z: value(headerRow + 13),
      zPValue: value(headerRow + 14),
      fisherLow: value(headerRow + 15),
      fisherHigh: value(headerRow + 16),
      observedProbability: value(headerRow + 17),
      fisherPValue: value(headerRow + 18),
    },
    fisherHelper: { k: 16, probability: 17, firstRow: firstWeekRow, rows: FISHER_HELPER_ROWS },
    methodWords: { zTest: LABELS.zTest[locale], fisher: LABELS.fisher[locale] },
  };
}

import { FIELD_HEADERS, type DealField } from "../model/words";
import type { Locale } from "../model/locale";
import { SAMPLE_LEADING_FIELDS, SAMPLE_TRAILING_FIELDS } from "../sample/sampleGrid";
import { a1, absolute, sheetRef } from "./a1";
import { SHEET_NAMES } from "./labels";

/** Fields before the stage columns on the Deals sheet, and after them (the order of DEFINITIONS §2's list; the sample grid uses the same). */
export const LEADING_FIELDS: readonly DealField[] = SAMPLE_LEADING_FIELDS;
export const TRAILING_FIELDS: readonly DealField[] = SAMPLE_TRAILING_FIELDS;

/**
 * Where everything sits in the template, for a given stage count and number of deal rows: the one place
 * that knows the addresses, so sheets can refer to each other (and tests can read figures back) without
 * repeating arithmetic.
 */
export interface TemplateLayout {
  readonly locale: Locale;
  readonly stageCount: number;
  /** Last data row of the Deals sheet (header in row 1). */
  readonly lastDealRow: number;
  readonly sheetName: (key: keyof typeof SHEET_NAMES) => string;
  readonly deals: {
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
    /** An absolute, sheet-qualified reference to a whole data column (rows 2 … lastDealRow). */
    readonly column: (column: number) => string;
  };
  readonly stages: {
    /** First data row (header in row 1); stage i is on row firstRow + i. */
    readonly firstRow: number;
    readonly nameColumn: number;
    readonly benchmarkColumn: number;
    readonly targetDaysColumn: number;
    readonly names: string;
  };
  readonly dashboard: {
    /** Header row of the funnel table; stage i is on row funnelHeaderRow + 1 + i. */
    readonly funnelHeaderRow: number;
    /** 1-based column of each funnel-table figure. */
    readonly funnel: Readonly<Record<FunnelColumn, number>>;
    /** Row of each key figure (label in column A, value in column B). */
    readonly keyFigureRow: Readonly<Record<KeyFigure, number>>;
    /** The cell warning of deals typed below the Deals sheet's last prepared row ("" when there are none). */
    readonly warning: string;
  };
}

export const FUNNEL_COLUMNS = [
  "stage",
  "reached",
  "stepConversion",
  "overallConversion",
  "dropOff",
  "benchmark",
  "gap",
  "lost",
  "lostShare",
  "stayMedian",
  "stayMean",
  "stayCount",
] as const;
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

export function templateLayout(locale: Locale, stageCount: number, lastDealRow: number): TemplateLayout {
  const field = {} as Record<DealField, number>;
  LEADING_FIELDS.forEach((name, index) => (field[name] = index + 1));
  const firstStage = LEADING_FIELDS.length + 1;
  TRAILING_FIELDS.forEach((name, index) => (field[name] = firstStage + stageCount + index));
  const valid = firstStage + stageCount + TRAILING_FIELDS.length;
  const furthest = valid + 1;
  const outcome = valid + 2;
  const cycle = valid + 3;
  const firstStay = valid + 4;
  const sheetName = (key: keyof typeof SHEET_NAMES) => SHEET_NAMES[key][locale];
  const funnelHeaderRow = 4;
  const funnel = Object.fromEntries(FUNNEL_COLUMNS.map((name, index) => [name, index + 1])) as Record<FunnelColumn, number>;
  const firstKeyRow = funnelHeaderRow + stageCount + 4;
  const keyFigureRow = Object.fromEntries(KEY_FIGURES.map((name, index) => [name, firstKeyRow + index])) as Record<KeyFigure, number>;
  return {
    locale,
    stageCount,
    lastDealRow,
    sheetName,
    deals: {
      field,
      stage: (index) => firstStage + index,
      valid,
      furthest,
      outcome,
      cycle,
      stay: (index) => firstStay + index,
      lastColumn: firstStay + stageCount - 2,
      column: (column) => sheetRef(sheetName("deals"), absolute(column, 2, column, lastDealRow)),
    },
    stages: {
      firstRow: 2,
      nameColumn: 2,
      targetDaysColumn: 6,
      benchmarkColumn: 7,
      names: sheetRef(sheetName("stages"), absolute(2, 2, 2, 1 + stageCount)),
    },
    dashboard: { funnelHeaderRow, funnel, keyFigureRow, warning: a1(3, funnelHeaderRow - 1) },
  };
}

/** The Deals sheet's header text for a field. */
export function fieldHeader(field: DealField, locale: Locale): string {
  return FIELD_HEADERS[field][locale];
}

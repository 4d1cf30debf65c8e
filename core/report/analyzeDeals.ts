import { funnel } from "../metrics/funnel";
import { lossPoints } from "../metrics/lossPoints";
import { timeInStageSummaries } from "../metrics/timeInStage";
import type { Grid } from "../model/cells";
import { STATUS_CODE, type DealTable } from "../model/dealTable";
import type { Locale } from "../model/locale";
import { describeProblem } from "../model/problem";
import type { DateOrder, ReadingNotes, StageOrderSource } from "../model/reading";
import type { DealReportJson } from "../model/reportSchema";
import { stageList, type StageList } from "../model/stages";
import { parseDealLog, type DealLog } from "../parse/dealLog";
import { figureInputs, reportFigureValues } from "./reportFigures";

/**
 * The diagnosis of a deal log (DEFINITIONS §7 `--json`); every empty denominator is `null`. Its type is inferred
 * from the schema (core/model/reportSchema.ts DEAL_REPORT_SCHEMA), declared once: loss points per stage but the
 * last, `reading` what the reader decided (core/model/reading.ts).
 */
export type DealReport = DealReportJson;

/** How to read the log for a report. */
export interface AnalyzeOptions {
  readonly locale: Locale;
  readonly stages?: StageList;
  /** Where `stages` came from (default "given" when set): "workbook" for a workbook's own Stages sheet. */
  readonly stageOrder?: StageOrderSource;
  readonly timeZone?: string;
  readonly firstRow?: number;
  /** 1-based sheet column of the range's first column (default 1), so problems name real column letters. */
  readonly firstColumn?: number;
  /** The order of numbers-only dates in a column whose values leave it open (`--date-order`). */
  readonly dateOrder?: DateOrder;
  /** The same from the spreadsheet's locale (dateOrderOfLocale), used after `dateOrder`. */
  readonly localeDateOrder?: DateOrder;
}

/**
 * Every figure of the diagnosis step for one deal log, as the CLI and the panes show it. `undefined` when the
 * range is not a deal log of any shape; throws StageOrderNeeded (parse/currentStage.ts) for a current-stage
 * export whose stage order cannot be told.
 * @example
 * analyzeDeals([["线索", "成交", "状态"], [46027, 46057, "赢单"]], { locale: "zh-CN" })?.cycleTimeDays.median //=> 30
 */
export function analyzeDeals(grid: Grid, options: AnalyzeOptions): DealReport | undefined {
  const log = parseForReport(grid, options);
  return log === undefined ? undefined : reportOfLog(log, options.locale);
}

/** The deal log of `grid` read as {@link analyzeDeals} reads it (`undefined`: no deal log of any shape). */
export function parseForReport(grid: Grid, options: AnalyzeOptions): DealLog | undefined {
  const stageOrder = options.stages === undefined ? "default" : (options.stageOrder ?? "given");
  return parseDealLog(grid, {
    stages: options.stages ?? stageList(undefined, options.locale),
    stageOrder,
    timeZone: options.timeZone,
    firstRow: options.firstRow,
    firstColumn: options.firstColumn,
    dateOrder: options.dateOrder,
    localeDateOrder: options.localeDateOrder,
  });
}

/**
 * The report of a deal log already parsed (parseDealLog), for a caller that also needs the parsed deals
 * themselves (the Sheets sidebar's period) and should not parse the log twice.
 */
export function reportOfLog(log: DealLog, locale: Locale): DealReport {
  const deals = log.deals;
  return {
    deals: deals.count,
    shape: log.shape,
    stages: deals.stages.names,
    ...dealFigures(deals, log.reading),
    problems: log.problems.map((problem) => describeProblem(problem, locale)),
    ...(log.reading === undefined ? {} : { reading: log.reading }),
  };
}

/** The figures of a set of deals: the report's, without what describes the log (deals, shape, stages, problems, reading, segments). */
export type DealFigures = Omit<DealReport, "deals" | "shape" | "stages" | "problems" | "reading" | "segments">;

/**
 * Every figure of the report for a deal table (DEFINITIONS §4): the whole log's, or one group's (core/metrics/segments.ts
 * runs it on each group's deals, so a group's figures are the whole-log kernels' on its deals). `reading` tells
 * whether the amounts are in several currencies (then no average won amount and no velocity).
 */
export function dealFigures(deals: DealTable, reading: ReadingNotes | undefined): DealFigures {
  const names = deals.stages.names;
  const timeInStageDays: Record<string, { median: number | null; mean: number | null; n: number }> = {};
  timeInStageSummaries(deals).forEach((durations, stage) => {
    timeInStageDays[names[stage]] = { median: durations.median, mean: durations.mean, n: durations.count ?? 0 };
  });
  return {
    funnel: funnel(deals),
    // Win rate, cycle time, average won amount, pipeline velocity: one table (core/report/reportFigures.ts).
    ...reportFigureValues(figureInputs(deals, reading)),
    timeInStageDays,
    lossPoints: lossPoints(names, deals.furthest, (i) => deals.status[i] === STATUS_CODE.lost),
  };
}

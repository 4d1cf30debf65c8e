import type { DealReport } from "../report/analyzeDeals";

/** One row of the report query's answer (core/sql/reportSql.ts): a figure, its stage position, its value. */
export interface FigureRow {
  readonly figure: string;
  readonly position: number | null;
  readonly value: number | null;
}

/** The report's figures (DEFINITIONS §7 `--json`) that the SQL computes: everything but problems and reading notes. */
export type SqlFigures = Pick<
  DealReport,
  "deals" | "stages" | "funnel" | "winRate" | "cycleTimeDays" | "timeInStageDays" | "lossPoints" | "averageWonAmount" | "pipelineVelocity" | "openPipelineAmount"
>;

/**
 * Turns the query's rows into the report's shape, fields in the order `analyze --json` prints them, so the two
 * compare field by field. Counts come back as doubles and are made integers again.
 * @example
 * figuresOfRows(["Lead", "Won"], [{ figure: "deals", position: null, value: 2 }, …]).deals //=> 2
 */
export function figuresOfRows(stages: readonly string[], rows: readonly FigureRow[]): SqlFigures {
  const scalar = new Map<string, number | null>();
  const perStage = new Map<string, (number | null)[]>();
  for (const row of rows) {
    const value = row.value === null ? null : Number(row.value);
    if (row.position === null) scalar.set(row.figure, value);
    else {
      let list = perStage.get(row.figure);
      if (list === undefined) perStage.set(row.figure, (list = []));
      list[Number(row.position)] = value;
    }
  }
  const at = (figure: string, stage: number) => perStage.get(figure)?.[stage] ?? null;
  const count = (value: number | null | undefined) => Math.round(value ?? 0);
  const last = stages.length - 1;
  const timeInStageDays: Record<string, { median: number | null; mean: number | null; n: number }> = {};
  for (let stage = 0; stage < last; stage++) {
    timeInStageDays[stages[stage]] = { median: at("time_in_stage_median", stage), mean: at("time_in_stage_mean", stage), n: count(at("time_in_stage_n", stage)) };
  }
  return {
    deals: count(scalar.get("deals")),
    stages: [...stages],
    funnel: stages.map((stage, index) => ({
      stage,
      reached: count(at("reached", index)),
      stepConversion: at("step_conversion", index),
      overallConversion: at("overall_conversion", index),
      dropOff: index === last ? null : count(at("drop_off", index)),
    })),
    winRate: scalar.get("win_rate") ?? null,
    cycleTimeDays: {
      median: scalar.get("cycle_time_median") ?? null,
      mean: scalar.get("cycle_time_mean") ?? null,
      p90: scalar.get("cycle_time_p90") ?? null,
      n: count(scalar.get("cycle_time_n")),
    },
    timeInStageDays,
    lossPoints: stages.slice(0, last).map((stage, index) => ({ stage, lost: count(at("loss_lost", index)), share: at("loss_share", index) })),
    averageWonAmount: scalar.get("average_won_amount") ?? null,
    pipelineVelocity: scalar.get("pipeline_velocity") ?? null,
    openPipelineAmount: scalar.get("open_pipeline_amount") ?? null,
  };
}

import * as z from "zod/mini";

const share = z.nullable(z.number().check(z.gte(0), z.lte(1)));
const days = z.nullable(z.number());

/**
 * The shape of the diagnosis report (DEFINITIONS §7 `--json`), as a zod/mini schema: what the CLI prints and the
 * panes receive. Empty denominators are `null`, never 0 or NaN. Consumers (tests, the task pane, scripts that
 * read the CLI's output) validate with `DEAL_REPORT_SCHEMA.parse(json)`.
 *
 * Loss points have one row per funnel stage but the last, in the funnel's order: nothing is lost at the last
 * stage (metrics/lossPoints); a row for it, or any other stage list, is refused at `lossPoints`.
 */
export const DEAL_REPORT_SCHEMA = z.object({
  deals: z.number().check(z.int(), z.gte(0)),
  funnel: z.array(
    z.object({
      stage: z.string(),
      reached: z.number().check(z.int(), z.gte(0)),
      stepConversion: share,
      overallConversion: share,
    }),
  ),
  winRate: share,
  cycleTimeDays: z.object({ median: days, mean: days, p90: days, n: z.number().check(z.int(), z.gte(0)) }),
  timeInStageDays: z.record(z.string(), z.object({ median: days, mean: days, n: z.number().check(z.int(), z.gte(0)) })),
  lossPoints: z.array(z.object({ stage: z.string(), lost: z.number().check(z.int(), z.gte(0)), share })),
  problems: z.array(z.object({ row: z.number().check(z.int(), z.gte(1)), column: z.string(), message: z.string() })),
  // What the reader decided (core/model/reading.ts); only the fields this schema checks are listed.
  reading: z.optional(
    z.object({
      shape: z.string(),
      stageOrder: z.optional(z.object({ source: z.string(), name: z.optional(z.string()) })),
      furnitureRows: z.optional(z.number().check(z.int(), z.gte(1))),
      lostWithoutStage: z.optional(z.number().check(z.int(), z.gte(1))),
      currencies: z.optional(z.array(z.string())),
      currencyDeals: z.optional(z.array(z.number().check(z.int(), z.gte(1)))),
      cycleFrom: z.optional(z.enum(["stageDates", "createdToClose"])),
    }),
  ),
}).check(
  z.refine(
    (report) =>
      report.lossPoints.length === Math.max(0, report.funnel.length - 1) &&
      report.lossPoints.every((row, index) => row.stage === report.funnel[index].stage),
    { message: "loss points: one row per funnel stage but the last, in order", path: ["lossPoints"] },
  ),
);

export type DealReportJson = z.infer<typeof DEAL_REPORT_SCHEMA>;

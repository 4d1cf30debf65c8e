import * as z from "zod/mini";
import { REPORT_FIGURE_KEYS, REPORT_FIGURES, type ReportFigureKey } from "../report/reportFigures";
import { amountSchema, countSchema, daysSchema, shareSchema } from "./figureSchemas";

const share = shareSchema;
const days = daysSchema;
const count = countSchema;
const dateOrder = z.enum(["ymd", "mdy", "dmy"]);

/** What the reader decided (core/model/reading.ts ReadingNotes); each field present only when it applies. */
export const READING_SCHEMA = z.object({
  shape: z.enum(["wide", "stageColumn", "currentStage", "history"]),
  stageOrder: z.optional(z.object({ source: z.enum(["given", "workbook", "columns", "firstEntry", "crmDefault", "default"]), name: z.optional(z.string()) })),
  dateOrders: z.optional(z.array(z.object({ column: z.string(), order: dateOrder, source: z.enum(["values", "option", "dots", "locale"]) }))),
  ambiguousDates: z.optional(z.array(z.object({ column: z.string(), ambiguous: count, dated: count }))),
  lostWithoutStage: z.optional(count),
  cycleFrom: z.optional(z.enum(["stageDates", "createdToClose"])),
  furnitureRows: z.optional(count),
  revisitedDeals: z.optional(count),
  currencies: z.optional(z.array(z.string())),
  currencyDeals: z.optional(z.array(count)),
});

/** One stage of a funnel (the report's, a group's). */
const FUNNEL_ROW = z.object({
  stage: z.string(),
  reached: count,
  stepConversion: share,
  overallConversion: share,
  /** reached here − reached at the next stage; `null` for the last stage. */
  dropOff: z.nullable(count),
});
const CYCLE_TIME = z.object({ median: days, mean: days, p90: days, n: count });
const TIME_IN_STAGE = z.record(z.string(), z.object({ median: days, mean: days, n: count }));
const pValue = z.nullable(z.number().check(z.gte(0), z.lte(1)));

/**
 * The figures by group of one column (`analyze FILE --by FIELD`, DEFINITIONS §4 "Segments" and §7): `by` as given,
 * `column` the header it found; per group (most deals first, the blank group last) the top-level figures' shapes,
 * the other deals' win rate, the test of the group's win rate against theirs (`test` as PILOT_LIFT's method), its
 * Holm-adjusted p-value and flag; and the spread of win rate across the groups (the blank group aside).
 */
export const SEGMENTS_SCHEMA = z.object({
  by: z.string(),
  column: z.string(),
  groups: z.array(
    z.object({
      /** The group's name as first met; the blank group is "(blank)" / "（空白）" with `blank` true. */
      group: z.string(),
      blank: z.boolean(),
      deals: count,
      funnel: z.array(FUNNEL_ROW),
      winRate: share,
      cycleTimeDays: CYCLE_TIME,
      timeInStageDays: TIME_IN_STAGE,
      pipelineVelocity: z.nullable(z.number()),
      othersWinRate: share,
      pValue,
      test: z.nullable(z.enum(["z-test", "fisher"])),
      pHolm: pValue,
      flag: z.nullable(z.enum(["above", "below"])),
    }),
  ),
  winRateSpread: z.nullable(
    z.object({
      groups: count,
      lowest: z.object({ group: z.string(), winRate: share }),
      highest: z.object({ group: z.string(), winRate: share }),
      q1: share,
      q3: share,
      iqr: share,
    }),
  ),
});

/** The schema of each kind of headline figure (core/report/reportFigures.ts). */
const KIND_SCHEMAS = {
  share: shareSchema,
  amount: amountSchema,
  cycle: z.object({ median: daysSchema, mean: daysSchema, p90: daysSchema, n: countSchema }),
} as const;

/** The headline figures' schemas, keyed as the report holds them: each by its kind. */
const REPORT_FIGURE_SCHEMAS = Object.fromEntries(REPORT_FIGURE_KEYS.map((key) => [key, KIND_SCHEMAS[REPORT_FIGURES[key].kind]])) as {
  readonly [K in ReportFigureKey]: (typeof KIND_SCHEMAS)[(typeof REPORT_FIGURES)[K]["kind"]];
};

/**
 * The shape of the diagnosis report (DEFINITIONS §7 `--json`), as a zod/mini schema: what the CLI prints and the
 * panes receive. Empty denominators are `null`, never 0 or NaN. Consumers (tests, the task pane, scripts that
 * read the CLI's output) validate with `DEAL_REPORT_SCHEMA.parse(json)`.
 *
 * Loss points have one row per funnel stage but the last, in the funnel's order: nothing is lost at the last
 * stage (metrics/lossPoints); a row for it, or any other stage list, is refused at `lossPoints`.
 */
export const DEAL_REPORT_SCHEMA = z.object({
  /** Rows read and counted (bad and blank rows excluded). */
  deals: count,
  shape: z.enum(["wide", "stageColumn", "currentStage", "history"]),
  stages: z.array(z.string()),
  funnel: z.array(FUNNEL_ROW),
  // The headline figures (win rate, cycle time, average won amount, pipeline velocity, …): core/report/reportFigures.ts.
  ...REPORT_FIGURE_SCHEMAS,
  timeInStageDays: TIME_IN_STAGE,
  lossPoints: z.array(z.object({ stage: z.string(), lost: z.number().check(z.int(), z.gte(0)), share })),
  problems: z.array(z.object({ row: z.number().check(z.int(), z.gte(1)), column: z.string(), message: z.string() })),
  reading: z.optional(READING_SCHEMA),
  /** The figures by group (`analyze --by`): present only when asked for. */
  segments: z.optional(SEGMENTS_SCHEMA),
}).check(
  z.refine(
    (report) =>
      report.lossPoints.length === Math.max(0, report.funnel.length - 1) &&
      report.lossPoints.every((row, index) => row.stage === report.funnel[index].stage),
    { message: "loss points: one row per funnel stage but the last, in order", path: ["lossPoints"] },
  ),
);

/** Every array and object of `T`, read-only (what the core hands out is never changed by a surface). */
export type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/**
 * The diagnosis report's type, inferred from {@link DEAL_REPORT_SCHEMA}: declared once, so the `--json` output, what
 * the panes show and what the schema checks cannot drift apart (core/report/analyzeDeals.ts `DealReport`).
 */
export type DealReportJson = DeepReadonly<z.infer<typeof DEAL_REPORT_SCHEMA>>;

/** What the reader decided, inferred from its schema (core/model/reading.ts `ReadingNotes`). */
export type ReadingNotesJson = DeepReadonly<z.infer<typeof READING_SCHEMA>>;

/** The `segments` part of the report, inferred from its schema (core/report/segmentReport.ts). */
export type SegmentsJson = DeepReadonly<z.infer<typeof SEGMENTS_SCHEMA>>;

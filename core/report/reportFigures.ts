import { cycleDurations } from "../metrics/cycleTime";
import { openPipelineAmount } from "../metrics/openPipelineAmount";
import { pipelineVelocity, velocityInputs, type VelocityInputs } from "../metrics/pipelineVelocity";
import { summarizeAll, type Statistic } from "../metrics/statistics";
import type { DealTable } from "../model/dealTable";
import type { Localized } from "../model/locale";
import type { ReadingNotes } from "../model/reading";

/**
 * What the headline figures are computed from, once per report: the parsed deals, their cycle times summarised,
 * the inputs of pipeline velocity and whether the amounts are in several currencies (then never averaged across
 * them: DECISIONS "Currencies").
 */
export interface FigureInputs {
  readonly deals: DealTable;
  readonly cycle: Readonly<Record<Statistic, number | null>>;
  readonly velocity: VelocityInputs;
  readonly severalCurrencies: boolean;
}

/** The inputs of {@link REPORT_FIGURES} for a parsed log. */
export function figureInputs(deals: DealTable, reading: ReadingNotes | undefined): FigureInputs {
  const cycle = summarizeAll(cycleDurations(deals));
  return { deals, cycle, velocity: velocityInputs(deals, cycle.mean), severalCurrencies: (reading?.currencies?.length ?? 0) > 1 };
}

/** How a headline figure is written: a share ("45.7%"), an amount ("1,235"), or days summarised (median, mean, P90, n). */
export type FigureKind = "share" | "amount" | "cycle";

/** The cycle-time summary of the report (DEFINITIONS §4): median, mean and P90 in days (`null` when n is 0), and n. */
export interface CycleSummary {
  readonly median: number | null;
  readonly mean: number | null;
  readonly p90: number | null;
  readonly n: number;
}

/** What a figure of a kind holds: a cycle summary, or a number (`null` when its denominator is empty). */
export type FigureValue<Kind extends FigureKind> = Kind extends "cycle" ? CycleSummary : number | null;

/**
 * One headline figure of the diagnosis: its key in the report (`--json`), its label as the CLI's line and the panes'
 * card say it, its kind (how it is written, and its schema: core/model/reportSchema.ts) and how it is computed. A
 * cycle figure's card labels name its parts. No zod here: the custom functions' bundles import this table.
 */
interface ReportFigure<Kind extends FigureKind> {
  readonly label: Localized;
  readonly kind: Kind;
  readonly compute: (inputs: FigureInputs) => FigureValue<Kind>;
  /** The panes' card for each part of a cycle summary (median, mean, P90): its id and label. */
  readonly cards?: Readonly<Record<"median" | "mean" | "p90", { readonly id: string; readonly label: Localized }>>;
}

const figure = <Kind extends FigureKind>(spec: ReportFigure<Kind>) => spec;

/**
 * The diagnosis's headline figures, in the order every surface shows them: the one table the report's schema,
 * analyzeDeals, the CLI's lines and the panes' cards are made from. Adding a figure is adding a row here (with its
 * kernel in core/metrics and its definition in DEFINITIONS): the `--json` field, the text line and both panes'
 * card follow.
 * @example
 * REPORT_FIGURES.winRate.compute(figureInputs(log.deals, log.reading)) //=> 0.5 (the README's five deals)
 */
export const REPORT_FIGURES = {
  winRate: figure({
    label: { "zh-CN": "赢单率", en: "Win rate" },
    kind: "share",
    compute: ({ velocity }) => velocity.winRate,
  }),
  cycleTimeDays: figure({
    label: { "zh-CN": "成交周期（天）", en: "Cycle time (days)" },
    kind: "cycle",
    compute: ({ cycle }) => ({ median: cycle.median, mean: cycle.mean, p90: cycle.p90, n: cycle.count ?? 0 }),
    cards: {
      median: { id: "cycleMedian", label: { "zh-CN": "成交周期中位数", en: "Cycle time, median" } },
      mean: { id: "cycleMean", label: { "zh-CN": "平均成交周期", en: "Cycle time, mean" } },
      p90: { id: "cycleP90", label: { "zh-CN": "成交周期 P90", en: "Cycle time, P90" } },
    },
  }),
  averageWonAmount: figure({
    label: { "zh-CN": "平均赢单金额", en: "Average won amount" },
    kind: "amount",
    // Mean amount of the won deals that have one; `null` when none has, or across several currencies.
    compute: ({ velocity, severalCurrencies }) => (severalCurrencies ? null : velocity.meanWonAmount),
  }),
  pipelineVelocity: figure({
    label: { "zh-CN": "管道速度（金额/天）", en: "Pipeline velocity (amount per day)" },
    kind: "amount",
    // Amount per day; `null` when an input is missing, or across several currencies.
    compute: ({ velocity, severalCurrencies }) => (severalCurrencies ? null : pipelineVelocity(velocity)),
  }),
  openPipelineAmount: figure({
    label: { "zh-CN": "在途商机金额", en: "Open pipeline amount" },
    kind: "amount",
    // The open deals' amounts summed; `null` when open deals have none, or across several currencies.
    compute: ({ deals, severalCurrencies }) => (severalCurrencies ? null : openPipelineAmount(deals)),
  }),
};

export type ReportFigureKey = keyof typeof REPORT_FIGURES;

/** The keys of {@link REPORT_FIGURES}, in their order. */
export const REPORT_FIGURE_KEYS = Object.keys(REPORT_FIGURES) as ReportFigureKey[];

/** The headline figures' values as the report holds them. */
export type ReportFigureValues = { -readonly [K in ReportFigureKey]: FigureValue<(typeof REPORT_FIGURES)[K]["kind"]> };

/** Every headline figure computed from `inputs`. */
export function reportFigureValues(inputs: FigureInputs): ReportFigureValues {
  return Object.fromEntries(REPORT_FIGURE_KEYS.map((key) => [key, REPORT_FIGURES[key].compute(inputs)])) as ReportFigureValues;
}

/** The headline figures of a report (or of anything holding them), picked out: what the sidebar's answer carries. */
export function pickFigures(report: ReportFigureValues): ReportFigureValues {
  return Object.fromEntries(REPORT_FIGURE_KEYS.map((key) => [key, report[key]])) as ReportFigureValues;
}

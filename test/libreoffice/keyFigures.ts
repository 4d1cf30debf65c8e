import type { Locale } from "../../core/model/locale";
import type { DealReport } from "../../core/report/analyzeDeals";
import { a1 } from "../../core/template/a1";
import { KEY_FIGURES, templateLayout, type KeyFigure } from "../../core/template/layout";
import { expectSame, valueAt, type SheetValues } from "./readBack";

/**
 * Checks the recalculated Dashboard's key figures (deals counted, win rate, cycle time, open deals, mean won
 * amount, velocity) against the core's report, each to 1e-9 (readBack's expectSame). `openDeals` and
 * `meanWonAmount` are worked out by the caller from the deals, as the Dashboard shows them.
 */
export function expectKeyFigures(
  values: SheetValues,
  locale: Locale,
  report: Pick<DealReport, "deals" | "stages" | "winRate" | "cycleTimeDays" | "pipelineVelocity">,
  openDeals: number,
  meanWonAmount: number | null,
): void {
  const layout = templateLayout(locale, report.stages.length, 0);
  const sheet = layout.sheetName("dashboard");
  const core: Record<KeyFigure, number | null> = {
    dealsCounted: report.deals,
    winRate: report.winRate,
    cycleMedian: report.cycleTimeDays.median,
    cycleMean: report.cycleTimeDays.mean,
    cycleP90: report.cycleTimeDays.p90,
    cycleCount: report.cycleTimeDays.n,
    openDeals,
    meanWonAmount,
    velocity: report.pipelineVelocity,
  };
  for (const figure of KEY_FIGURES) expectSame(valueAt(values, sheet, a1(2, layout.dashboard.keyFigureRow[figure])), core[figure], figure);
}

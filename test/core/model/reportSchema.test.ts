import { describe, expect, it } from "vitest";
import { DEAL_REPORT_SCHEMA } from "../../../core/model/reportSchema";
import { analyzeDeals } from "../../../core/report/analyzeDeals";
import { HAND_LOG } from "../../fixtures/handLog";

describe("DEAL_REPORT_SCHEMA", () => {
  const report = JSON.parse(JSON.stringify(analyzeDeals(HAND_LOG, { locale: "en" })));

  it("accepts the report of a deal log", () => {
    expect(DEAL_REPORT_SCHEMA.safeParse(report).success).toBe(true);
  });

  it("refuses a loss-point row for the last stage (nothing is lost at 成交)", () => {
    const withLast = { ...report, lossPoints: [...report.lossPoints, { stage: "成交", lost: 0, share: 0 }] };
    const result = DEAL_REPORT_SCHEMA.safeParse(withLast);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(["lossPoints"]);
  });

  it("refuses loss points whose stages are not the funnel's, in order, but the last", () => {
    const swapped = { ...report, lossPoints: [report.lossPoints[1], report.lossPoints[0], report.lossPoints[2]] };
    expect(DEAL_REPORT_SCHEMA.safeParse(swapped).success).toBe(false);
  });
});

describe("DEAL_REPORT_SCHEMA segments (analyze --by)", () => {
  const report = JSON.parse(JSON.stringify(analyzeDeals(HAND_LOG, { locale: "en" })));
  const group = {
    group: "Web",
    blank: false,
    deals: 3,
    funnel: report.funnel,
    winRate: 0.5,
    cycleTimeDays: { median: null, mean: null, p90: null, n: 0 },
    timeInStageDays: {},
    pipelineVelocity: null,
    othersWinRate: null,
    pValue: null,
    test: null,
    pHolm: null,
    flag: null,
  };
  const segments = { by: "source", column: "Source", groups: [group], winRateSpread: null };

  it("accepts a report with segments, nulls wherever a denominator is empty", () => {
    expect(DEAL_REPORT_SCHEMA.safeParse({ ...report, segments }).success).toBe(true);
  });

  it("refuses a flag other than above or below, and a p-value above 1", () => {
    expect(DEAL_REPORT_SCHEMA.safeParse({ ...report, segments: { ...segments, groups: [{ ...group, flag: "higher" }] } }).success).toBe(false);
    expect(DEAL_REPORT_SCHEMA.safeParse({ ...report, segments: { ...segments, groups: [{ ...group, pHolm: 1.2 }] } }).success).toBe(false);
  });
});

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

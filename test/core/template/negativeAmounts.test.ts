/**
 * A deal amount below zero in the template (pasted, so the Deals sheet's ≥ 0 check did not stop it): left out of
 * the amount figures as the core leaves it out (amount.negative, DEFINITIONS §5), the deal still counted. Evaluated
 * by HyperFormula (the default host's cell ranges; Excel's table references and Sheets' open-ended ranges are the
 * same formula over other references).
 */
import { describe, expect, it } from "vitest";
import { stageList } from "../../../core/model/stages";
import { a1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { templateLayout } from "../../../core/template/layout";
import { analyzeDeals } from "../../../core/report/analyzeDeals";
import { parseDealLog } from "../../../core/parse/dealLog";
import { logDealRows } from "../../../core/template/logDealRows";
import { loadWorkbook, setValues, valueOf } from "./hyperformulaWorkbook";

const STAGES = ["Lead", "Demo", "Won"];
// By hand: won 1,000 (cycle 46040 − 46027 = 13) and won −500 (cycle 46041 − 46027 = 14), one open, one lost.
// Mean won amount 1,000 (the −500 left out; with it, (1000 − 500) / 2 = 250). Win rate 2 / 3, cycle mean 13.5,
// velocity 1 open × 2/3 × 1,000 / 13.5.
const DEALS: readonly (readonly [number | "", number | "", number | "", string, number | ""])[] = [
  [46027, 46030, 46040, "Won", 1000],
  [46027, 46031, 46041, "Won", -500],
  [46027, 46030, "", "Open", 300],
  [46027, "", "", "Lost", ""],
];

describe("a negative amount in the template", () => {
  const layout = templateLayout("en", STAGES.length, 21);
  const hf = loadWorkbook(buildTemplate({ locale: "en", stages: STAGES, dealRows: 20 }));
  setValues(
    hf,
    layout.sheetName("deals"),
    DEALS.flatMap((deal, index) => [
      ...STAGES.map((_, stage) => [a1(layout.deals.stage(stage), index + 2), deal[stage] === "" ? null : deal[stage]] as const),
      [a1(layout.deals.field.status, index + 2), deal[3]] as const,
      [a1(layout.deals.field.amount, index + 2), deal[4] === "" ? null : deal[4]] as const,
    ]),
  );
  const key = (figure: keyof typeof layout.dashboard.keyFigureRow) => valueOf(hf, layout.sheetName("dashboard"), a1(2, layout.dashboard.keyFigureRow[figure]));

  it("is left out of the mean won amount and the velocity, the deal still counted", () => {
    expect(key("dealsCounted")).toBe(4);
    expect(key("meanWonAmount")).toBe(1000);
    expect(key("velocity")).toBeCloseTo((1 * (2 / 3) * 1000) / 13.5, 9);
  });

  it("agrees with the core on the same log", () => {
    const grid = [[...STAGES, "Status", "Amount"], ...DEALS.map((deal) => [...deal])];
    const report = analyzeDeals(grid, { locale: "en", stages: stageList(STAGES, "en") })!;
    expect(report.deals).toBe(key("dealsCounted"));
    expect(report.averageWonAmount).toBe(key("meanWonAmount"));
    expect(report.pipelineVelocity).toBeCloseTo(key("velocity") as number, 9);
  });
});

describe("logDealRows: a log's amount below zero in the Deals sheet", () => {
  it("is written as the text it came as, so the template leaves it out as the core does", () => {
    const log = parseDealLog([["Lead", "Won", "Status", "Amount"], ["2026-01-05", "2026-01-20", "Won", "(1,200)"], ["2026-01-05", "", "Open", -500]], {
      stages: stageList(["Lead", "Won"]),
    })!;
    const rows = logDealRows(log.deals, log.problems, [], "en");
    // Template columns: 7 fields, Lead, Won, then amount (index 9).
    expect(rows.map((row) => row[9])).toEqual([{ text: "(1,200)" }, { text: "-500" }]);
  });
});

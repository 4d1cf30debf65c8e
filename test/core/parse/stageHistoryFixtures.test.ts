import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeCsv, parseCsv } from "../../../cli/readTable";
import { stageList } from "../../../core/model/stages";
import { analyzeDeals, type DealReport } from "../../../core/report/analyzeDeals";

// Stage histories shaped like real exports; where each header comes from: test/fixtures/exports/history/README.md.
// Every figure below is worked by hand from the fixture's rows (day counts by calendar: Jan has 31 days, Dec 31).

function fixture(name: string) {
  return parseCsv(decodeCsv(readFileSync(`test/fixtures/exports/history/${name}`)).text);
}

function report(name: string, stages?: readonly string[]): DealReport {
  const result = analyzeDeals(fixture(name), { locale: "en", stages: stages === undefined ? undefined : stageList(stages) });
  expect(result).toBeDefined();
  return result!;
}

const reached = (result: DealReport) => result.funnel.map((row) => row.reached);

describe("a Chinese 阶段变更记录 (one row per stage entered; zh-stage-log.csv)", () => {
  // First-entry day of each stage counted from the deal's own first entry (deals 1–10):
  //   初步接洽 0 for all; 需求确认 4, 6, 6, 7, 2, 4, 3, 1 → median 4; 方案报价 11, 15, 13, 7 → 12;
  //   商务谈判 25, 33, 16, 63 (2025/12/1 → 2026/2/2), 14 → 25; 签约 46, 30, 22 → 30.
  //   Order: 初步接洽, 需求确认, 方案报价, 商务谈判, 签约. 签约 is last, so deals that entered it are won.
  // Deals: 1 won; 2 lost at 需求确认 (输单 row); 3 only 输单 (no stage: counted in the first stage); 4 open at 商务谈判;
  //   5 open at 需求确认; 6 won (skipped 方案报价); 7 lost at 商务谈判; 8 open at 初步接洽; 9 went back from 方案报价
  //   to 需求确认 (revisit; furthest 方案报价, first entries kept); 10 won.
  // Reached: 10; 8 (not 3, 8); 6 (1, 4, 6, 7, 9, 10); 5 (1, 4, 6, 7, 10); 3 (1, 6, 10).
  // Win rate: won 1, 6, 10 / (3 won + 3 lost: 2, 3, 7) = 50%.
  // Cycle of won deals: 1: 1/5 → 2/20 = 46; 6: 1/12 → 2/11 = 30; 10: 2/3 → 2/25 = 22 → median 30, mean 98/3.
  // Time in 需求确认 (to the next dated stage): 1: 7; 4: 9; 6: 14 (to 商务谈判); 7: 59 (2025/12/5 → 2026/2/2);
  //   9: 10; 10: 6 → 6, 7, 9, 10, 14, 59 → median 9.5, n 6. Deals 2 and 5 never left it.
  it("pivots to one deal each, orders the stages by first entry and says so", () => {
    const result = report("zh-stage-log.csv");
    expect(result.shape).toBe("history");
    expect(result.deals).toBe(10);
    expect(result.stages).toEqual(["初步接洽", "需求确认", "方案报价", "商务谈判", "签约"]);
    expect(reached(result)).toEqual([10, 8, 6, 5, 3]);
    expect(result.winRate).toBe(0.5);
    expect(result.cycleTimeDays.median).toBe(30);
    expect(result.cycleTimeDays.mean).toBeCloseTo(98 / 3, 12);
    expect(result.timeInStageDays["需求确认"]).toEqual({ median: 9.5, mean: 105 / 6, n: 6 });
    expect(result.lossPoints.map((row) => row.lost)).toEqual([1, 1, 0, 1]);
    expect(result.reading).toEqual({ shape: "history", stageOrder: { source: "firstEntry" }, revisitedDeals: 1, lostWithoutStage: 1 });
    expect(result.problems).toEqual([]);
  });

  it("uses a given order as given (the same order here: the same figures)", () => {
    const result = report("zh-stage-log.csv", ["初步接洽", "需求确认", "方案报价", "商务谈判", "签约"]);
    expect(reached(result)).toEqual([10, 8, 6, 5, 3]);
    expect(result.winRate).toBe(0.5);
    expect(result.reading?.stageOrder).toEqual({ source: "given" });
  });
});

describe("a Zoho CRM stage history (Deals__2026_03_02.csv)", () => {
  // Record Id is each history row's own id (it never repeats): the deal is Deal Name.id. Moved To is ignored.
  // First-entry offsets: Qualification 0; Needs Analysis 4, 6, 4, 3 → 4; Value Proposition 11, 14, 13 → 13;
  //   Proposal/Price Quote 25; Identify Decision Makers 42 (2025-12-01 → 2026-01-12); Negotiation/Review 36, 63
  //   → 49.5; Closed Won last. (Zoho's own pipeline puts Identify Decision Makers before Proposal/Price Quote:
  //   the order by first entry differs, and the report says how to give it.)
  // Deals: Acme won; Birch lost (Closed-Lost to Competition) at Value Proposition; Cobalt only Closed Lost;
  //   Granite lost at Negotiation/Review; Iris open at Value Proposition after going back to Needs Analysis.
  // Reached (first-entry order): 5, 4, 4, 2, 2, 2, 1. Win rate 1 / (1 + 3) = 25%. Cycle: Acme 1/5 → 2/20 = 46.
  // Time in Needs Analysis: Acme 7, Birch 8, Granite 38 (to Identify Decision Makers), Iris 10 → median 9 —
  //   the export's own "Stage Duration (Calendar Days)" of those rows says 7, 8, 38, 10 too.
  it("pivots it, with the order by first entry", () => {
    const result = report("Deals__2026_03_02.csv");
    expect(result.deals).toBe(5);
    expect(result.stages).toEqual([
      "Qualification", "Needs Analysis", "Value Proposition", "Proposal/Price Quote", "Identify Decision Makers", "Negotiation/Review", "Closed Won",
    ]);
    expect(reached(result)).toEqual([5, 4, 4, 2, 2, 2, 1]);
    expect(result.winRate).toBe(0.25);
    expect(result.cycleTimeDays).toMatchObject({ median: 46, n: 1 });
    expect(result.timeInStageDays["Needs Analysis"]).toMatchObject({ median: 9, n: 4 });
    expect(result.reading).toMatchObject({ revisitedDeals: 1, lostWithoutStage: 1 });
  });

  // Zoho's default pipeline order (exports-research §4.1). Reached: Qualification 5; Needs Analysis 4; Value
  // Proposition 4 (Acme, Birch, Granite, Iris); Identify Decision Makers 2 (Acme, Granite); Proposal/Price Quote 2;
  // Negotiation/Review 2; Closed Won 1. Time in Identify Decision Makers: Granite 1/12 → 2/2 = 21.
  it("follows Zoho's own order when given", () => {
    const zoho = ["Qualification", "Needs Analysis", "Value Proposition", "Identify Decision Makers", "Proposal/Price Quote", "Negotiation/Review", "Closed Won"];
    const result = report("Deals__2026_03_02.csv", zoho);
    expect(result.stages).toEqual(zoho);
    expect(reached(result)).toEqual([5, 4, 4, 2, 2, 2, 1]);
    expect(result.timeInStageDays["Identify Decision Makers"]).toMatchObject({ median: 21, n: 1 });
    expect(result.winRate).toBe(0.25);
    expect(result.reading?.stageOrder).toEqual({ source: "given" });
  });
});

describe("a Salesforce Opportunity History report, From Stage → To Stage (opportunity-history.csv)", () => {
  // The rows of exports-research §2.5 with their dates written year-first (month-first dates are another change's;
  // the en_US copy waits below). Each row enters its To Stage; Acme's Proposal/Price Quote → Proposal/Price Quote
  // row (an amount change) enters nothing. Cobalt has only "" → Closed Lost.
  // First-entry offsets: Prospecting 0; Qualification 4, 6, 6, 7, 2, 4, 1 → 4; Needs Analysis 11, 14, 3 → 11;
  //   Value Proposition 13; Proposal/Price Quote 25, 33, 24, 14 → 24.5; Id. Decision Makers 42;
  //   Negotiation/Review 36, 48, 63 → 48; Closed Won last.
  // Furthest: Acme, Fjord, Juniper Closed Won; Birch Needs Analysis (lost); Cobalt none (lost: first stage);
  //   Delta Negotiation/Review; Evergreen Qualification; Granite Negotiation/Review (lost); Harbor Prospecting;
  //   Iris Value Proposition (went back to Needs Analysis).
  // Reached: 10, 8, 7, 6, 5, 5, 5, 3. Win rate 3 / (3 + 3) = 50%. Cycles 46 (Acme), 30 (Fjord), 22 (Juniper) →
  //   median 30. Time in Qualification: Acme 7, Birch 8, Delta 27, Fjord 22, Granite 38, Juniper 13 → median 17.5.
  // Amount from each deal's latest row: Acme $48,000.00 (the amount rose on 2/2).
  it("pivots From/To rows", () => {
    const result = report("opportunity-history.csv");
    expect(result.deals).toBe(10);
    expect(result.stages).toEqual([
      "Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Proposal/Price Quote", "Id. Decision Makers", "Negotiation/Review", "Closed Won",
    ]);
    expect(reached(result)).toEqual([10, 8, 7, 6, 5, 5, 5, 3]);
    expect(result.winRate).toBe(0.5);
    expect(result.cycleTimeDays).toMatchObject({ median: 30, n: 3 });
    expect(result.timeInStageDays["Qualification"]).toMatchObject({ median: 17.5, n: 6 });
    expect(result.lossPoints.filter((row) => row.lost > 0).map((row) => row.stage)).toEqual(["Prospecting", "Needs Analysis", "Negotiation/Review"]);
    expect(result.reading).toMatchObject({ revisitedDeals: 1, lostWithoutStage: 1 });
    expect(result.problems).toEqual([]);
  });

  // The same report as an en_US user downloads it: month-first dates with a comma before the time, and the
  // classic footer (skipped as furniture). Its date column is settled month-first by its own values (a day above
  // 12). Same figures as above.
  it("reads the en_US copy with its footer: month-first dates settled by the column's own values", () => {
    const result = report("opportunity-history-en_US.csv");
    expect(result.reading?.dateOrders).toEqual([expect.objectContaining({ order: "mdy", source: "values" })]);
    expect(reached(result)).toEqual([10, 8, 7, 6, 5, 5, 5, 3]);
    expect(result.winRate).toBe(0.5);
    expect(result.cycleTimeDays).toMatchObject({ median: 30, n: 3 });
    expect(result.problems).toEqual([]);
  });
});

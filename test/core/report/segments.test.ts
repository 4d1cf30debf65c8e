import { describe, expect, it } from "vitest";
import { erfc } from "../../../core/metrics/normal";
import { DEAL_REPORT_SCHEMA } from "../../../core/model/reportSchema";
import { analyzeDeals, parseForReport, reportOfLog } from "../../../core/report/analyzeDeals";
import { groupByColumn, groupColumnOfGrid } from "../../../core/parse/groupColumn";
import { groupNoun, segmentSentences, segmentsJson, segmentsOfDeals } from "../../../core/report/segmentReport";

/**
 * A log worked by hand. Stages 线索 · 商机 · 成交; every deal enters 线索 on 2026-01-01 and, when it gets there, 商机
 * five days later; a won deal's 成交 date is its cycle after 线索; every amount is 100.
 *
 * | 线索来源 | deals | won (cycle days)         | lost at 线索 | lost at 商机 | open (stage) | reached 线索/商机/成交 |
 * |----------|-------|---------------------------|--------------|--------------|--------------|------------------------|
 * | 官网     | 22    | 14 (20 each)              | 0            | 6            | 2 (线索)     | 22 / 20 / 14           |
 * | 展会     | 20    | 2 (30, 40)                | 16           | 2            | 0            | 20 / 4 / 2             |
 * | 转介绍   | 3     | 2 (10, 50)                | 1            | 0            | 0            | 3 / 2 / 2              |
 * | (blank)  | 2     | 1 (60)                    | 0            | 0            | 1 (商机)     | 2 / 2 / 1              |
 * | all      | 47    | 19                        | 17           | 8            | 3            | 47 / 28 / 19           |
 *
 * Won 19, lost 25 in all (44 decided). Each group against the rest (2×2 group/others × won/lost):
 * - 官网 [[14, 6], [5, 19]]: smallest expected = min(20, 24) × min(19, 25) / 44 = 380/44 ≈ 8.6 ≥ 5 → z-test.
 *   p̂ = 19/44; se = √(19/44 × 25/44 × (1/20 + 1/24)) = √(0.2453512 × 0.0916667) = 0.1499668;
 *   z = (0.7 − 5/24) / se = 0.4916667 / 0.1499668 = 3.278498.
 * - 展会 [[2, 18], [17, 7]]: same margins → z-test; z = (0.1 − 17/24) / se = −0.6083333 / 0.1499668 = −4.056454.
 * - 转介绍 [[2, 1], [17, 24]]: smallest expected = 3 × 19 / 44 < 5 → Fisher. With 3 drawn of 44 (19 won):
 *   P(k) = C(19, k) C(25, 3 − k) / C(44, 3), C(44, 3) = 13244: k=0 2300, k=1 5700, k=2 4275 (observed), k=3 969.
 *   As extreme as 4275: k = 0, 2, 3 → p = (2300 + 4275 + 969) / 13244 = 7544/13244.
 * - (blank) [[1, 0], [18, 25]]: Fisher; P(k=1) = 19/44, P(k=0) = 25/44 > 19/44 → p = 19/44.
 * Holm over m = 4: ascending 展会, 官网, (blank) 19/44 = 0.4318, 转介绍 0.5696 → ×4, ×3, ×2 = 0.8636, ×1 = 0.5696 → 0.8636.
 * So 展会 is flagged below (4p ≈ 2e-4), 官网 above (3p ≈ 0.003), the other two not (38/44 each).
 *
 * Figures by group: 官网 win rate 14/20 = 0.7, cycle 20/20/20, time in 线索 5 (20 deals), in 商机 15 (14),
 * velocity 2 open × 0.7 × 100 / 20 = 7. 展会: 0.1, cycle median 35, mean 35, P90 30 + 0.9 × 10 = 39, velocity 0
 * (no open deal). 转介绍: 2/3, cycle median 30, mean 30, P90 10 + 0.9 × 40 = 46. (blank): 1/1, cycle 60, velocity
 * 1 × 1 × 100 / 60. Others of 展会: reached 27, 24, 17, so 线索 → 商机 24/27 vs 4/20.
 */
function handGrid(): unknown[][] {
  const rows: unknown[][] = [["编号", "线索来源", "团队", "线索", "商机", "成交", "状态", "金额"]];
  const day = (offset: number) => {
    const date = new Date(Date.UTC(2026, 0, 1 + offset));
    return date.toISOString().slice(0, 10);
  };
  let id = 0;
  const add = (source: string, kind: "won" | "lostLead" | "lostOpp" | "openLead" | "openOpp", cycle = 0) => {
    const reachedOpp = kind === "won" || kind === "lostOpp" || kind === "openOpp";
    const status = kind === "won" ? "赢单" : kind.startsWith("lost") ? "丢单" : "进行中";
    rows.push([`D${++id}`, source, "华东", day(0), reachedOpp ? day(5) : "", kind === "won" ? day(cycle) : "", status, 100]);
  };
  for (let i = 0; i < 14; i++) add("官网", "won", 20);
  for (let i = 0; i < 6; i++) add("官网", "lostOpp");
  for (let i = 0; i < 2; i++) add("官网", "openLead");
  add("展会", "won", 30);
  add("展会", "won", 40);
  for (let i = 0; i < 16; i++) add(i % 2 === 0 ? "展会" : " 展会 ", "lostLead");
  for (let i = 0; i < 2; i++) add("展会", "lostOpp");
  add("转介绍", "won", 10);
  add("转介绍", "won", 50);
  add("转介绍", "lostLead");
  add("", "won", 60);
  add("  ", "openOpp");
  // Shuffle the groups' rows together (a fixed interleaving): order of first appearance must not matter.
  const [header, ...body] = rows;
  body.sort((a, b) => ((Number(String(a[0]).slice(1)) * 17) % 47) - ((Number(String(b[0]).slice(1)) * 17) % 47));
  return [header, ...body];
}

function segmentsOfGrid(grid: unknown[][], by: string) {
  const log = parseForReport(grid, { locale: "zh-CN" })!;
  const column = groupByColumn(grid[0], by)!;
  return { log, segments: segmentsOfDeals(log.deals, groupColumnOfGrid(grid, 1, log.deals.rows, column), log.reading) };
}

describe("segments of a hand-worked log", () => {
  const grid = handGrid();
  const { log, segments } = segmentsOfGrid(grid, "source");
  const byLabel = new Map(segments.groups.map((group) => [group.label, group]));

  it("puts every deal in one group: most deals first, the blank group last, names folded", () => {
    expect(segments.header).toBe("线索来源");
    expect(segments.groups.map((group) => [group.label, group.deals])).toEqual([
      ["官网", 22],
      ["展会", 20],
      ["转介绍", 3],
      ["", 2],
    ]);
    expect(segments.groups[3].blank).toBe(true);
    expect(segments.groups.reduce((sum, group) => sum + group.deals, 0)).toBe(log.deals.count);
  });

  it("gives each group's funnel, win rate, cycle, time in stage and velocity", () => {
    const web = byLabel.get("官网")!.figures;
    expect(web.funnel.map((row) => row.reached)).toEqual([22, 20, 14]);
    expect(web.funnel[1].stepConversion).toBeCloseTo(20 / 22, 15);
    expect(web.winRate).toBeCloseTo(0.7, 15);
    expect(web.cycleTimeDays).toEqual({ median: 20, mean: 20, p90: 20, n: 14 });
    expect(web.timeInStageDays["线索"]).toEqual({ median: 5, mean: 5, n: 20 });
    expect(web.timeInStageDays["商机"]).toEqual({ median: 15, mean: 15, n: 14 });
    expect(web.pipelineVelocity).toBeCloseTo(7, 12);
    const fair = byLabel.get("展会")!.figures;
    expect(fair.funnel.map((row) => row.reached)).toEqual([20, 4, 2]);
    expect(fair.winRate).toBeCloseTo(0.1, 15);
    expect(fair.cycleTimeDays.median).toBe(35);
    expect(fair.cycleTimeDays.p90).toBeCloseTo(39, 12);
    expect(fair.pipelineVelocity).toBe(0);
    const referral = byLabel.get("转介绍")!.figures;
    expect(referral.cycleTimeDays).toMatchObject({ median: 30, mean: 30, n: 2 });
    expect(referral.cycleTimeDays.p90).toBeCloseTo(46, 12);
    const blank = byLabel.get("")!.figures;
    expect(blank.winRate).toBe(1);
    expect(blank.funnel.map((row) => row.reached)).toEqual([2, 2, 1]);
    expect(blank.pipelineVelocity).toBeCloseTo(100 / 60, 12);
  });

  it("tests each group against the rest: z-test for the large, Fisher for the small, Holm across four", () => {
    const se = Math.sqrt((19 / 44) * (25 / 44) * (1 / 20 + 1 / 24));
    const pWeb = erfc(Math.abs((0.7 - 5 / 24) / se) / Math.SQRT2);
    const pFair = erfc(Math.abs((0.1 - 17 / 24) / se) / Math.SQRT2);
    const web = byLabel.get("官网")!.test;
    const fair = byLabel.get("展会")!.test;
    const referral = byLabel.get("转介绍")!.test;
    const blank = byLabel.get("")!.test;
    expect([web.method, fair.method, referral.method, blank.method]).toEqual(["z-test", "z-test", "fisher", "fisher"]);
    expect(web.pValue).toBeCloseTo(pWeb, 14);
    expect(fair.pValue).toBeCloseTo(pFair, 14);
    expect(referral.pValue).toBeCloseTo(7544 / 13244, 12);
    expect(blank.pValue).toBeCloseTo(19 / 44, 12);
    expect(fair.pHolm).toBeCloseTo(4 * pFair, 14);
    expect(web.pHolm).toBeCloseTo(3 * pWeb, 14);
    expect(blank.pHolm).toBeCloseTo(38 / 44, 12);
    expect(referral.pHolm).toBeCloseTo(38 / 44, 12);
    expect(fair.othersWinRate).toBeCloseTo(17 / 24, 15);
    expect([web.flag, fair.flag, referral.flag, blank.flag]).toEqual(["above", "below", null, null]);
  });

  it("gives the spread of win rate across the named groups (the blank group aside)", () => {
    // Rates 0.7 (官网), 0.1 (展会), 2/3 (转介绍): sorted 0.1, 2/3, 0.7; Q1 at rank 0.5 = 0.1 + 0.5 × (2/3 − 0.1),
    // Q3 at rank 1.5 = 2/3 + 0.5 × (0.7 − 2/3).
    const spread = segments.spread!;
    expect(spread.groups).toBe(3);
    expect(segments.groups[spread.lowest.group].label).toBe("展会");
    expect(segments.groups[spread.highest.group].label).toBe("官网");
    expect(spread.iqr).toBeCloseTo(2 / 3 + 0.5 * (0.7 - 2 / 3) - (0.1 + 0.5 * (2 / 3 - 0.1)), 14);
  });

  it("says the flagged groups first, in both languages", () => {
    // 官网's steps against the other 25 deals (reached 25, 8, 5): 线索 → 商机 20/22 = 90.9% vs 8/25 = 32.0% (gap 58.9
    // points), 商机 → 成交 14/20 = 70.0% vs 5/8 = 62.5% (7.5): the first is said. 展会: 4/20 vs 24/27 = 88.9%.
    const zh = segmentSentences(segments, groupNoun("source", segments.header), "zh-CN");
    expect(zh[0]).toBe("官网：线索 → 商机 90.9%，其他来源为 32.0%；赢单率 70.0% 对 20.8%，差异显著（校正后 p = 0.003）");
    expect(zh[1]).toBe("展会：线索 → 商机 20.0%，其他来源为 88.9%；赢单率 10.0% 对 70.8%，差异显著（校正后 p < 0.001）");
    const en = segmentSentences(segments, "source", "en");
    expect(en[1]).toBe("展会: 线索 → 商机 20.0% vs 88.9% for the other sources; win rate 10.0% vs 70.8%, significant (adjusted p < 0.001)");
    expect(en[2]).toMatch(/^Win rate across sources: lowest 展会 \(10\.0%\), highest 官网 \(70\.0%\), interquartile range [\d.]+ points \(3 sources\)$/);
  });

  it("keeps the whole log's figures, and its JSON fits the schema with null for empty denominators", () => {
    const whole = analyzeDeals(grid, { locale: "en" })!;
    expect(whole.deals).toBe(47);
    expect(whole.funnel.map((row) => row.reached)).toEqual([47, 28, 19]);
    const report = { ...reportOfLog(log, "en"), segments: segmentsJson(segments, "source", "en") };
    expect(DEAL_REPORT_SCHEMA.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
    expect(report.segments.groups[3]).toMatchObject({ group: "(blank)", blank: true, deals: 2 });
    expect(segmentsJson(segments, "source", "zh-CN").groups[3].group).toBe("（空白）");
  });
});

describe("a field with one group", () => {
  const grid = handGrid();
  const { log, segments } = segmentsOfGrid(grid, "团队");

  it("has the whole log's figures and nothing to test", () => {
    expect(segments.groups).toHaveLength(1);
    const [only] = segments.groups;
    expect(only.label).toBe("华东");
    const whole = reportOfLog(log, "en");
    for (const key of ["funnel", "winRate", "cycleTimeDays", "timeInStageDays", "lossPoints", "averageWonAmount", "pipelineVelocity"] as const) {
      expect(only.figures[key]).toEqual(whole[key]);
    }
    expect(only.test).toEqual({ winRate: 19 / 44, othersWinRate: null, pValue: null, method: null, pHolm: null, flag: null });
    expect(segmentSentences(segments, groupNoun("团队", segments.header), "en")[0]).toBe(
      "Win rates by team cannot be compared: there are no won or lost deals to compare",
    );
  });
});

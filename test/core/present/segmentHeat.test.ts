import { describe, expect, it } from "vitest";
import { stageList } from "../../../core/model/stages";
import { parseForReport } from "../../../core/report/analyzeDeals";
import { HEAT_TEXT, heatColor, segmentHeatOfGrid } from "../../../core/present/segmentHeat";

/**
 * A log worked by hand. Stages 线索 · 商机 · 成交 (the default zh-CN stages are more; the header names these three).
 *
 * | 线索来源 | deals | what they did                          | reached 线索/商机/成交 | steps         | won/lost | win rate |
 * |----------|-------|----------------------------------------|------------------------|---------------|----------|----------|
 * | 官网     | 10    | all won                                | 10 / 10 / 10           | 100%, 100%    | 10 / 0   | 100%     |
 * | 展会     | 10    | 8 lost at 线索, 2 lost at 商机         | 10 / 2 / 0             | 20%, 0%       | 0 / 10   | 0%       |
 * | 转介绍   | 1     | open at 线索                           | 1 / 0 / 0              | 0%, — (0 / 0) | 0 / 0    | — (0/0)  |
 * | (blank)  | 2     | one won, one open at 线索              | 2 / 1 / 1              | 50%, 100%     | 1 / 0    | 100%     |
 *
 * Order: most deals first (官网 and 展会 tie at 10: the first met first), the blank group last.
 * Tests (won 11, lost 10, 21 decided; 10 drawn for 官网 and 展会, C(21, 10) = 352716): 官网 [[10, 0], [1, 10]] has an
 * expected count 10 × 10 / 21 < 5 → Fisher; P(k) = C(11, k) C(10, 10 − k) / 352716: P(10) = 11, P(0) = 1, P(1) = 110
 * (× 1/352716), so p = 12/352716. 展会 [[0, 10], [11, 0]]: p = P(0) = 1/352716. (blank) [[1, 0], [10, 10]]: p = 1.
 * Holm keeps the two tiny ones far below 0.05: 官网 is flagged above, 展会 below; 转介绍 has nothing decided.
 * The flagged sentences (others' funnels): 官网 against 13 / 3 / 1 — 线索 → 商机 100% vs 3/13 = 23.1% (gap 0.77),
 * 商机 → 成交 100% vs 1/3 (0.67): the first; others' win rate 1/11 = 9.1%. 展会 against 13 / 11 / 11 — 商机 → 成交
 * 0% vs 100% (gap 1) beats 线索 → 商机 20% vs 84.6%; others' win rate 11/11.
 */
function handGrid(): unknown[][] {
  const rows: unknown[][] = [["编号", "线索来源", "线索", "商机", "成交", "状态"]];
  let id = 0;
  const add = (source: string, stages: number, status: string) =>
    rows.push([`D${++id}`, source, "2026-01-05", stages >= 2 ? "2026-01-12" : "", stages >= 3 ? "2026-02-02" : "", status]);
  for (let i = 0; i < 10; i++) add("官网", 3, "赢单");
  for (let i = 0; i < 8; i++) add("展会", 1, "丢单");
  for (let i = 0; i < 2; i++) add("展会", 2, "丢单");
  add("转介绍", 1, "进行中");
  add("", 3, "赢单");
  add(" ", 1, "进行中");
  return rows;
}

function heat(by: string, locale: "zh-CN" | "en") {
  const grid = handGrid();
  const log = parseForReport(grid, { locale: "zh-CN", stages: stageList(["线索", "商机", "成交"]) })!;
  return segmentHeatOfGrid(grid, 1, log, by, locale);
}

describe("segmentHeatOfGrid: the group × step heat table both panes draw", () => {
  it("has a row per group (blank last) with deals, each step's conversion and the win rate, — where a denominator is empty", () => {
    const table = heat("source", "en")!;
    expect(table.column).toBe("线索来源");
    expect(table.headers).toEqual({ group: "线索来源", deals: "Deals", steps: ["线索 → 商机", "商机 → 成交"], winRate: "Win rate" });
    expect(table.rows.map((row) => [row.group, row.blank, row.deals, row.steps.map((cell) => cell.text), row.winRate.text])).toEqual([
      ["官网", false, "10", ["100.0%", "100.0%"], "100.0%"],
      ["展会", false, "10", ["20.0%", "0.0%"], "0.0%"],
      ["转介绍", false, "1", ["0.0%", "—"], "—"],
      ["(blank)", true, "2", ["50.0%", "100.0%"], "100.0%"],
    ]);
    expect(table.rows.map((row) => row.steps.map((cell) => cell.value))).toEqual([
      [1, 1],
      [0.2, 0],
      [0, null],
      [0.5, 1],
    ]);
  });

  it("flags the groups whose win rate stands out, and says them first", () => {
    const table = heat("source", "en")!;
    expect(table.rows.map((row) => row.flag)).toEqual(["above", "below", null, null]);
    expect(table.rows.map((row) => row.flagText)).toEqual(["above the others", "below the others", "", ""]);
    expect(table.sentences[0]).toBe("官网: 线索 → 商机 100.0% vs 23.1% for the other sources; win rate 100.0% vs 9.1%, significant (adjusted p < 0.001)");
    expect(table.sentences[1]).toBe("展会: 商机 → 成交 0.0% vs 100.0% for the other sources; win rate 0.0% vs 100.0%, significant (adjusted p < 0.001)");
    const zh = heat("source", "zh-CN")!;
    expect(zh.sentences[1]).toBe("展会：商机 → 成交 0.0%，其他来源为 100.0%；赢单率 0.0% 对 100.0%，差异显著（校正后 p < 0.001）");
    expect(zh.headers).toEqual({ group: "线索来源", deals: "交易数", steps: ["线索 → 商机", "商机 → 成交"], winRate: "赢单率" });
    expect(zh.rows[3].group).toBe("（空白）");
    expect(zh.rows.map((row) => row.flagText)).toEqual(["显著偏高", "显著偏低", "", ""]);
  });

  it("shades each cell by its value, white at 0% to the darkest at 100%; no shade where there is no figure", () => {
    const table = heat("source", "en")!;
    expect(table.rows[0].steps[0]).toMatchObject({ shade: 1, background: "#479ef5" });
    expect(table.rows[1].steps[1]).toMatchObject({ shade: 0, background: "#ffffff" });
    // 50%: halfway from (255, 255, 255) to (71, 158, 245) = (163, 206.5 → 207, 250).
    expect(table.rows[3].steps[0]).toMatchObject({ shade: 0.5, background: "#a3cffa" });
    expect(table.rows[2].steps[1]).toMatchObject({ value: null, shade: null, background: null });
    expect(table.rows[2].winRate).toMatchObject({ value: null, shade: null, background: null });
  });

  it("keeps the text readable on every shade (WCAG AA, 4.5:1)", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => {
        const c = parseInt(hex.slice(at, at + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (let step = 0; step <= 100; step++) {
      const back = heatColor(step / 100);
      expect((luminance(back) + 0.05) / (luminance(HEAT_TEXT) + 0.05), back).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("is undefined when no column holds the field", () => {
    expect(heat("region", "en")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { callFunction } from "../../../core/functions/registry";
import type { CellError } from "../../../core/functions/types";

/**
 * A small log worked by hand (stages 线索 · 商机 · 成交):
 * | 来源 | deals | won | lost | open | reached 线索/商机/成交 |
 * | Web  | 4     | 3   | 1    | 0    | 4 / 4 / 3               |
 * | Fair | 3     | 0   | 2    | 1    | 3 / 1 / 0               |
 * | blank| 1     | 0   | 0    | 1    | 1 / 0 / 0               |
 * Web against the rest: [[3, 1], [0, 2]] (Fisher: expected counts below 5). P(k) for 3 won among 6 deals, 4 drawn:
 * C(3,k)C(3,4−k)/C(6,4) = k=1 3/15, k=2 9/15, k=3 3/15; observed k=3 → p = (3 + 3)/15 = 0.4 (k=1 as unlikely).
 * Fair: [[0, 2], [3, 1]]: 2 drawn; k=0 C(3,2)/15 = 3/15, k=1 9/15, k=2 3/15 → p = 6/15 = 0.4.
 * The blank group decided nothing: no test. Holm over m = 2: 0.4 × 2 = 0.8, max(0.8, 0.4) = 0.8 for both.
 */
const LOG = [
  ["编号", "来源", "线索", "商机", "成交", "状态"],
  ["D1", "Web", "2026-01-01", "2026-01-05", "2026-01-20", "赢单"],
  ["D2", "web", "2026-01-02", "2026-01-06", "2026-01-22", "赢单"],
  ["D3", "Fair", "2026-01-03", "", "", "丢单"],
  ["D4", "Web", "2026-01-04", "2026-01-09", "2026-01-30", "赢单"],
  ["D5", "", "2026-01-05", "", "", "进行中"],
  ["D6", "Fair", "2026-01-06", "2026-01-08", "", "丢单"],
  ["D7", "Web", "2026-01-07", "2026-01-10", "", "丢单"],
  ["D8", "Fair", "2026-01-08", "", "", "进行中"],
];

describe("FUNNEL_BY", () => {
  it("spills each group's funnel under a header, most deals first, the blank group last", () => {
    const table = callFunction("FUNNEL_BY", [LOG, "source"], { locale: "en" }) as unknown[][];
    expect(table[0]).toEqual(["Group", "Stage", "Reached", "Step conversion", "Overall conversion", "Did not advance"]);
    expect(table.slice(1).map((row) => [row[0], row[1], row[2]])).toEqual([
      ["Web", "线索", 4],
      ["Web", "商机", 4],
      ["Web", "成交", 3],
      ["Fair", "线索", 3],
      ["Fair", "商机", 1],
      ["Fair", "成交", 0],
      ["(blank)", "线索", 1],
      ["(blank)", "商机", 0],
      ["(blank)", "成交", 0],
    ]);
    expect(table[3][3]).toBe(0.75);
    expect(table[5][3]).toBeCloseTo(1 / 3, 15);
    expect(table[1][3]).toBe(""); // the first stage has no step
    expect((table[9][3] as CellError).error).toBe("#DIV/0!"); // nothing reached 商机 in the blank group
  });

  it("takes a header as written, or a column's position, and refuses a field the range lacks", () => {
    const byHeader = callFunction("FUNNEL_BY", [LOG, "来源"], { locale: "zh-CN" }) as unknown[][];
    expect(byHeader[0][0]).toBe("分组");
    expect(byHeader.at(-1)![0]).toBe("（空白）");
    expect(callFunction("FUNNEL_BY", [LOG, 2], { locale: "en" })).toEqual(callFunction("FUNNEL_BY", [LOG, "source"], { locale: "en" }));
    const missing = callFunction("FUNNEL_BY", [LOG, "owner"], { locale: "en" }) as CellError;
    expect(missing.error).toBe("#VALUE!");
    expect(missing.message).toContain('no column "owner"');
    expect(missing.message).toContain("编号, 来源");
  });
});

describe("WIN_RATE_BY", () => {
  it("spills each group's win rate, the others', the Holm-adjusted p and the flag", () => {
    const table = callFunction("WIN_RATE_BY", [LOG, "source"], { locale: "en" }) as unknown[][];
    expect(table[0]).toEqual(["Group", "Deals", "Win rate", "Others' win rate", "Adjusted p", "Flag"]);
    expect(table[1].slice(0, 3)).toEqual(["Web", 4, 0.75]);
    expect(table[1][3]).toBe(0);
    expect(table[1][4]).toBeCloseTo(0.8, 14);
    expect(table[1][5]).toBe("");
    expect(table[2].slice(0, 4)).toEqual(["Fair", 3, 0, 0.75]);
    expect(table[2][4]).toBeCloseTo(0.8, 14);
    const blank = table[3];
    expect(blank.slice(0, 2)).toEqual(["(blank)", 1]);
    expect((blank[2] as CellError).error).toBe("#DIV/0!");
    expect((blank[4] as CellError).error).toBe("#DIV/0!");
  });
});

describe("FUNNEL_BY and WIN_RATE_BY agree with analyze --by", () => {
  it("give the figures the report's segments give on a Chinese export (test/fixtures/exports/zh-segments.csv)", async () => {
    const { readTable } = await import("../../../cli/readTable");
    const { parseDealLog } = await import("../../../core/parse/dealLog");
    const { groupByColumn, groupColumnOfGrid } = await import("../../../core/parse/groupColumn");
    const { segmentsJson, segmentsOfDeals } = await import("../../../core/report/segmentReport");
    const table = await readTable("test/fixtures/exports/zh-segments.csv");
    // The grid as a range hands it over: header first (the title row above it is not part of the range).
    const log = parseDealLog(table.grid, { firstRow: table.firstRow })!;
    const column = groupColumnOfGrid(table.grid, table.firstRow, log.deals.rows, groupByColumn(table.grid[0], "负责人")!);
    const report = segmentsJson(segmentsOfDeals(log.deals, column, log.reading), "负责人", "zh-CN");
    const winRates = callFunction("WIN_RATE_BY", [table.grid, "负责人"], { locale: "zh-CN" }) as unknown[][];
    const funnels = callFunction("FUNNEL_BY", [table.grid, "负责人"], { locale: "zh-CN" }) as unknown[][];
    const value = (cell: unknown) => (typeof cell === "object" && cell !== null ? null : cell === "" ? null : cell);
    expect(winRates.slice(1).map((row) => [row[0], row[1], value(row[2]), value(row[3]), value(row[4])])).toEqual(
      report.groups.map((group) => [group.group, group.deals, group.winRate, group.othersWinRate, group.pHolm]),
    );
    expect(funnels.slice(1).map((row) => [row[0], row[1], row[2], value(row[3]), value(row[4])])).toEqual(
      report.groups.flatMap((group) => group.funnel.map((row) => [group.group, row.stage, row.reached, row.stepConversion, row.overallConversion])),
    );
  });
});

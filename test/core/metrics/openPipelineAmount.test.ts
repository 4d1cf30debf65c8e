import { describe, expect, it } from "vitest";
import { callFunction } from "../../../core/functions/registry";
import { analyzeDeals } from "../../../core/report/analyzeDeals";
import { figureCards } from "../../../core/present/figureCards";
import { formatReport } from "../../../cli/printReport";

// Open pipeline amount (DEFINITIONS §4), added as a newcomer adds a figure: the kernel, one row of the table of
// report figures, the function, its registry line and its definition. Worked by hand on the README's five deals
// with D5's amount filled in and one more open deal:
//   D5 open ¥30,000, D6 open 5万 (50,000), D7 open without an amount → 30,000 + 50,000 = 80,000.
const LOG = [
  ["编号", "线索", "商机", "方案", "成交", "金额", "状态"],
  ["D1", "2026-01-05", "2026-01-12", "2026-01-20", "2026-02-04", "¥120,000", "赢单"],
  ["D2", "2026-01-08", "2026-01-15", "2026-02-01", "2026-03-02", "8.5万", "赢单"],
  ["D3", "2026-01-10", "2026-01-20", "2026-02-05", "", "60,000", "丢单"],
  ["D4", "2026-01-15", "2026-02-01", "", "", "", "丢单"],
  ["D5", "2026-02-01", "", "", "", "¥30,000", "进行中"],
  ["D6", "2026-02-03", "2026-02-10", "", "", "5万", "进行中"],
  ["D7", "2026-02-05", "", "", "", "", "进行中"],
];
const zh = { locale: "zh-CN" as const, timeZone: "UTC" };
const en = { locale: "en" as const, timeZone: "UTC" };

describe("open pipeline amount", () => {
  it("sums the open deals' amounts: 30,000 + 50,000 (D7 has none)", () => {
    expect(analyzeDeals(LOG, { locale: "zh-CN" })!.openPipelineAmount).toBe(80_000);
  });

  it("is 0 with no open deal, and missing when open deals have no amount", () => {
    const closed = LOG.filter((row) => row[6] !== "进行中");
    expect(analyzeDeals(closed, { locale: "zh-CN" })!.openPipelineAmount).toBe(0);
    const unpriced = LOG.map((row, index) => (index > 0 && row[6] === "进行中" ? [...row.slice(0, 5), "", row[6]] : row));
    expect(analyzeDeals(unpriced, { locale: "zh-CN" })!.openPipelineAmount).toBeNull();
    expect(callFunction("OPEN_PIPELINE_AMOUNT", [unpriced], en)).toEqual({ error: "#N/A", message: "No open deals with an amount" });
  });

  it("is the same figure in the functions, the CLI's line and both panes' cards", () => {
    expect(callFunction("OPEN_PIPELINE_AMOUNT", [LOG], zh)).toBe(80_000);
    const pick = (index: number) => LOG.map((row) => [row[index]]);
    expect(callFunction("OPEN_PIPELINE_AMOUNT", [pick(6), pick(5)], zh)).toBe(80_000);
    const report = analyzeDeals(LOG, { locale: "en" })!;
    expect(formatReport(report, "en")).toContain("■ Open pipeline amount: 80,000");
    expect(figureCards(report, "zh-CN").find((card) => card.id === "openPipelineAmount")).toMatchObject({ label: "在途商机金额", value: 80_000 });
  });
});

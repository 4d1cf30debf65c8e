import { describe, expect, it } from "vitest";
import { averageWonAmount } from "../../../core/metrics/averageWonAmount";
import { parseDealLog } from "../../../core/parse/dealLog";
import { analyzeDeals } from "../../../core/report/analyzeDeals";
import { HAND_LOG } from "../../fixtures/handLog";

describe("average won amount (DEFINITIONS §4)", () => {
  it("is the mean amount of the won deals that have one (hand-worked)", () => {
    // HAND_LOG: won D1 100,000, D2 ¥50,000, D7 (成交) 60,000 → 210,000 ÷ 3 = 70,000; lost and open amounts left out.
    expect(averageWonAmount(parseDealLog(HAND_LOG)!.deals)).toBe(70000);
    // The README's log: D1 ¥120,000, D2 8.5万 won → (120,000 + 85,000) ÷ 2 = 102,500; D3's 60,000 is lost.
    const readme = [
      ["线索", "商机", "方案", "成交", "金额", "状态"],
      ["2026-01-05", "2026-01-12", "2026-01-20", "2026-02-04", "¥120,000", "赢单"],
      ["2026-01-08", "2026-01-15", "2026-02-01", "2026-03-02", "8.5万", "赢单"],
      ["2026-01-10", "2026-01-20", "2026-02-05", "", "60,000", "丢单"],
      ["2026-01-15", "2026-02-01", "", "", "", "丢单"],
      ["2026-02-01", "", "", "", "", "进行中"],
    ];
    expect(averageWonAmount(parseDealLog(readme)!.deals)).toBe(102500);
    expect(analyzeDeals(readme, { locale: "en" })?.averageWonAmount).toBe(102500);
  });

  it("has no value when no won deal has an amount, and in the report none across several currencies", () => {
    const noAmount = [["线索", "成交", "状态", "金额"], ["2026-01-01", "2026-01-31", "赢单", ""], ["2026-01-01", "", "丢单", 500]];
    expect(averageWonAmount(parseDealLog(noAmount)!.deals)).toBeNull();
    expect(analyzeDeals(noAmount, { locale: "zh-CN" })?.averageWonAmount).toBeNull();
    const currencies = [["线索", "成交", "状态", "金额"], ["2026-01-01", "2026-01-31", "赢单", "$100"], ["2026-01-01", "2026-01-20", "赢单", "€300"]];
    expect(analyzeDeals(currencies, { locale: "en" })?.averageWonAmount).toBeNull();
  });
});

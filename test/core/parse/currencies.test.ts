import { describe, expect, it } from "vitest";
import { cellCurrency, currencyOfCode, readAmountCell } from "../../../core/parse/amounts";
import { parseDealLog } from "../../../core/parse/dealLog";
import { analyzeDeals } from "../../../core/report/analyzeDeals";

describe("amounts with a currency code or sign", () => {
  it("reads a code before or after the figure, and € £ HK$ US$ signs", () => {
    const cases: [string, number][] = [
      ["USD 24,250.00", 24250],
      ["24,250.00 USD", 24250],
      ["EUR 1,200", 1200],
      ["1,200.50 EUR", 1200.5],
      ["GBP21500", 21500],
      ["HKD 80,000", 80000],
      ["JPY 3,000,000", 3000000],
      ["€1,200", 1200],
      ["£ 950.00", 950],
      ["HK$12,000", 12000],
      ["US$ 9,999.99", 9999.99],
      ["$63,000.00", 63000],
      ["RMB 12万", 120000],
    ];
    for (const [text, amount] of cases) expect(readAmountCell(text), text).toBe(amount);
  });

  it("does not guess a figure grouped by points in euros", () => {
    expect(readAmountCell("EUR 1.200")).toBe("amount.unreadable");
    expect(readAmountCell("1.200.000 €")).toBe("amount.unreadable");
    // In any other currency the point is the decimal mark, as DEFINITIONS §3 says.
    expect(readAmountCell("USD 1.200")).toBe(1.2);
  });

  it("names the currency a cell is written in", () => {
    expect(cellCurrency("USD 24,250.00")).toBe("USD");
    expect(cellCurrency("24,250.00 eur")).toBe("EUR");
    expect(cellCurrency("$63,000.00")).toBe("$");
    expect(cellCurrency("￥1,200")).toBe("CNY");
    expect(cellCurrency("1,200元")).toBe("CNY");
    expect(cellCurrency("HK$12,000")).toBe("HKD");
    expect(cellCurrency("48000.0")).toBeUndefined();
    expect(cellCurrency(48000)).toBeUndefined();
    expect(currencyOfCode(" rmb ")).toBe("CNY");
    expect(currencyOfCode("人民币")).toBe("CNY");
    expect(currencyOfCode("")).toBeUndefined();
  });
});

describe("a wide log's amounts in several currencies", () => {
  // Two won deals (30 and 10 days), one open; with one currency velocity is 1 × 1 × mean won amount / 20.
  const grid = (amounts: string[], currency?: string[]) => [
    ["Deal ID", "Lead", "Won", "Status", "Amount", ...(currency ? ["币种"] : [])],
    ["D-1", "2026-01-01", "2026-01-31", "Won", amounts[0], ...(currency ? [currency[0]] : [])],
    ["D-2", "2026-01-01", "2026-01-11", "Won", amounts[1], ...(currency ? [currency[1]] : [])],
    ["D-3", "2026-01-05", "", "Open", amounts[2], ...(currency ? [currency[2]] : [])],
  ];

  it("computes velocity as usual in one currency", () => {
    const report = analyzeDeals(grid(["$100", "$300", "$50"]), { locale: "en" })!;
    // 1 open × win rate 1 × mean won 200 / mean cycle 20 = 10.
    expect(report.pipelineVelocity).toBe(10);
    expect(report.reading?.currencies).toBeUndefined();
  });

  it("never averages $ and ¥ amounts: velocity null, currencies listed with their deals", () => {
    const report = analyzeDeals(grid(["$100", "¥300", "¥50"]), { locale: "en" })!;
    expect(report.pipelineVelocity).toBeNull();
    expect(report.reading?.currencies).toEqual(["CNY", "$"]);
    expect(report.reading?.currencyDeals).toEqual([2, 1]);
  });

  it("takes a currency column over the amount's own sign", () => {
    const log = parseDealLog(grid(["100", "300", "50"], ["USD", "EUR", "USD"]))!;
    expect(log.reading?.currencies).toEqual(["USD", "EUR"]);
    expect(log.reading?.currencyDeals).toEqual([2, 1]);
    const same = parseDealLog(grid(["100", "300", "50"], ["usd", "USD", " USD "]))!;
    expect(same.reading?.currencies).toBeUndefined();
  });
});

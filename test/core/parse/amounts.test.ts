import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readAmountCell } from "../../../core/parse/amounts";

/** Writes a whole number with thousands commas, independently of the code under test. */
function withCommas(whole: number): string {
  const digits = String(whole);
  let out = "";
  for (let index = 0; index < digits.length; index++) {
    if (index > 0 && (digits.length - index) % 3 === 0) out += ",";
    out += digits[index];
  }
  return out;
}

describe("readAmountCell", () => {
  it("takes numbers as they are (Excel and Sheets pass number cells as numbers)", () => {
    expect(readAmountCell(1_200_000)).toBe(1_200_000);
    expect(readAmountCell(12.5)).toBe(12.5);
    expect(readAmountCell(0)).toBe(0);
    expect(readAmountCell(-300)).toBe("amount.negative"); // below zero: no deal value (negativeAmounts.test.ts)
  });

  it("reads text with currency signs, thousands commas and spaces", () => {
    expect(readAmountCell("¥1,200,000")).toBe(1_200_000);
    expect(readAmountCell("￥ 3 500")).toBe(3500); // full-width yen sign, space as thousands separator
    expect(readAmountCell("$12.5")).toBe(12.5);
    expect(readAmountCell("  1200  ")).toBe(1200);
    expect(readAmountCell("１，２００")).toBe(1200); // full-width digits and comma
    expect(readAmountCell("＄99.90")).toBe(99.9);
    expect(readAmountCell("1\u00a0200")).toBe(1200); // non-breaking space
    expect(readAmountCell("-¥1,200")).toBe("amount.negative");
    expect(readAmountCell("¥-1,200")).toBe("amount.negative");
    expect(readAmountCell(".5")).toBe(0.5);
  });

  it("reads the unit 元 and the currency codes", () => {
    expect(readAmountCell("1200元")).toBe(1200);
    expect(readAmountCell("1,200 元")).toBe(1200);
    expect(readAmountCell("RMB 1,200")).toBe(1200);
    expect(readAmountCell("1200 CNY")).toBe(1200);
    expect(readAmountCell("usd 12.5")).toBe(12.5);
  });

  it("reads 万 as ten thousand, exactly", () => {
    expect(readAmountCell("12.5万")).toBe(125_000);
    expect(readAmountCell("12.5万元")).toBe(125_000);
    expect(readAmountCell("¥ 3 万")).toBe(30_000);
    expect(readAmountCell("0.07万")).toBe(700); // 0.07 × 10000 in floating point is 700.0000000000001
    expect(readAmountCell("0.57万")).toBe(5700); // … and 0.57 × 10000 is 5699.999999999999
  });

  it("reads commas and spaces inside a figure only as thousands grouping", () => {
    expect(readAmountCell("1,200,000.50")).toBe(1_200_000.5);
    expect(readAmountCell("1 200 000")).toBe(1_200_000);
    expect(readAmountCell("1\u202f200")).toBe(1200); // narrow no-break space, a French grouping
    expect(readAmountCell("- 1,200")).toBe("amount.negative"); // read as −1,200, which is below zero
    expect(readAmountCell("1,234.")).toBe(1234);
    for (const text of [
      "1.200,50", // European decimal comma: 1200.5 or 1.2005? Not guessed.
      "1 200,50",
      "1,20",
      "1,2",
      "1,2,3,4",
      "12,5万",
      "1,2000",
      ",100",
      "100,",
      "1,200 000", // two kinds of grouping
      "12 34",
      "1,200.5,0",
      "1,000e3",
    ]) {
      expect(readAmountCell(text), text).toBe("amount.unreadable");
    }
  });

  it("scales figures by the column's unit exactly, unless the cell says 万 itself", () => {
    // A column headed 金额（万元）: unit exponent 4, so 1.2 means 1.2 × 10^4 = 12,000.
    expect(readAmountCell(1.2, 4)).toBe(12_000);
    expect(readAmountCell("1.2", 4)).toBe(12_000);
    expect(readAmountCell(0.07, 4)).toBe(700); // 0.07 × 10000 in floating point is 700.0000000000001
    expect(readAmountCell("¥3", 4)).toBe(30_000);
    expect(readAmountCell("12万", 4)).toBe(120_000); // not 12 × 10^8
    expect(readAmountCell(-5, 3)).toBe("amount.negative");
    expect(readAmountCell("", 4)).toBeNull();
    expect(readAmountCell("1,20", 4)).toBe("amount.unreadable");
    expect(readAmountCell(Infinity, 4)).toBe("amount.unreadable");
  });

  it("reads blanks as null", () => {
    for (const blank of [null, undefined, "", "   ", "\u3000"]) expect(readAmountCell(blank)).toBeNull();
  });

  it("reports text that is not an amount", () => {
    for (const text of ["n/a", "待定", "¥", "$", "元", "万", "12..5", "1.2.3", "abc123", "12 dollars", "0x10", "--", "+", "XYZ 100", "EUR 1.200", "1.200.000 €"]) {
      expect(readAmountCell(text), text).toBe("amount.unreadable");
    }
  });

  it("rejects Infinity and NaN, as numbers or as text", () => {
    expect(readAmountCell(Infinity)).toBe("amount.unreadable");
    expect(readAmountCell(-Infinity)).toBe("amount.unreadable");
    expect(readAmountCell(Number.NaN)).toBe("amount.unreadable");
    expect(readAmountCell("Infinity")).toBe("amount.unreadable");
    expect(readAmountCell("NaN")).toBe("amount.unreadable");
    expect(readAmountCell("1e999")).toBe("amount.unreadable"); // overflows to Infinity
    expect(readAmountCell("1e999万")).toBe("amount.unreadable");
  });

  it("reports cells of other types", () => {
    expect(readAmountCell(true)).toBe("amount.unreadable");
    expect(readAmountCell(new Date("2026-01-05T00:00:00Z"))).toBe("amount.unreadable");
    expect(readAmountCell({})).toBe("amount.unreadable");
  });

  it("reads any amount written with commas and a currency sign as the plain number (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom("", "¥", "￥", "$", "¥ ", "RMB "),
        fc.constantFrom("", "元", " 元"),
        (whole, cents, sign, unit) => {
          const plain = `${whole}.${String(cents).padStart(2, "0")}`;
          expect(readAmountCell(`${sign}${withCommas(whole)}.${String(cents).padStart(2, "0")}${unit}`)).toBe(Number(plain));
        },
      ),
    );
  });

  it("reads any whole number grouped by spaces, and rejects a comma anywhere but a group's edge (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999_999_999 }), fc.nat(), (whole, seed) => {
        expect(readAmountCell(withCommas(whole).replaceAll(",", " "))).toBe(whole);
        const digits = String(whole);
        // One comma after `cut` digits can be grouping only with exactly three digits after it: skip that case.
        const cut = 1 + (seed % (digits.length - 1));
        if (digits.length - cut === 3) return;
        const text = `${digits.slice(0, cut)},${digits.slice(cut)}`;
        expect(readAmountCell(text), text).toBe("amount.unreadable");
      }),
    );
  });

  it("reads any X万 with up to four decimals as the exact whole number X × 10000 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 9999 }), (whole, places, fraction) => {
        const digits = String(fraction % 10 ** places).padStart(places, "0");
        const text = places === 0 ? `${whole}万` : `${whole}.${digits}万`;
        // Exact integer arithmetic: X × 10000 = whole × 10000 + digits × 10^(4 − places).
        const expected = whole * 10_000 + (places === 0 ? 0 : Number(digits) * 10 ** (4 - places));
        expect(readAmountCell(text)).toBe(expected);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { isCellError } from "../../../core/functions/errors";
import { callFunction } from "../../../core/functions/registry";
import { HAND_LOG } from "../../fixtures/handLog";

const en = { locale: "en" } as const;
const zh = { locale: "zh-CN" } as const;
const column = (index: number) => HAND_LOG.map((row) => [row[index]]);

describe("AVERAGE_WON_AMOUNT", () => {
  it("takes a status column and an amount column, or a whole deal table (hand-worked: 70,000)", () => {
    // Won D1 100,000, D2 ¥50,000, D7 成交 60,000 → 70,000; rows 10–11 (D9, D10) are open and do not count.
    expect(callFunction("AVERAGE_WON_AMOUNT", [column(5), column(6)], en)).toBe(70000);
    expect(callFunction("AVERAGE_WON_AMOUNT", [HAND_LOG], en)).toBe(70000);
    // A current-stage export: (1,200 + 800) ÷ 2 = 1,000.
    expect(callFunction("AVERAGE_WON_AMOUNT", [[["Stage", "Amount"], ["Closed Won", "1,200"], ["Closed Lost", "900"], ["Closed Won", "800"]]], en)).toBe(1000);
  });

  it("is #DIV/0! saying so when no won deal has an amount, #VALUE! across currencies, in both languages", () => {
    const none = callFunction("AVERAGE_WON_AMOUNT", [[["状态"], ["赢单"], ["丢单"]], [["金额"], [""], [500]]], zh);
    expect(isCellError(none) && none.error).toBe("#DIV/0!");
    expect(isCellError(none) && none.message).toMatch(/[\u4e00-\u9fff]/);
    const noneEn = callFunction("AVERAGE_WON_AMOUNT", [[["Status"], ["Won"]], [["Amount"], [""]]], en);
    expect(isCellError(noneEn) && noneEn.message).toMatch(/won/i);
    const several = callFunction("AVERAGE_WON_AMOUNT", [[["Stage", "Amount"], ["Closed Won", "$100"], ["Closed Won", "€300"]]], en);
    expect(isCellError(several) && several.error).toBe("#VALUE!");
    expect(isCellError(several) && several.message).toMatch(/2 currencies \(\$ 1, EUR 1\): no amount figure across currencies/);
  });
});

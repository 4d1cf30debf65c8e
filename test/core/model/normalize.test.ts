import { describe, expect, it } from "vitest";
import { headerKey, headerUnit, nameKey } from "../../../core/model/normalize";

describe("nameKey", () => {
  it("folds case, surrounding and repeated spaces", () => {
    expect(nameKey("Closed Won")).toBe("closed won");
    expect(nameKey("  CLOSED   WON  ")).toBe("closed won");
    expect(nameKey("closed\twon\n")).toBe("closed won");
    expect(nameKey("Lead")).toBe(nameKey(" lead "));
  });

  it("folds full-width letters, digits, brackets and spaces to half-width", () => {
    expect(nameKey("  Ｃｌｏｓｅｄ\u3000 Won ")).toBe("closed won");
    expect(nameKey("ＬＥＡＤ")).toBe("lead");
    expect(nameKey("金额（元）")).toBe("金额(元)");
    expect(nameKey("Ｓｔａｇｅ１")).toBe("stage1");
    expect(nameKey("\u00a0Lead\u00a0")).toBe("lead"); // non-breaking space
  });

  it("leaves Chinese text as it is", () => {
    expect(nameKey("线索")).toBe("线索");
    expect(nameKey(" 线索 ")).toBe("线索");
    expect(nameKey("线索 来源")).toBe("线索 来源"); // inner space kept (one), not removed
  });

  it("gives different keys to different names", () => {
    expect(nameKey("Lead")).not.toBe(nameKey("Leads"));
    expect(nameKey("Closed Won")).not.toBe(nameKey("ClosedWon"));
    expect(nameKey("")).toBe("");
  });
});

describe("headerKey", () => {
  it("folds what nameKey folds, every inner space and a trailing colon, for both kinds of column", () => {
    for (const column of ["stage", "field"] as const) {
      expect(headerKey("状\u3000态", column)).toBe("状态"); // ideographic space inside the word
      expect(headerKey("商 机", column)).toBe("商机");
      expect(headerKey(" 负 责 人 ", column)).toBe("负责人");
      expect(headerKey("Deal  ID", column)).toBe("dealid");
      expect(headerKey("状态：", column)).toBe("状态"); // full-width colon
      expect(headerKey("Status:", column)).toBe("status");
      expect(headerKey("Ｓｔａｔｕｓ ：", column)).toBe("status");
    }
  });

  it("drops a trailing bracketed unit or note for a field column only", () => {
    expect(headerKey("金额 (元)", "field")).toBe("金额");
    expect(headerKey("金额（万元）", "field")).toBe("金额");
    expect(headerKey("Amount (USD)", "field")).toBe("amount");
    expect(headerKey("Amount ($)", "field")).toBe("amount");
    expect(headerKey("状态【必填】", "field")).toBe("状态");
    expect(headerKey("金额 (元)", "stage")).toBe("金额(元)");
    expect(headerKey("(元)金额", "field")).toBe("(元)金额"); // only a trailing bracket
  });

  it("drops a trailing date word for a stage column only, bare or bracketed", () => {
    for (const [header, key] of [
      ["商机日期", "商机"],
      ["成交时间", "成交"],
      ["成交日", "成交"],
      ["Lead Date", "lead"],
      ["Won date", "won"],
      ["Won time", "won"],
      ["线索(日期)", "线索"],
      ["线索（日期）：", "线索"],
    ]) {
      expect(headerKey(header, "stage"), header).toBe(key);
    }
    expect(headerKey("商机日期", "field")).toBe("商机日期");
  });

  it("keeps words that only contain a stage name, and Lead time (a duration)", () => {
    expect(headerKey("成交金额", "stage")).toBe("成交金额");
    expect(headerKey("成交日期备注", "stage")).toBe("成交日期备注");
    expect(headerKey("Lead time", "stage")).toBe("leadtime");
    expect(headerKey("日期", "stage")).toBe("");
  });

  it("is not used for cell values: nameKey still keeps an inner space", () => {
    expect(nameKey("Closed Won")).not.toBe(headerKey("Closed Won", "field"));
  });
});

describe("headerUnit", () => {
  it("is the folded text of a trailing bracket", () => {
    expect(headerUnit("金额（万元）")).toBe("万元");
    expect(headerUnit("金额 ( 元 )")).toBe("元");
    expect(headerUnit("Amount (USD):")).toBe("usd");
    expect(headerUnit("Amount [$k]")).toBe("$k");
    expect(headerUnit("金额")).toBeUndefined();
    expect(headerUnit("(元)金额")).toBeUndefined();
  });
});

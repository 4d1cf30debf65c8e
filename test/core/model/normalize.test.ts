import { describe, expect, it } from "vitest";
import { nameKey } from "../../../core/model/normalize";

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

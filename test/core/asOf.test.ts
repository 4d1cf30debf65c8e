import { describe, expect, it } from "vitest";
import { asOfReference } from "../../core/template/asOf";
import { templateLayout } from "../../core/template/layout";

describe("asOfReference", () => {
  it("points every sheet at the Goals sheet's as-of cell, quoted and absolute", () => {
    const layout = templateLayout("en", 6, 1001);
    const { goals } = layout;
    expect(goals.asOf).toMatch(/^[A-Z]+\d+$/);
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(goals.asOf) ?? [];
    expect(asOfReference(layout)).toBe(`'${goals.sheet}'!$${letters}$${row}`);
    expect(asOfReference(templateLayout("zh-CN", 6, 1001))).toContain("'目标'!");
  });
});

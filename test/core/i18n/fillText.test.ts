import { describe, expect, it } from "vitest";
import { fillText } from "../../../core/i18n/fillText";

describe("fillText", () => {
  it("fills known placeholders, leaves unknown ones, and never re-reads a value as a placeholder", () => {
    expect(fillText("第 {row} 行 · {column} 列", { row: 7, column: "D" })).toBe("第 7 行 · D 列");
    expect(fillText("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(fillText("{a}", { a: "{b}", b: "x" })).toBe("{b}");
    expect(fillText("no placeholders")).toBe("no placeholders");
  });
});

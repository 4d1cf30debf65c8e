import { describe, expect, it } from "vitest";
import { cellText, columnLetter, isBlankCell } from "../../../core/model/cells";

/** Oracle: every column name in spreadsheet order, by counting in letters (A…Z, AA…ZZ, AAA…ZZZ). */
function allColumnNames(): string[] {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const names: string[] = [];
  let previous = [""];
  for (let length = 1; length <= 3; length++) {
    const current: string[] = [];
    for (const prefix of previous) for (const letter of letters) current.push(prefix + letter);
    names.push(...current);
    previous = current;
  }
  return names;
}

describe("columnLetter", () => {
  it("names the columns as spreadsheets do", () => {
    expect(columnLetter(1)).toBe("A");
    expect(columnLetter(26)).toBe("Z");
    expect(columnLetter(27)).toBe("AA");
    expect(columnLetter(52)).toBe("AZ");
    expect(columnLetter(53)).toBe("BA");
    expect(columnLetter(702)).toBe("ZZ");
    expect(columnLetter(703)).toBe("AAA");
    expect(columnLetter(16384)).toBe("XFD"); // Excel's last column
  });

  it("agrees with counting in letters for every column up to ZZZ", () => {
    const names = allColumnNames();
    expect(names).toHaveLength(26 + 26 ** 2 + 26 ** 3);
    names.forEach((name, index) => expect(columnLetter(index + 1)).toBe(name));
  });
});

describe("isBlankCell", () => {
  it("is true for what a spreadsheet shows as empty", () => {
    for (const blank of [null, undefined, "", " ", "\t", "\u3000", "\u00a0"]) expect(isBlankCell(blank)).toBe(true);
  });

  it("is false for values, including zero and false", () => {
    for (const value of [0, false, "0", "x", new Date(0), Number.NaN]) expect(isBlankCell(value)).toBe(false);
  });
});

describe("cellText", () => {
  it("writes cells as text", () => {
    expect(cellText("  Acme  ")).toBe("Acme");
    expect(cellText(12.5)).toBe("12.5");
    expect(cellText(true)).toBe("true");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText({})).toBe("");
  });

  it("writes a Date as its UTC calendar date, whatever the machine's zone", () => {
    expect(cellText(new Date("2026-01-05T00:00:00Z"))).toBe("2026-01-05");
    expect(cellText(new Date("2026-01-05T23:59:59Z"))).toBe("2026-01-05");
    expect(cellText(new Date(Number.NaN))).toBe("");
  });
});

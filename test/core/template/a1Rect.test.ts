import { describe, expect, it } from "vitest";
import { formatA1Rect, MAX_COLUMNS, MAX_ROWS, parseA1Rect, rectContains, rectSize, type A1Rect } from "../../../core/template/a1Rect";

// Rectangles worked by hand: columns A=1 … Z=26, AA=27, AZ=52, ZZ=26·26+26=702, XFD=16384; rows as written.
const READ: [ref: string, rect: A1Rect][] = [
  ["A1", { top: 1, left: 1, bottom: 1, right: 1 }],
  ["$B$2:$D$9", { top: 2, left: 2, bottom: 9, right: 4 }],
  ["D9:B2", { top: 2, left: 2, bottom: 9, right: 4 }],
  ["b2:d9", { top: 2, left: 2, bottom: 9, right: 4 }],
  ["$C5", { top: 5, left: 3, bottom: 5, right: 3 }],
  ["AA1:AZ3", { top: 1, left: 27, bottom: 3, right: 52 }],
  ["ZZ10", { top: 10, left: 702, bottom: 10, right: 702 }],
  ["XFD1048576", { top: 1048576, left: 16384, bottom: 1048576, right: 16384 }],
  ["'Sheet name'!A:A", { sheet: "Sheet name", top: 1, left: 1, bottom: 1048576, right: 1 }],
  ["C:E", { top: 1, left: 3, bottom: 1048576, right: 5 }],
  ["$2:$5", { top: 2, left: 1, bottom: 5, right: 16384 }],
  ["7:7", { top: 7, left: 1, bottom: 7, right: 16384 }],
  ["Deals!$H$2:$H$1001", { sheet: "Deals", top: 2, left: 8, bottom: 1001, right: 8 }],
  ["'It''s'!B2", { sheet: "It's", top: 2, left: 2, bottom: 2, right: 2 }],
  ["'仪表盘'!$B$13", { sheet: "仪表盘", top: 13, left: 2, bottom: 13, right: 2 }],
  ["'a!b'!A1", { sheet: "a!b", top: 1, left: 1, bottom: 1, right: 1 }],
  // Google Sheets' open-ended ranges: from a row down to the grid's last row.
  ["A2:C", { top: 2, left: 1, bottom: 1048576, right: 3 }],
  ["'Deals'!$F$2:$F", { sheet: "Deals", top: 2, left: 6, bottom: 1048576, right: 6 }],
  ["A1:C", { top: 1, left: 1, bottom: 1048576, right: 3 }],
];

const INVALID = ["", "A", "1", "A0", "1A", "A1:B2:C3", "A:B2", "A2:3", "A:3", "XFE1", "A1048577", "'Open!A1", "Sheet!", "!A1", "A1!", "B-2", "WinRate", "A 1"];

describe("parseA1Rect", () => {
  it.each(READ)("reads %s", (ref, rect) => {
    expect(parseA1Rect(ref)).toEqual(rect);
  });

  it.each(INVALID)("refuses %j", (ref) => {
    expect(() => parseA1Rect(ref)).toThrow(RangeError);
  });

  it("uses Excel's grid size for whole rows and columns", () => {
    expect([MAX_ROWS, MAX_COLUMNS]).toEqual([1048576, 16384]);
  });
});

describe("formatA1Rect", () => {
  it.each([
    [{ top: 1, left: 1, bottom: 1, right: 1 }, "A1"],
    [{ top: 2, left: 2, bottom: 9, right: 4 }, "B2:D9"],
    [{ top: 1, left: 27, bottom: 3, right: 702 }, "AA1:ZZ3"],
    [{ top: 1, left: 3, bottom: 1048576, right: 5 }, "C:E"],
    [{ top: 2, left: 1, bottom: 5, right: 16384 }, "2:5"],
    [{ sheet: "It's", top: 2, left: 2, bottom: 2, right: 2 }, "'It''s'!B2"],
    [{ sheet: "Deals", top: 2, left: 8, bottom: 1001, right: 8 }, "'Deals'!H2:H1001"],
  ] as [A1Rect, string][])("writes %j as %s", (rect, ref) => {
    expect(formatA1Rect(rect)).toBe(ref);
  });

  it("writes absolute references on request", () => {
    expect(formatA1Rect({ top: 2, left: 2, bottom: 9, right: 4 }, { absolute: true })).toBe("$B$2:$D$9");
    expect(formatA1Rect({ top: 1, left: 3, bottom: 1048576, right: 3 }, { absolute: true })).toBe("$C:$C");
    expect(formatA1Rect({ top: 5, left: 1, bottom: 5, right: 16384 }, { absolute: true })).toBe("$5:$5");
  });

  it("writes columns from a row down open-ended on request (Google Sheets), else as Excel reads them", () => {
    expect(formatA1Rect({ top: 2, left: 1, bottom: 1048576, right: 3 }, { openEnded: true })).toBe("A2:C");
    expect(formatA1Rect({ sheet: "Deals", top: 2, left: 6, bottom: 1048576, right: 6 }, { openEnded: true, absolute: true })).toBe("'Deals'!$F$2:$F");
    expect(formatA1Rect({ top: 2, left: 1, bottom: 1048576, right: 3 })).toBe("A2:C1048576");
    expect(formatA1Rect({ top: 2, left: 1, bottom: 1001, right: 3 }, { openEnded: true })).toBe("A2:C1001");
  });

  it("leaves the sheet out on request", () => {
    expect(formatA1Rect({ sheet: "Deals", top: 2, left: 8, bottom: 3, right: 8 }, { sheet: false })).toBe("H2:H3");
  });

  it.each(READ)("reads back what it writes: %s", (ref) => {
    expect(parseA1Rect(formatA1Rect(parseA1Rect(ref)))).toEqual(parseA1Rect(ref));
  });
});

describe("rectangle arithmetic", () => {
  it("counts rows and columns", () => {
    expect(rectSize({ top: 2, left: 2, bottom: 9, right: 4 })).toEqual({ rows: 8, columns: 3 });
  });
  it("tells the cells inside", () => {
    const rect = { top: 2, left: 2, bottom: 9, right: 4 };
    expect([rectContains(rect, 2, 2), rectContains(rect, 9, 4), rectContains(rect, 1, 2), rectContains(rect, 2, 5), rectContains(rect, 10, 3)]).toEqual([true, true, false, false, false]);
  });
});

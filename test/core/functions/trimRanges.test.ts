import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callFunction } from "../../../core/functions/registry";
import { trimRanges } from "../../../core/functions/trimRanges";

const context = { locale: "en" as const, timeZone: "UTC" };

describe("trimRanges", () => {
  it("cuts ranges of one size at the last row that holds anything in any of them, without copying rows", () => {
    const a = [[1, 2], [null, null], [null, null], [null, null]];
    const b = [["a"], [""], ["b"], ["  "]];
    const [cutA, cutB] = trimRanges([a, b]) as unknown[][][];
    // b's third row is the last filled row of either range: both are cut after it.
    expect(cutA).toEqual([[1, 2], [null, null], [null, null]]);
    expect(cutB).toEqual([["a"], [""], ["b"]]);
    expect(cutA[0]).toBe(a[0]);
  });

  it("cuts nothing when cutting would unpair a column and a row of as many cells", () => {
    const column = [["Lead"], [""]];
    const row = [["Won", ""]];
    expect(trimRanges([column, row])).toEqual([column, row]);
  });

  it("cuts ranges of different sizes apart (a range given one row off stays one row off)", () => {
    const [cutA, cutB] = trimRanges([[[1], [2], [null]], [[3], [null]]]) as unknown[][][];
    expect(cutA).toEqual([[1], [2]]);
    expect(cutB).toEqual([[3]]);
  });

  it("leaves bare values and left-out arguments alone, reads a one-dimensional range by its cells", () => {
    expect(trimRanges([5, undefined])).toEqual([5, undefined]);
    expect(trimRanges([["x", "", null]])).toEqual([[["x"]]]);
    expect(trimRanges([[[null], [""]]])).toEqual([[[null]]]);
  });
});

describe("a range with blank rows below it (a whole column) answers as the range does (property)", () => {
  const dates = fc.array(
    fc.tuple(fc.integer({ min: 46000, max: 46100 }), fc.option(fc.integer({ min: 0, max: 40 }), { nil: null })).map(([start, days]) => [start, days === null ? null : start + days]),
    { minLength: 1, maxLength: 30 },
  );
  const padding = fc.record({ rows: fc.integer({ min: 0, max: 300 }), blank: fc.constantFrom(null, "", "  ") });
  const pad = (grid: unknown[][], { rows, blank }: { rows: number; blank: null | string }) => [...grid, ...Array.from({ length: rows }, () => grid[0].map(() => blank))];

  it("FUNNEL and STAGE_CONVERSION on stage dates", () => {
    fc.assert(
      fc.property(dates, padding, (rows, extra) => {
        const grid = [["Lead", "Won"], ...rows];
        expect(callFunction("FUNNEL", [pad(grid, extra)], context)).toEqual(callFunction("FUNNEL", [grid], context));
        expect(callFunction("STAGE_CONVERSION", [pad(grid, extra), "Lead", "Won"], context)).toEqual(callFunction("STAGE_CONVERSION", [grid, "Lead", "Won"], context));
      }),
    );
  });

  it("CYCLE_TIME on paired columns, each padded alike", () => {
    fc.assert(
      fc.property(dates, padding, (rows, extra) => {
        const starts = rows.map(([start]) => [start]);
        const ends = rows.map(([, end]) => [end]);
        const padded = callFunction("CYCLE_TIME", [pad(starts, extra), pad(ends, extra), "mean"], context);
        expect(padded).toEqual(callFunction("CYCLE_TIME", [starts, ends, "mean"], context));
      }),
    );
  });

  it("still refuses paired ranges whose filled rows differ in number", () => {
    const answer = callFunction("CYCLE_TIME", [[[46000], [46001], [46002]], [[46010], [46011]]], context);
    expect(answer).toMatchObject({ error: "#VALUE!" });
  });
});

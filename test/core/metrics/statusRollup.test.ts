import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { statusRollup } from "../../../core/metrics/statusRollup";
import type { ActionStatus } from "../../../core/model/words";

const STATUSES: readonly ActionStatus[] = ["notStarted", "inProgress", "done"];

describe("statusRollup", () => {
  it("counts per group in order of first appearance, plus a total", () => {
    // 华东: done, done, not started → 2 of 3 done; 华南: in progress, done → 1 of 2; all: 3 of 5.
    const statuses: ActionStatus[] = ["done", "inProgress", "done", "notStarted", "done"];
    const groups = ["华东", "华南", "华东", "华东", "华南"];
    const rollup = statusRollup(statuses, groups);
    expect(rollup.rows).toEqual([
      { group: "华东", notStarted: 1, inProgress: 0, done: 2, donePercent: 2 / 3 },
      { group: "华南", notStarted: 0, inProgress: 1, done: 1, donePercent: 0.5 },
    ]);
    expect(rollup.total).toEqual({ notStarted: 1, inProgress: 1, done: 3, donePercent: 0.6 });
  });

  it("keeps the plan's order rather than sorting", () => {
    const rollup = statusRollup(["done", "done", "done"], ["Zoe", "Ann", "Mia"]);
    expect(rollup.rows.map((row) => row.group)).toEqual(["Zoe", "Ann", "Mia"]);
  });

  it("matches group names ignoring case, spaces and full-width forms, labelled as first written", () => {
    const rollup = statusRollup(["done", "notStarted", "inProgress"], [" Team A", "team  a ", "ＴＥＡＭ Ａ"]);
    expect(rollup.rows).toEqual([{ group: "Team A", notStarted: 1, inProgress: 1, done: 1, donePercent: 1 / 3 }]);
  });

  it("keeps items with a blank group as a group of their own", () => {
    const rollup = statusRollup(["done", "notStarted", "done"], ["", "Ann", "  "]);
    expect(rollup.rows).toEqual([
      { group: "", notStarted: 0, inProgress: 0, done: 2, donePercent: 1 },
      { group: "Ann", notStarted: 1, inProgress: 0, done: 0, donePercent: 0 },
    ]);
  });

  it("gives only the total without groups", () => {
    const rollup = statusRollup(["done", "inProgress", "notStarted", "notStarted"]);
    expect(rollup.rows).toEqual([]);
    expect(rollup.total).toEqual({ notStarted: 2, inProgress: 1, done: 1, donePercent: 0.25 });
  });

  it("gives a null done % (never 0 or NaN) when there are no items", () => {
    expect(statusRollup([])).toEqual({ rows: [], total: { notStarted: 0, inProgress: 0, done: 0, donePercent: null } });
    expect(statusRollup([], [])).toEqual({ rows: [], total: { notStarted: 0, inProgress: 0, done: 0, donePercent: null } });
  });

  it("adds up: the rows sum to the total, and each done % is done / all", () => {
    const item = fc.tuple(fc.constantFrom(...STATUSES), fc.constantFrom("A", "b", "B", "c", ""));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const statuses = items.map(([status]) => status);
        const rollup = statusRollup(statuses, items.map(([, group]) => group));
        for (const status of STATUSES) {
          const counted = rollup.rows.reduce((sum, row) => sum + row[status], 0);
          expect(counted).toBe(rollup.total[status]);
          expect(rollup.total[status]).toBe(statuses.filter((value) => value === status).length);
        }
        for (const row of [...rollup.rows, rollup.total]) {
          const all = row.notStarted + row.inProgress + row.done;
          expect(row.donePercent).toBe(all === 0 ? null : row.done / all);
        }
        expect(rollup.rows.every((row) => row.notStarted + row.inProgress + row.done > 0)).toBe(true);
        expect(statusRollup(statuses).total).toEqual(rollup.total);
      }),
    );
  });

  it("rejects misuse", () => {
    expect(() => statusRollup(["done", "done"], ["A"])).toThrow(RangeError);
    expect(() => statusRollup(["finished" as ActionStatus])).toThrow(RangeError);
  });

  it("does not touch its inputs", () => {
    const statuses = Object.freeze<ActionStatus[]>(["done", "notStarted"]);
    const groups = Object.freeze(["A", "B"]);
    const first = statusRollup(statuses, groups);
    expect(statusRollup(statuses, groups)).toEqual(first);
    expect(statuses).toEqual(["done", "notStarted"]);
    expect(groups).toEqual(["A", "B"]);
  });
});

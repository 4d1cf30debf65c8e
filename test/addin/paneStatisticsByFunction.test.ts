/**
 * The built Excel bundle (dist/taskpane.js: functions, commands and pane) takes from simple-statistics only the
 * functions the core calls (scripts/simpleStatisticsByFunction.mjs), so loading it sets up no classifier, no
 * perceptron and no normal table; and the statistics still answer.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../core/index";
import { ONE_FILE_STATISTICS } from "../support/oneFileStatistics";
import { buildAddinInto, loadRuntime, type LoadedRuntime } from "./excelRuntime";

let outDir = "";
let bundle = "";
let runtime: LoadedRuntime;

beforeAll(async () => {
  outDir = await buildAddinInto();
  bundle = readFileSync(join(outDir, "taskpane.js"), "utf8");
  runtime = await loadRuntime(join(outDir, "taskpane.js"), "en-US");
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("simple-statistics in the built Excel bundle", () => {
  it("holds none of the one-file build's load-time code", () => {
    expect(ONE_FILE_STATISTICS.exec(bundle)?.[0] ?? "none").toBe("none");
  });

  it("still answers the median, mean, p90, min and max of cycle times", () => {
    // Deals started on 2026-01-01 (Excel serial 46023) and closed 1, 2, 3, 4, 5 and 10 days later. Median: (3 + 4) / 2;
    // mean: 25 / 6; p90 by linear interpolation (DEFINITIONS): position 0.9 × 5 = 4.5, halfway between 5 and 10.
    const days = [1, 2, 3, 4, 5, 10];
    const starts = days.map(() => [46023]);
    const ends = days.map((day) => [46023 + day]);
    const arity = FUNCTIONS.find((spec) => spec.name === "CYCLE_TIME")!.params.length;
    const cycleTime = runtime.functions.get("CYCLE_TIME")!;
    const answers = ["median", "mean", "p90", "min", "max"].map((statistic) => {
      const args = [starts, ends, statistic, ...Array.from({ length: arity - 3 }, () => null)];
      return cycleTime(...args, { functionName: "SALES.CYCLE_TIME", address: "Sheet1!Z1" });
    });
    expect(answers).toEqual([3.5, 25 / 6, 7.5, 1, 10]);
  });
});

import { describe, expect, expectTypeOf, it } from "vitest";
import { defineFunction } from "../../../core/functions/defineFunction";
import { ArgumentProblem } from "../../../core/functions/errors";
import { STAGE_ORDER_PARAM, STATISTIC_PARAM } from "../../../core/functions/params";
import type { Grid } from "../../../core/model/cells";
import type { StageList } from "../../../core/model/stages";
import type { Statistic } from "../../../core/metrics/statistics";

const help = { "zh-CN": "说明", en: "Help" } as const;
const en = { locale: "en" } as const;
const zh = { locale: "zh-CN" } as const;

describe("defineFunction", () => {
  it("reads every argument by its parameter's kind before the body runs, and types the body's arguments", () => {
    const seen: unknown[] = [];
    const spec = defineFunction({
      name: "PROBE",
      result: "number",
      help,
      params: [
        { name: "cells", kind: "range", help },
        { name: "share", kind: "number", help },
        { name: "stage", kind: "stage", help },
        { name: "times", kind: "count", optional: true, help },
        STATISTIC_PARAM,
        STAGE_ORDER_PARAM,
      ] as const,
      body([cells, share, stage, times, statistic, order]) {
        expectTypeOf(cells).toEqualTypeOf<Grid>();
        expectTypeOf(share).toEqualTypeOf<number>();
        expectTypeOf(stage).toEqualTypeOf<string | number>();
        expectTypeOf(times).toEqualTypeOf<number | undefined>();
        expectTypeOf(statistic).toEqualTypeOf<Statistic | undefined>();
        expectTypeOf(order).toEqualTypeOf<StageList | undefined>();
        seen.push(cells, share, stage, times, statistic, order?.names);
        return share;
      },
    });
    // A bare value is a 1×1 range; "12%" is 0.12; a 1×1 range given for a scalar is its cell; 平均值 is the mean;
    // a stage order's header cell (阶段) is skipped.
    expect(spec.run(["x", "12%", [["Demo"]], null, "平均值", [["阶段"], ["Lead"], ["Won"]]], en)).toBe(0.12);
    expect(seen).toEqual([[["x"]], 0.12, "Demo", undefined, "mean", ["Lead", "Won"]]);
    expect(spec.params.map((param) => [param.name, param.kind, param.optional === true])).toEqual([
      ["cells", "range", false],
      ["share", "number", false],
      ["stage", "stage", false],
      ["times", "count", true],
      ["statistic", "statistic", true],
      ["stage_order", "range", true],
    ]);
  });

  it("refuses an unreadable argument as #VALUE! naming the parameter, and the body never runs", () => {
    let ran = false;
    const spec = defineFunction({
      name: "PROBE",
      result: "number",
      help,
      params: [{ name: "amount", kind: "number", help }, STAGE_ORDER_PARAM] as const,
      body([amount]) {
        ran = true;
        return amount;
      },
    });
    const refusal = (args: unknown[]) => {
      try {
        spec.run(args, zh);
      } catch (problem) {
        return problem instanceof ArgumentProblem ? [problem.code, problem.messageCode, problem.params.name] : problem;
      }
      return "no refusal";
    };
    expect(refusal(["abc"])).toEqual(["#VALUE!", "arg.number", "amount"]);
    expect(refusal([1, [["Lead"], ["Lead"]]])).toEqual(["#VALUE!", "arg.badStageList", "stage_order"]);
    expect(ran).toBe(false);
  });
});

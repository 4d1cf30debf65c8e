import { pilotLift } from "../../metrics/pilotLift";
import { ArgumentProblem, numberOrDiv0 } from "../errors";
import { headerRow, LABELS } from "../labels";
import { defineFunction } from "../defineFunction";
import type { OutputCell } from "../types";

export const PILOT_LIFT = defineFunction({
  name: "PILOT_LIFT",
  result: "table",
  help: {
    "zh-CN": "试点提升：试点组转化率 − 对照组转化率、相对提升与双侧 p 值（合并双比例 z 检验；期望频数小于 5 时用 Fisher 精确检验）",
    en: "Pilot lift: pilot rate − control rate, relative lift and two-sided p-value (pooled two-proportion z-test; Fisher's exact test when an expected count is below 5)",
  },
  params: [
    { name: "pilot_converted", kind: "count", help: { "zh-CN": "试点组转化数", en: "Converted in the pilot team" } },
    { name: "pilot_total", kind: "count", help: { "zh-CN": "试点组总数", en: "Total in the pilot team" } },
    { name: "control_converted", kind: "count", help: { "zh-CN": "对照组转化数", en: "Converted in the control teams" } },
    { name: "control_total", kind: "count", help: { "zh-CN": "对照组总数", en: "Total in the control teams" } },
  ] as const,
  body([pilotConverted, pilotTotal, controlConverted, controlTotal], { locale }) {
    const counts = { pilotConverted, pilotTotal, controlConverted, controlTotal };
    if (counts.pilotConverted > counts.pilotTotal || counts.controlConverted > counts.controlTotal) {
      throw new ArgumentProblem("#VALUE!", "arg.convertedOverTotal");
    }
    const result = pilotLift(counts);
    const table: OutputCell[][] = [
      headerRow(locale, ["lift", "relativeLift", "pValue", "method"]),
      [
        numberOrDiv0(result.lift, locale, "div0.noTotal"),
        numberOrDiv0(result.relativeLift, locale, result.lift === null ? "div0.noTotal" : "div0.zeroControl"),
        numberOrDiv0(result.pValue, locale, "div0.noTotal"),
        result.method === null ? "" : LABELS[result.method === "fisher" ? "fisher" : "zTest"][locale],
      ],
    ];
    return table;
  },
});

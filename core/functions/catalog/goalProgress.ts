import { goalProgress } from "../../metrics/goalProgress";
import { numberOrDiv0 } from "../errors";
import { defineFunction } from "../defineFunction";

export const GOAL_PROGRESS = defineFunction({
  name: "GOAL_PROGRESS",
  result: "number",
  help: {
    "zh-CN": "目标进度：（当前值 − 基线值）÷（目标值 − 基线值）；适用于下降型目标（如周期 45→30 天），可小于 0 或大于 1",
    en: "Goal progress: (current − baseline) ÷ (target − baseline); works for falling goals (cycle 45 → 30 days); may be below 0 or above 1",
  },
  params: [
    { name: "baseline", kind: "number", help: { "zh-CN": "基线值（起点）", en: "The baseline (starting value)" } },
    { name: "target", kind: "number", help: { "zh-CN": "目标值", en: "The target value" } },
    { name: "current", kind: "number", help: { "zh-CN": "当前值", en: "The current value" } },
  ] as const,
  body([baseline, target, current], { locale }) {
    return numberOrDiv0(goalProgress(baseline, target, current), locale, "div0.sameBaseline");
  },
});

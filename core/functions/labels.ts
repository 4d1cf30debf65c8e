import type { Locale, Localized } from "../model/locale";

/** Column headers of spilled results and other words they show, zh-CN and en. */
export const LABELS = {
  stage: { "zh-CN": "阶段", en: "Stage" },
  reached: { "zh-CN": "到达数", en: "Reached" },
  stepConversion: { "zh-CN": "阶段转化率", en: "Step conversion" },
  overallConversion: { "zh-CN": "累计转化率", en: "Overall conversion" },
  dropOff: { "zh-CN": "未推进数", en: "Did not advance" },
  lost: { "zh-CN": "丢单数", en: "Lost" },
  share: { "zh-CN": "占比", en: "Share" },
  group: { "zh-CN": "分组", en: "Group" },
  notStarted: { "zh-CN": "未启动", en: "Not started" },
  inProgress: { "zh-CN": "进行中", en: "In progress" },
  done: { "zh-CN": "已完成", en: "Done" },
  donePercent: { "zh-CN": "完成率", en: "Done %" },
  total: { "zh-CN": "合计", en: "Total" },
  blankGroup: { "zh-CN": "（空白）", en: "(blank)" },
  deals: { "zh-CN": "交易数", en: "Deals" },
  winRate: { "zh-CN": "赢单率", en: "Win rate" },
  othersWinRate: { "zh-CN": "其他交易赢单率", en: "Others' win rate" },
  pHolm: { "zh-CN": "校正后 p 值", en: "Adjusted p" },
  flag: { "zh-CN": "标记", en: "Flag" },
  above: { "zh-CN": "高于其他", en: "Above" },
  below: { "zh-CN": "低于其他", en: "Below" },
  lift: { "zh-CN": "提升", en: "Lift" },
  relativeLift: { "zh-CN": "相对提升", en: "Relative lift" },
  pValue: { "zh-CN": "p 值", en: "p-value" },
  method: { "zh-CN": "检验方法", en: "Method" },
  zTest: { "zh-CN": "双比例 z 检验", en: "Two-proportion z-test" },
  fisher: { "zh-CN": "Fisher 精确检验", en: "Fisher's exact test" },
} as const satisfies Record<string, Localized>;

/** The labels named, in `locale`, as a header row. */
export function headerRow(locale: Locale, keys: readonly (keyof typeof LABELS)[]): string[] {
  return keys.map((key) => LABELS[key][locale]);
}

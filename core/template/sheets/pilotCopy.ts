import type { Localized } from "../../model/locale";

/** Words of the Pilot sheet: title, notes, the weekly table's headers, the PILOT_LIFT figures and their details. */
export const PILOT_COPY = {
  title: { "zh-CN": "试点对比", en: "Pilot vs control" },
  note: {
    "zh-CN": "每周录入试点团队和对照组（其他团队）的线索、商机、成交数。对比的是“商机→成交”转化率：成交数 ÷ 商机数。任一期望频数小于 5 时用 Fisher 精确检验，否则用双比例 z 检验（与自定义函数 PILOT_LIFT 相同）。",
    en: "Each week, type the pilot team's and the control group's (other teams') leads, opportunities and deals. The comparison is opportunity → deal conversion: deals ÷ opportunities. Fisher's exact test when any expected count is below 5, else the two-proportion z-test (as the PILOT_LIFT function).",
  },
  pilotTeam: { "zh-CN": "试点团队", en: "Pilot team" },
  controlGroup: { "zh-CN": "对照组", en: "Control group" },
  otherTeams: { "zh-CN": "其他团队", en: "Other teams" },
  weekStart: { "zh-CN": "周开始日", en: "Week starting" },
  pilotLeads: { "zh-CN": "试点·线索", en: "Pilot leads" },
  pilotOpportunities: { "zh-CN": "试点·商机", en: "Pilot opportunities" },
  pilotDeals: { "zh-CN": "试点·成交", en: "Pilot deals" },
  pilotLeadToOpportunity: { "zh-CN": "试点·线索→商机", en: "Pilot lead → opp." },
  pilotOpportunityToDeal: { "zh-CN": "试点·商机→成交", en: "Pilot opp. → deal" },
  controlLeads: { "zh-CN": "对照·线索", en: "Control leads" },
  controlOpportunities: { "zh-CN": "对照·商机", en: "Control opportunities" },
  controlDeals: { "zh-CN": "对照·成交", en: "Control deals" },
  controlLeadToOpportunity: { "zh-CN": "对照·线索→商机", en: "Control lead → opp." },
  controlOpportunityToDeal: { "zh-CN": "对照·商机→成交", en: "Control opp. → deal" },
  total: { "zh-CN": "合计", en: "Total" },
  result: { "zh-CN": "试点效果（商机→成交）", en: "Pilot effect (opportunity → deal)" },
  figure: { "zh-CN": "指标", en: "Figure" },
  value: { "zh-CN": "数值", en: "Value" },
  detailsTitle: { "zh-CN": "计算明细", en: "Calculation details" },
  helperK: { "zh-CN": "k", en: "k" },
  helperP: { "zh-CN": "P(k)", en: "P(k)" },
  significance: {
    "zh-CN": "p 值 < 0.05：差异不太可能是偶然；p 值 ≥ 0.05：继续观察或扩大试点。",
    en: "p-value < 0.05: the difference is unlikely to be chance; ≥ 0.05: keep watching or widen the pilot.",
  },
  /** The PILOT_LIFT figures, top to bottom. */
  figures: {
    pilotRate: { "zh-CN": "试点转化率", en: "Pilot rate" },
    controlRate: { "zh-CN": "对照转化率", en: "Control rate" },
    // The pilot rate minus the control rate, formatted 0.0% like the two rates it compares.
    lift: { "zh-CN": "提升（试点 − 对照）", en: "Lift (pilot − control)" },
    relativeLift: { "zh-CN": "相对提升", en: "Relative lift" },
    pValue: { "zh-CN": "p 值（双侧）", en: "p-value (two-sided)" },
    method: { "zh-CN": "检验方法", en: "Method" },
  },
  /** Their calculation details, under them. */
  details: {
    total: { "zh-CN": "商机总数 N", en: "Opportunities, N" },
    converted: { "zh-CN": "成交总数 c", en: "Deals, c" },
    smallestExpected: { "zh-CN": "最小期望频数", en: "Smallest expected count" },
    useFisher: { "zh-CN": "用 Fisher 检验？", en: "Fisher's test?" },
    z: { "zh-CN": "z 值", en: "z" },
    zPValue: { "zh-CN": "z 检验 p 值", en: "z-test p-value" },
    fisherLow: { "zh-CN": "Fisher：试点成交数下限", en: "Fisher: lowest pilot count" },
    fisherHigh: { "zh-CN": "Fisher：试点成交数上限", en: "Fisher: highest pilot count" },
    observedProbability: { "zh-CN": "Fisher：观测表概率", en: "Fisher: P(observed table)" },
    fisherPValue: { "zh-CN": "Fisher 检验 p 值", en: "Fisher p-value" },
  },
} as const satisfies Record<string, Localized | Record<string, Localized>>;

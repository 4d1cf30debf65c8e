import type { Localized } from "../../model/locale";

/** Words of the Pilot sheet: title, notes, the weekly table's headers and states, the verdict, the PILOT_LIFT figures, their details and the baseline. */
export const PILOT_COPY = {
  title: { "zh-CN": "试点对比", en: "Pilot vs control" },
  note: {
    "zh-CN": "选择试点团队（交易表“团队”列的写法）和试点开始日：每周的线索、商机、成交数直接从交易表统计——试点团队对对照组（其他有团队名的团队），按线索日期分周。对比的是“商机→成交”转化率：成交数 ÷ 商机数。只有成熟的周计入合计和检验（周末加上成交周期中位数已过统计日期）；“成熟中”的周交易还在推进，数字偏低不是失败。任一期望频数小于 5 时用 Fisher 精确检验，否则用双比例 z 检验（与自定义函数 PILOT_LIFT 相同）。",
    en: "Pick the pilot team (as the Deals sheet's Team column writes it) and the pilot's first day: each week's leads, opportunities and deals are counted from the Deals sheet — the pilot team against the control group (every other named team), by lead date. The comparison is opportunity → deal conversion: deals ÷ opportunities. Only mature weeks (week end + the median cycle before the as-of date) enter the totals and the test; a \"maturing\" week's deals are still moving, so its low counts are no failure. Fisher's exact test when any expected count is below 5, else the two-proportion z-test (as the PILOT_LIFT function).",
  },
  pilotTeam: { "zh-CN": "试点团队", en: "Pilot team" },
  controlGroup: { "zh-CN": "对照组", en: "Control group" },
  otherTeams: { "zh-CN": "其他团队", en: "Other teams" },
  teamError: { "zh-CN": "请选择交易表中的团队名", en: "Pick a team as the Deals sheet writes it" },
  pilotStart: { "zh-CN": "试点开始日", en: "Pilot start" },
  weekState: { "zh-CN": "状态", en: "State" },
  /** A week's state on the as-of day (core pilotFromDeals WeekState). */
  weekStates: {
    inProgress: { "zh-CN": "本周进行中", en: "This week" },
    maturing: { "zh-CN": "成熟中", en: "Maturing" },
    mature: { "zh-CN": "已成熟", en: "Mature" },
  },
  /** The one-line verdict above the statistics (core pilotVerdict). */
  verdicts: {
    better: { "zh-CN": "结论：试点更好，差异显著（p < 0.05）", en: "Verdict: pilot better, significant (p < 0.05)" },
    worse: { "zh-CN": "结论：试点更差，差异显著（p < 0.05）", en: "Verdict: pilot worse, significant (p < 0.05)" },
    noDifference: { "zh-CN": "结论：暂无显著差异，继续观察", en: "Verdict: no significant difference yet" },
    noData: { "zh-CN": "结论：尚无可比较的数据（选择试点团队和开始日）", en: "Verdict: nothing to compare yet (pick the pilot team and start)" },
  },
  typedTitle: {
    "zh-CN": "手工录入（没有交易记录的团队）：这里填的数字覆盖上表同一格的统计值",
    en: "Typed figures (for teams without a deal log): a number here replaces the counted one in the same cell above",
  },
  baselineTitle: { "zh-CN": "试点团队自身对比（试点前 vs 试点后）", en: "The pilot team before vs after the start" },
  /** The pilot team's own baseline, top to bottom (core pilotFromDeals `baseline`). */
  baseline: {
    beforeOpportunities: { "zh-CN": "试点前·商机数", en: "Before: opportunities" },
    beforeDeals: { "zh-CN": "试点前·成交数", en: "Before: deals" },
    beforeRate: { "zh-CN": "试点前·商机→成交", en: "Before: opp. → deal" },
    afterOpportunities: { "zh-CN": "试点后·商机数（成熟周）", en: "After: opportunities (mature weeks)" },
    afterDeals: { "zh-CN": "试点后·成交数（成熟周）", en: "After: deals (mature weeks)" },
    afterRate: { "zh-CN": "试点后·商机→成交", en: "After: opp. → deal" },
    change: { "zh-CN": "变化（后 − 前）", en: "Change (after − before)" },
  },
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

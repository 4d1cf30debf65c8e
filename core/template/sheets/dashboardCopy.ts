import type { Localized } from "../../model/locale";

/** Words of the Dashboard: its title, note, warning, the funnel table's headers and the chart's title. */
export const DASHBOARD_COPY = {
  title: { "zh-CN": "销售漏斗仪表盘", en: "Sales funnel dashboard" },
  note: {
    "zh-CN": "全部由公式计算：在“交易”表录入数据即自动更新，无需加载项。差距为负的阶段标红。丢单阶段只列最后阶段之前的各阶段：状态为丢单却有最后阶段日期的交易计为丢单，但不计入任何节点（“交易”表中其状态标为橙色，请核对）。显示“—”的数字表示尚无可算的交易（如没有已结束的交易就没有赢单率），录入后即显示。",
    en: "All native formulas: fill in the Deals sheet and this page updates, no add-in needed. Stages below their benchmark are red. Loss points list every stage but the last: a deal marked lost with a date in the last stage counts as lost but at no stage (its status is orange on the Deals sheet: check it). A figure showing “—” has nothing to count yet (no closed deal, no win rate); it fills in as deals are entered.",
  },
  /** The warning about deals typed below the Deals sheet's prepared rows; {row} and {count} are filled in by the formula. */
  dealsBelowRange: {
    "zh-CN": "“交易”表第 {row} 行以下有 {count} 笔交易未计入：请在表格内（第 {row} 行以上）插入行，并向下填充右侧辅助列的公式（辅助列已隐藏：点击列上方的 + 展开）。",
    en: "Deals below row {row} of the Deals sheet are not counted (found: {count}): insert rows inside the table, above row {row}, and fill the helper columns down (they are hidden on the right: click + above them to show them).",
  },
  funnel: { "zh-CN": "销售漏斗", en: "Funnel" },
  reached: { "zh-CN": "到达数", en: "Reached" },
  stepConversion: { "zh-CN": "阶段转化率", en: "Step conversion" },
  overallConversion: { "zh-CN": "累计转化率", en: "Overall conversion" },
  dropOff: { "zh-CN": "未推进数", en: "Did not advance" },
  lost: { "zh-CN": "丢单数", en: "Lost" },
  lostShare: { "zh-CN": "丢单占比", en: "Share of lost" },
  stayMedian: { "zh-CN": "停留中位数（天）", en: "Median days in stage" },
  stayMean: { "zh-CN": "平均停留（天）", en: "Mean days in stage" },
  stayCount: { "zh-CN": "停留笔数", en: "Deals timed" },
  keyFigures: { "zh-CN": "关键指标", en: "Key figures" },
  value: { "zh-CN": "数值", en: "Value" },
  funnelChart: { "zh-CN": "销售漏斗", en: "Sales funnel" },
} as const satisfies Record<string, Localized>;

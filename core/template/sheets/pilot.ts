import { columnLetter } from "../../model/cells";
import type { Localized } from "../../model/locale";
import { SAMPLE_TEAMS } from "../../sample/cast";
import { pilotStartDay } from "../../sample/market";
import { samplePeriod } from "../../sample/period";
import type { SampleDeal } from "../../sample/sampleDeals";
import { a1, absolute, parseA1, quoted, range } from "../a1";
import type { TemplateContext } from "../context";
import type { PilotLayout } from "../layout";
import { day, formula, num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";

/** Words of the Pilot sheet. */
const W = {
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
  pilotRate: { "zh-CN": "试点转化率", en: "Pilot rate" },
  controlRate: { "zh-CN": "对照转化率", en: "Control rate" },
  // The pilot rate minus the control rate, formatted 0.0% like the two rates it compares.
  lift: { "zh-CN": "提升（试点 − 对照）", en: "Lift (pilot − control)" },
  relativeLift: { "zh-CN": "相对提升", en: "Relative lift" },
  pValue: { "zh-CN": "p 值（双侧）", en: "p-value (two-sided)" },
  method: { "zh-CN": "检验方法", en: "Method" },
  details: { "zh-CN": "计算明细", en: "Calculation details" },
  totalCount: { "zh-CN": "商机总数 N", en: "Opportunities, N" },
  convertedCount: { "zh-CN": "成交总数 c", en: "Deals, c" },
  smallestExpected: { "zh-CN": "最小期望频数", en: "Smallest expected count" },
  useFisher: { "zh-CN": "用 Fisher 检验？", en: "Fisher's test?" },
  z: { "zh-CN": "z 值", en: "z" },
  zPValue: { "zh-CN": "z 检验 p 值", en: "z-test p-value" },
  fisherLow: { "zh-CN": "Fisher：试点成交数下限", en: "Fisher: lowest pilot count" },
  fisherHigh: { "zh-CN": "Fisher：试点成交数上限", en: "Fisher: highest pilot count" },
  observedProbability: { "zh-CN": "Fisher：观测表概率", en: "Fisher: P(observed table)" },
  fisherPValue: { "zh-CN": "Fisher 检验 p 值", en: "Fisher p-value" },
  helperK: { "zh-CN": "k", en: "k" },
  helperP: { "zh-CN": "P(k)", en: "P(k)" },
  significance: {
    "zh-CN": "p 值 < 0.05：差异不太可能是偶然；p 值 ≥ 0.05：继续观察或扩大试点。",
    en: "p-value < 0.05: the difference is unlikely to be chance; ≥ 0.05: keep watching or widen the pilot.",
  },
} as const satisfies Record<string, Localized>;

/** Counts of one week for one group. */
interface WeekCounts {
  leads: number;
  opportunities: number;
  deals: number;
}

/**
 * The sample's weekly pilot table, as a manager would have typed it: weeks of seven days from the pilot's
 * start (pilotStartDay of the sample period: 2026-09-01); the pilot group is the sample's pilot team
 * (华东一组 / East 1), the control group every other team. Per week and group: leads = deals whose lead (first
 * stage) date falls in the week; opportunities = those of them that reached stage 2 (a date in stage 2 or any
 * later stage); deals = those of them won. So deals ⊆ opportunities ⊆ leads.
 */
export function samplePilotWeeks(sample: readonly SampleDeal[], locale: "zh-CN" | "en", weeks: number): { start: number; pilot: WeekCounts[]; control: WeekCounts[] } {
  const period = samplePeriod();
  const start = pilotStartDay(period);
  const count = Math.min(weeks, Math.ceil((period.endDay - start + 1) / 7));
  const pilotTeam = SAMPLE_TEAMS.find((team) => team.pilot)!.name[locale];
  const empty = () => Array.from({ length: count }, () => ({ leads: 0, opportunities: 0, deals: 0 }));
  const pilot = empty();
  const control = empty();
  for (const deal of sample) {
    const leadDay = deal.stageDays[0];
    if (leadDay === null || leadDay < start) continue;
    const week = Math.floor((leadDay - start) / 7);
    if (week >= count) continue;
    const counts = (deal.team === pilotTeam ? pilot : control)[week];
    counts.leads += 1;
    if (deal.stageDays.slice(1).some((stageDay) => stageDay !== null)) counts.opportunities += 1;
    if (deal.status === "won") counts.deals += 1;
  }
  return { start, pilot, control };
}

/** "N14" → "$N$14". */
function fixed(ref: string): string {
  const { column, row } = parseA1(ref);
  return absolute(column, row);
}

/** The PILOT_LIFT figures and their calculation details, natively (core/metrics/pilotLift.ts, fisherExact.ts). */
function figureFormulas(pilot: PilotLayout): { figures: string[]; details: string[] } {
  const cell = fixed;
  const n1 = cell(pilot.converted.pilotTotal);
  const x1 = cell(pilot.converted.pilotConverted);
  const n2 = cell(pilot.converted.controlTotal);
  const x2 = cell(pilot.converted.controlConverted);
  const f = pilot.figures;
  const d = pilot.details;
  const [pilotRate, controlRate, lift, method] = [f.pilotRate, f.controlRate, f.lift, f.method].map(cell);
  const [total, converted, useFisher, z, zPValue, low, high, observed, fisherPValue] = [
    d.total, d.converted, d.useFisher, d.z, d.zPValue, d.fisherLow, d.fisherHigh, d.observedProbability, d.fisherPValue,
  ].map(cell);
  const helper = pilot.fisherHelper;
  const probabilities = absolute(helper.probability, helper.firstRow, helper.probability, helper.firstRow + helper.rows - 1);
  return {
    figures: [
      `${x1}/${n1}`,
      `${x2}/${n2}`,
      `${pilotRate}-${controlRate}`,
      `${lift}/${controlRate}`,
      // An empty group: the lift's #DIV/0!, as the core's null.
      `IF(ISNUMBER(${lift}),IF(${method}=${quoted(pilot.methodWords.fisher)},${fisherPValue},${zPValue}),${lift})`,
      `IF(ISNUMBER(${lift}),IF(${useFisher},${quoted(pilot.methodWords.fisher)},${quoted(pilot.methodWords.zTest)}),${lift})`,
    ],
    details: [
      `${n1}+${n2}`,
      `${x1}+${x2}`,
      `MIN(${n1},${n2})*MIN(${converted},${total}-${converted})/${total}`,
      // Any expected count < 5, compared without the division (as the core): min row × min column < 5 N.
      `MIN(${n1},${n2})*MIN(${converted},${total}-${converted})<5*${total}`,
      // Pooled two-proportion z-test; every expected count ≥ 5 implies 0 < p̂ < 1.
      `IF(${useFisher},"",${lift}/SQRT((${converted}/${total})*(1-${converted}/${total})*(1/${n1}+1/${n2})))`,
      // 2Φ(−|z|) = erfc(|z|/√2), precise in the tail (unlike 2(1 − Φ(|z|))).
      `IF(${useFisher},"",2*NORMSDIST(-ABS(${z})))`,
      `MAX(0,${n1}+${converted}-${total})`,
      `MIN(${n1},${converted})`,
      `IF(AND(${useFisher},${low}<${high}),HYPGEOMDIST(${x1},${n1},${converted},${total}),"")`,
      // Fisher two-sided: the tables no likelier than the observed one (R's tolerance 1 + 1e-7), normalised;
      // a single possible table gives 1; a support wider than the helper block gives #N/A, never a wrong p.
      `IF(NOT(${useFisher}),"",IF(${low}=${high},1,IF(${high}-${low}+1>${helper.rows},NA(),MIN(1,SUMPRODUCT((${probabilities}<=${observed}*(1+0.0000001))*${probabilities})/SUM(${probabilities})))))`,
    ],
  };
}

/**
 * The Pilot sheet (the method's step 4): weekly rows for the pilot team and the control group (leads,
 * opportunities, deals and both conversions), totals, and PILOT_LIFT natively — pilot rate, control rate,
 * lift, relative lift, two-sided p-value and method — computing exactly core/metrics/pilotLift.ts on
 * converted = deals, total = opportunities (opportunity → deal conversion):
 * - the pooled two-proportion z-test, p = 2·NORMSDIST(−|z|), when every expected count is ≥ 5;
 * - else Fisher's exact test: a hidden helper block lists k = low … low + K − 1 with HYPGEOMDIST(k, n₁, c, N)
 *   (0 outside the support) and sums the probabilities ≤ P(observed)·(1 + 1e-7), normalised — the core's
 *   definition and tolerance. K = FISHER_HELPER_ROWS (500): enough for every table up to N = 50,000.
 * Only NORMSDIST, HYPGEOMDIST, SUMPRODUCT, SUM, MIN, MAX, ABS, SQRT, IF, AND, NOT, ISNUMBER and NA: functions
 * Excel, Google Sheets and LibreOffice all have. Empty groups give #DIV/0! (the core's null).
 *
 * With sample data the weeks are filled from the sample deals ({@link samplePilotWeeks}), as numbers.
 */
export function pilotSheet({ layout, sample }: TemplateContext): SheetSpec {
  const { locale } = layout;
  const { pilot } = layout;
  const sheet = new SheetBuilder("pilot", pilot.sheet, "#00B050");
  const { columns } = pilot;
  const first = pilot.firstWeekRow;
  const last = pilot.lastWeekRow;
  const weekCount = last - first + 1;
  const filled = sample.length > 0 ? samplePilotWeeks(sample, locale, weekCount) : undefined;
  const pilotTeam = SAMPLE_TEAMS.find((team) => team.pilot)!.name[locale];

  const rate = (row: number, over: number, under: number) =>
    formula(`IF(OR(${a1(columns.weekStart, row)}="",${a1(under, row)}=""),"",${a1(over, row)}/${a1(under, row)})`);
  const weekRows: TemplateCell[][] = Array.from({ length: weekCount }, (_, index) => {
    const row = first + index;
    const pilotCounts = filled?.pilot[index];
    const controlCounts = filled?.control[index];
    const count = (value: number | undefined) => (value === undefined ? null : num(value));
    const weekStart: TemplateCell =
      index === 0 ? (filled ? day(filled.start) : null) : formula(`IF(${a1(columns.weekStart, row - 1)}="","",${a1(columns.weekStart, row - 1)}+7)`);
    return [
      weekStart,
      count(pilotCounts?.leads),
      count(pilotCounts?.opportunities),
      count(pilotCounts?.deals),
      rate(row, columns.pilotOpportunities, columns.pilotLeads),
      rate(row, columns.pilotDeals, columns.pilotOpportunities),
      count(controlCounts?.leads),
      count(controlCounts?.opportunities),
      count(controlCounts?.deals),
      rate(row, columns.controlOpportunities, columns.controlLeads),
      rate(row, columns.controlDeals, columns.controlOpportunities),
    ];
  });
  const totalsRow = pilot.totalsRow;
  const sum = (column: number) => formula(`SUM(${range(column, first, column, last)})`);
  const totalRate = (over: number, under: number) => formula(`${a1(over, totalsRow)}/${a1(under, totalsRow)}`);
  const totals: TemplateCell[] = [
    text(W.total[locale]),
    sum(columns.pilotLeads),
    sum(columns.pilotOpportunities),
    sum(columns.pilotDeals),
    totalRate(columns.pilotOpportunities, columns.pilotLeads),
    totalRate(columns.pilotDeals, columns.pilotOpportunities),
    sum(columns.controlLeads),
    sum(columns.controlOpportunities),
    sum(columns.controlDeals),
    totalRate(columns.controlOpportunities, columns.controlLeads),
    totalRate(columns.controlDeals, columns.controlOpportunities),
  ];
  const header = [
    W.weekStart, W.pilotLeads, W.pilotOpportunities, W.pilotDeals, W.pilotLeadToOpportunity, W.pilotOpportunityToDeal,
    W.controlLeads, W.controlOpportunities, W.controlDeals, W.controlLeadToOpportunity, W.controlOpportunityToDeal,
  ].map((label) => text(label[locale]));

  const { figures, details } = figureFormulas(pilot);
  const figureLabels = [W.pilotRate, W.controlRate, W.lift, W.relativeLift, W.pValue, W.method];
  const detailLabels = [
    W.totalCount, W.convertedCount, W.smallestExpected, W.useFisher, W.z, W.zPValue, W.fisherLow, W.fisherHigh, W.observedProbability, W.fisherPValue,
  ];
  const figureStart = parseA1(pilot.figures.pilotRate);
  const detailStart = parseA1(pilot.details.total);
  const labelColumn = figureStart.column - 1;
  const helper = pilot.fisherHelper;
  const [useFisher, low, high, n1, converted, total] = [
    pilot.details.useFisher, pilot.details.fisherLow, pilot.details.fisherHigh, pilot.converted.pilotTotal, pilot.details.converted, pilot.details.total,
  ].map(fixed);
  // k = low + 0 … low + K − 1 and P(k), 0 outside the support (so SUMPRODUCT and SUM see numbers only).
  const helperRows: TemplateCell[][] = Array.from({ length: helper.rows }, (_, index) => {
    const k = a1(helper.k, helper.firstRow + index);
    return [
      formula(`${low}+${index}`),
      formula(`IF(AND(${useFisher},${low}<${high},${k}<=${high}),HYPGEOMDIST(${k},${n1},${converted},${total}),0)`),
    ];
  });
  const figureRows = pilot.figures;
  const valueColumn = figureStart.column;

  sheet
    .widths(12, 10, 10, 10, 12, 12, 10, 10, 10, 12, 12, 3, 24, 14, 3, 8, 12)
    .put("A1", [[text(W.title[locale])], [text(W.note[locale])]])
    .put("A3", [[text(W.pilotTeam[locale]), filled ? text(pilotTeam) : null, null, text(W.controlGroup[locale]), text(W.otherTeams[locale])]])
    .put(a1(1, pilot.headerRow), [header, ...weekRows, totals])
    .put(a1(labelColumn, pilot.headerRow - 1), [[text(W.result[locale])], [text(W.figure[locale]), text(W.value[locale])]])
    .put(a1(labelColumn, figureStart.row), figureLabels.map((label, index) => [text(label[locale]), formula(figures[index])]))
    .put(a1(labelColumn, figureStart.row + figureLabels.length), [[text(W.significance[locale])]])
    .put(a1(labelColumn, detailStart.row - 1), [[text(W.details[locale])]])
    .put(a1(labelColumn, detailStart.row), detailLabels.map((label, index) => [text(label[locale]), formula(details[index])]))
    .put(a1(helper.k, pilot.headerRow), [[text(W.helperK[locale]), text(W.helperP[locale])]])
    .put(a1(helper.k, helper.firstRow), helperRows)
    .style("A1", "title")
    .style("A2", "note")
    .style("B3", "input")
    .style("E3", "input")
    .style(range(1, pilot.headerRow, columns.controlOpportunityToDeal, pilot.headerRow), "header")
    .style(a1(columns.weekStart, first), "input")
    .style(range(columns.weekStart, first + 1, columns.weekStart, last), "computed")
    .style(range(columns.pilotLeads, first, columns.pilotDeals, last), "input")
    .style(range(columns.controlLeads, first, columns.controlDeals, last), "input")
    .style(range(columns.pilotLeadToOpportunity, first, columns.pilotOpportunityToDeal, last), "computed")
    .style(range(columns.controlLeadToOpportunity, first, columns.controlOpportunityToDeal, last), "computed")
    .style(range(1, totalsRow, columns.controlOpportunityToDeal, totalsRow), "total")
    .style(a1(labelColumn, pilot.headerRow - 1), "subtitle")
    .style(range(labelColumn, pilot.headerRow, valueColumn, pilot.headerRow), "header")
    .style(range(valueColumn, figureStart.row, valueColumn, figureStart.row + figureLabels.length - 1), "computed")
    .style(a1(labelColumn, figureStart.row + figureLabels.length), "note")
    .style(a1(labelColumn, detailStart.row - 1), "subtitle")
    .style(range(valueColumn, detailStart.row, valueColumn, detailStart.row + detailLabels.length - 1), "computed")
    .style(range(helper.k, pilot.headerRow, helper.probability, pilot.headerRow), "header")
    .format(range(columns.weekStart, first, columns.weekStart, last), "yyyy-mm-dd")
    .format(range(columns.pilotLeadToOpportunity, first, columns.pilotOpportunityToDeal, totalsRow), "0.0%")
    .format(range(columns.controlLeadToOpportunity, first, columns.controlOpportunityToDeal, totalsRow), "0.0%")
    .format(range(valueColumn, figureStart.row, valueColumn, figureStart.row + 3), "0.0%")
    .format(figureRows.pValue, "0.0000")
    .format(pilot.details.smallestExpected, "0.00")
    .format(pilot.details.z, "0.000")
    .format(pilot.details.zPValue, "0.0000")
    .format(pilot.details.observedProbability, "0.000000")
    .format(pilot.details.fisherPValue, "0.0000")
    .rule({ kind: "formula", ref: figureRows.pValue, formula: `AND(ISNUMBER(${figureRows.pValue}),${figureRows.pValue}<0.05)`, look: "good" })
    .rule({ kind: "formula", ref: figureRows.lift, formula: `AND(ISNUMBER(${figureRows.lift}),${figureRows.lift}<0)`, look: "bad" })
    .hide(columnLetter(helper.k), columnLetter(helper.probability))
    .freeze(pilot.headerRow, 1);
  return sheet.build();
}

import { columnLetter } from "../../model/cells";
import type { Localized } from "../../model/locale";
import { SeededRandom } from "../../sample/random";
import { a1, absolute, quoted, range } from "../a1";
import type { TemplateContext } from "../context";
import { TEMPLATE_LABELS as L } from "../labels";
import { formula, num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";

/** Words of the Lead scoring sheet. */
const W = {
  title: { "zh-CN": "线索评分与分配", en: "Lead scoring and assignment" },
  note: {
    "zh-CN": "《线索评分标准》：每条线索按四个维度打 1–5 分，得分 = 各维度分数 × 权重之和（满分 5 分），按阈值分为 A/B/C 级；每条线索须在分配时限（1 小时）内分配到人，超时标红。",
    en: "The lead-scoring standard: score each lead 1–5 on four dimensions; score = the weighted sum (out of 5), graded A/B/C by the thresholds; every lead is assigned within the time limit (1 hour), late ones turn red.",
  },
  standard: { "zh-CN": "评分标准", en: "Scoring standard" },
  dimension: { "zh-CN": "维度", en: "Dimension" },
  weight: { "zh-CN": "权重", en: "Weight" },
  question: { "zh-CN": "判断问题", en: "Question" },
  low: { "zh-CN": "1 分", en: "1 point" },
  high: { "zh-CN": "5 分", en: "5 points" },
  weightTotal: { "zh-CN": "权重合计（应为 100%）", en: "Total weight (should be 100%)" },
  rules: { "zh-CN": "评级与分配规则", en: "Grades and assignment rule" },
  gradeA: { "zh-CN": "A 级：得分 ≥", en: "Grade A: score ≥" },
  gradeB: { "zh-CN": "B 级：得分 ≥", en: "Grade B: score ≥" },
  gradeC: { "zh-CN": "C 级：低于 B 级阈值", en: "Grade C: below the B threshold" },
  limit: { "zh-CN": "分配时限（小时）", en: "Assignment time limit (hours)" },
  limitNote: { "zh-CN": "分配时限 1 小时：从收到线索到分配给销售", en: "Assign within 1 hour: from receiving the lead to assigning it to a rep" },
  table: { "zh-CN": "线索评分表", en: "Lead scores" },
  weights: { "zh-CN": "权重 →", en: "Weights →" },
  lead: { "zh-CN": "线索（客户）", en: "Lead (customer)" },
  source: { "zh-CN": "来源", en: "Source" },
  receivedAt: { "zh-CN": "收到时间", en: "Received at" },
  assignedAt: { "zh-CN": "分配时间", en: "Assigned at" },
  score: { "zh-CN": "得分", en: "Score" },
  grade: { "zh-CN": "等级", en: "Grade" },
  hours: { "zh-CN": "分配用时（小时）", en: "Hours to assign" },
  withinLimit: { "zh-CN": "是否超时", en: "Within the limit?" },
  late: { "zh-CN": "超时", en: "Late" },
  onTime: { "zh-CN": "按时", en: "On time" },
  scoreError: { "zh-CN": "请填写 1–5 的整数分", en: "Score 1 to 5" },
} as const satisfies Record<string, Localized>;

/** The four dimensions of the seed's lead-scoring standard (budget, urgency, …), with default weights. */
const DIMENSIONS: readonly { name: Localized; weight: number; question: Localized; low: Localized; high: Localized }[] = [
  {
    name: { "zh-CN": "预算", en: "Budget" },
    weight: 0.3,
    question: { "zh-CN": "客户是否有明确预算？", en: "Does the customer have a budget?" },
    low: { "zh-CN": "没有预算", en: "No budget" },
    high: { "zh-CN": "预算已批准且足够", en: "Approved and sufficient" },
  },
  {
    name: { "zh-CN": "紧迫度", en: "Urgency" },
    weight: 0.25,
    question: { "zh-CN": "需求有多紧急？", en: "How urgent is the need?" },
    low: { "zh-CN": "一年后再说", en: "Maybe next year" },
    high: { "zh-CN": "本季度必须解决", en: "Must be solved this quarter" },
  },
  {
    name: { "zh-CN": "决策权", en: "Authority" },
    weight: 0.25,
    question: { "zh-CN": "联系人能否拍板？", en: "Can the contact decide?" },
    low: { "zh-CN": "只是收集信息", en: "Only gathering information" },
    high: { "zh-CN": "决策人本人", en: "The decision-maker" },
  },
  {
    name: { "zh-CN": "匹配度", en: "Fit" },
    weight: 0.2,
    question: { "zh-CN": "需求与我们的产品匹配吗？", en: "Does the need fit our product?" },
    low: { "zh-CN": "基本不匹配", en: "Hardly" },
    high: { "zh-CN": "完全匹配目标行业和规模", en: "Our target industry and size exactly" },
  },
];

const LEAD_ROWS = 50;
/** The middle score of a sample lead, by how its deal went. */
const LEANING = { won: 4, open: 3, lost: 2 } as const;
const SAMPLE_LEADS = 10;

/**
 * The Lead scoring sheet (the seed's 《线索评分标准》 and its "assignment within 1 hour"): the four dimensions
 * budget, urgency, authority and fit with weights (summing to 100%, checked), grade thresholds (A ≥ 4, B ≥ 3,
 * else C) and the assignment time limit (1 hour); a scoring table where each lead gets 1–5 per dimension,
 * score = SUMPRODUCT(weights, scores) once all four are filled, a grade, and the hours from received to
 * assigned with a "late" flag when over the limit. With sample data, the ten newest sample leads with seeded
 * scores and times.
 */
export function leadScoringSheet({ layout, sample, options }: TemplateContext): SheetSpec {
  const { locale } = layout;
  const sheet = new SheetBuilder("leadScoring", layout.sheetName("leadScoring"), "#264478");
  const standardHeader = 5;
  const firstDimension = standardHeader + 1;
  const lastDimension = standardHeader + DIMENSIONS.length;
  const totalRow = lastDimension + 1;
  const rulesTitle = totalRow + 2;
  const gradeARow = rulesTitle + 1;
  const gradeBRow = rulesTitle + 2;
  const limitRow = rulesTitle + 4;
  const tableTitle = limitRow + 2;
  const weightsRow = tableTitle + 1;
  const tableHeader = weightsRow + 1;
  const firstLead = tableHeader + 1;
  const lastLead = tableHeader + LEAD_ROWS;
  const col = { lead: 2, source: 3, received: 4, assigned: 5, firstScore: 6, lastScore: 9, score: 10, grade: 11, hours: 12, late: 13 };

  const weightCells = range(col.firstScore, weightsRow, col.lastScore, weightsRow);
  const weightsAbsolute = absolute(col.firstScore, weightsRow, col.lastScore, weightsRow);
  const gradeA = absolute(2, gradeARow);
  const gradeB = absolute(2, gradeBRow);
  const limit = absolute(2, limitRow);

  const random = new SeededRandom((options.seed ?? 2026) + 2);
  const newest = sample.slice(-SAMPLE_LEADS);
  const leadRows: TemplateCell[][] = Array.from({ length: LEAD_ROWS }, (_, index) => {
    const row = firstLead + index;
    const scores = range(col.firstScore, row, col.lastScore, row);
    const score = a1(col.score, row);
    const hours = a1(col.hours, row);
    const deal = newest[index];
    let filled: TemplateCell[] = [null, null, null, null, null, null, null, null];
    if (deal !== undefined && deal.stageDays[0] !== null) {
      // Received during office hours; most assigned within the hour, some late.
      const received = deal.stageDays[0] + (9 * 60 + random.int(0, 8 * 60)) / 1440;
      const minutes = random.chance(0.75) ? random.int(5, 55) : random.int(65, 240);
      filled = [
        text(deal.customer),
        text(deal.source),
        num(received),
        num(received + minutes / 1440),
        // Scores lean the way the deal went: won leads score high, lost ones low.
        ...DIMENSIONS.map(() => num(Math.min(5, Math.max(1, LEANING[deal.status] + random.int(-1, 1))))),
      ];
    }
    return [
      num(index + 1),
      ...filled,
      formula(`IF(COUNT(${scores})<${DIMENSIONS.length},"",SUMPRODUCT(${weightsAbsolute},${scores}))`),
      formula(`IF(${score}="","",IF(${score}>=${gradeA},"A",IF(${score}>=${gradeB},"B","C")))`),
      formula(`IF(OR(${a1(col.received, row)}="",${a1(col.assigned, row)}=""),"",(${a1(col.assigned, row)}-${a1(col.received, row)})*24)`),
      formula(`IF(${hours}="","",IF(${hours}>${limit},${quoted(W.late[locale])},${quoted(W.onTime[locale])}))`),
    ];
  });

  const dimensionRows: TemplateCell[][] = DIMENSIONS.map((dimension) => [
    text(dimension.name[locale]),
    num(dimension.weight),
    text(dimension.question[locale]),
    text(dimension.low[locale]),
    text(dimension.high[locale]),
  ]);
  const grade = columnLetter(col.grade);
  const late = columnLetter(col.late);
  const total = a1(2, totalRow);

  sheet
    .widths(6, 26, 12, 17, 17, 10, 10, 10, 10, 10, 8, 14, 12)
    .put("A1", [[text(W.title[locale])], [text(W.note[locale])]])
    .put(a1(1, standardHeader - 1), [[text(W.standard[locale])]])
    .put(a1(1, standardHeader), [
      [W.dimension, W.weight, W.question, W.low, W.high].map((label) => text(label[locale])),
      ...dimensionRows,
      [text(W.weightTotal[locale]), formula(`SUM(${range(2, firstDimension, 2, lastDimension)})`)],
    ])
    .put(a1(1, rulesTitle), [
      [text(W.rules[locale])],
      [text(W.gradeA[locale]), num(4)],
      [text(W.gradeB[locale]), num(3)],
      [text(W.gradeC[locale])],
      [text(W.limit[locale]), num(1), text(W.limitNote[locale])],
    ])
    .put(a1(1, tableTitle), [[text(W.table[locale])]])
    .put(a1(col.assigned, weightsRow), [
      [text(W.weights[locale]), ...DIMENSIONS.map((_, index) => formula(absolute(2, firstDimension + index)))],
    ])
    .put(a1(1, tableHeader), [
      [
        text(L.position[locale]),
        text(W.lead[locale]),
        text(W.source[locale]),
        text(W.receivedAt[locale]),
        text(W.assignedAt[locale]),
        ...DIMENSIONS.map((dimension) => text(dimension.name[locale])),
        text(W.score[locale]),
        text(W.grade[locale]),
        text(W.hours[locale]),
        text(W.withinLimit[locale]),
      ],
      ...leadRows,
    ])
    .style("A1", "title")
    .style("A2", "note")
    .style(a1(1, standardHeader - 1), "subtitle")
    .style(range(1, standardHeader, 5, standardHeader), "header")
    .style(range(2, firstDimension, 2, lastDimension), "input")
    .style(range(1, totalRow, 2, totalRow), "total")
    .style(a1(1, rulesTitle), "subtitle")
    .style(range(2, gradeARow, 2, gradeBRow), "input")
    .style(limit.replace(/\$/g, ""), "input")
    .style(a1(3, limitRow), "note")
    .style(a1(1, tableTitle), "subtitle")
    .style(weightCells, "computed")
    .style(range(1, tableHeader, col.late, tableHeader), "header")
    .style(range(col.lead, firstLead, col.lastScore, lastLead), "input")
    .style(range(col.score, firstLead, col.late, lastLead), "computed")
    .format(range(2, firstDimension, 2, totalRow), "0%")
    .format(weightCells, "0%")
    .format(range(2, gradeARow, 2, gradeBRow), "0.0")
    .format(range(col.received, firstLead, col.assigned, lastLead), "yyyy-mm-dd hh:mm")
    .format(range(col.score, firstLead, col.score, lastLead), "0.00")
    .format(range(col.hours, firstLead, col.hours, lastLead), "0.0")
    .list(range(col.firstScore, firstLead, col.lastScore, lastLead), ["1", "2", "3", "4", "5"], W.scoreError[locale])
    .rule({ kind: "formula", ref: total, formula: `ABS(${total}-1)>0.000001`, look: "bad" })
    .rule({ kind: "formula", ref: range(col.grade, firstLead, col.grade, lastLead), formula: `$${grade}${firstLead}="A"`, look: "good" })
    .rule({ kind: "formula", ref: range(col.grade, firstLead, col.grade, lastLead), formula: `$${grade}${firstLead}="C"`, look: "warn" })
    .rule({ kind: "formula", ref: range(col.late, firstLead, col.late, lastLead), formula: `$${late}${firstLead}=${quoted(W.late[locale])}`, look: "bad" })
    .rule({ kind: "dataBar", ref: range(col.score, firstLead, col.score, lastLead), color: "#264478" });
  return sheet.build();
}

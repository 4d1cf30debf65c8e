import { columnLetter } from "../../model/cells";
import { SeededRandom } from "../../sample/random";
import { a1, absolute, quoted, range } from "../a1";
import type { TemplateContext } from "../context";
import { TEMPLATE_LABELS } from "../labels";
import { columnWidths, drawColumns, placeColumns, type ColumnSpec } from "../columns";
import { sheetPrintSetup } from "../printSetup";
import { RowCursor } from "../rowCursor";
import { formula, num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";
import { LEAD_SCORING_COPY as COPY, SCORING_DIMENSIONS as DIMENSIONS } from "./leadScoringCopy";

const LEAD_ROWS = 50;
/** The middle score of a sample lead, by how its deal went. */
const LEANING = { won: 4, open: 3, lost: 2 } as const;
const SAMPLE_LEADS = 10;

/** The scoring standard: a dimension, its weight (typed in, summing to 100%), what 1 and 5 points mean. */
const STANDARD_TABLE = [
  { key: "dimension", header: COPY.dimension, width: 22 },
  { key: "weight", header: COPY.weight, width: 26, role: "input", format: "0%" },
  { key: "question", header: COPY.question, width: 32 },
  { key: "low", header: COPY.low, width: 28 },
  { key: "high", header: COPY.high, width: 28 },
] as const satisfies readonly ColumnSpec[];
/** The lead table: the lead and its times and scores typed in, score, grade and hours to assign computed. */
const LEAD_TABLE = [
  { key: "position", header: TEMPLATE_LABELS.position, width: 6 },
  { key: "lead", header: COPY.lead, width: 26, role: "input" },
  { key: "source", header: COPY.source, width: 12, role: "input" },
  { key: "received", header: COPY.receivedAt, width: 17, role: "input", format: "yyyy-mm-dd hh:mm" },
  { key: "assigned", header: COPY.assignedAt, width: 17, role: "input", format: "yyyy-mm-dd hh:mm" },
  {
    key: "scores",
    count: DIMENSIONS.length,
    header: (locale, index) => DIMENSIONS[index].name[locale],
    width: 10,
    role: "input",
    list: { values: ["1", "2", "3", "4", "5"].map((score) => ({ "zh-CN": score, en: score })), error: COPY.scoreError },
  },
  { key: "score", header: COPY.score, width: 10, role: "computed", format: "0.00" },
  { key: "grade", header: COPY.grade, width: 8, role: "computed", align: "center" },
  { key: "hours", header: COPY.hours, width: 14, role: "computed", format: "0.0" },
  { key: "late", header: COPY.withinLimit, width: 12, role: "computed", align: "center" },
] as const satisfies readonly ColumnSpec[];

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
  const standard = placeColumns(1, STANDARD_TABLE, 0);
  const table = placeColumns(1, LEAD_TABLE, 0);
  const col = { ...table.at, firstScore: table.at.scores, lastScore: table.at.scores + DIMENSIONS.length - 1 };
  const rows = new RowCursor(4);
  const standardTitle = rows.next();
  const standardHeader = rows.next();
  const { first: firstDimension, last: lastDimension } = rows.take(DIMENSIONS.length);
  const totalRow = rows.next();
  const rulesTitle = rows.skip().next();
  const [gradeARow, gradeBRow] = [rows.next(), rows.next(), rows.next()];
  const limitRow = rows.next();
  const tableTitle = rows.skip().next();
  const weightsRow = rows.next();
  const tableHeader = rows.next();
  const { first: firstLead, last: lastLead } = rows.take(LEAD_ROWS);

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
      formula(`IF(${hours}="","",IF(${hours}>${limit},${quoted(COPY.late[locale])},${quoted(COPY.onTime[locale])}))`),
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

  const words = { locale, stageNames: [], stageRange: "" };
  const rule = (column: number, formulaText: string, look: "good" | "bad" | "warn") =>
    sheet.rule({ kind: "formula", ref: range(column, firstLead, column, lastLead), formula: formulaText, look });

  drawColumns(sheet, standard, { header: standardHeader, first: firstDimension, last: lastDimension }, words);
  drawColumns(sheet, table, { header: tableHeader, first: firstLead, last: lastLead }, words)
    // One column holds a lead table's and the standard's cells: the wider of the two.
    .widths(...widest(columnWidths([table], 0), columnWidths([standard], 0)))
    .lines("A1", ["title", COPY.title[locale]], ["note", COPY.note[locale]])
    .lines(a1(1, standardTitle), ["subtitle", COPY.standard[locale]])
    .put(a1(1, firstDimension), [...dimensionRows, [text(COPY.weightTotal[locale]), formula(`SUM(${range(2, firstDimension, 2, lastDimension)})`)]])
    .put(a1(1, rulesTitle), [
      [text(COPY.rules[locale])],
      [text(COPY.gradeA[locale]), num(4)],
      [text(COPY.gradeB[locale]), num(3)],
      [text(COPY.gradeC[locale])],
      [text(COPY.limit[locale]), num(1), text(COPY.limitNote[locale])],
    ])
    .lines(a1(1, tableTitle), ["subtitle", COPY.table[locale]])
    .put(a1(col.assigned, weightsRow), [[text(COPY.weights[locale]), ...DIMENSIONS.map((_, index) => formula(absolute(2, firstDimension + index)))]])
    .put(a1(1, firstLead), leadRows)
    .style(range(1, totalRow, 2, totalRow), "total")
    .style(a1(1, rulesTitle), "subtitle")
    .style(range(2, gradeARow, 2, gradeBRow), "input")
    .style(limit.replace(/\$/g, ""), "input")
    .style(a1(3, limitRow), "note")
    .style(weightCells, "computed")
    .format(total, "0%")
    .format(weightCells, "0%")
    // Computed figures at the right (the weights' total, the weights over the score columns).
    .alignRight(total, weightCells)
    .format(range(2, gradeARow, 2, gradeBRow), "0.0")
    .rule({ kind: "formula", ref: total, formula: `ABS(${total}-1)>0.000001`, look: "bad" });
  rule(col.grade, `$${grade}${firstLead}="A"`, "good");
  rule(col.grade, `$${grade}${firstLead}="C"`, "warn");
  rule(col.late, `$${late}${firstLead}=${quoted(COPY.late[locale])}`, "bad");
  // The lead scores run onto a second page: repeat their header there (the sheet has two tables, so printSetup.ts does not).
  const spec = sheet.build();
  return { ...spec, print: { ...sheetPrintSetup(spec), titleRows: `${tableHeader}:${tableHeader}` } };
}

/**
 * Column by column, the wider of two width lists.
 * @example
 * widest([6, 26, 12], [22, 26]) //=> [22, 26, 12]
 */
function widest(a: readonly number[], b: readonly number[]): number[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, index) => Math.max(a[index] ?? 0, b[index] ?? 0));
}

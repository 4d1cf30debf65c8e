import type { Localized } from "../../model/locale";
import { SAMPLE_TEAMS } from "../../sample/cast";
import { samplePilotWeeks } from "../../sample/pilotWeeks";
import { a1, absolute, parseA1, quoted, range } from "../a1";
import type { TemplateContext } from "../context";
import { columnWidths, drawColumns } from "../columns";
import { PILOT_FORMATS, type PilotLayout } from "../layout";
import { day, formula, num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";
import { PILOT_COPY as W } from "./pilotCopy";

export { samplePilotWeeks };

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
  const count = (value: number | undefined) => (value === undefined ? null : num(value));
  // Per group: leads, opportunities, deals, lead → opportunity, opportunity → deal.
  const groups = (cells: (group: "pilot" | "control", at: (name: "Leads" | "Opportunities" | "Deals") => number) => TemplateCell[]) =>
    (["pilot", "control"] as const).flatMap((group) => cells(group, (name) => columns[`${group}${name}`]));
  const weekRows: TemplateCell[][] = Array.from({ length: weekCount }, (_, index) => {
    const row = first + index;
    const weekStart: TemplateCell =
      index === 0 ? (filled ? day(filled.start) : null) : formula(`IF(${a1(columns.weekStart, row - 1)}="","",${a1(columns.weekStart, row - 1)}+7)`);
    return [
      weekStart,
      ...groups((group, at) => {
        const counts = filled?.[group][index];
        return [count(counts?.leads), count(counts?.opportunities), count(counts?.deals), rate(row, at("Opportunities"), at("Leads")), rate(row, at("Deals"), at("Opportunities"))];
      }),
    ];
  });
  const totalsRow = pilot.totalsRow;
  const sum = (column: number) => formula(`SUM(${range(column, first, column, last)})`);
  const totalRate = (over: number, under: number) => formula(`${a1(over, totalsRow)}/${a1(under, totalsRow)}`);
  const totals: TemplateCell[] = [
    text(W.total[locale]),
    ...groups((_, at) => [sum(at("Leads")), sum(at("Opportunities")), sum(at("Deals")), totalRate(at("Opportunities"), at("Leads")), totalRate(at("Deals"), at("Opportunities"))]),
  ];
  const { figures, details } = figureFormulas(pilot);
  const figureRows = (words: Readonly<Record<string, Localized>>, formulas: string[]) =>
    Object.values(words).map((label, index) => [text(label[locale]), formula(formulas[index])]);
  const { weeks, figures: figureTable, helper: helperTable } = pilot.tables;
  const figureStart = parseA1(pilot.figures.pilotRate);
  const detailStart = parseA1(pilot.details.total);
  const labelColumn = figureTable.first;
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
  const { pValue, lift } = pilot.figures;
  const noteRow = figureStart.row + figures.length;
  const words = { locale, stageNames: [], stageRange: "" };
  const rates = (group: "pilot" | "control") => range(columns[`${group}LeadToOpportunity`], totalsRow, columns[`${group}OpportunityToDeal`], totalsRow);

  drawColumns(sheet, weeks, { header: pilot.headerRow, first, last }, words);
  drawColumns(sheet, figureTable, { header: pilot.headerRow, first: figureStart.row, last: noteRow - 1 }, words);
  drawColumns(sheet, figureTable, { first: detailStart.row, last: detailStart.row + details.length - 1 }, words);
  drawColumns(sheet, helperTable, { header: pilot.headerRow, first: helper.firstRow, last: helper.firstRow + helper.rows - 1 }, words)
    .widths(...columnWidths([weeks, figureTable, helperTable], 3))
    .lines("A1", ["title", W.title[locale]], ["note", W.note[locale]])
    .put("A3", [[text(W.pilotTeam[locale]), filled ? text(pilotTeam) : null, null, text(W.controlGroup[locale]), text(W.otherTeams[locale])]])
    .put(a1(1, first), [...weekRows, totals])
    .lines(a1(labelColumn, pilot.headerRow - 1), ["subtitle", W.result[locale]])
    .put(a1(labelColumn, figureStart.row), figureRows(W.figures, figures))
    .lines(a1(labelColumn, noteRow), ["note", W.significance[locale]], ["subtitle", W.detailsTitle[locale]])
    .put(a1(labelColumn, detailStart.row), figureRows(W.details, details))
    .put(a1(helper.k, helper.firstRow), helperRows)
    .style("B3", "input")
    .style("E3", "input")
    .style(a1(columns.weekStart, first), "input")
    .style(range(columns.weekStart, first + 1, columns.weekStart, last), "computed")
    .style(range(1, totalsRow, weeks.last, totalsRow), "total")
    .format(rates("pilot"), "0.0%")
    .format(rates("control"), "0.0%")
    .rule({ kind: "formula", ref: pValue, formula: `AND(ISNUMBER(${pValue}),${pValue}<0.05)`, look: "good" })
    .rule({ kind: "formula", ref: lift, formula: `AND(ISNUMBER(${lift}),${lift}<0)`, look: "bad" })
    .freeze(pilot.headerRow, 1);
  const cells: Readonly<Record<string, string>> = { ...pilot.figures, ...pilot.details };
  for (const [key, format] of Object.entries(PILOT_FORMATS)) sheet.format(cells[key], format);
  return sheet.build();
}

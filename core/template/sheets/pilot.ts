import type { Localized } from "../../model/locale";
import { DEAL_STATUS_WORDS } from "../../model/words";
import { SIGNIFICANCE } from "../../report/pilotFromDeals";
import { SAMPLE_TEAMS } from "../../sample/cast";
import { pilotStartDay } from "../../sample/market";
import { samplePilotWeeks } from "../../sample/pilotWeeks";
import { samplePeriod } from "../../sample/period";
import { a1, absolute, parseA1, quoted, range } from "../a1";
import { asOfReference } from "../asOf";
import type { TemplateContext } from "../context";
import { columnWidths, drawColumns, headerCells } from "../columns";
import { wrapAcross } from "../wrapAcross";
import { orDash, whenNumbers } from "../emptyFigure";
import { KEY_FIGURE_NAMES, PILOT_FORMATS, PILOT_NOTE_ROWS, type PilotLayout } from "../layout";
import { inPoints } from "../points";
import { day, formula, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";
import { PILOT_COPY as COPY } from "./pilotCopy";

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
  const noLift = `NOT(ISNUMBER(${lift}))`;
  const difference = `${pilotRate}-${controlRate}`;
  return {
    figures: [
      orDash(`${x1}/${n1}`, `${n1}=0`),
      orDash(`${x2}/${n2}`, `${n2}=0`),
      // In percentage points (points.ts); the relative lift and z use the difference itself.
      whenNumbers([pilotRate, controlRate], inPoints(`${pilotRate}-${controlRate}`)),
      orDash(`(${difference})/${controlRate}`, `OR(${noLift},${controlRate}=0)`),
      // An empty group: the lift's "—", as the core's null.
      `IF(ISNUMBER(${lift}),IF(${method}=${quoted(pilot.methodWords.fisher)},${fisherPValue},${zPValue}),${lift})`,
      `IF(ISNUMBER(${lift}),IF(${useFisher},${quoted(pilot.methodWords.fisher)},${quoted(pilot.methodWords.zTest)}),${lift})`,
    ],
    details: [
      `${n1}+${n2}`,
      `${x1}+${x2}`,
      orDash(`MIN(${n1},${n2})*MIN(${converted},${total}-${converted})/${total}`, `${total}=0`),
      // Any expected count < 5, compared without the division (as the core): min row × min column < 5 N.
      `MIN(${n1},${n2})*MIN(${converted},${total}-${converted})<5*${total}`,
      // Pooled two-proportion z-test; every expected count ≥ 5 implies 0 < p̂ < 1.
      orDash(`IF(${useFisher},"",(${difference})/SQRT((${converted}/${total})*(1-${converted}/${total})*(1/${n1}+1/${n2})))`, noLift),
      // 2Φ(−|z|) = erfc(|z|/√2), precise in the tail (unlike 2(1 − Φ(|z|))).
      orDash(`IF(${useFisher},"",2*NORMSDIST(-ABS(${z})))`, noLift),
      `MAX(0,${n1}+${converted}-${total})`,
      `MIN(${n1},${converted})`,
      `IF(AND(${useFisher},${low}<${high}),HYPGEOMDIST(${x1},${n1},${converted},${total}),"")`,
      // Fisher two-sided: the tables no likelier than the observed one (R's tolerance 1 + 1e-7), normalised;
      // a single possible table gives 1; a support wider than the helper block gives #N/A, never a wrong p.
      `IF(NOT(${useFisher}),"",IF(${low}=${high},1,IF(${high}-${low}+1>${helper.rows},NA(),MIN(1,SUMPRODUCT((${probabilities}<=${observed}*(1+0.0000001))*${probabilities})/SUM(${probabilities})))))`,
    ],
  };
}

/** The distinct teams of the Deals rows written (sample or own deals), in order of appearance: the pilot team's dropdown. */
function teamNames(rows: TemplateContext["sampleRows"], teamColumn: number): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    const cell = row[teamColumn - 1];
    if (cell !== null && cell !== undefined && "text" in cell && cell.text.trim() !== "") names.add(cell.text);
    if (names.size > MAX_TEAMS) return [];
  }
  return [...names];
}
/** More distinct teams than this: no dropdown (the cell takes any name). */
const MAX_TEAMS = 50;

/**
 * The Pilot sheet (the method's step 4), computed from the deals (DEFINITIONS §4 "pilot from the deals";
 * core/report/pilotFromDeals.ts): the pilot team (an input cell naming a Team column value, a dropdown of the
 * log's teams) against the control group (every other named team), weeks of seven days from the pilot start
 * (an input) up to the workbook's as-of day ({@link asOfReference}); per week and group, leads (lead date in the
 * week), opportunities (of those, furthest stage ≥ 2) and deals (of those, won) counted natively from the Deals
 * sheet — or typed in the block under the table (a number typed there replaces the count in the same cell: a
 * team without a log) —, both conversions and the week's state (in progress, maturing while week end + the
 * Dashboard's median cycle is after the as-of day, mature). Totals sum the mature weeks only, and PILOT_LIFT runs
 * natively on them — pilot rate, control rate, lift, relative lift, two-sided p-value and method — computing
 * exactly core/metrics/pilotLift.ts on converted = deals, total = opportunities:
 * - the pooled two-proportion z-test, p = 2·NORMSDIST(−|z|), when every expected count is ≥ 5;
 * - else Fisher's exact test: a hidden helper block lists k = low … low + K − 1 with HYPGEOMDIST(k, n₁, c, N)
 *   (0 outside the support) and sums the probabilities ≤ P(observed)·(1 + 1e-7), normalised — the core's
 *   definition and tolerance. K = FISHER_HELPER_ROWS (500): enough for every table up to N = 50,000.
 * A one-line verdict above the figures (core pilotVerdict) and the pilot team's own before/after baseline under
 * the details. Empty figures show "—" ({@link orDash}). With sample data the pilot team and start are the
 * sample's (East 1 from 2026-09-01).
 */
export function pilotSheet({ layout, sample, sampleRows }: TemplateContext): SheetSpec {
  const { locale, deals } = layout;
  const { pilot } = layout;
  const sheet = new SheetBuilder("pilot", pilot.sheet, "#00B050");
  const { columns } = pilot;
  const first = pilot.firstWeekRow;
  const last = pilot.lastWeekRow;
  const weekCount = last - first + 1;
  const withSample = sample.length > 0;
  const pilotTeam = SAMPLE_TEAMS.find((team) => team.pilot)!.name[locale];
  const asOf = asOfReference(layout);
  const settle = `IF(ISNUMBER(${KEY_FIGURE_NAMES.cycleMedian}),${KEY_FIGURE_NAMES.cycleMedian},0)`;
  const team = fixed(pilot.inputs.team);
  const start = fixed(pilot.inputs.start);
  const lead = deals.column(deals.stage(0));
  const teamColumn = deals.column(deals.field.team);
  const valid = deals.column(deals.valid);
  const furthest = deals.column(deals.furthest);
  const outcome = deals.column(deals.outcome);
  const won = quoted(DEAL_STATUS_WORDS.won[locale]);
  const stateWord = (key: keyof typeof pilot.stateWords) => quoted(pilot.stateWords[key]);

  type Measure = "Leads" | "Opportunities" | "Deals";
  const criteria: Record<Measure, string> = { Leads: "", Opportunities: `,${furthest},">=2"`, Deals: `,${furthest},">=2",${outcome},${won}` };
  const groupCriteria = { pilot: `${teamColumn},${team}`, control: `${teamColumn},"<>"&${team},${teamColumn},"<>"` };
  const countCell = (group: "pilot" | "control", measure: Measure, row: number, typedRow: number) => {
    const weekStart = a1(columns.weekStart, row);
    const typed = a1(columns[`${group}${measure}`], typedRow);
    const counted = `COUNTIFS(${lead},">="&${weekStart},${lead},"<"&(${weekStart}+7),${valid},1,${groupCriteria[group]}${criteria[measure]})`;
    return formula(`IF(ISNUMBER(${typed}),${typed},IF(OR(${weekStart}="",${team}=""),"",${counted}))`);
  };
  const rate = (row: number, over: number, under: number) =>
    formula(`IF(OR(${a1(columns.weekStart, row)}="",${a1(under, row)}=""),"",${orDash(`${a1(over, row)}/${a1(under, row)}`, `${a1(under, row)}=0`)})`);
  const groups = (cells: (group: "pilot" | "control", at: (name: Measure) => number) => TemplateCell[]) =>
    (["pilot", "control"] as const).flatMap((group) => cells(group, (name) => columns[`${group}${name}`]));
  const weekRows: TemplateCell[][] = Array.from({ length: weekCount }, (_, index) => {
    const row = first + index;
    const typedRow = pilot.typed.first + index;
    const previous = a1(columns.weekStart, row - 1);
    const weekStart = a1(columns.weekStart, row);
    return [
      formula(index === 0 ? `IF(OR(${start}="",${start}>${asOf}),"",${start})` : `IF(${previous}="","",IF(${previous}+7>${asOf},"",${previous}+7))`),
      ...groups((group, at) => [
        countCell(group, "Leads", row, typedRow),
        countCell(group, "Opportunities", row, typedRow),
        countCell(group, "Deals", row, typedRow),
        rate(row, at("Opportunities"), at("Leads")),
        rate(row, at("Deals"), at("Opportunities")),
      ]),
      formula(
        `IF(${weekStart}="","",IF(${weekStart}+6>${asOf},${stateWord("inProgress")},IF(${weekStart}+6+${settle}>${asOf},${stateWord("maturing")},${stateWord("mature")})))`,
      ),
    ];
  });
  const totalsRow = pilot.totalsRow;
  const states = range(columns.state, first, columns.state, last);
  const sum = (column: number) => formula(`SUMIFS(${range(column, first, column, last)},${states},${stateWord("mature")})`);
  const totalRate = (over: number, under: number) => formula(orDash(`${a1(over, totalsRow)}/${a1(under, totalsRow)}`, `${a1(under, totalsRow)}=0`));
  const totals: TemplateCell[] = [
    text(COPY.total[locale]),
    ...groups((_, at) => [sum(at("Leads")), sum(at("Opportunities")), sum(at("Deals")), totalRate(at("Opportunities"), at("Leads")), totalRate(at("Deals"), at("Opportunities"))]),
    text(pilot.stateWords.mature),
  ];
  const { figures, details } = figureFormulas(pilot);
  const figureRows = (words: Readonly<Record<string, Localized>>, formulas: string[]) =>
    Object.values(words).map((label, index) => [text(label[locale]), formula(formulas[index])]);
  const { weeks, figures: figureTable, helper: helperTable } = pilot.tables;
  const figureStart = parseA1(pilot.figures.pilotRate);
  const detailStart = parseA1(pilot.details.total);
  const baselineStart = parseA1(pilot.baseline.beforeOpportunities);
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
  const verdictWord = (key: keyof typeof pilot.verdictWords) => quoted(pilot.verdictWords[key]);
  const p = fixed(pValue);
  const liftCell = fixed(lift);
  const verdict = `IF(NOT(ISNUMBER(${p})),${verdictWord("noData")},IF(AND(${p}<${SIGNIFICANCE},${liftCell}>0),${verdictWord("better")},IF(AND(${p}<${SIGNIFICANCE},${liftCell}<0),${verdictWord("worse")},${verdictWord("noDifference")})))`;
  // The pilot team's own baseline: its opportunities and deals led before the start; after = the mature weeks' totals.
  const b = pilot.baseline;
  const before = (extra: string) => `IF(OR(${team}="",${start}=""),0,COUNTIFS(${lead},"<"&${start},${valid},1,${teamColumn},${team},${furthest},">=2"${extra}))`;
  const baseline = [
    before(""),
    before(`,${outcome},${won}`),
    orDash(`${b.beforeDeals}/${b.beforeOpportunities}`, `${b.beforeOpportunities}=0`),
    fixed(pilot.converted.pilotTotal),
    fixed(pilot.converted.pilotConverted),
    orDash(`${b.afterDeals}/${b.afterOpportunities}`, `${b.afterOpportunities}=0`),
    whenNumbers([b.afterRate, b.beforeRate], inPoints(`${b.afterRate}-${b.beforeRate}`)),
  ];
  const noteRow = figureStart.row + figures.length;
  const words = { locale, stageNames: [], stageRange: "" };
  const rates = (group: "pilot" | "control") => range(columns[`${group}LeadToOpportunity`], totalsRow, columns[`${group}OpportunityToDeal`], totalsRow);
  const countColumns = (["pilot", "control"] as const).flatMap((group) => (["Leads", "Opportunities", "Deals"] as const).map((measure) => columns[`${group}${measure}`]));
  const teams = teamNames(sampleRows, deals.field.team);
  const headers = headerCells(weeks, words);
  const typedHeader = weeks.placed.map(({ column }, index) => (countColumns.includes(column) ? headers[index] : null));

  drawColumns(sheet, weeks, { header: pilot.headerRow, first, last }, words);
  drawColumns(sheet, figureTable, { header: pilot.headerRow, first: figureStart.row, last: noteRow - 1 }, words);
  drawColumns(sheet, figureTable, { first: detailStart.row, last: detailStart.row + details.length - 1 }, words);
  drawColumns(sheet, figureTable, { first: baselineStart.row, last: baselineStart.row + baseline.length - 1 }, words);
  drawColumns(sheet, helperTable, { header: pilot.headerRow, first: helper.firstRow, last: helper.firstRow + helper.rows - 1 }, words)
    .widths(...columnWidths([weeks, figureTable, helperTable], 3))
    .lines("A1", ["title", COPY.title[locale]], ["note", COPY.note[locale]])
    .put("A3", [[text(COPY.pilotTeam[locale]), withSample ? text(pilotTeam) : null, null, text(COPY.controlGroup[locale]), text(COPY.otherTeams[locale])]])
    .put(a1(parseA1(pilot.inputs.start).column - 1, 3), [[text(COPY.pilotStart[locale]), withSample ? day(pilotStartDay(samplePeriod())) : null]])
    .put(pilot.verdict, [[formula(verdict)]])
    .put(a1(1, first), [...weekRows, totals])
    // The totals row's figures at the right and its state word in the middle, as the weeks above them.
    .alignRight(range(2, totalsRow, columns.state - 1, totalsRow))
    .center(a1(columns.state, totalsRow))
    .lines(a1(1, pilot.typed.title), ["subtitle", COPY.typedTitle[locale]])
    .put(a1(1, pilot.typed.header), [typedHeader])
    .style(range(1, pilot.typed.header, weeks.last, pilot.typed.header), "header")
    .lines(a1(labelColumn, pilot.headerRow - 1), ["subtitle", COPY.result[locale]])
    .put(a1(labelColumn, figureStart.row), figureRows(COPY.figures, figures))
    .lines(a1(labelColumn, noteRow), ["note", COPY.significance[locale]])
    .lines(a1(labelColumn, noteRow + PILOT_NOTE_ROWS), ["subtitle", COPY.detailsTitle[locale]])
    .put(a1(labelColumn, detailStart.row), figureRows(COPY.details, details))
    .lines(a1(labelColumn, baselineStart.row - 1), ["subtitle", COPY.baselineTitle[locale]])
    .put(a1(labelColumn, baselineStart.row), figureRows(COPY.baseline, baseline))
    .put(a1(helper.k, helper.firstRow), helperRows)
    .style(pilot.inputs.team, "input")
    .style(pilot.inputs.start, "input")
    .format(pilot.inputs.start, "yyyy-mm-dd")
    .style(pilot.verdict, "subtitle")
    .style(range(1, totalsRow, weeks.last, totalsRow), "total")
    .format(rates("pilot"), "0.0%")
    .format(rates("control"), "0.0%")
    .rule({ kind: "formula", ref: pValue, formula: `AND(ISNUMBER(${pValue}),${pValue}<0.05)`, look: "good" })
    .rule({ kind: "formula", ref: lift, formula: `AND(ISNUMBER(${lift}),${lift}<0)`, look: "bad" })
    .freeze(pilot.headerRow, 1);
  for (const column of countColumns) sheet.style(range(column, pilot.typed.first, column, pilot.typed.last), "input");
  if (teams.length > 0) sheet.list(pilot.inputs.team, teams, COPY.teamError[locale]);
  const cells: Readonly<Record<string, string>> = { ...pilot.figures, ...pilot.details, ...pilot.baseline };
  for (const [key, format] of Object.entries(PILOT_FORMATS)) sheet.format(cells[key], typeof format === "object" ? format[locale] : format);
  // The verdict and the p-value note span the figure table's label and value columns, wrapped (they ran past its
  // edge); the note over rows of its own, so no row of the weekly table beside it grows.
  const verdictRow = parseA1(pilot.verdict).row;
  const verdictCells = range(labelColumn, verdictRow, labelColumn + 1, verdictRow);
  sheet.merge(range(labelColumn, noteRow, labelColumn + 1, noteRow + PILOT_NOTE_ROWS - 1)).wrap(a1(labelColumn, noteRow));
  return wrapAcross(sheet.build(), verdictCells, Object.values(pilot.verdictWords), 13);
}

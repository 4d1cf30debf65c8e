import type { Locale } from "../../model/locale";
import { DEAL_STATUS_WORDS } from "../../model/words";
import { sampleInterviews, sampleSurvey } from "../../sample/diagnosisAnswers";
import { a1, absolute, quoted, range, sheetRef } from "../a1";
import type { TemplateContext } from "../context";
import { TEMPLATE_LABELS } from "../labels";
import { KEY_FIGURE_NAMES, type TemplateLayout } from "../layout";
import { inPoints, POINTS_FORMAT } from "../points";
import { columnWidths, drawColumns, placeColumns, type ColumnSpec } from "../columns";
import { RowCursor } from "../rowCursor";
import { wrapAcross } from "../wrapAcross";
import { longestStage, templateStory } from "../sampleStory";
import type { StoryClaim } from "../../sample/story";
import { formula, num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";
import { DIAGNOSIS_COPY as COPY, PROBLEM_EXAMPLES, type ProblemExample } from "./diagnosisCopy";

/** One core problem: how its value and benchmark are computed, and the method's example words. */
interface ProblemRow {
  readonly metric: (layout: TemplateLayout, locale: Locale) => TemplateCell;
  readonly value: (layout: TemplateLayout) => string;
  /** A formula, or null for a typed-in benchmark. */
  readonly benchmark: (layout: TemplateLayout) => string | null;
  /** "higher" when a larger value is better (the gap is bad below 0), "lower" when a smaller one is. */
  readonly better: "higher" | "lower";
  readonly format: string;
  readonly example: ProblemExample;
}

/** A problem measured by a rate (formatted in %): its gap is in percentage points. */
const isRate = (problem: ProblemRow) => problem.format.includes("%");

const stageName = (layout: TemplateLayout, index: number) =>
  sheetRef(layout.sheetName("stages"), absolute(layout.stages.nameColumn, layout.stages.firstRow + index));
const stageCell = (layout: TemplateLayout, column: number, index: number) =>
  sheetRef(layout.sheetName("stages"), absolute(column, layout.stages.firstRow + index));
const stayMedian = (layout: TemplateLayout, index: number) =>
  sheetRef(layout.sheetName("dashboard"), absolute(layout.dashboard.funnel.stayMedian, layout.dashboard.funnelHeaderRow + 1 + index));

/** A stage that takes too long: its median days in stage against the Stages sheet's target days. */
function stayProblem(stage: number, example: ProblemExample): ProblemRow {
  return {
    metric: (layout, locale) => formula(`${stageName(layout, stage)}&${quoted(COPY.stayMedian[locale])}`),
    value: (layout) => stayMedian(layout, stage),
    benchmark: (layout) => {
      const target = stageCell(layout, layout.stages.targetDaysColumn, stage);
      return `IF(${target}="","",${target})`;
    },
    better: "lower",
    format: "0.0",
    example,
  };
}

/**
 * The two slow stages of the sample's story: quote approvals (报价, the 4th stage) and contract negotiation (谈判, the
 * 5th), the stages its deals spend longer in than the Stages sheet's targets (the proposal stage is faster).
 */
const STAY_EXAMPLES: readonly (readonly [wanted: number, example: ProblemExample])[] = [
  [3, PROBLEM_EXAMPLES.quoteApprovals],
  [4, PROBLEM_EXAMPLES.negotiation],
];

/**
 * The time-in-stage problems for `stageCount` stages, each on a different stage: the 4th and 5th where there are
 * that many timed stages (every stage but the last), else the last timed stages below them (5 stages: the 3rd and
 * 4th; 4 stages: the 2nd and 3rd; 3 stages: the 1st and 2nd). With two stages only the first is timed, and one row is left.
 */
export function stayStages(stageCount: number): number[] {
  const stages: number[] = [];
  let below = stageCount - 1;
  for (const [wanted] of [...STAY_EXAMPLES].reverse()) {
    const stage = Math.min(wanted, below - 1);
    if (stage < 0) break;
    stages.unshift(stage);
    below = stage;
  }
  return stages;
}

/** What the sample's core-problem words claim of the figures (the default six stages), for test/core/sample/sampleStory.test.ts. */
export function diagnosisExampleClaims(): StoryClaim[] {
  return problemRows(6).flatMap((row) => row.example.claims ?? []);
}

/** The core problems of a template with `stageCount` stages, top to bottom. */
function problemRows(stageCount: number): ProblemRow[] {
  const stays = stayStages(stageCount);
  const stayRows = STAY_EXAMPLES.slice(STAY_EXAMPLES.length - stays.length).map(([, example], index) => stayProblem(stays[index], example));
  return [CONVERSION_PROBLEM, ...stayRows, CYCLE_PROBLEM, WIN_RATE_PROBLEM];
}

const CONVERSION_PROBLEM: ProblemRow = {
  metric: (layout, locale) => formula(`${stageName(layout, 0)}&"→"&${stageName(layout, 1)}&${quoted(COPY.conversion[locale])}`),
  value: () => "INDEX(StepConversion,2)",
  benchmark: (layout) => `IF(${stageCell(layout, layout.stages.benchmarkColumn, 1)}="","",${stageCell(layout, layout.stages.benchmarkColumn, 1)})`,
  better: "higher",
  format: "0.0%",
  example: PROBLEM_EXAMPLES.conversion,
};

const CYCLE_PROBLEM: ProblemRow = {
  metric: (_layout, locale) => text(COPY.cycle[locale]),
  value: () => KEY_FIGURE_NAMES.cycleMedian,
  // The ideal cycle: the target days of every stage but the last (the cycle runs from the first stage's date to the
  // last's) — only when all of them are filled in: a sum over some would pass for the whole cycle and flag it red.
  benchmark: (layout) => {
    const { stages, stageCount } = layout;
    const targets = sheetRef(layout.sheetName("stages"), absolute(stages.targetDaysColumn, stages.firstRow, stages.targetDaysColumn, stages.firstRow + stageCount - 2));
    return `IF(COUNT(${targets})<${stageCount - 1},"",SUM(${targets}))`;
  },
  better: "lower",
  format: "0.0",
  example: PROBLEM_EXAMPLES.cycle,
};

const WIN_RATE_PROBLEM: ProblemRow = {
  metric: (_layout, locale) => text(COPY.winRate[locale]),
  value: () => KEY_FIGURE_NAMES.winRate,
  benchmark: () => null,
  better: "higher",
  format: "0.0%",
  example: PROBLEM_EXAMPLES.winRate,
};

const SURVEY_ROWS = 15;
const INTERVIEW_ROWS = 6;

/** The core problems: our value and the gap computed, the words typed in (sentences wrap). */
const PROBLEM_TABLE = [
  // Column A also heads the survey's respondents ("Respondent").
  { key: "position", header: TEMPLATE_LABELS.position, width: 10 },
  { key: "problem", header: COPY.problem, width: 24, role: "input", wrap: true },
  { key: "metric", header: COPY.metric, width: 26 },
  { key: "value", header: COPY.ourValue, width: 12, role: "computed", align: "right" },
  // Computed from the Stages sheet, or typed in: each row says (problemRows).
  { key: "benchmark", header: COPY.benchmark, width: 12, align: "right" },
  { key: "gap", header: TEMPLATE_LABELS.gap, width: 14, role: "computed", align: "right" },
  { key: "evidence", header: COPY.evidence, width: 40, role: "input", wrap: true },
  { key: "rootCause", header: COPY.rootCause, width: 36, role: "input", wrap: true },
] as const satisfies readonly ColumnSpec[];
/** The survey: question 1 picks a stage; the tally beside it counts the votes per stage. */
const SURVEY_TABLE = [
  { key: "respondent", header: COPY.respondent, width: 5 },
  { key: "question1", header: COPY.question1, width: 24, role: "input", list: { values: "stageNames", error: COPY.stageError } },
  { key: "question2", header: COPY.question2, width: 26, role: "input", wrap: true },
] as const satisfies readonly ColumnSpec[];
const TALLY_TABLE = [
  { key: "stage", header: TEMPLATE_LABELS.stage, width: 12, role: "computed" },
  { key: "votes", header: COPY.votes, width: 10, role: "computed", align: "right" },
] as const satisfies readonly ColumnSpec[];
/** The case interviews (the findings, the last column, merged over the empty cells beside: wrapAcross). */
const INTERVIEW_TABLE = [
  { key: "position", header: TEMPLATE_LABELS.position, width: 5 },
  { key: "case", header: COPY.case, width: 24, role: "input", wrap: true },
  { key: "outcome", header: COPY.outcome, width: 26, role: "input", wrap: true, list: { values: [DEAL_STATUS_WORDS.won, DEAL_STATUS_WORDS.lost], error: COPY.outcomeError } },
  { key: "interviewee", header: COPY.interviewee, width: 12, role: "input", wrap: true },
  { key: "findings", header: COPY.findings, width: 12, role: "input", wrap: false },
] as const satisfies readonly ColumnSpec[];

/**
 * The Diagnosis sheet (the method's step 1): the core problems — metric, our value (linked to the Dashboard by
 * workbook name or cell: INDEX(StepConversion,2), a stage's median days, CycleMedian, WinRate), benchmark
 * (the Stages sheet's benchmark conversion and target days; the ideal cycle = the sum of the target days of
 * every stage but the last, blank until all of them are filled in, as for a team's own stages; a typed-in win
 * rate), gap = our value − benchmark (blank without a benchmark; red when in the wrong direction), evidence and
 * root cause; each time-in-stage problem on its own stage ({@link stayStages}); the anonymous survey with the
 * method's two questions (question 1 tallied by stage); and the case interview log (case, won/lost dropdown,
 * interviewee, findings). With sample data, the method's own examples
 * fill the words, the survey and the interviews; without, only the metrics and their formulas.
 */
export function diagnosisSheet({ layout, stageNames, sample, options }: TemplateContext): SheetSpec {
  const { locale } = layout;
  const sheet = new SheetBuilder("diagnosis", layout.sheetName("diagnosis"), "#C00000");
  const withSample = sample.length > 0;
  const problemTable = placeColumns(1, PROBLEM_TABLE, 0);
  const survey = placeColumns(1, SURVEY_TABLE, 0);
  const tally = placeColumns(survey.last + 2, TALLY_TABLE, 0);
  const interviews = placeColumns(1, INTERVIEW_TABLE, 0);
  const col = problemTable.at;
  const problems = problemRows(layout.stageCount);
  const rows = new RowCursor(4);
  const problemHeader = rows.next();
  const { first: firstProblem } = rows.take(problems.length);
  const surveyTitle = rows.skip().take(2).first;
  const surveyHeader = rows.next();
  const answers = rows.take(SURVEY_ROWS);
  const tallyRows = { first: answers.first, last: answers.first + stageNames.length - 1 };
  const interviewTitle = rows.skip(Math.max(1, tallyRows.last + 3 - rows.at)).take(2).first;
  const interviewHeader = rows.next();
  const caseRows = rows.take(INTERVIEW_ROWS);

  const problemCells: TemplateCell[][] = problems.map((problem, index) => {
    const row = firstProblem + index;
    const benchmark = problem.benchmark(layout);
    const value = a1(col.value, row);
    const bench = a1(col.benchmark, row);
    return [
      num(index + 1),
      withSample ? text(problem.example.problem[locale]) : null,
      problem.metric(layout, locale),
      formula(problem.value(layout)),
      benchmark !== null ? formula(benchmark) : withSample && problem.example.benchmark !== undefined ? num(problem.example.benchmark) : null,
      // Our value is "—" (nothing to count yet) on an empty Dashboard: no gap then.
      // A rate's gap in percentage points (points.ts).
      formula(`IF(OR(${bench}="",NOT(ISNUMBER(${value}))),"",${isRate(problem) ? inPoints(`${value}-${bench}`) : `${value}-${bench}`})`),
      withSample ? text(problem.example.evidence[locale]) : null,
      withSample ? text(problem.example.rootCause[locale]) : null,
    ];
  });
  const numbered = (count: number, filled: readonly (readonly string[])[]) =>
    Array.from({ length: count }, (_, index) => [num(index + 1), ...(filled[index] ?? []).map(text)]);
  const q1 = absolute(survey.first + 1, answers.first, survey.first + 1, answers.last);
  const tallyCells: TemplateCell[][] = stageNames.map((_, index) => {
    const name = a1(tally.first, answers.first + index);
    return [formula(stageName(layout, index)), formula(`IF(${name}="","",COUNTIF(${q1},${name}))`)];
  });
  const words = { locale, stageNames, stageRange: layout.stages.names };
  const interviewCells = numbered(INTERVIEW_ROWS, withSample ? sampleInterviews(sample, locale) : []);

  drawColumns(sheet, problemTable, { header: problemHeader, first: firstProblem, last: firstProblem + problems.length - 1 }, words);
  drawColumns(sheet, survey, { header: surveyHeader, ...answers }, words);
  drawColumns(sheet, tally, { header: surveyHeader, ...tallyRows }, words);
  drawColumns(sheet, interviews, { header: interviewHeader, ...caseRows }, words)
    .widths(...columnWidths([problemTable], 0))
    .lines("A1", ["title", COPY.title[locale]], ["note", COPY.note[locale]], ["subtitle", COPY.problems[locale]])
    .put(a1(1, firstProblem), problemCells)
    .lines(a1(1, surveyTitle), ["subtitle", COPY.survey[locale]], ["note", COPY.surveyNote[locale]])
    .put(a1(1, answers.first), numbered(SURVEY_ROWS, withSample ? sampleSurvey(stageNames, locale, options.seed ?? 2026, longestStage(templateStory({ sample, stageNames, layout }))) : []))
    .put(a1(tally.first, answers.first), tallyCells)
    .lines(a1(1, interviewTitle), ["subtitle", COPY.interviews[locale]], ["note", COPY.interviewNote[locale]])
    .put(a1(1, caseRows.first), interviewCells);
  // Each finding and its header span to the sheet's last column (a header shorter than its rows printed as a table cut short).
  const findingsAcross = (row: number) => range(interviews.at.findings, row, problemTable.last, row);
  sheet.merge(findingsAcross(interviewHeader)).style(findingsAcross(interviewHeader), "header");
  problems.forEach((problem, index) => {
    const row = firstProblem + index;
    const gap = a1(col.gap, row);
    sheet
      .format(range(col.value, row, col.benchmark, row), problem.format)
      .format(gap, isRate(problem) ? POINTS_FORMAT[locale] : problem.format)
      .style(a1(col.benchmark, row), problem.benchmark(layout) === null ? "input" : "computed")
      .rule({ kind: "formula", ref: gap, formula: `AND(ISNUMBER(${gap}),${gap}${problem.better === "higher" ? "<" : ">"}0)`, look: "bad" });
  });
  // Each finding spans to the sheet's last column, wrapped at the top of its row (beside a case that wraps, a finding
  // left at the row's bottom read as the next case's).
  return interviewCells.reduce((spec, cells, index) => {
    const row = caseRows.first + index;
    const finding = cells[interviews.at.findings - 1];
    return wrapAcross(spec, findingsAcross(row), finding !== null && finding !== undefined && "text" in finding ? [finding.text] : []);
  }, sheet.build());
}

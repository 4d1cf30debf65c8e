/**
 * The sample tells one story (issue 13 part 5): every figure its hand-written words state — the action plan's pains
 * and goals, the Guide's worked example, the review notes, the process map's durations, the interviews, the survey —
 * agrees with the sample's own figures, and the action items' statuses agree with their dates, the as-of date and
 * the pilot. The figures are derived here from the sample deals through the core's kernels (parsed from the sample
 * grid as the Deals sheet holds it), never from the template's text; the stage targets and benchmarks are the
 * Stages sheet's reference values (stages.ts), the goal's ambition the method's (+10 points).
 */
import { describe, expect, it } from "vitest";
import { funnel } from "../../../core/metrics/funnel";
import { goalBaseline } from "../../../core/metrics/periodFigures";
import { timeInStageSummaries } from "../../../core/metrics/timeInStage";
import { STATUS_CODE, type DealTable } from "../../../core/model/dealTable";
import type { Locale } from "../../../core/model/locale";
import { stageList } from "../../../core/model/stages";
import { ACTION_STATUS_WORDS, DEAL_STATUS_WORDS } from "../../../core/model/words";
import { parseForReport } from "../../../core/report/analyzeDeals";
import { sampleDeals, sampleGrid } from "../../../core/sample";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { sheetLayouts } from "../../../core/template/layout";
import { expandSheet } from "../../../core/template/repeatedRows";
import { a1 } from "../../../core/template/a1";
import type { SheetKey, SheetSpec, TemplateCell, WorkbookSpec } from "../../../core/template/types";
import { cellAt } from "../template/specCells";
import { lossPoints } from "../../../core/metrics/lossPoints";
import { SAMPLE_ITEMS } from "../../../core/template/sheets/actionPlanCopy";
import { SAMPLE_MAP } from "../../../core/template/sheets/processMapCopy";
import { SAMPLE_NOTES } from "../../../core/template/sheets/reviewsCopy";
import { diagnosisExampleClaims } from "../../../core/template/sheets/diagnosis";
import { cycleDurations } from "../../../core/metrics/cycleTime";
import { summarize } from "../../../core/metrics/statistics";
import { SAMPLE_FINDINGS } from "../../../core/sample/diagnosisAnswers";
import { SAMPLE_LOST_REASONS, SAMPLE_SOURCES } from "../../../core/sample/cast";
import type { StoryClaim } from "../../../core/sample/story";
import { dayFromCivil, isoFromDay } from "../../../core/parse/dates";

/** 2026-11-30, the sample's last day and as-of date; 2026-09-01, the pilot's start; 2026-10-01, the goals' start. */
const AS_OF = 46356;
const PILOT_START = 46266;
const GOALS_START = 46296;
/** The Stages sheet's reference values for the default stages (stages.ts): target days and benchmark conversion into each stage. */
const TARGET_DAYS = [1, 7, 10, 5, 10, 3];
const BENCHMARKS = [null, 0.6, 0.7, 0.8, 0.75, 0.6];
/** Percentages the words may state that are no measured figure (a goal of completeness). */
const NOT_FIGURES = new Set(["100%"]);

const whole = (share: number) => `${Math.round(share * 100)}%`;
const oneDecimal = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

/** The sample deals as the Deals sheet holds them, read back by the core. */
function sampleTable(locale: Locale, count: number): DealTable {
  const deals = sampleDeals({ count, seed: 2026, locale, stages: stageList(undefined, locale).names });
  return parseForReport(sampleGrid(deals, { locale, dates: "serial", badRows: 0, seed: 2026 }).grid, { locale })!.deals;
}

/** The sample's figures by the core's kernels. */
function kernelFigures(table: DealTable) {
  const medians = timeInStageSummaries(table).map((summary) => summary.median);
  const steps = funnel(table).map((row) => row.stepConversion);
  const baseline = Math.round((goalBaseline(table, "conversion", GOALS_START, AS_OF) ?? NaN) * 100) / 100;
  const lost = lossPoints(table.stages.names, table.furthest, (i) => table.status[i] === STATUS_CODE.lost).map((row) => row.lost);
  const longest = medians.map((median) => median ?? -Infinity);
  const won = table.status.filter((status) => status === STATUS_CODE.won).length;
  const closed = won + table.status.filter((status) => status === STATUS_CODE.lost).length;
  return {
    medians,
    steps,
    lost,
    longestStage: longest.indexOf(Math.max(...longest)),
    cycleMedian: summarize(cycleDurations(table), "median")!,
    winRate: won / closed,
    liveStream: liveStream(table),
    goal: { baseline, target: Math.round((baseline + 0.1) * 100) / 100 },
  };
}

/**
 * The live-stream channel in its first two months (the month it opened and the next, by lead date): its leads and
 * the share that reached the second stage, and that share for every other source's leads of those months.
 */
function liveStream(table: DealTable) {
  const stageCount = table.stages.names.length;
  const sources = table.text.source ?? [];
  const liveName = SAMPLE_SOURCES.find((source) => source.opens === "midway")!.name[table.stages.names[0] === "线索" ? "zh-CN" : "en"];
  const leadDay = (i: number) => table.stageDays[i * stageCount];
  const indices = Array.from({ length: table.count }, (_, i) => i);
  const opened = Math.min(...indices.filter((i) => sources[i] === liveName).map(leadDay));
  const [year, month] = isoFromDay(opened).split("-").map(Number);
  const until = dayFromCivil(year + Math.floor((month + 1) / 12), ((month + 1) % 12) + 1, 1);
  const window = indices.filter((i) => leadDay(i) >= opened && leadDay(i) < until);
  const share = (group: number[]) => group.filter((i) => table.furthest[i] >= 1).length / group.length;
  const live = window.filter((i) => sources[i] === liveName);
  return { leads: live.length, rate: share(live), othersRate: share(window.filter((i) => sources[i] !== liveName)) };
}

/** Whether a claim holds for the kernels' figures. */
function holds(claim: StoryClaim, figures: ReturnType<typeof kernelFigures>): boolean {
  switch (claim.kind) {
    case "overTarget":
      return (figures.medians[claim.stage] ?? -Infinity) > TARGET_DAYS[claim.stage];
    case "withinTarget":
      return (figures.medians[claim.stage] ?? Infinity) <= TARGET_DAYS[claim.stage];
    case "belowBenchmark":
      return (figures.steps[claim.stage] ?? Infinity) < BENCHMARKS[claim.stage]!;
    case "topLossAfterFirst":
      return figures.lost.slice(1).every((lost, stage) => lost <= figures.lost[claim.stage] || stage + 1 === claim.stage) && figures.lost[claim.stage] === Math.max(...figures.lost.slice(1));
    case "topLoss":
      return figures.lost[claim.stage] === Math.max(...figures.lost);
    case "surveyTop":
      // The survey's votes are checked in the sheet ("the survey's most named slow stage …"): they name the stage its deals spend longest in.
      return figures.longestStage === claim.stage;
    case "liveStreamBelowOthers":
      return figures.liveStream.rate < figures.liveStream.othersRate;
    case "cycleOverTarget":
      return figures.cycleMedian > TARGET_DAYS.slice(0, -1).reduce((sum, days) => sum + days, 0);
    case "winRateBelow":
      return figures.winRate < claim.share;
  }
}

/** Every claim the sample's words make, with where it is made. */
const CLAIMS: [where: string, claim: StoryClaim][] = [
  ...SAMPLE_ITEMS.flatMap((item, index) => (item.claims ?? []).map((claim): [string, StoryClaim] => [`action item ${index + 1}`, claim])),
  ...SAMPLE_MAP.flatMap((entry, index) => (entry.claims ?? []).map((claim): [string, StoryClaim] => [`process map row ${index + 1}`, claim])),
  ...SAMPLE_NOTES.flatMap((note) => (note.claims ?? []).map((claim): [string, StoryClaim] => [`review note ${note.at}`, claim])),
  ...diagnosisExampleClaims().map((claim): [string, StoryClaim] => ["core problems", claim]),
];

describe.each([
  ["zh-CN", 2000],
  ["en", 2000],
  ["zh-CN", 200],
  ["en", 1000],
  ["zh-CN", 5000],
] as const)("the %s sample of %i deals", (locale, count) => {
  const figures = kernelFigures(sampleTable(locale, count));
  it.each(CLAIMS)("%s: %j holds", (_, claim) => expect(holds(claim, figures)).toBe(true));
});

const sheetOf = (spec: WorkbookSpec, key: SheetKey) => spec.sheets.find((sheet) => sheet.key === key)!;
const textOf = (cell: TemplateCell) => (cell !== null && "text" in cell ? cell.text : "");
const allTexts = (sheet: SheetSpec) =>
  expandSheet(sheet).blocks.flatMap((block) => block.rows.flat()).flatMap((cell) => (cell !== null && "text" in cell ? [cell.text] : []));
const percents = (sentence: string) => sentence.match(/\d+(?:\.\d+)?%/g) ?? [];
const dayCounts = (sentence: string) => [...sentence.matchAll(/(\d+(?:\.\d+)?) ?(?:天|days?\b)/g)].map((match) => Number(match[1]));

/** The Action plan's items as the sample writes them. */
function actionItems(spec: WorkbookSpec, locale: Locale) {
  const sheet = sheetOf(spec, "actionPlan");
  const plan = sheetLayouts({ locale }).actionPlan;
  const names = stageList(undefined, locale).names;
  const items = [];
  for (let row = plan.firstItemRow; row <= plan.lastItemRow; row++) {
    const stage = textOf(cellAt(sheet, a1(plan.columns.stage, row)));
    if (stage === "") continue;
    const deadline = cellAt(sheet, a1(plan.columns.deadline, row));
    items.push({
      stage: names.indexOf(stage),
      painPoint: textOf(cellAt(sheet, a1(plan.columns.painPoint, row))),
      goal: textOf(cellAt(sheet, a1(plan.columns.goal, row))),
      measures: textOf(cellAt(sheet, a1(plan.columns.measures, row))),
      deadline: deadline !== null && "day" in deadline ? deadline.day : NaN,
      status: textOf(cellAt(sheet, a1(plan.columns.status, row))),
    });
  }
  return items;
}

describe.each([
  ["zh-CN", 2000],
  ["en", 2000],
  ["zh-CN", 200],
  ["en", 200],
] as const)("the %s sample of %i deals (the CLI's, the add-in's) tells one story", (locale, count) => {
  const spec = buildTemplate({ locale, sampleDeals: count });
  const table = sampleTable(locale, count);
  const figures = kernelFigures(table);
  const items = actionItems(spec, locale);
  const words = (status: keyof typeof ACTION_STATUS_WORDS) => ACTION_STATUS_WORDS[status][locale];

  it("the action plan's lead → opportunity goal is the one the Goals sheet measures (baseline = the conversion before the goals' start)", () => {
    const goals = items.filter((item) => item.goal.includes(whole(figures.goal.target)) || /15%|25%/.test(item.goal));
    expect(goals.length).toBeGreaterThan(0);
    for (const item of goals) expect(item.goal).toContain(`${whole(figures.goal.baseline)} → ${whole(figures.goal.target)}`);
  });

  it("every day count an action item states is its stage's median time in stage, its target, or the difference", () => {
    for (const item of items) {
      const median = figures.medians[item.stage];
      const allowed = [median, TARGET_DAYS[item.stage], median === null ? null : median - TARGET_DAYS[item.stage]];
      for (const days of [...dayCounts(item.painPoint), ...dayCounts(item.goal)]) expect(allowed, `${item.painPoint} / ${item.goal}`).toContain(days);
    }
  });

  it("every percentage an action item states is a measured figure: the goal, a step conversion, a benchmark", () => {
    const allowed = new Set([
      whole(figures.goal.baseline),
      whole(figures.goal.target),
      ...figures.steps.flatMap((step) => (step === null ? [] : [oneDecimal(step)])),
      ...BENCHMARKS.flatMap((benchmark) => (benchmark === null ? [] : [whole(benchmark)])),
      oneDecimal(figures.liveStream.rate),
      oneDecimal(figures.liveStream.othersRate),
      ...NOT_FIGURES,
    ]);
    for (const item of items) for (const percent of [...percents(item.painPoint), ...percents(item.goal)]) expect(allowed, item.painPoint).toContain(percent);
  });

  it("statuses agree with the dates: done by the as-of date, nothing not started past its deadline, the pilot's tools done before it starts", () => {
    for (const item of items) {
      if (item.status === words("done")) expect(item.deadline).toBeLessThanOrEqual(AS_OF);
      if (item.status === words("notStarted")) expect(item.deadline).toBeGreaterThan(AS_OF);
    }
    // The review notes say the pilot team works with lead scoring and CRM auto-assignment from the pilot's start.
    const pilotTools = items.filter((item) => /评分|自动分配|scoring|assignment/i.test(item.measures));
    expect(pilotTools.length).toBe(2);
    for (const item of pilotTools) {
      expect(item.status).toBe(words("done"));
      expect(item.deadline).toBeLessThan(PILOT_START);
    }
  });

  it("the Guide's worked goal is the sample's", () => {
    const step = allTexts(sheetOf(spec, "guide")).find((sentence) => /SMART/.test(sentence))!;
    expect(step).toContain(`${whole(figures.goal.baseline)} → ${whole(figures.goal.target)}`);
  });

  it("the process map's durations now are the measured medians (whole days)", () => {
    const names = stageList(undefined, locale).names;
    const block = expandSheet(sheetOf(spec, "processMap")).blocks.find((candidate) => candidate.rows.length === names.length && candidate.rows[0].length >= 11)!;
    const now = block.rows.map((row) => row[5]);
    figures.medians.forEach((median, stage) => expect(now[stage]).toEqual(median === null ? null : { number: Math.round(median) }));
  });

  it("the review notes state the live-stream channel's figures, and no other percentage", () => {
    const notes = SAMPLE_NOTES.map((note) => note.note[locale]);
    const sheet = allTexts(sheetOf(spec, "reviews"));
    const live = sheet.find((sentence) => sentence.startsWith(notes[0].slice(0, 6)))!;
    expect(live).toContain(`${figures.liveStream.leads} `);
    expect(percents(live)).toEqual([oneDecimal(figures.liveStream.rate), oneDecimal(figures.liveStream.othersRate)]);
  });

  it("the survey's most named slow stage (\"which step takes longest?\") is the one with the longest median", () => {
    const names = stageList(undefined, locale).names;
    const block = expandSheet(sheetOf(spec, "diagnosis")).blocks.find((candidate) => names.includes(textOf(candidate.rows[0]?.[1] ?? null)))!;
    const votes = names.map((name) => block.rows.filter((row) => textOf(row[1] ?? null) === name).length);
    const top = votes.indexOf(Math.max(...votes));
    expect(votes.filter((vote) => vote === votes[top]).length).toBe(1);
    expect(top).toBe(figures.longestStage);
  });

  it("a lost case's findings name the stage where the deal was lost", () => {
    const names = stageList(undefined, locale).names;
    const customers = table.text.customer ?? [];
    const block = expandSheet(sheetOf(spec, "diagnosis")).blocks.find((candidate) => candidate.rows.some((row) => textOf(row[2] ?? null) === DEAL_STATUS_WORDS.lost[locale]))!;
    const lost = block.rows.filter((row) => textOf(row[2] ?? null) === DEAL_STATUS_WORDS.lost[locale]);
    expect(lost.length).toBeGreaterThan(0);
    const reasons = table.text.lostReason ?? [];
    lost.forEach((row, index) => {
      const findings = textOf(row[4]).toLowerCase();
      const named = names.map((name, stage) => (findings.includes(name.toLowerCase()) ? stage : -1)).filter((stage) => stage >= 0);
      const reason = SAMPLE_FINDINGS.lost[index].reason;
      // Customers may have several deals: one of them is the case.
      const cases = customers.flatMap((customer, deal) => (customer === textOf(row[1]) && table.status[deal] === STATUS_CODE.lost ? [deal] : []));
      const fits = cases.filter((deal) => named.includes(table.furthest[deal]) && (reason === undefined || reasons[deal] === SAMPLE_LOST_REASONS[reason].name[locale]));
      expect(fits.length, findings).toBeGreaterThan(0);
      expect(dayCounts(findings), findings).toEqual([]);
    });
  });
});

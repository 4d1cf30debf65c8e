/**
 * Every custom function, fed what hosts and users actually hand over — and much that they should not: 2-D
 * ranges, ragged rows, empty ranges, Sheets' bare one-cell values, numbers from -0 to 1e308, NaN and
 * Infinity, text in Chinese, full-width, emoji and formula-like forms, valid and invalid `Date`s, booleans,
 * blanks, error-like objects, nested arrays — and, often, realistic deal logs so that the happy paths run too.
 *
 * Whatever comes in, a cell must get a finite number, an error value with a real message in the caller's
 * language, or a well-formed table (DEFINITIONS §6: "a function never throws a raw exception into a cell").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callFunction, FUNCTIONS } from "../../../core/functions/registry";
import type { CallContext, FunctionSpec, ParamSpec } from "../../../core/functions/types";
import {
  ACTION_WORDS,
  amountColumn,
  BLANKS,
  CUSTOM_STAGES,
  renderStageColumn,
  renderWide,
  spell,
  stageColumn,
  stageColumnModel,
  stageColumnsOnly,
  stageOrderArgument,
  STAGES_EN,
  STAGES_ZH,
  statusColumn,
  STATUS_WORDS,
  utcDateOfDay,
  wideLogModel,
  type ActionStatus,
  type Status,
} from "../../oracle/hostGrids";

type Locale = CallContext["locale"];
const LOCALES: readonly Locale[] = ["zh-CN", "en"];
/** Random argument lists per function; two locales each, so twice as many calls. */
const RUNS_PER_FUNCTION = 10_000;
/** Runs per function of the stricter checks (no catch-all message, same figures in both languages). */
const STRICT_RUNS_PER_FUNCTION = 2_000;

// ---------------------------------------------------------------------------------------------------------
// Cell values

/** Text that would make a message look broken if echoed back is not generated (it would be the user's own). */
const echoesCleanly = (text: string) => !/undefined|NaN|\[object|[{}]/.test(text.normalize("NFKC"));

const numbers: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      0, -0, 1, -1, 0.5, 2, 3, 7, 59, 60, 61, 46027, 46027.75, 2958465, 2958466, 1e308, -1e308, Number.MAX_VALUE,
      Number.MIN_VALUE, Number.EPSILON, 2 ** 53, 2 ** 53 + 2, -(2 ** 31), 1e15, 1e-7, NaN, Infinity, -Infinity,
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 2, arbitrary: fc.double() }, // includes -0, NaN, ±Infinity, subnormals
);

const WORDS = [
  ...STAGES_ZH, ...STAGES_EN, ...CUSTOM_STAGES,
  "线索 商机 成交 赢单 丢单 进行中 未启动 已完成", "赢单", "丢单", "输单", "流失", "进行中", "跟进中", "未启动", "已完成",
  "Closed Won", "closed lost", "Open", "□未启动■进行中□已完成", "□未启动□进行中□已完成", "☑", "◐", "■", "✓", "☐",
  "median", "MEAN", "p90", "min", "max", "count", "90分位", "平均值", "中位数", "mode",
  "Status", "状态", "编号", "金额", "Amount", "Deal ID", "负责人", "Stage", "阶段", "当前阶段", "备注",
  "Ｌｅａｄ", "ＷＯＮ", "１２３", "　成交　", "合计", "Total",
];
const DATE_TEXTS = [
  "2026-01-05", "2026/1/5", "2026年1月5日", " 2026-01-05 ", "２０２６-０１-０５", "2026.1.5", "2026-01-05 09:30",
  "2026-01-05T09:30:00Z", "2026-02-30", "2026-13-01", "1/5/2026", "9999-12-31", "10000-01-01", "0000-01-01",
  "1900-02-29", "1900-01-01", "1899-12-31", "2026年13月1日",
];
const FORMULA_LIKE = [
  "=SUM(A1:A3)", "+1", "-1", "@foo", "=1/0", "-", "+", "=", "@", "=线索", "+成交", "-赢单", "@Won", "#N/A", "#VALUE!", "#DIV/0!",
];
const AMOUNT_TEXTS = ["¥1,200,000", "￥3,000", "$5,000", "12.5万", "1e308", "-0", "15%", "1,2,3", " 42 ", "0x10", "1_000", "٣", "−5"];
const EMOJI = ["😀", "🚀📈", "👍🏽", "🇨🇳", "👨‍👩‍👧", "✅ 成交", "赢单🎉"];

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS, ...DATE_TEXTS, ...FORMULA_LIKE, ...AMOUNT_TEXTS, ...EMOJI) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }).filter(echoesCleanly) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }).filter(echoesCleanly) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }).filter(echoesCleanly) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "   ", "\u3000", "\t", "\n") },
);

const dates: fc.Arbitrary<Date> = fc.oneof(
  fc.integer({ min: 1, max: 2958465 }).map(utcDateOfDay), // Sheets, at UTC midnight
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15) }), // any instant, before 1900 and after 9999 too
  fc.constant(0).map(() => new Date(NaN)),
);

/** What a host passes for a cell that holds an error, and other objects no host should pass. */
const errorLike = fc.constantFrom<unknown>(
  { error: "#N/A" },
  { error: "#VALUE!", message: "upstream" },
  { error: "#REF!" },
  { code: "#DIV/0!" },
  {},
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: numbers },
  { weight: 5, arbitrary: text },
  { weight: 2, arbitrary: dates },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: errorLike },
);

/** A cell: usually a value, sometimes an array where a value should be (a nested range). */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 14, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 2 }), { maxLength: 2 }) },
);

const stageHeaderCell = fc
  .tuple(fc.nat({ max: 5 }), fc.boolean(), fc.nat({ max: 11 }))
  .map(([stage, english, variant]) => spell(english ? STAGES_EN[stage] : STAGES_ZH[stage], variant));

/** Ranges, well-formed or not. */
const randomGrid: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], [[]], [[], []], [[null]], [[""]]) },
  { weight: 2, arbitrary: scalar }, // Sheets passes a one-cell range as the bare value
  { weight: 1, arbitrary: fc.array(cell, { maxLength: 8 }) }, // a flat list
  { weight: 3, arbitrary: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 10 }) }, // ragged rows
  {
    weight: 3,
    arbitrary: fc
      .integer({ min: 1, max: 6 })
      .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 10 })),
  },
  {
    // A header of stage names over anything at all.
    weight: 3,
    arbitrary: fc
      .tuple(fc.array(fc.oneof(stageHeaderCell, text), { minLength: 1, maxLength: 6 }), fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }))
      .map(([header, rows]) => [header, ...rows]),
  },
);

const anyArgument: fc.Arbitrary<unknown> = fc.oneof(scalar, randomGrid);

// ---------------------------------------------------------------------------------------------------------
// Arguments by parameter kind

const STATISTIC_WORDS = ["median", "mean", "p90", "min", "max", "count", "MEDIAN", " P90 ", "中位数", "平均值", "90分位", "最大值", "计数", "ｍｅａｎ", "average", "mode", "p95"];

const numericText = fc.oneof(
  numbers.map((value) => String(value)),
  fc.integer({ min: -100, max: 200 }).map((value) => `${value}%`),
  fc.constantFrom("1,200", " 42 ", "１２", "3.5", "-0", "1e308", "1e309", "abc", "", "%", "12%%"),
);

function argumentOf(param: ParamSpec): fc.Arbitrary<unknown> {
  const oneCell = (values: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 6, arbitrary: values }, { weight: 1, arbitrary: values.map((value) => [[value]]) }, { weight: 1, arbitrary: values.map((value) => [value]) });
  let specific: fc.Arbitrary<unknown>;
  switch (param.kind) {
    case "range":
      specific = randomGrid;
      break;
    case "stage":
      specific = oneCell(fc.oneof(fc.integer({ min: -2, max: 9 }), stageHeaderCell, fc.constantFrom<unknown>(...CUSTOM_STAGES, 1.5, "2", NaN)));
      break;
    case "number":
      specific = oneCell(fc.oneof(numbers, numericText));
      break;
    case "count":
      specific = oneCell(fc.oneof(fc.integer({ min: -3, max: 500 }), numbers, numericText));
      break;
    case "statistic":
      specific = oneCell(fc.constantFrom(...STATISTIC_WORDS));
      break;
  }
  return fc.oneof({ weight: 4, arbitrary: specific }, { weight: 1, arbitrary: anyArgument });
}

/** Random arguments for a function: mostly one per parameter (optional ones null or left out), else too few or too many. */
function randomArguments(spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  const count = spec.params.length;
  return fc
    .tuple(fc.tuple(...spec.params.map(argumentOf)), fc.nat({ max: 9 }), fc.nat({ max: count }), fc.boolean(), anyArgument)
    .map(([args, arity, dropped, nullOptional, extra]) => {
      const list: unknown[] = [...args];
      spec.params.forEach((param, index) => {
        if (param.optional && nullOptional) list[index] = null; // Excel passes an omitted argument as null
      });
      if (arity === 0) return list.slice(0, count - dropped); // too few
      if (arity === 1) return [...list, extra]; // too many
      return list;
    });
}

// ---------------------------------------------------------------------------------------------------------
// Realistic arguments: deal logs with stage headers, status and amount columns beside them

const statusWords = fc
  .tuple(fc.constantFrom<Status>("open", "won", "lost"), fc.nat({ max: 9 }), fc.nat({ max: 11 }))
  .map(([status, word, variant]) => spell(STATUS_WORDS[status][word % STATUS_WORDS[status].length], variant));

const actionWords = fc
  .tuple(fc.constantFrom<ActionStatus>("notStarted", "inProgress", "done"), fc.nat({ max: 9 }))
  .map(([status, word]) => ACTION_WORDS[status][word % ACTION_WORDS[status].length]);

const wideSheets = fc.tuple(wideLogModel({ maxDeals: 12 }), fc.nat()).map(([model, pick]) => {
  const log = renderWide(model);
  const stageCount = model.stages.length;
  const column = (stage: number) => log.map((row) => [row[stageColumn(model, stage)]]);
  const stageArg = (position: number, form: number) => {
    const stage = model.stages[position % stageCount];
    const name = model.custom ? CUSTOM_STAGES[stage] : form % 2 === 0 ? STAGES_EN[stage] : STAGES_ZH[stage];
    return form % 3 === 0 ? (position % stageCount) + 1 : spell(name, form);
  };
  // The other ranges of the sheet, built only for the functions that read them.
  return {
    log,
    order: model.custom ? [stageOrderArgument(model)] : [],
    stageDates: () => stageColumnsOnly(model, log),
    first: () => column(pick % stageCount),
    last: () => column(stageCount - 1),
    statuses: () => statusColumn(model),
    amounts: () => amountColumn(model),
    stageArg,
  };
});

const oneColumnSheets = fc
  .tuple(stageColumnModel({ maxDeals: 12 }), fc.array(statusWords, { minLength: 1, maxLength: 4 }), fc.nat())
  .map(([model, words, pick]) => {
    const log = renderStageColumn(model);
    const universe = model.custom ? CUSTOM_STAGES : pick % 2 === 0 ? STAGES_EN : STAGES_ZH;
    return {
      log,
      order: model.custom ? [stageOrderArgument(model)] : [],
      statuses: () => log.map((_, row) => [row === 0 && model.header !== null ? "Status" : words[row % words.length]]),
      stageArg: (position: number, form: number) =>
        form % 3 === 0 ? (position % universe.length) + 1 : spell(universe[position % universe.length], form),
    };
  });

const statistic = fc.option(fc.constantFrom(...STATISTIC_WORDS.slice(0, 12)), { nil: undefined });

const REALISTIC: Readonly<Record<string, fc.Arbitrary<unknown[]>>> = {
  STAGE_CONVERSION: fc.tuple(fc.oneof(wideSheets, oneColumnSheets), fc.nat(), fc.nat()).map(([sheet, a, b]) => [
    sheet.log,
    sheet.stageArg(a % 3, a >> 2),
    sheet.stageArg((a % 3) + 1 + (b % 4), b >> 3),
    ...sheet.order,
  ]),
  FUNNEL: fc.oneof(wideSheets, oneColumnSheets).map((sheet) => [sheet.log, ...sheet.order]),
  CYCLE_TIME: fc.tuple(wideSheets, statistic).map(([sheet, stat]) => [sheet.first(), sheet.last(), stat]),
  TIME_IN_STAGE: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.tuple(wideSheets, fc.nat(), statistic).map(([sheet, stage, stat]) => [sheet.stageDates(), sheet.stageArg(stage, stage >> 2), stat]),
    },
    // A team's own stage names as the header, no stage_order: the header is the stage list (names may repeat).
    fc
      .tuple(
        fc.array(fc.tuple(fc.nat({ max: CUSTOM_STAGES.length - 1 }), fc.nat({ max: 11 })), { minLength: 2, maxLength: 5 }),
        fc.array(fc.array(fc.integer({ min: 46000, max: 46100 }), { minLength: 5, maxLength: 5 }), { maxLength: 6 }),
        fc.nat(),
        statistic,
      )
      .map(([names, rows, stage, stat]) => [
        [names.map(([name, variant]) => spell(CUSTOM_STAGES[name], variant)), ...rows.map((row) => row.slice(0, names.length).sort())],
        spell(CUSTOM_STAGES[names[stage % names.length][0]], stage),
        stat,
      ]),
  ),
  WIN_RATE: fc.oneof(wideSheets, oneColumnSheets).map((sheet) => [sheet.statuses()]),
  LOSS_POINTS: fc.oneof(wideSheets, oneColumnSheets).map((sheet) => [sheet.log, sheet.statuses(), ...sheet.order]),
  PIPELINE_VELOCITY: wideSheets.map((sheet) => [sheet.statuses(), sheet.amounts(), sheet.first(), sheet.last()]),
  AVERAGE_WON_AMOUNT: wideSheets.map((sheet) => [sheet.statuses(), sheet.amounts()]),
  OPEN_PIPELINE_AMOUNT: wideSheets.map((sheet) => [sheet.statuses(), sheet.amounts()]),
  // By a field word, a header the log may lack, or a column number (any column, a stage date's included).
  FUNNEL_BY: fc.tuple(wideSheets, fc.constantFrom<unknown>("owner", "team", "线索来源", 1, 2, 3)).map(([sheet, by]) => [sheet.log, by, ...sheet.order]),
  WIN_RATE_BY: fc.tuple(wideSheets, fc.constantFrom<unknown>("owner", "source", "Region", 1, 2, 3)).map(([sheet, by]) => [sheet.log, by, ...sheet.order]),
  STATUS_ROLLUP: fc
    .array(fc.tuple(fc.oneof(actionWords, fc.constantFrom(...BLANKS)), fc.constantFrom("王", "李", "Ann", "华东", "", " 华东 ")), { maxLength: 30 })
    .chain((items) =>
      fc.constantFrom<unknown[]>(
        [[["状态"], ...items.map(([status]) => [status])], [["负责人"], ...items.map(([, group]) => [group])]],
        [[["状态"], ...items.map(([status]) => [status])]],
        [items.map(([status]) => status)],
      ),
    ),
  GOAL_PROGRESS: fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 150 })),
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map((values) => values.map((value) => `${value}%`)),
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map((values) => values.map((value) => [[value]])),
  ),
  PILOT_LIFT: fc
    .tuple(fc.nat({ max: 500 }), fc.nat({ max: 500 }), fc.nat({ max: 500 }), fc.nat({ max: 500 }))
    .map(([a, b, c, d]) => [Math.min(a, b), Math.max(a, b), Math.min(c, d), Math.max(c, d)]),
};

const hugeNumbers = fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 1e300, 2 ** 53, 2 ** 64);

/** A realistic argument list with a few cells replaced by anything at all (often a huge number). */
function sprinkled(realistic: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(realistic, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.oneof(cell, hugeNumbers)), { minLength: 1, maxLength: 3 }))
    .map(([args, edits]) => {
      const copy = args.map((arg) => (Array.isArray(arg) ? arg.map((row) => (Array.isArray(row) ? [...row] : row)) : arg));
      for (const [argIndex, rowIndex, columnIndex, value] of edits) {
        const target = copy[argIndex % copy.length];
        if (!Array.isArray(target) || target.length === 0) {
          copy[argIndex % copy.length] = value;
          continue;
        }
        const row = target[rowIndex % target.length];
        if (Array.isArray(row) && row.length > 0) row[columnIndex % row.length] = value;
        else target[rowIndex % target.length] = value;
      }
      return copy;
    });
}

function argumentLists(spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  const realistic = REALISTIC[spec.name];
  return fc.oneof(
    { weight: 4, arbitrary: realistic },
    { weight: 2, arbitrary: sprinkled(realistic) },
    { weight: 4, arbitrary: randomArguments(spec) },
  );
}

const timeZones = fc.constantFrom<string | undefined>(undefined, "UTC", "Asia/Shanghai", "America/New_York", "Asia/Kolkata");

function contextOf(locale: Locale, timeZone: string | undefined): CallContext {
  return timeZone === undefined ? { locale } : { locale, timeZone };
}

// ---------------------------------------------------------------------------------------------------------
// What a cell may show

const ERROR_CODES = new Set(["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"]);
const CJK = /[\u3400-\u9fff]/;

function isErrorShaped(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Why an error value is not fit for a cell, or null. */
function errorProblem(value: Record<string, unknown>, locale: Locale): string | null {
  const { error, message } = value;
  if (typeof error !== "string" || !ERROR_CODES.has(error)) return `unknown error code ${JSON.stringify(error)}`;
  if (typeof message !== "string" || message.trim() === "") return `${error} without a message`;
  if (/undefined|NaN|\[object/.test(message)) return `${error} message shows a programming value: ${message}`;
  if (/\{\w+\}/.test(message)) return `${error} message has an unfilled placeholder: ${message}`;
  if (locale === "zh-CN" && !CJK.test(message)) return `${error} message is not in Chinese: ${message}`;
  return null;
}

/** Why a result is not fit for a cell, or null. */
function resultProblem(result: unknown, locale: Locale): string | null {
  if (typeof result === "number") return Number.isFinite(result) ? null : `a non-finite number ${result}`;
  if (Array.isArray(result)) {
    if (result.length === 0 || !result.every((row) => Array.isArray(row))) return "a table that is not rows of cells";
    const header = result[0] as unknown[];
    if (header.length === 0) return "a table with an empty header row";
    if (!header.every((label) => typeof label === "string" && label.trim() !== "")) return `header cells that are not labels: ${JSON.stringify(header)}`;
    for (const row of result as unknown[][]) {
      if (row.length !== header.length) return `a row of ${row.length} cells under a header of ${header.length}`;
      for (const value of row) {
        if (typeof value === "string") continue;
        if (typeof value === "number") {
          if (!Number.isFinite(value)) return `a non-finite number ${value} in a table`;
          continue;
        }
        if (isErrorShaped(value)) {
          const problem = errorProblem(value, locale);
          if (problem !== null) return `in a table: ${problem}`;
          continue;
        }
        return `a table cell ${String(value)}`;
      }
    }
    return null;
  }
  if (isErrorShaped(result)) return errorProblem(result, locale);
  return `a result of type ${typeof result}: ${String(result)}`;
}

/** The figures of a result with its words left out: equal across languages. */
function figuresOf(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(figuresOf);
  if (isErrorShaped(result)) return { error: result.error };
  return typeof result === "string" ? "§" : result;
}

const CATCH_ALL = /^(The calculation failed|计算出错)/;

// ---------------------------------------------------------------------------------------------------------

/** Calls as a host does; why the answer is not fit for a cell, or null. */
function callProblem(name: string, args: unknown[], locale: Locale, timeZone: string | undefined): { result?: unknown; problem: string | null } {
  let result: unknown;
  try {
    result = callFunction(name, args, contextOf(locale, timeZone));
  } catch (thrown) {
    return { problem: `threw ${String(thrown)}` };
  }
  return { result, problem: resultProblem(result, locale) };
}

// Plain checks rather than expect() inside the properties: 200,000 calls would spend more time in assertion
// objects than in the functions. fast-check reports the thrown message with the shrunk counterexample.
describe.each(FUNCTIONS.map((spec) => [spec.name, spec] as const))("%s under fuzzing", (_name, spec) => {
  const lists = argumentLists(spec);

  it(`answers ${RUNS_PER_FUNCTION.toLocaleString("en-US")} random argument lists with a number, an error value or a table, in both languages`, () => {
    const kinds = { number: 0, error: 0, table: 0 };
    fc.assert(
      fc.property(lists, timeZones, (args, timeZone) => {
        for (const locale of LOCALES) {
          const { result, problem } = callProblem(spec.name, args, locale, timeZone);
          if (problem !== null) throw new Error(`${spec.name} in ${locale}: ${problem}`);
          if (locale === "en") kinds[typeof result === "number" ? "number" : Array.isArray(result) ? "table" : "error"]++;
        }
      }),
      { numRuns: RUNS_PER_FUNCTION },
    );
    // The happy path ran too: a fair share of the calls gave a figure, not an error.
    expect(kinds[spec.result] / RUNS_PER_FUNCTION, JSON.stringify(kinds)).toBeGreaterThan(0.15);
  });

  it("never answers with the catch-all 'calculation failed' message, and gives the same figures in both languages", () => {
    fc.assert(
      fc.property(lists, timeZones, (args, timeZone) => {
        const [zh, en] = LOCALES.map((locale) => callFunction(spec.name, args, contextOf(locale, timeZone)));
        for (const result of [zh, en]) {
          if (isErrorShaped(result) && CATCH_ALL.test(String(result.message))) throw new Error(`the catch-all answered: ${String(result.message)}`);
        }
        const [zhFigures, enFigures] = [JSON.stringify(figuresOf(zh)), JSON.stringify(figuresOf(en))];
        if (zhFigures !== enFigures) throw new Error(`zh-CN ${zhFigures} but en ${enFigures}`);
      }),
      { numRuns: STRICT_RUNS_PER_FUNCTION },
    );
  });
});

import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callFunction, DEFAULT_STAGES, FUNCTIONS, type FunctionResult, type Locale, type OutputCell } from "../../core/index";
import { sampleDeals, sampleGrid } from "../../core/sample/index";
import { buildAddinInto, commandEvent, FakeCustomFunctionsError, loadRuntime, type LoadedRuntime } from "./excelRuntime";

// The built dist/taskpane.js, loaded in node:vm with a fake CustomFunctions, answers every SALES.* function
// exactly as the core registry does (Excel passes ranges as 2-D arrays, dates as serials, omitted optional
// arguments as null, and an invocation object last), in the user's language, and never throws into a cell.

type Cell = unknown;
type Grid = Cell[][];

/** One call of a function, with the arguments a user would give (shorter than the parameter list = omitted). */
interface Case {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** The sample deal log as Excel hands it over (dates as serials), and the calls made on it. */
function sampleCases(locale: Locale): Case[] {
  const deals = sampleDeals({ count: 240, seed: 11, locale });
  const { grid } = sampleGrid(deals, { locale, dates: "serial", badRows: 4 }) as { grid: Grid };
  const stages = DEFAULT_STAGES.map((stage) => stage[locale]);
  const header = grid[0] as string[];
  const at = (text: string) => header.indexOf(text);
  const first = at(stages[0]);
  const last = at(stages[stages.length - 1]);
  const column = (index: number): Grid => grid.map((row) => [row[index]]);
  const block = (from: number, to: number): Grid => grid.map((row) => row.slice(from, to + 1));
  const statuses = column(last + 2);
  const amounts = column(last + 1);
  const furthestStage = (days: readonly (number | null)[]) => stages[days.reduce((found: number, day, index) => (day === null ? found : index), -1)] ?? "";
  const furthest: Grid = [[locale === "en" ? "Stage" : "阶段"], ...deals.map((deal) => [furthestStage(deal.stageDays)])];
  const stageOrder: Grid = [stages];
  const actions: Grid = [["状态"], ["已完成"], ["进行中"], ["未启动"], ["□未启动■进行中□已完成"], ["Done"], [""], ["☑"]];
  const owners: Grid = [["负责人"], ["王"], ["李"], ["王"], ["李"], ["王"], ["李"], ["王"]];
  return [
    { name: "STAGE_CONVERSION", args: [grid, stages[1], stages[5]] },
    { name: "STAGE_CONVERSION", args: [grid, 2, 4, stageOrder] },
    { name: "STAGE_CONVERSION", args: [furthest, stages[0], stages[3]] },
    { name: "FUNNEL", args: [grid] },
    { name: "FUNNEL", args: [furthest, stageOrder] },
    { name: "FUNNEL", args: [[["阶段"], ["线索"], ["线索"]]] }, // nobody got past the first stage: #DIV/0! cells in the spill
    { name: "CYCLE_TIME", args: [column(first), column(last)] },
    { name: "CYCLE_TIME", args: [column(first), column(last), "p90"] },
    { name: "CYCLE_TIME", args: [column(first), column(last), "平均值"] },
    { name: "TIME_IN_STAGE", args: [block(first, last), stages[2]] },
    { name: "TIME_IN_STAGE", args: [block(first, last), 1, "mean"] },
    { name: "WIN_RATE", args: [statuses] },
    { name: "WIN_RATE", args: [[["进行中"], ["Open"], [""]]] }, // no closed deal: #DIV/0!
    { name: "LOSS_POINTS", args: [grid, statuses] },
    { name: "LOSS_POINTS", args: [block(first, last), statuses, stageOrder] },
    { name: "PIPELINE_VELOCITY", args: [statuses, amounts, column(first), column(last)] },
    { name: "AVERAGE_WON_AMOUNT", args: [statuses, amounts] },
    { name: "AVERAGE_WON_AMOUNT", args: [[["状态"], ["丢单"]], [["金额"], [1]]] }, // no won deal: #DIV/0!
    { name: "OPEN_PIPELINE_AMOUNT", args: [statuses, amounts] },
    { name: "OPEN_PIPELINE_AMOUNT", args: [[["状态"], ["进行中"]], [["金额"], [""]]] }, // an open deal without an amount: #N/A
    { name: "STATUS_ROLLUP", args: [actions] },
    { name: "STATUS_ROLLUP", args: [actions, owners] },
    { name: "GOAL_PROGRESS", args: [45, 30, 38] },
    { name: "GOAL_PROGRESS", args: ["20%", "35%", 0.25] },
    { name: "GOAL_PROGRESS", args: [0, 1e-300, 1e300] }, // overflow: #NUM!
    { name: "GOAL_PROGRESS", args: [45, "soon", 38] }, // #VALUE!
    { name: "PILOT_LIFT", args: [42, 120, 30, 130] },
    { name: "PILOT_LIFT", args: [3, 10, 1, 12] }, // small counts: Fisher's exact test
    { name: "PILOT_LIFT", args: [5, 3, 1, 2] }, // more converted than total: #VALUE!
    { name: "FUNNEL_BY", args: [grid, "source"] },
    { name: "FUNNEL_BY", args: [grid, 5, stageOrder] }, // by column number (Team)
    { name: "WIN_RATE_BY", args: [grid, "owner"] },
    { name: "WIN_RATE_BY", args: [grid, "no such column"] }, // #VALUE! naming the headers
  ];
}

/** The arguments as Excel passes them: every declared parameter (omitted → null), then the invocation. */
function excelArguments(name: string, args: readonly unknown[]): unknown[] {
  const spec = FUNCTIONS.find((candidate) => candidate.name === name)!;
  return [...spec.params.map((_, index) => (index < args.length ? args[index] : null)), { functionName: `SALES.${name}`, address: "Sheet1!Z1" }];
}

function expectErrorLike(actual: unknown, expected: { error: string; message: string }, where: string): void {
  expect(actual, where).toBeInstanceOf(FakeCustomFunctionsError);
  expect((actual as FakeCustomFunctionsError).code, where).toBe(expected.error);
  expect((actual as FakeCustomFunctionsError).message, where).toBe(expected.message);
}

/** Excel's answer matches the core's: the same numbers and text, error values as CustomFunctions.Error. */
function expectSameAsCore(actual: unknown, expected: FunctionResult, where: string): void {
  if (typeof expected === "number") {
    expect(actual, where).toBe(expected);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), where).toBe(true);
    const table = actual as unknown[][];
    expect(table.map((row) => row.length), where).toEqual(expected.map((row) => row.length));
    expected.forEach((row, r) =>
      row.forEach((cell: OutputCell, c) => {
        const at = `${where} [${r}][${c}]`;
        if (typeof cell === "object") expectErrorLike(table[r][c], cell, at);
        else expect(table[r][c], at).toBe(cell);
      }),
    );
  } else {
    expectErrorLike(actual, expected, where);
  }
}

const RUNTIMES: readonly { displayLanguage: string; locale: Locale }[] = [
  { displayLanguage: "zh-CN", locale: "zh-CN" },
  { displayLanguage: "en-US", locale: "en" },
];

let outDir = "";
const loaded = new Map<string, LoadedRuntime>();

beforeAll(async () => {
  outDir = await buildAddinInto();
  for (const { displayLanguage } of RUNTIMES) loaded.set(displayLanguage, await loadRuntime(join(outDir, "taskpane.js"), displayLanguage));
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("the built functions bundle in a fake Excel runtime", () => {
  it("associates every registry function once, by its name, and the two ribbon actions", () => {
    for (const runtime of loaded.values()) {
      expect([...runtime.functions.keys()]).toEqual(FUNCTIONS.map((spec) => spec.name));
      expect([...runtime.actions.keys()].sort()).toEqual(["generateTemplate", "showHelp"]);
      expect(runtime.readyCalls).toBe(1);
    }
  });

  for (const { displayLanguage, locale } of RUNTIMES) {
    it(`answers every function exactly as the core does on the sample data (${displayLanguage})`, () => {
      const runtime = loaded.get(displayLanguage)!;
      const cases = sampleCases(locale);
      expect(new Set(cases.map((one) => one.name))).toEqual(new Set(FUNCTIONS.map((spec) => spec.name)));
      const codes = new Set<string>();
      for (const { name, args } of cases) {
        const where = `${displayLanguage} ${name}(${args.length} args)`;
        const expected = callFunction(name, args, { locale });
        const actual = runtime.functions.get(name)!(...excelArguments(name, args));
        expectSameAsCore(actual, expected, where);
        const cells = Array.isArray(actual) ? actual.flat() : [actual];
        for (const cell of cells) if (cell instanceof FakeCustomFunctionsError) codes.add(cell.code);
      }
      // The cases reach four of Excel's error codes (#N/A: OPEN_PIPELINE_AMOUNT with open deals but no amount).
      expect([...codes].sort()).toEqual(["#DIV/0!", "#N/A", "#NUM!", "#VALUE!"]);
    });

    it(`gives the sample data's figures, not errors (${displayLanguage})`, () => {
      const runtime = loaded.get(displayLanguage)!;
      const [conversion, , , funnel] = sampleCases(locale);
      const rate = runtime.functions.get(conversion.name)!(...excelArguments(conversion.name, conversion.args));
      expect(typeof rate).toBe("number");
      expect(rate as number).toBeGreaterThan(0);
      expect(rate as number).toBeLessThan(1);
      const table = runtime.functions.get(funnel.name)!(...excelArguments(funnel.name, funnel.args)) as unknown[][];
      expect(table).toHaveLength(DEFAULT_STAGES.length + 1);
      expect(table[0][0]).toBe(locale === "en" ? "Stage" : "阶段");
      expect(table.slice(1).every((row) => typeof row[1] === "number")).toBe(true);
    });
  }

  it("writes error messages in Office's display language", () => {
    const [zh, en] = RUNTIMES.map(({ displayLanguage }) => loaded.get(displayLanguage)!.functions.get("WIN_RATE")!);
    const onlyOpen = [[["进行中"], ["Open"]], null];
    const zhError = zh(...onlyOpen) as FakeCustomFunctionsError;
    const enError = en(...onlyOpen) as FakeCustomFunctionsError;
    expect([zhError.code, enError.code]).toEqual(["#DIV/0!", "#DIV/0!"]);
    expect(zhError.message).toMatch(/[\u4e00-\u9fff]/);
    expect(enError.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("answers bad ranges and values with error values, never exceptions", () => {
    const bad: unknown[] = [undefined, null, "", "   ", "text", 0, -1, 1.5, Number.NaN, Infinity, true, [], [[]], [[null]], [[1, 2], [3]], [["a"], ["b", "c"]], {}, [[{}]], [[[1]]]];
    for (const { displayLanguage, locale } of RUNTIMES) {
      const runtime = loaded.get(displayLanguage)!;
      const valid = new Map(sampleCases(locale).map((one) => [one.name, one.args]));
      for (const spec of FUNCTIONS) {
        const fn = runtime.functions.get(spec.name)!;
        // No arguments at all: what the core answers (#VALUE! for a missing value, #DIV/0! for an empty range…).
        expectSameAsCore(fn(...excelArguments(spec.name, [])), callFunction(spec.name, [], { locale }), `${spec.name}()`);
        spec.params.forEach((param, index) => {
          for (const value of bad) {
            const args = [...valid.get(spec.name)!];
            args[index] = value;
            const where = `${displayLanguage} ${spec.name} ${param.name}=${JSON.stringify(value)}`;
            let actual: unknown;
            expect(() => (actual = fn(...excelArguments(spec.name, args))), where).not.toThrow();
            expectSameAsCore(actual, callFunction(spec.name, args, { locale }), where);
          }
        });
      }
    }
  });

  it("names what it expected when a range has neither deal-log shape", () => {
    const funnel = loaded.get("en-US")!.functions.get("FUNNEL")!;
    for (const range of [[[]], [[1, 2], [3]], [["x", "y"], [1, 2]]]) {
      const answer = funnel(range, null, { functionName: "SALES.FUNNEL" }) as FakeCustomFunctionsError;
      expect(answer).toBeInstanceOf(FakeCustomFunctionsError);
      expect(answer.code).toBe("#VALUE!");
      expect(answer.message).toMatch(/expected one column of stage names/);
    }
  });

  it("opens the help page in the user's language from the ribbon, and completes the event", () => {
    for (const { displayLanguage, locale } of RUNTIMES) {
      const runtime = loaded.get(displayLanguage)!;
      const event = commandEvent();
      runtime.actions.get("showHelp")!(event);
      expect(runtime.dialogs.at(-1)?.url).toBe(`https://localhost:3000/help.${locale}.html`);
      expect(event.completions).toBe(1);
    }
  });

  it("ships no eval or new Function (so a strict script-src stays possible once real Excel shows what Office.js needs)", () => {
    const bundle = readFileSync(join(outDir, "taskpane.js"), "utf8");
    expect(bundle).not.toMatch(/\beval\(|new Function\(|\bFunction\(["'`]/);
  });
});

/**
 * The custom functions as a user sees them, checked against figures counted by hand from a model of the deal
 * log (test/oracle/hostGrids.ts): brute force over the model, never core code. The registry's own hand-worked
 * cases are in registry.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callFunction } from "../../../core/functions/registry";
import type { CallContext, CellError, FunctionResult } from "../../../core/functions/types";
import {
  ACTION_WORDS,
  amountColumn,
  BLANKS,
  bruteReached,
  bruteReachedOfColumn,
  columnOf,
  countedDeals,
  CUSTOM_STAGES,
  DATE_STYLES,
  furthestStage,
  garbageDate,
  renderDay,
  firstUnknownStageCell,
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
  stageUniverse,
  wideLogModel,
  type ActionStatus,
  type DateStyle,
  type ModelDeal,
  type StageColumnModel,
  type Status,
  type WideLogModel,
} from "../../oracle/hostGrids";

type Locale = CallContext["locale"];
type Grid = unknown[][];

const LOCALES = fc.constantFrom<Locale>("zh-CN", "en");
/** The generated `Date` cells are UTC midnight, as Sheets passes them for a spreadsheet in UTC. */
const contextFor = (locale: Locale, timeZone = "UTC"): CallContext => ({ locale, timeZone });
const STATISTICS = ["median", "mean", "p90", "min", "max", "count"] as const;
type Statistic = (typeof STATISTICS)[number];

// ---------------------------------------------------------------------------------------------------------
// Independent figures

function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "error" in value && "message" in value;
}

function expectError(result: unknown, code: CellError["error"]): void {
  expect(isCellError(result), `expected ${code}, got ${JSON.stringify(result)}`).toBe(true);
  expect((result as CellError).error).toBe(code);
}

/** Excel's PERCENTILE.INC from its definition: rank h = (n − 1)·p, linear between the neighbours of ⌊h⌋. */
function percentileInc(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const below = Math.floor(rank);
  if (below + 1 >= sorted.length) return sorted[below];
  return sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]);
}

function bruteStatistic(values: readonly number[], statistic: Statistic): number | null {
  if (statistic === "count") return values.length;
  if (values.length === 0) return null;
  switch (statistic) {
    case "median":
      return percentileInc(values, 0.5);
    case "p90":
      return percentileInc(values, 0.9);
    case "mean":
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    case "min":
      return values.reduce((low, value) => (value < low ? value : low));
    case "max":
      return values.reduce((high, value) => (value > high ? value : high));
  }
}

/** A figure as the cell should show it: the number (to 1e-9), or `#DIV/0!` when its denominator is empty. */
function expectFigure(result: unknown, expected: number | null): void {
  if (expected === null) return expectError(result, "#DIV/0!");
  expect(typeof result, JSON.stringify(result)).toBe("number");
  expect(Math.abs((result as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

// ---------------------------------------------------------------------------------------------------------
// How arguments are passed

/**
 * A stage argument as a user gives it: its 1-based position, its name in either language and any spelling,
 * or either of those as a 1×1 range (Excel passes a one-cell range as [[value]]).
 */
function stageReference(custom: boolean, stage: number, position: number, pick: number): unknown {
  const english = pick % 2 === 0;
  const name = spell(custom ? CUSTOM_STAGES[stage] : english ? STAGES_EN[stage] : STAGES_ZH[stage], pick >> 1);
  switch ((pick >> 4) % 4) {
    case 0:
      return position + 1;
    case 1:
      return name;
    case 2:
      return [[name]];
    default:
      return [[position + 1]];
  }
}

/** The trailing `stage_order` argument: the custom list, or for the default list omitted, null (Excel) or undefined. */
function orderArguments(model: { custom: boolean; orderForm: number }, pick: number): unknown[] {
  if (model.custom) return [stageOrderArgument(model)];
  return [[], [null], [undefined]][pick % 3];
}

/** A pair from < to most of the time, any pair otherwise, over `count` stages. */
function stagePair(count: number, a: number, b: number): [number, number] {
  if (a % 5 === 0 || count < 2) return [a % count, b % count];
  const from = a % (count - 1);
  return [from, from + 1 + (b % (count - 1 - from))];
}

function permuteDataRows<T>(grid: readonly T[], order: readonly number[], headerRows: number): T[] {
  return [...grid.slice(0, headerRows), ...order.map((index) => grid[headerRows + index])];
}

/** A wide log model with a permutation of its data rows. */
const wideLogWithPermutation = wideLogModel().chain((model) =>
  fc.tuple(
    fc.constant(model),
    fc.shuffledSubarray(
      model.deals.map((_, index) => index),
      { minLength: model.deals.length, maxLength: model.deals.length },
    ),
  ),
);

/**
 * Every function that reads a deal log, called as a sheet would call it on one wide log and the status and
 * amount columns beside it.
 */
function callsOnWideLog(
  model: WideLogModel,
  sheet: { log: Grid; statuses: Grid; amounts: Grid },
  context: CallContext,
  pick: number,
): Record<string, FunctionResult> {
  const stageCount = model.stages.length;
  const firstStage = columnOf(sheet.log, stageColumn(model, 0));
  const lastStage = columnOf(sheet.log, stageColumn(model, stageCount - 1));
  const order = orderArguments(model, pick);
  const statistic = STATISTICS[pick % STATISTICS.length];
  const [from, to] = stagePair(stageCount, pick, pick >> 3);
  return {
    STAGE_CONVERSION: callFunction("STAGE_CONVERSION", [sheet.log, from + 1, to + 1, ...order], context),
    FUNNEL: callFunction("FUNNEL", [sheet.log, ...order], context),
    TIME_IN_STAGE: callFunction("TIME_IN_STAGE", [stageColumnsOnly(model, sheet.log), 1 + (pick % stageCount), statistic], context),
    CYCLE_TIME: callFunction("CYCLE_TIME", [firstStage, lastStage, statistic], context),
    WIN_RATE: callFunction("WIN_RATE", [sheet.statuses], context),
    LOSS_POINTS: callFunction("LOSS_POINTS", [sheet.log, sheet.statuses, ...order], context),
    PIPELINE_VELOCITY: callFunction("PIPELINE_VELOCITY", [sheet.statuses, sheet.amounts, firstStage, lastStage], context),
  };
}

function sheetOf(model: WideLogModel, dateStyleOf?: (row: number, stage: number) => DateStyle) {
  return { log: renderWide(model, dateStyleOf), statuses: statusColumn(model), amounts: amountColumn(model) };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------

describe("STAGE_CONVERSION(a → b) = reached(b) / reached(a), counted by hand", () => {
  function expectConversion(result: FunctionResult, reached: readonly number[], from: number, to: number): void {
    if (from >= to) return expectError(result, "#VALUE!");
    expectFigure(result, reached[from] === 0 ? null : reached[to] / reached[from]);
    if (reached[from] > 0) expect(result).toBe(reached[to] / reached[from]); // exactly, as a spreadsheet divides
  }

  it("on wide logs (default or team stage list, any column order, bad and blank rows)", () => {
    fc.assert(
      fc.property(wideLogModel(), fc.nat(), fc.nat(), fc.nat(), LOCALES, (model, a, b, pick, locale) => {
        const stageCount = model.stages.length;
        const [from, to] = stagePair(stageCount, a, b);
        const args = [
          renderWide(model),
          stageReference(model.custom, model.stages[from], from, pick),
          stageReference(model.custom, model.stages[to], to, pick >> 6),
          ...orderArguments(model, pick),
        ];
        expectConversion(callFunction("STAGE_CONVERSION", args, contextFor(locale)), bruteReached(model.deals, stageCount), from, to);
      }),
      { numRuns: 600 },
    );
  });

  it("on one-column logs (a deal reached S when its stage is S or later)", () => {
    fc.assert(
      fc.property(stageColumnModel(), fc.nat(), fc.nat(), fc.nat(), LOCALES, (model, a, b, pick, locale) => {
        const universe = model.custom ? CUSTOM_STAGES.length : STAGES_ZH.length;
        const [from, to] = stagePair(universe, a, b);
        const grid = renderStageColumn(model);
        const args = [
          grid,
          stageReference(model.custom, from, from, pick),
          stageReference(model.custom, to, to, pick >> 6),
          ...orderArguments(model, pick),
        ];
        const result = callFunction("STAGE_CONVERSION", args, contextFor(locale));
        // An empty range is neither shape of DEFINITIONS §2.
        if (grid.length === 0) expect(isCellError(result), JSON.stringify(result)).toBe(true);
        else expectConversion(result, bruteReachedOfColumn(model), from, to);
      }),
      { numRuns: 600 },
    );
  });

  it("refuses a one-column log holding a cell that is no stage, naming that cell, in every function that reads one", () => {
    fc.assert(
      fc.property(stageColumnModel({ unknown: true }), fc.nat(), LOCALES, (model, pick, locale) => {
        const grid = renderStageColumn(model);
        const unknown = firstUnknownStageCell(model);
        const statuses = grid.map(() => ["赢单"]);
        const universe = model.custom ? CUSTOM_STAGES.length : STAGES_ZH.length;
        const calls = [
          callFunction("STAGE_CONVERSION", [grid, 1, universe, ...orderArguments(model, pick)], contextFor(locale)),
          callFunction("FUNNEL", [grid, ...orderArguments(model, pick)], contextFor(locale)),
          callFunction("LOSS_POINTS", [grid, statuses, ...orderArguments(model, pick)], contextFor(locale)),
        ];
        for (const result of calls) {
          if (unknown === undefined) {
            // Without such a cell nothing is refused for it (an empty range is refused as no shape at all).
            if (isCellError(result)) expect(result.message, JSON.stringify(result)).not.toMatch(/not a stage name|不是阶段名称/);
            continue;
          }
          expectError(result, "#VALUE!");
          const { message } = result as CellError;
          expect(message).toContain(locale === "en" ? `cell ${unknown.row},` : `第 ${unknown.row} 个单元格`);
          expect(message).toContain(String(unknown.value).trim());
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("FUNNEL", () => {
  function funnelRows(result: FunctionResult, stageCount: number): unknown[][] {
    expect(Array.isArray(result), JSON.stringify(result)).toBe(true);
    const table = result as unknown[][];
    expect(table.length).toBe(stageCount + 1);
    return table.slice(1);
  }

  /** DEFINITIONS §4 funnel invariants, and every figure against the hand count. */
  function expectFunnel(rows: unknown[][], reached: readonly number[], counted: number, names: readonly string[]): void {
    const reachedColumn = rows.map((row) => row[1] as number);
    expect(rows.map((row) => row[0])).toEqual(names);
    expect(reachedColumn[0]).toBe(counted);
    reachedColumn.forEach((value, index) => {
      if (index > 0) expect(value).toBeLessThanOrEqual(reachedColumn[index - 1]);
    });
    expect(reachedColumn).toEqual(reached);
    rows.forEach((row, index) => {
      const conversions = index === 0 ? [row[3]] : [row[2], row[3]];
      for (const conversion of conversions) {
        if (isCellError(conversion)) expect(conversion.error).toBe("#DIV/0!");
        else {
          expect(conversion).toBeGreaterThanOrEqual(0);
          expect(conversion).toBeLessThanOrEqual(1);
        }
      }
      if (index === 0) expect(row[2]).toBe("");
      else expectFigure(row[2], reached[index - 1] === 0 ? null : reached[index] / reached[index - 1]);
      expectFigure(row[3], reached[0] === 0 ? null : reached[index] / reached[0]);
      expect(row[4]).toBe(index === rows.length - 1 ? "" : reached[index] - reached[index + 1]);
    });
  }

  it("on wide logs: Reached never rises, conversions lie in [0, 1], the first Reached counts the rows read", () => {
    fc.assert(
      fc.property(wideLogModel(), fc.nat(), LOCALES, (model, pick, locale) => {
        const stageCount = model.stages.length;
        const result = callFunction("FUNNEL", [renderWide(model), ...orderArguments(model, pick)], contextFor(locale));
        const names = model.stageHeaders.map((header) => header.trim());
        expectFunnel(funnelRows(result, stageCount), bruteReached(model.deals, stageCount), countedDeals(model.deals).length, names);
      }),
      { numRuns: 600 },
    );
  });

  it("on one-column logs, with the stage list in the caller's language", () => {
    fc.assert(
      fc.property(stageColumnModel(), fc.nat(), LOCALES, (model, pick, locale) => {
        const grid = renderStageColumn(model);
        fc.pre(grid.length > 0);
        const result = callFunction("FUNNEL", [grid, ...orderArguments(model, pick)], contextFor(locale));
        const reached = bruteReachedOfColumn(model);
        const counted = model.cells.filter((cell) => cell.stage !== null).length;
        expectFunnel(funnelRows(result, reached.length), reached, counted, stageUniverse(model.custom, locale === "en"));
      }),
      { numRuns: 600 },
    );
  });

  it("STAGE_CONVERSION(S_i → S_i+1) equals FUNNEL's step conversion, on both shapes", () => {
    const logs = fc.oneof(
      wideLogModel().map((model) => ({ grid: renderWide(model), stageCount: model.stages.length, order: model })),
      stageColumnModel().map((model: StageColumnModel) => ({
        grid: renderStageColumn(model),
        stageCount: model.custom ? CUSTOM_STAGES.length : STAGES_ZH.length,
        order: model,
      })),
    );
    fc.assert(
      fc.property(logs, fc.nat(), LOCALES, ({ grid, stageCount, order }, pick, locale) => {
        fc.pre(grid.length > 0);
        const context = contextFor(locale);
        const orderArgs = orderArguments(order, pick);
        const rows = funnelRows(callFunction("FUNNEL", [grid, ...orderArgs], context), stageCount);
        for (let stage = 1; stage < stageCount; stage++) {
          const step = callFunction("STAGE_CONVERSION", [grid, stage, stage + 1, ...orderArgs], context);
          if (isCellError(step)) expectError(rows[stage][2], step.error);
          else expect(rows[stage][2]).toBe(step);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("permuting the data rows (header kept first) changes no function's result", () => {
  it("on wide logs with their status and amount columns", () => {
    fc.assert(
      fc.property(wideLogWithPermutation, fc.nat(), LOCALES, ([model, order], pick, locale) => {
        const sheet = sheetOf(model);
        const shuffled = {
          log: permuteDataRows(sheet.log, order, 1),
          statuses: permuteDataRows(sheet.statuses, order, 1),
          amounts: permuteDataRows(sheet.amounts, order, 1),
        };
        const context = contextFor(locale);
        expect(callsOnWideLog(model, shuffled, context, pick)).toEqual(callsOnWideLog(model, sheet, context, pick));
      }),
      { numRuns: 400 },
    );
  });

  it("on one-column logs with a status column", () => {
    const withStatuses = stageColumnModel().chain((model) =>
      fc.tuple(
        fc.constant(model),
        fc.array(fc.tuple(fc.constantFrom<Status>("open", "won", "lost"), fc.nat({ max: 9 })), {
          minLength: model.cells.length,
          maxLength: model.cells.length,
        }),
        fc.shuffledSubarray(
          model.cells.map((_, index) => index),
          { minLength: model.cells.length, maxLength: model.cells.length },
        ),
      ),
    );
    fc.assert(
      fc.property(withStatuses, fc.nat(), LOCALES, ([model, statuses, order], pick, locale) => {
        const headerRows = model.header === null ? 0 : 1;
        const grid = renderStageColumn(model);
        fc.pre(grid.length > 0);
        const statusCells = statuses.map(([status, word]) => [STATUS_WORDS[status][word % STATUS_WORDS[status].length]]);
        const statusGrid = headerRows === 1 ? [["Status"], ...statusCells] : statusCells;
        const context = contextFor(locale);
        const orderArgs = orderArguments(model, pick);
        const [from, to] = stagePair(model.custom ? CUSTOM_STAGES.length : STAGES_ZH.length, pick, pick >> 3);
        const calls = (stages: Grid, statusRange: Grid) => [
          callFunction("STAGE_CONVERSION", [stages, from + 1, to + 1, ...orderArgs], context),
          callFunction("FUNNEL", [stages, ...orderArgs], context),
          callFunction("LOSS_POINTS", [stages, statusRange, ...orderArgs], context),
          callFunction("WIN_RATE", [statusRange], context),
        ];
        const shuffled = calls(permuteDataRows(grid, order, headerRows), permuteDataRows(statusGrid, order, headerRows));
        expect(shuffled).toEqual(calls(grid, statusGrid));
      }),
      { numRuns: 400 },
    );
  });

  it("STATUS_ROLLUP: the same groups with the same counts (groups are listed in order of first appearance)", () => {
    const items = fc.array(
      fc.tuple(
        fc.oneof(
          fc.tuple(fc.constantFrom<ActionStatus>("notStarted", "inProgress", "done"), fc.nat({ max: 9 })).map(
            ([status, word]) => ACTION_WORDS[status][word % ACTION_WORDS[status].length] as unknown,
          ),
          fc.constantFrom(...BLANKS),
        ),
        fc.constantFrom("王", "李", "Ann", "华东", ""),
      ),
      { maxLength: 30 },
    );
    const withOrder = items.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list.map((_, index) => index), { minLength: list.length, maxLength: list.length })),
    );
    const sortedRows = (result: FunctionResult) => {
      expect(Array.isArray(result), JSON.stringify(result)).toBe(true);
      const table = result as unknown[][];
      const middle = table.slice(1, -1).map((row) => JSON.stringify(row)).sort();
      return [table[0], middle, table[table.length - 1]];
    };
    fc.assert(
      fc.property(withOrder, fc.boolean(), LOCALES, ([list, order], grouped, locale) => {
        const statuses = [["状态"], ...list.map(([status]) => [status])];
        const groups = [["负责人"], ...list.map(([, group]) => [group])];
        const call = (statusGrid: Grid, groupGrid: Grid) =>
          sortedRows(callFunction("STATUS_ROLLUP", grouped ? [statusGrid, groupGrid] : [statusGrid], contextFor(locale)));
        expect(call(permuteDataRows(statuses, order, 1), permuteDataRows(groups, order, 1))).toEqual(call(statuses, groups));
      }),
      { numRuns: 400 },
    );
  });
});

describe("inputs are never written to", () => {
  it("every function accepts deep-frozen arguments and leaves them as they were", () => {
    const argumentLists = fc
      .tuple(wideLogModel({ maxDeals: 12 }), fc.nat(), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
      .map(([model, pick, number]): [string, unknown[]][] => {
        const sheet = sheetOf(model);
        const first = columnOf(sheet.log, stageColumn(model, 0));
        const last = columnOf(sheet.log, stageColumn(model, model.stages.length - 1));
        const order = orderArguments(model, pick);
        return [
          ["STAGE_CONVERSION", [sheet.log, [[1]], stageReference(model.custom, model.stages.at(-1)!, model.stages.length - 1, pick), ...order]],
          ["FUNNEL", [sheet.log, ...order]],
          ["CYCLE_TIME", [first, last, [["p90"]]]],
          ["TIME_IN_STAGE", [stageColumnsOnly(model, sheet.log), 1, "mean"]],
          ["WIN_RATE", [sheet.statuses]],
          ["LOSS_POINTS", [sheet.log, sheet.statuses, ...order]],
          ["PIPELINE_VELOCITY", [sheet.statuses, sheet.amounts, first, last]],
          ["STATUS_ROLLUP", [[["状态"], ["□未启动■进行中□已完成"], ["Done"], [garbageDate(pick)]], [["组"], ["A"], [new Date(Date.UTC(2026, 0, 5))], [""]]]],
          ["GOAL_PROGRESS", [[[number]], { value: number }, [String(number)]]],
          ["PILOT_LIFT", [[[pick % 50]], [pick % 50, 50], `${50 + (pick % 7)}`, [[new Date(NaN)]]]],
        ];
      });
    fc.assert(
      fc.property(argumentLists, LOCALES, (calls, locale) => {
        for (const [name, args] of calls) {
          const before = structuredClone(args);
          deepFreeze(args);
          expect(() => callFunction(name, args, contextFor(locale)), name).not.toThrow();
          expect(args, name).toEqual(before);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("CYCLE_TIME", () => {
  type CellModel = { day: number | null; value: unknown };
  const dateCell = (day: number, style: DateStyle): CellModel => ({ day, value: renderDay(day, style) });
  const pairs = fc.array(
    fc
      .record({
        start: fc.integer({ min: 45000, max: 47000 }),
        length: fc.integer({ min: -10, max: 120 }),
        startKind: fc.nat({ max: 9 }),
        endKind: fc.nat({ max: 9 }),
        startStyle: fc.constantFrom(...DATE_STYLES),
        endStyle: fc.constantFrom(...DATE_STYLES),
        pick: fc.nat({ max: 99 }),
      })
      .map(({ start, length, startKind, endKind, startStyle, endStyle, pick }): [CellModel, CellModel] => {
        const cell = (kind: number, day: number, style: DateStyle): CellModel =>
          kind === 0 ? { day: null, value: BLANKS[pick % BLANKS.length] } : kind === 1 ? { day: null, value: garbageDate(pick) } : dateCell(day, style);
        return [cell(startKind, start, startStyle), cell(endKind, start + length, endStyle)];
      }),
    { maxLength: 40 },
  );
  const statisticWords: Record<Statistic, readonly unknown[]> = {
    median: ["median", "MEDIAN", "中位数", [["median"]]],
    mean: ["mean", " Mean ", "平均值", "average"],
    p90: ["p90", "P90", "90分位", [["ｐ９０"]]],
    min: ["min", "最小值"],
    max: ["max", "最大"],
    count: ["count", "计数"],
  };

  it("median, mean and p90 lie between min and max; p90 and the median are PERCENTILE.INC; only ordered pairs count", () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), fc.nat({ max: 2 }), fc.nat(), LOCALES, (list, withHeader, form, pick, locale) => {
        const starts = [...(withHeader ? [["线索"]] : []), ...list.map(([start]) => [start.value])];
        const ends = [...(withHeader ? [["成交"]] : []), ...list.map(([, end]) => [end.value])];
        // Ranges as columns, as rows, or a column against a row: the function pairs cells in reading order.
        const [startArg, endArg] = form === 0 ? [starts, ends] : form === 1 ? [[starts.flat()], [ends.flat()]] : [starts, [ends.flat()]];
        const durations = list.flatMap(([start, end]) =>
          start.day !== null && end.day !== null && end.day >= start.day ? [end.day - start.day] : [],
        );
        const context = contextFor(locale);
        const figure = (statistic: Statistic) => {
          const words = statisticWords[statistic];
          return callFunction("CYCLE_TIME", [startArg, endArg, words[pick % words.length]], context);
        };
        const results = Object.fromEntries(STATISTICS.map((statistic) => [statistic, figure(statistic)])) as Record<Statistic, FunctionResult>;
        expect(results.count).toBe(durations.length);
        for (const statistic of STATISTICS) expectFigure(results[statistic], bruteStatistic(durations, statistic));
        expect(callFunction("CYCLE_TIME", [startArg, endArg], context)).toEqual(results.median); // median is the default
        if (durations.length > 0) {
          const [low, high] = [results.min as number, results.max as number];
          for (const statistic of ["median", "mean", "p90"] as const) {
            expect(results[statistic]).toBeGreaterThanOrEqual(low);
            expect(results[statistic]).toBeLessThanOrEqual(high);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("GOAL_PROGRESS", () => {
  /** A number as a user may type it, and the value it stands for. */
  const typed = (value: number, form: number): unknown =>
    [value, [[value]], String(value), `${value * 100}%`, ` ${value} `][form % 5];
  const valueOf = (value: number, form: number) => (form % 5 === 3 ? Number(String(value * 100)) / 100 : value);

  it("is linear in current: 0 at the baseline, 1 at the target, (current − baseline)/(target − baseline) between", () => {
    const goals = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.nat({ max: 3 }))
      .filter(([baseline, target]) => baseline !== target)
      // Whole figures, money, or shares such as win rates (0.15 → 0.25).
      .map(([baseline, target, scale]) => [baseline / 10 ** (scale * 2), target / 10 ** (scale * 2)] as const);
    fc.assert(
      fc.property(goals, fc.double({ min: -3, max: 3, noNaN: true }), fc.nat(), LOCALES, ([baseline, target], share, pick, locale) => {
        const context = contextFor(locale);
        const progress = (current: number, form: number) =>
          callFunction("GOAL_PROGRESS", [typed(baseline, pick), typed(target, pick >> 3), typed(current, form)], context);
        const [b, t] = [valueOf(baseline, pick), valueOf(target, pick >> 3)];
        fc.pre(b !== t);
        expect(progress(b, 0)).toBe(0);
        expect(progress(t, 0)).toBe(1);
        const current = b + share * (t - b);
        const expected = (valueOf(current, pick >> 6) - b) / (t - b);
        expectFigure(progress(current, pick >> 6), expected);
        // Linear: one goal-length below the baseline is −1, two above it is 2 (to the rounding of the inputs).
        const tolerance = 1e-12 * (1 + (Math.abs(b) + Math.abs(t)) / Math.abs(t - b));
        expect(Math.abs((progress(b - (t - b), 0) as number) + 1)).toBeLessThanOrEqual(tolerance);
        expect(Math.abs((progress(b + 2 * (t - b), 0) as number) - 2)).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 1000 },
    );
  });

  it("stays a finite figure at the baseline, the target and between, whatever their magnitude (up to ±1.8e308)", () => {
    const anyMagnitude = fc
      .oneof(fc.double({ min: -Number.MAX_VALUE, max: Number.MAX_VALUE, noNaN: true }), fc.constantFrom(0, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE))
      .filter((value) => value === 0 || Math.abs(value) >= 1e-300); // normal numbers: halving them is exact
    fc.assert(
      fc.property(anyMagnitude, anyMagnitude, LOCALES, (baseline, target, locale) => {
        // Halves never overflow; the goal must be wide enough that its midpoint is representable to 1e-6.
        fc.pre(Math.abs(target / 2 - baseline / 2) > 1e-6 * Math.max(Math.abs(baseline), Math.abs(target)));
        const progress = (current: number) => callFunction("GOAL_PROGRESS", [baseline, target, current], contextFor(locale));
        expect(progress(baseline)).toBe(0);
        expect(progress(target)).toBe(1);
        const midpoint = progress(baseline / 2 + target / 2);
        expect(typeof midpoint, JSON.stringify(midpoint)).toBe("number");
        expect(Math.abs((midpoint as number) - 0.5)).toBeLessThan(1e-6);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("WIN_RATE", () => {
  it("is won / (won + lost) over zh and en words in any spelling, blanks and open deals left out", () => {
    const cells = fc.array(
      fc.oneof(
        fc
          .tuple(fc.constantFrom<Status>("open", "won", "lost"), fc.nat({ max: 9 }), fc.nat({ max: 11 }))
          .map(([status, word, variant]) => ({ status, value: spell(STATUS_WORDS[status][word % STATUS_WORDS[status].length], variant) as unknown })),
        fc.constantFrom(...BLANKS).map((value) => ({ status: "open" as Status, value })),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(
        cells,
        fc.option(fc.constantFrom("Status", "状态", "Deal status", "商机状态"), { nil: null }),
        fc.nat({ max: 2 }),
        LOCALES,
        (list, header, form, locale) => {
          const values = [...(header === null ? [] : [header]), ...list.map((cell) => cell.value)];
          // A column, a row, or (one cell in Sheets) the bare value.
          const arg = form === 0 ? values.map((value) => [value]) : form === 1 ? [values] : values.length === 1 ? values[0] : [values];
          const won = list.filter((cell) => cell.status === "won").length;
          const lost = list.filter((cell) => cell.status === "lost").length;
          expectFigure(callFunction("WIN_RATE", [arg], contextFor(locale)), won + lost === 0 ? null : won / (won + lost));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("dates as serial numbers, Sheets Date objects and text give identical results", () => {
  it("for every function that reads dates", () => {
    const zones = fc.constantFrom<string | undefined>("UTC", "Etc/UTC", undefined);
    fc.assert(
      fc.property(wideLogModel(), fc.nat(), LOCALES, zones, (model, pick, locale, timeZone) => {
        const context: CallContext = timeZone === undefined ? { locale } : { locale, timeZone };
        const serial = callsOnWideLog(model, sheetOf(model, () => "serial"), context, pick);
        for (const style of DATE_STYLES) {
          expect(callsOnWideLog(model, sheetOf(model, () => style), context, pick), style).toEqual(serial);
        }
        expect(callsOnWideLog(model, sheetOf(model), context, pick), "mixed").toEqual(serial);
      }),
      { numRuns: 300 },
    );
  });
});

describe("further figures against the hand count", () => {
  function bruteTimeInStage(deals: readonly ModelDeal[], stage: number): number[] {
    return countedDeals(deals).flatMap((deal) => {
      const entered = deal.days[stage];
      const later = deal.days.slice(stage + 1).filter((day): day is number => day !== null);
      return entered === null || later.length === 0 ? [] : [Math.min(...later) - entered];
    });
  }

  it("TIME_IN_STAGE: earliest later-stage date − the stage's date, over rows read", () => {
    fc.assert(
      fc.property(wideLogModel({ custom: false }), fc.nat(), fc.nat(), LOCALES, (model, stagePick, pick, locale) => {
        const stage = stagePick % model.stages.length;
        const statistic = STATISTICS[pick % STATISTICS.length];
        const stageDates = stageColumnsOnly(model, renderWide(model));
        const result = callFunction(
          "TIME_IN_STAGE",
          [stageDates, stageReference(false, model.stages[stage], stage, pick), statistic],
          contextFor(locale),
        );
        expectFigure(result, bruteStatistic(bruteTimeInStage(model.deals, stage), statistic));
      }),
      { numRuns: 500 },
    );
  });

  it("LOSS_POINTS: lost deals by the furthest stage each reached, every stage but the last, share of those", () => {
    fc.assert(
      fc.property(wideLogModel(), fc.nat(), LOCALES, (model, pick, locale) => {
        const sheet = sheetOf(model);
        const result = callFunction("LOSS_POINTS", [sheet.log, sheet.statuses, ...orderArguments(model, pick)], contextFor(locale));
        expect(Array.isArray(result), JSON.stringify(result)).toBe(true);
        const rows = (result as unknown[][]).slice(1);
        // A lost deal dated in the last stage contradicts itself and is in no row.
        const lostAt = model.stages.slice(0, -1).map(() => 0);
        for (const deal of countedDeals(model.deals)) {
          if (deal.status === "lost" && furthestStage(deal) < model.stages.length - 1) lostAt[furthestStage(deal)]++;
        }
        const allLost = lostAt.reduce((sum, count) => sum + count, 0);
        expect(rows.map((row) => row[1])).toEqual(lostAt);
        rows.forEach((row, index) => expectFigure(row[2], allLost === 0 ? null : lostAt[index] / allLost));
      }),
      { numRuns: 500 },
    );
  });

  it("a ragged range (core/functions/coerce toGrid allows them) reads a row left empty, [], as a blank cell", () => {
    const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");
    const emptied = (grid: Grid) => grid.map((row) => (isBlank(row[0]) ? [] : row));
    fc.assert(
      fc.property(wideLogModel(), fc.nat(), LOCALES, (model, pick, locale) => {
        const sheet = sheetOf(model);
        const context = contextFor(locale);
        const order = orderArguments(model, pick);
        const starts = columnOf(sheet.log, stageColumn(model, 0));
        const ends = columnOf(sheet.log, stageColumn(model, model.stages.length - 1));
        const calls = (statuses: Grid, amounts: Grid, startDates: Grid, endDates: Grid) => ({
          LOSS_POINTS: callFunction("LOSS_POINTS", [sheet.log, statuses, ...order], context),
          CYCLE_TIME: callFunction("CYCLE_TIME", [startDates, endDates, "mean"], context),
          PIPELINE_VELOCITY: callFunction("PIPELINE_VELOCITY", [statuses, amounts, startDates, endDates], context),
          WIN_RATE: callFunction("WIN_RATE", [statuses], context),
        });
        const rectangular = calls(sheet.statuses, sheet.amounts, starts, ends);
        expect(calls(emptied(sheet.statuses), emptied(sheet.amounts), emptied(starts), emptied(ends))).toEqual(rectangular);
      }),
      { numRuns: 300 },
    );
  });
});

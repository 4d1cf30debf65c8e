import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Grid } from "../../core/model/cells";
import { cellText } from "../../core/model/cells";
import type { Locale } from "../../core/model/locale";
import type { DateOrder } from "../../core/model/reading";
import { stageList, type StageList } from "../../core/model/stages";
import { groupTests } from "../../core/metrics/segments";
import { analyzeDeals, parseForReport } from "../../core/report/analyzeDeals";
import { groupByColumn, groupColumnOfGrid } from "../../core/parse/groupColumn";
import { segmentsOfDeals } from "../../core/report/segments";
import { reportSql } from "../../core/sql/reportSql";
import { segmentsOfRows } from "../../core/sql/segmentsOfRows";
import { planTable, type SqlShape } from "../../core/sql/tablePlan";
import { readTable } from "../../cli/readTable";
import { expectSameFigures } from "./compare";
import { duckdbEngine, postgresEngine, type Engine } from "./engines";
import { gridTable, ROW_COLUMN } from "./gridTable";

/**
 * `sql --by`: the grouped query, run in DuckDB and in PostgreSQL (PGlite), gives each group the figures
 * core/report/segments.ts segmentsOfDeals gives (the same groups, names, order, and every per-group figure to 1e-9),
 * and its won/lost counts give the core's win-rate tests the same p-values and flags.
 */
const ENGINES = [
  ["duckdb", duckdbEngine],
  ["postgres", postgresEngine],
] as const;

let tables = 0;

async function agreeBy(
  engine: Engine,
  grid: Grid,
  by: string,
  options: { shape: SqlShape; stages?: StageList; fixedOrder?: boolean; locale?: Locale; dateOrder?: DateOrder; rowOrder?: boolean },
): Promise<number> {
  const locale = options.locale ?? "zh-CN";
  const given = options.stages !== undefined && (options.fixedOrder === true || options.shape === "wide");
  const log = parseForReport(grid, { locale, ...(given ? { stages: options.stages } : {}), ...(options.dateOrder === undefined ? {} : { dateOrder: options.dateOrder }) });
  expect(log, "the core reads the log").toBeDefined();
  const header = grid[0].map((cell) => cellText(cell));
  const column = groupByColumn(header, by)!;
  expect(column, `a column for ${by}`).toBeDefined();
  const core = segmentsOfDeals(log!.deals, groupColumnOfGrid(grid, 1, log!.deals.rows, column), log!.reading);
  const numbered = options.shape === "history" || options.rowOrder !== false;
  const plan = planTable({
    shape: options.shape,
    stages: options.stages ?? stageList(undefined, locale),
    fixedOrder: options.fixedOrder ?? false,
    header: numbered ? [...header, ROW_COLUMN] : header,
    columns: numbered ? { row: ROW_COLUMN } : {},
    locale,
    by,
  });
  expect(plan.groupColumn).toBe(header[column]);
  const { columns, rows } = gridTable(grid, plan, options.dateOrder === "ymd" ? undefined : options.dateOrder);
  const table = `by ${++tables}`;
  await engine.load(table, columns, rows);
  const sql = segmentsOfRows(plan.stages, await engine.segments(reportSql(plan, { dialect: engine.dialect, table: [table] })));
  const byKey = (labels: readonly string[]) => (numbered ? labels : [...labels].sort());
  expect(byKey(sql.map((group) => group.label))).toEqual(byKey(core.groups.map((group) => group.label)));
  for (const group of core.groups) {
    const mine = sql.find((entry) => entry.label === group.label)!;
    expect(mine.blank).toBe(group.blank);
    const { deals, stages, ...figures } = mine.figures;
    expect(deals, `${group.label}: deals`).toBe(group.deals);
    expect(stages).toEqual(log!.deals.stages.names);
    const expected = Object.fromEntries(Object.keys(figures).map((key) => [key, (group.figures as Record<string, unknown>)[key]]));
    expectSameFigures(figures, expected, `group ${JSON.stringify(group.label)}`);
  }
  // The tests stay in the core: fed the SQL's won and lost counts, they flag what the core flags.
  if (log!.deals.hasStatus && numbered) {
    const tests = groupTests(sql.map(({ won, lost }) => ({ won, lost })));
    expectSameFigures(tests, core.groups.map((group) => group.test), "tests");
  }
  return core.groups.length;
}

const EXPORTS = join(process.cwd(), "test", "fixtures", "exports");

describe.each(ENGINES)("SQL --by in %s agrees with segmentsOfDeals", (_, open) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await open();
  }, 60_000);
  afterAll(() => engine.close());

  it.each(["source", "owner", "team", "负责人"])("on zh-segments.csv by %s (title row above the header, blank team cells)", async (by) => {
    const { grid } = await readTable(join(EXPORTS, "zh-segments.csv"));
    expect(await agreeBy(engine, grid, by, { shape: "wide" })).toBeGreaterThan(1);
  }, 60_000);

  it("on zh-segments.csv by source with no row column (groups named and listed by their labels)", async () => {
    const { grid } = await readTable(join(EXPORTS, "zh-segments.csv"));
    await agreeBy(engine, grid, "source", { shape: "wide", rowOrder: false });
  }, 60_000);

  it.each([
    ["own-layout-us-excel.csv", "owner"],
    ["salesforce-wide-report-footer.csv", "owner"],
    ["hubspot-crm-exports-all-deals-2026-03-02.csv", "owner"],
    ["hubspot-reentered-stages-2026-03-02.csv", "Pipeline"],
  ])("on the wide export %s by %s", async (file, by) => {
    const { grid } = await readTable(join(EXPORTS, file));
    await agreeBy(engine, grid, by, { shape: "wide", locale: "en" });
  }, 60_000);

  it.each([
    ["zh-stage-log.csv", "owner"],
    ["Deals__2026_03_02.csv", "Modified By"],
  ])("on the stage history %s by %s (a deal's latest row's cell)", async (file, by) => {
    const { grid } = await readTable(join(EXPORTS, "history", file));
    const found = analyzeDeals(grid, { locale: "en" })!;
    await agreeBy(engine, grid, by, { shape: "history", stages: stageList(found.stages), fixedOrder: true, locale: "en" });
  }, 60_000);

  it("on random wide logs: spellings of one group (Web, ' web', ＷＥＢ, ＷＥ Ｂ), blanks, bad rows, ties", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(wideRow, { minLength: 1, maxLength: 40 }), async (rows) => {
        await agreeBy(engine, [WIDE_HEADER, ...rows], "source", { shape: "wide", locale: "en" });
      }),
      { numRuns: 15 },
    );
  }, 300_000);

  it("on random stage histories by owner (the latest row's owner, re-entries, outcome rows)", async () => {
    await fc.assert(
      fc.asyncProperty(historyRows, async (rows) => {
        const grid = [["Deal ID", "Stage", "Date", "Owner", "Status", "Amount"], ...rows];
        const stages = stageList(["Lead", "Qualified", "Proposal", "Won"]);
        let read;
        try {
          read = analyzeDeals(grid, { locale: "en", stages });
        } catch {
          read = undefined;
        }
        fc.pre(read?.reading?.shape === "history" && read.deals > 0);
        await agreeBy(engine, grid, "owner", { shape: "history", stages, fixedOrder: true, locale: "en" });
      }),
      { numRuns: 15 },
    );
  }, 300_000);
});

const WIDE_HEADER = ["编号", "Lead Source", "线索", "商机", "方案", "成交", "状态", "金额"];
const SOURCES = ["Web", " web ", "ＷＥＢ", "We\u3000b", "展会", "", "  ", "Partner", "İstanbul", "i̇stanbul", "Ⅻ", "xii"];
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

/** A random wide row: dates mostly rising, sometimes blank, sometimes backwards or unreadable (a bad row). */
const wideRow = fc
  .tuple(
    fc.constantFrom(...SOURCES),
    fc.array(fc.option(fc.integer({ min: -3, max: 30 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
    fc.constantFrom("赢单", "丢单", "进行中", "", "Won", "Lost", "maybe"),
    fc.constantFrom(100, 250, "", "1.5万"),
    fc.boolean(),
  )
  .map(([source, steps, status, amount, garbled]): unknown[] => {
    let at = 0;
    const dates = steps.map((step) => {
      if (step === undefined) return "";
      at += step;
      return day(at);
    });
    if (garbled) dates[1] = "2026-13-40";
    return ["D", source, ...dates, status, amount];
  });

/** Random history rows: several per deal, owners that change between a deal's rows, outcome rows, ties. */
const historyRows = fc.array(
  fc
    .record({
      deal: fc.constantFrom("A-1", " A-1 ", "B-2", "C-3", "D-4", "E-5"),
      stage: fc.constantFrom("Lead", "lead", "Qualified", "Proposal", "Won", "Closed Won", "Closed Lost", "输单", "Other", ""),
      day: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null, freq: 12 }),
      owner: fc.constantFrom("Li Wei", "li wei ", "Ｍａｒｉａ", "Maria", "", "Chen"),
      status: fc.constantFrom("", "Won", "Lost", "Open"),
      amount: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
    })
    .map((row): unknown[] => [row.deal, row.stage, row.day === null ? "" : day(row.day), row.owner, row.status, row.amount ?? ""]),
  { minLength: 2, maxLength: 30 },
);

import { extname } from "node:path";
import type { Locale } from "../core/model/locale";
import type { StageList } from "../core/model/stages";
import { stageList } from "../core/model/stages";
import { funnelFromReached } from "../core/metrics/funnel";
import { groupTests, winRateSpread, type GroupTest } from "../core/metrics/segments";
import type { DealFigures, DealReport } from "../core/report/analyzeDeals";
import type { Segments } from "../core/report/segments";
import { figuresOfRows, type SqlFigures } from "../core/sql/figuresOfRows";
import { segmentsOfRows, type SegmentRow } from "../core/sql/segmentsOfRows";
import { reportSql } from "../core/sql/reportSql";
import { quoteIdentifier, quoteLiteral } from "../core/sql/sqlText";
import { planTable, SqlPlanError, type TablePlan } from "../core/sql/tablePlan";
import { byNoColumnLine } from "./byNoColumnLine";
import { cliText } from "./cliText";

/** Why `--engine duckdb` could not answer, worded for the user (exit code 1). */
export class DuckdbEngineFailure extends Error {}

/** The part of @duckdb/node-api this file uses. */
interface DuckdbModule {
  DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckdbConnection>; closeSync(): void }> };
}
interface DuckdbConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  closeSync(): void;
}

/**
 * Loads DuckDB's Node client, a development dependency the product does not ship (a native module of some 60 MB
 * that most users never need): whoever asks for `--engine duckdb` installs it (DECISIONS, Command line).
 */
async function loadDuckdb(): Promise<DuckdbModule> {
  // A name in a variable: the bundler leaves the import to run time.
  const name = "@duckdb/node-api";
  return (await import(name)) as DuckdbModule;
}

const VIEW = "sales_tracker_log";
/** The row number `--by` adds to the file's rows (a group is named as its first row spells it). */
const ROW = "sales_tracker_row";
const DATE_TYPES = /^(DATE|TIMESTAMP)/;
const NUMBER_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/;

/**
 * `analyze FILE --engine duckdb`: the report's figures computed by DuckDB with the emitted SQL (core/sql), reading a
 * CSV (DuckDB's own reader and type detection) or a Parquet file as it streams, so a file far beyond memory is
 * read. The JSON has the core's fields; `problems` is empty — DuckDB does not list bad rows — and
 * `onLeftOut` hears how many rows of a wide file were not counted, so the caller can say so. Stage dates must be
 * columns DuckDB reads as dates (ISO `YYYY-MM-DD`, or Parquet DATE/TIMESTAMP) and the amount a number column;
 * anything else is refused, pointing to `analyze` without `--engine`.
 * @example
 * await analyzeWithDuckdb("deals.parquet", { locale: "en" }) // { deals: 10000000, shape: "wide", … }
 */
export async function analyzeWithDuckdb(
  file: string,
  options: { locale: Locale; stages?: StageList; onLeftOut?: (rows: number) => void; by?: string; onSegments?: (segments: Segments) => void },
  load: () => Promise<DuckdbModule> = loadDuckdb,
): Promise<DealReport> {
  const { locale } = options;
  let duckdb: DuckdbModule;
  try {
    duckdb = await load();
  } catch {
    throw new DuckdbEngineFailure(cliText(locale, "duckdbMissing"));
  }
  const kind = extname(file).toLowerCase();
  const reader = kind === ".parquet" ? "read_parquet" : kind === ".csv" || kind === ".txt" ? "read_csv" : undefined;
  if (reader === undefined) throw new DuckdbEngineFailure(cliText(locale, "duckdbFileType", { detail: kind || file }));
  const instance = await duckdb.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    try {
      await connection.run(`CREATE TEMP VIEW ${quoteIdentifier(VIEW)} AS SELECT * FROM ${reader}(${quoteLiteral(file)})`);
      if (options.by !== undefined) {
        await connection.run(`CREATE TEMP VIEW ${quoteIdentifier(`${VIEW}_rows`)} AS SELECT *, row_number() OVER () AS ${quoteIdentifier(ROW)} FROM ${quoteIdentifier(VIEW)}`);
      }
    } catch (error) {
      throw new DuckdbEngineFailure(cliText(locale, "duckdbRead", { detail: firstLine(error) }));
    }
    const described = (await connection.runAndReadAll(`DESCRIBE ${quoteIdentifier(VIEW)}`)).getRowObjectsJS();
    const types = new Map(described.map((row) => [String(row.column_name), String(row.column_type)]));
    const header = [...types.keys()];
    const plan = planFor(header, options.stages, locale);
    checkTypes(plan, types, locale);
    const by = options.by;
    let grouped: TablePlan | undefined;
    if (by !== undefined) {
      try {
        grouped = planTable({ ...planOptions(plan, options.stages, locale), header: [...header, ROW], columns: { row: ROW }, by });
      } catch (error) {
        if (error instanceof SqlPlanError && error.reason === "byNoColumn") throw new DuckdbEngineFailure(`--by${locale === "zh-CN" ? "：" : ": "}${byNoColumnLine(by, header, options.stages ?? stageList(undefined, locale), locale)}`);
        throw failure(error, locale);
      }
    }
    const sql = reportSql(plan, { dialect: "duckdb", table: [VIEW] });
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS().map((row) => ({
      figure: String(row.figure),
      position: row.position === null ? null : Number(row.position),
      value: row.value === null ? null : Number(row.value),
    }));
    const figures = figuresOfRows(plan.stages, rows);
    if (grouped !== undefined && options.onSegments !== undefined) {
      const segmentRows = (await connection.runAndReadAll(reportSql(grouped, { dialect: "duckdb", table: [`${VIEW}_rows`] }))).getRowObjectsJS().map(
        (row): SegmentRow => ({ grp: Number(row.grp), groupLabel: String(row.group_label), figure: String(row.figure), position: row.position === null ? null : Number(row.position), value: row.value === null ? null : Number(row.value) }),
      );
      options.onSegments(segmentsOf(grouped.groupColumn!, figures, segmentsOfRows(plan.stages, segmentRows)));
    }
    if (plan.shape === "wide" && options.onLeftOut !== undefined) {
      const [count] = (await connection.runAndReadAll(`SELECT COUNT(*) AS n FROM ${quoteIdentifier(VIEW)}`)).getRowObjectsJS();
      const leftOut = Number(count.n) - figures.deals;
      if (leftOut > 0) options.onLeftOut(leftOut);
    }
    const { deals, stages, ...rest } = figures;
    const stageOrder = plan.shape === "wide" ? (header.some((name) => plan.stageColumns.includes(name) && /^\s*date\s+entered/i.test(name)) ? "columns" : undefined) : options.stages === undefined ? "default" : "given";
    return {
      deals,
      shape: plan.shape,
      stages,
      ...rest,
      problems: [],
      reading: { shape: plan.shape, ...(stageOrder === undefined ? {} : { stageOrder: { source: stageOrder } }) },
    } as DealReport;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const UNTESTED: GroupTest = { winRate: null, othersWinRate: null, pValue: null, method: null, pHolm: null, flag: null };

/**
 * The segments of `analyze --by` from the SQL's per-group figures: each group's figures as the SQL gave them, the
 * others' funnel (the whole log's reached less the group's), and the core's tests on the SQL's won/lost counts.
 */
function segmentsOf(header: string, whole: SqlFigures, groups: ReturnType<typeof segmentsOfRows>): Segments {
  const reached = whole.funnel.map((row) => row.reached);
  const tests = whole.winRate === null ? groups.map(() => UNTESTED) : groupTests(groups.map(({ won, lost }) => ({ won, lost })));
  const list = groups.map((group, index) => {
    const { deals, stages, ...figures } = group.figures;
    return {
      label: group.label,
      blank: group.blank,
      deals,
      figures: figures as DealFigures,
      othersFunnel: funnelFromReached(stages, reached.map((all, stage) => all - group.figures.funnel[stage].reached)),
      test: tests[index],
    };
  });
  const blank = new Set(list.flatMap((group, index) => (group.blank ? [index] : [])));
  return { header, groups: list, spread: winRateSpread(list.map((group) => group.figures.winRate), blank) };
}

/** The options a plan was made with, for making it again with `--by`. */
function planOptions(plan: TablePlan, stages: StageList | undefined, locale: Locale) {
  return { shape: plan.shape, stages: stages ?? stageList(undefined, locale), fixedOrder: stages !== undefined, locale };
}

/** A wide plan from the file's columns, else a stage history's. */
function planFor(header: readonly string[], stages: StageList | undefined, locale: Locale): TablePlan {
  const base = { stages: stages ?? stageList(undefined, locale), fixedOrder: stages !== undefined, header, locale };
  try {
    return planTable({ ...base, shape: "wide" });
  } catch (error) {
    if (!(error instanceof SqlPlanError) || error.reason !== "fewStages") throw failure(error, locale);
  }
  try {
    return planTable({ ...base, shape: "history" });
  } catch (error) {
    throw failure(error, locale);
  }
}

function failure(error: unknown, locale: Locale): unknown {
  if (!(error instanceof SqlPlanError)) return error;
  // The plan is made without --by here, so a byNoColumn reason cannot arise; it reads as "no column" all the same.
  const key = ({ fewStages: "sqlFewStages", noColumn: "sqlNoColumn", fromTo: "sqlFromTo", notInHeader: "sqlNotInHeader", stageNoColumn: "sqlStageNoColumn", byNoColumn: "sqlNoColumn" } as const)[error.reason];
  return new DuckdbEngineFailure(cliText(locale, key, { detail: error.detail }));
}

/** Stage dates must be dates to DuckDB, the amount a number: the SQL reads the columns as they are typed. */
function checkTypes(plan: TablePlan, types: ReadonlyMap<string, string>, locale: Locale): void {
  const dates = plan.shape === "wide" ? [...plan.stageColumns, ...(plan.lostColumn === undefined ? [] : [plan.lostColumn])] : [plan.dateColumn];
  for (const column of dates) {
    const type = types.get(column) ?? "";
    if (!DATE_TYPES.test(type)) throw new DuckdbEngineFailure(cliText(locale, "duckdbNotDates", { column, type }));
  }
  if (plan.amountColumn !== undefined) {
    const type = types.get(plan.amountColumn) ?? "";
    if (!NUMBER_TYPES.test(type)) throw new DuckdbEngineFailure(cliText(locale, "duckdbNotNumbers", { column: plan.amountColumn, type }));
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0];
}

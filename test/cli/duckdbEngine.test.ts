import { DuckDBInstance } from "@duckdb/node-api";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeWithDuckdb, DuckdbEngineFailure } from "../../cli/duckdbAnalyze";
import { toCsv } from "../../cli/writeCsv";
import { sampleDeals } from "../../core/sample/sampleDeals";
import { sampleGrid } from "../../core/sample/sampleGrid";
import { expectSameFigures } from "../sql/compare";
import { buildCli, cli } from "./helpers";

const folder = mkdtempSync(join(tmpdir(), "duckdb-engine-"));

/** A sample log as a CSV with ISO dates (DuckDB reads them as DATE), `badRows` of them bad. */
function sampleCsv(locale: "zh-CN" | "en", badRows: number): string {
  const deals = sampleDeals({ count: 3_000, seed: 11, locale });
  const { grid } = sampleGrid(deals, { locale, dates: "text", badRows, seed: 5 });
  const file = join(folder, `sample-${locale}-${badRows}.csv`);
  writeFileSync(file, toCsv(grid));
  return file;
}

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe("analyze --engine duckdb", () => {
  it.each(["zh-CN", "en"] as const)("prints the core's JSON for a clean sample CSV (%s), and for the same log as Parquet", async (locale) => {
    const csv = sampleCsv(locale, 0);
    const core = await cli(["analyze", csv, "--json", "--lang", locale]);
    const duck = await cli(["analyze", csv, "--json", "--lang", locale, "--engine", "duckdb"]);
    expect(duck.stderr).toBe("");
    expect(duck.code).toBe(0);
    expectSameFigures(JSON.parse(duck.stdout), JSON.parse(core.stdout), "json");
    const parquet = csv.replace(/\.csv$/, ".parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    const fromParquet = await cli(["analyze", parquet, "--json", "--lang", locale, "--engine", "duckdb"]);
    expect(fromParquet.code).toBe(0);
    expectSameFigures(JSON.parse(fromParquet.stdout), JSON.parse(core.stdout), "parquet json");
  }, 120_000);

  it("gives the core's figures on a log with bad rows, says how many rows it left out, and lists none", async () => {
    // Two rows made bad in a way a typed column can hold: no stage date at all, and dates going backwards.
    const deals = sampleDeals({ count: 3_000, seed: 11, locale: "en" });
    const { grid } = sampleGrid(deals, { locale: "en", dates: "text" });
    const lead = grid[0].indexOf("Lead");
    for (let stage = 0; stage < 6; stage++) grid[1][lead + stage] = "";
    grid[2][lead] = "2026-12-31";
    grid[2][lead + 1] = "2026-01-01";
    const bad = join(folder, "bad.csv");
    writeFileSync(bad, toCsv(grid));
    const core = JSON.parse((await cli(["analyze", bad, "--json"])).stdout);
    const duck = await cli(["analyze", bad, "--json", "--engine", "duckdb"]);
    expect(duck.code).toBe(0);
    expect(duck.stderr).toContain("2 rows were not counted");
    const report = JSON.parse(duck.stdout);
    expect(new Set(core.problems.map((problem: { row: number }) => problem.row)).size).toBe(2);
    expect(report.problems).toEqual([]);
    expectSameFigures({ ...report, problems: core.problems }, core, "json");
  }, 120_000);

  it("refuses dates DuckDB does not read as dates, and a file type it does not read (exit 1, one line)", async () => {
    const file = join(folder, "slashes.csv");
    writeFileSync(file, "线索,成交,状态\n2026年1月5日,2026年2月4日,赢单\n2026年1月6日,,进行中\n");
    const run = await cli(["analyze", file, "--engine", "duckdb", "--lang", "zh-CN"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("DuckDB 没有把“线索”列读成日期");
    const xlsx = await cli(["analyze", join(folder, "deals.xlsx"), "--engine", "duckdb"]);
    expect(xlsx.code).toBe(1);
    expect(xlsx.stderr).toContain("--engine duckdb reads .csv, .txt and .parquet files");
    const engine = await cli(["analyze", file, "--engine", "spark"]);
    expect(engine.code).toBe(2);
  }, 60_000);

  it.each([
    ["en", "install @duckdb/node-api to use --engine duckdb"],
    ["zh-CN", "请先安装 @duckdb/node-api"],
  ] as const)("says to install @duckdb/node-api when it is missing (%s)", async (locale, words) => {
    const missing = () => Promise.reject(new Error("Cannot find package '@duckdb/node-api'"));
    const failure = await analyzeWithDuckdb("deals.csv", { locale }, missing).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DuckdbEngineFailure);
    expect((failure as Error).message).toContain(words);
  });
});

describe("analyze --engine duckdb --by", () => {
  it("prints the core's segments (per-group figures from the SQL, tests and spread from the core) for a sample CSV", async () => {
    const csv = sampleCsv("en", 0);
    const core = await cli(["analyze", csv, "--json", "--by", "source"]);
    const duck = await cli(["analyze", csv, "--json", "--by", "source", "--engine", "duckdb"]);
    expect(duck.stderr).toBe("");
    expect(duck.code).toBe(0);
    const expected = JSON.parse(core.stdout) as { segments: { groups: unknown[] } };
    expect(expected.segments.groups.length).toBeGreaterThan(1);
    expectSameFigures((JSON.parse(duck.stdout) as { segments: unknown }).segments, expected.segments, "segments");
  }, 120_000);

  it("stops with one line naming the headers when --by names no column", async () => {
    const run = await cli(["analyze", sampleCsv("en", 0), "--by", "Colour", "--engine", "duckdb"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no column "Colour"');
  }, 60_000);
});

/**
 * `analyze --by X`, `analyze --engine duckdb --by X` and `sql --by X` word a missing column with one function,
 * cli/byNoColumnLine.ts: `analyze --by` had its own copy of the same logic (groupable headers, at most 30 listed,
 * "…" after them), which would drift the first time one of them changed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, cli, tempDir } from "./helpers";

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe("one wording of a --by column the file lacks", () => {
  it("analyze's own --by builds no line of its own: it calls byNoColumnLine", () => {
    const main = readFileSync(join(process.cwd(), "cli", "main.ts"), "utf8");
    expect(main).toMatch(/\bbyNoColumnLine\(/);
    expect(main).not.toMatch(/["']byNoColumn["']/);
    expect(main).not.toMatch(/["']byNoGroupColumn["']/);
    expect(main).not.toMatch(/\bgroupableHeaders\(/);
  });

  // 35 columns of words ("Note 1" … "Note 35") beside two stage dates and a status: the line lists the first 30
  // (counted by hand: Note 1 … Note 30) and ends in "…", in analyze and in sql alike.
  it("a wide file: analyze and sql list the same first 30 groupable headers, then …", async () => {
    const notes = Array.from({ length: 35 }, (_, i) => `Note ${i + 1}`);
    const header = ["Lead", "Won", ...notes, "Status"].join(",");
    const csv = join(tempDir(), "wide.csv");
    writeFileSync(csv, `${header}\n2026-01-05,2026-02-04,${notes.map(() => "x").join(",")},Won\n`);
    const listed = `${Array.from({ length: 30 }, (_, i) => `Note ${i + 1}`).join(", ")}, …`;
    const expected = `--by: no column "source" in the file (use source, owner, team, region, industry, or a header: ${listed})`;
    const analyze = await cli(["analyze", csv, "--stages", "Lead,Won", "--by", "source"]);
    expect(analyze.code).toBe(1);
    expect(analyze.stderr.trim()).toBe(`sales-tracker: ${expected}`);
    const sql = await cli(["sql", "--stages", "Lead,Won", "--columns", header, "--by", "source"]);
    expect(sql.code).toBe(1);
    expect(sql.stderr.trim()).toBe(`sales-tracker: ${expected}`);
  }, 60_000);
});

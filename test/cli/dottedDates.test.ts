import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { buildCli, cli, tempDir } from "./helpers";

// A wide log as a German CRM exports it (dates with dots, every day at most 12 so each reads both ways), and the
// same log with slashes. Dots are day first (DEFINITIONS §3): the first runs without --date-order and says why;
// the second still stops and asks.
//
// By hand: D-1 Lead 05.03.2024 (5 March), Won 10.04.2024 (10 April): cycle 26 days left of March + 10 = 36.
// D-2 Lead 1.2.24 (1 February 2024), open.
function write(name: string, body: string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, body);
  return file;
}

describe("analyze: dates written with dots", () => {
  let dotted: string;
  let slashed: string;
  beforeAll(async () => {
    await buildCli();
    dotted = write("dotted.csv", "Lead,Won,Status,Amount\n05.03.2024,10.04.2024,Won,1000\n1.2.24,,Open,500\n");
    slashed = write("slashed.csv", "Lead,Won,Status,Amount\n05/03/2024,10/04/2024,Won,1000\n1/2/24,,Open,500\n");
  }, 120_000);

  it("reads them day first with no --date-order, and says so in the reading notes", async () => {
    const { code, stdout, stderr } = await cli(["analyze", dotted, "--stages", "Lead,Won", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    expect(report.deals).toBe(2);
    expect(report.problems).toEqual([]);
    expect(report.cycleTimeDays).toMatchObject({ median: 36, n: 1 });
    expect(report.reading?.dateOrders).toEqual([
      { column: "Lead", order: "dmy", source: "dots" },
      { column: "Won", order: "dmy", source: "dots" },
    ]);
    const en = await cli(["analyze", dotted, "--stages", "Lead,Won"]);
    expect(en.stdout).toContain('Dates of "Lead", "Won" read day-first (D/M/Y): dates written with dots read day first\n');
    const zh = await cli(["analyze", dotted, "--stages", "Lead,Won", "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("“Lead”、“Won”列的日期按日/月/年读取：用点分隔的日期按日在前读取\n");
  }, 60_000);

  it("still stops on slashes and asks for --date-order; --date-order mdy still wins over dots", async () => {
    const stopped = await cli(["analyze", slashed, "--stages", "Lead,Won"]);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/add --date-order mdy or dmy/);
    // Month first: D-1 Lead 3 May 2024, Won 4 October 2024: 28 + 30 + 31 + 31 + 30 + 4 = 154 days.
    const given = await cli(["analyze", dotted, "--stages", "Lead,Won", "--json", "--date-order", "mdy"]);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(given.stdout));
    expect(report.cycleTimeDays).toMatchObject({ median: 154, n: 1 });
    expect(report.reading?.dateOrders?.[0]).toEqual({ column: "Lead", order: "mdy", source: "option" });
  }, 60_000);
});

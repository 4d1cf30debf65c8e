import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../cli/xlsx/readWorkbook";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { SheetBuilder, day, num, text } from "../../core/template/sheetBuilder";
import type { WorkbookSpec } from "../../core/template/types";
import { dayFromCivil } from "../../core/parse/dates";
import { buildTemplate } from "../../core/template/buildTemplate";
import { readValues, valueAt } from "../libreoffice/readBack";
import { buildCli, cli, tempDir } from "./helpers";
import { FIXTURE_LOG, fixtureLogSpec } from "./specFixtures";

beforeAll(async () => {
  await buildCli();
});

/** The serial of the first day of the month 11 months before `now`'s month, as the calendar of `timeZone` has it. */
function monthsBack(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric" }).formatToParts(now);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  return Math.round((Date.UTC(part("year"), part("month") - 1 - 11, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

async function writeSpec(spec: WorkbookSpec, name: string): Promise<string> {
  const file = join(tempDir(), name);
  writeFileSync(file, await workbookToXlsx(spec));
  return file;
}

describe("sales-tracker analyze FILE.xlsx", () => {
  it("prints the same JSON as for the equivalent CSV", async () => {
    const xlsx = await writeSpec(fixtureLogSpec(), "deals.xlsx");
    for (const lang of ["en", "zh-CN"]) {
      const fromCsv = await cli(["analyze", "test/fixtures/deals-utf8-bom.csv", "--json", "--lang", lang]);
      const fromXlsx = await cli(["analyze", xlsx, "--json", "--lang", lang]);
      expect(fromXlsx.code).toBe(0);
      expect(JSON.parse(fromXlsx.stdout)).toEqual(JSON.parse(fromCsv.stdout));
    }
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse((await cli(["analyze", xlsx, "--json"])).stdout));
    expect(report.deals).toBe(5);
    expect(report.cycleTimeDays).toEqual({ median: 30, mean: 30, p90: 30.8, n: 2 });
  });

  it("finds the deal log on the third sheet below a title, with problems on real sheet rows", async () => {
    const guide = new SheetBuilder("guide", "Guide").put("A1", [[text("How to use")], [text("Lead → Opportunity → Won")]]).build();
    const stages = new SheetBuilder("stages", "阶段")
      .put("A1", [
        [text("#"), text("阶段"), text("输出")],
        // The workbook's own stage list (DEFINITIONS §1); its rows also name stages, yet it is no deal log.
        [num(1), text("线索"), text("商机")],
        [num(2), text("商机"), text("方案")],
        [num(3), text("方案"), text("成交")],
        [num(4), text("成交"), null],
      ])
      .build();
    const deals = new SheetBuilder("deals", "交易")
      .put("A1", [[text("2026 交易记录")]])
      .put("A3", [
        ...FIXTURE_LOG,
        [text("D6"), text("倒序"), day(46054), day(46023)], // 商机 before 线索: row 9, column D
        [text("D7"), text("看不懂"), text("soon")], // row 10, column C
      ])
      .build();
    const file = await writeSpec({ locale: "zh-CN", sheets: [guide, stages, deals], names: [] }, "workbook.xlsx");

    const { code, stdout } = await cli(["analyze", file, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(DEAL_REPORT_SCHEMA.parse(report).problems.map((problem) => [problem.row, problem.column])).toEqual([
      [9, "D"],
      [10, "C"],
    ]);
    // The other figures are those of the clean log.
    const clean = JSON.parse((await cli(["analyze", "test/fixtures/deals-utf8-bom.csv", "--json"])).stdout);
    expect({ ...report, problems: [] }).toEqual({ ...clean, problems: [] });

    const readable = await cli(["analyze", file, "--lang", "en"]);
    expect(readable.stdout.split("\n")[0]).toBe(`Sales process diagnosis — ${file} › 交易`);
  });

  it("fails with one line when the workbook cannot be read or holds no deal log", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.xlsx"), "this is not a zip");
    const broken = await cli(["analyze", join(dir, "broken.xlsx")]);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim().split("\n")).toHaveLength(1);
    expect(broken.stderr).toMatch(/damaged or is not an \.xlsx workbook/);
    expect(broken.stderr).not.toMatch(/https?:|zip/i); // the zip library's own English text stays out

    const notes = await writeSpec({ locale: "en", sheets: [new SheetBuilder("guide", "Notes").put("A1", [[text("a"), text("b")]]).build()], names: [] }, "notes.xlsx");
    const notLog = await cli(["analyze", notes]);
    expect(notLog.code).toBe(1);
    expect(notLog.stderr.trim().split("\n")).toHaveLength(1);
    expect(notLog.stderr).toMatch(/no deal log found/);

    const missing = await cli(["analyze", join(dir, "missing.xlsx")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("sales-tracker template", () => {
  it("writes an .xlsx workbook and says where", async () => {
    const out = join(tempDir(), "sub", "template.xlsx");
    const { code, stdout } = await cli(["template", "--lang", "en", "--out", out]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`Wrote the tracking template: ${out}`);
    const sheets = await readWorkbook(out);
    expect(sheets.length).toBeGreaterThan(0);
  });

  it("fixes the Reviews months from the process's local day (TZ): the first is the month 11 months before", async () => {
    // The CLI runs on a fixed clock, 2031-03-31 23:30 UTC: 2031-04-01 in Kiritimati (UTC+14), 2031-03-31 in
    // Etc/GMT+12 (UTC−12). Each zone's month, read from that same clock, gives its own twelve months.
    const fixedNow = Date.UTC(2031, 2, 31, 23, 30);
    const clock = { NODE_OPTIONS: `--require ${join(process.cwd(), "test", "cli", "fixedClock.cjs")}`, FIXED_NOW: String(fixedNow) };
    const reviews = buildTemplate({ locale: "en" }).sheets.find((sheet) => sheet.key === "reviews")!.name;
    for (const [zone, first] of [["Pacific/Kiritimati", dayFromCivil(2030, 5, 1)], ["Etc/GMT+12", dayFromCivil(2030, 4, 1)]] as const) {
      const out = join(tempDir(), "template.xlsx");
      const { code, stderr } = await cli(["template", "--lang", "en", "--out", out], { ...clock, TZ: zone });
      expect(code, stderr).toBe(0);
      const firstMonth = valueAt(await readValues(out), reviews, "A5");
      expect(firstMonth, zone).toBe(monthsBack(new Date(fixedNow), zone));
      expect(firstMonth, zone).toBe(first);
    }
  });

  it("refuses to overwrite an existing file unless --force", async () => {
    const out = join(tempDir(), "mine.xlsx");
    writeFileSync(out, "keep me");
    const refused = await cli(["template", "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/exists.*--force/);
    expect(readFileSync(out, "utf8")).toBe("keep me");

    const zh = await cli(["template", "--out", out], { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain("文件已存在");

    const forced = await cli(["template", "--lang", "zh-CN", "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("已生成跟踪模板");
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("never writes through a symbolic link, even with --force", async () => {
    const dir = tempDir();
    const victim = join(dir, "precious.txt");
    writeFileSync(victim, "precious");
    const out = join(dir, "link.xlsx");
    symlinkSync(victim, out);
    const refused = await cli(["template", "--out", out, "--force"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`sales-tracker: ${out}: this is a symbolic link: not written through, even with --force`);
    expect(readFileSync(victim, "utf8")).toBe("precious");
  });

  it("needs --out ending in .xlsx", async () => {
    const noOut = await cli(["template"]);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toMatch(/--out FILE\.xlsx/);
    const csv = await cli(["template", "--out", join(tempDir(), "t.csv")]);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toMatch(/\.xlsx/);
  });
});

describe("a workbook's own stage list", () => {
  it("is read from its Stages sheet when no --stages is given", async () => {
    const stages = new SheetBuilder("stages", "Stages")
      .put("A1", [[text("#"), text("Stage")], [num(1), text("Discovery")], [num(2), text("Demo")], [num(3), text("Signed")]])
      .build();
    const deals = new SheetBuilder("deals", "Deals")
      .put("A1", [
        [text("Deal ID"), text("Discovery"), text("Demo"), text("Signed"), text("Status")],
        [text("D1"), day(46027), day(46030), day(46041), text("Won")],
        [text("D2"), day(46028), null, null, text("Lost")],
      ])
      .build();
    const file = await writeSpec({ locale: "en", sheets: [stages, deals], names: [] }, "own-stages.xlsx");
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse((await cli(["analyze", file, "--json"])).stdout));
    // Worked by hand: D1 reached all three stages, D2 only Discovery; D1's cycle 46041 − 46027 = 14 days.
    expect(report.funnel.map((row) => [row.stage, row.reached])).toEqual([["Discovery", 2], ["Demo", 1], ["Signed", 1]]);
    expect(report.cycleTimeDays.median).toBe(14);
  });
});

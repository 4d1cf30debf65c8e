/**
 * `template --deals FILE`, recalculated by LibreOffice: its Dashboard equals `analyze FILE --json` (the same CLI,
 * the same file) to 1e-9, for a hand-kept tracker, a HubSpot export, a Salesforce Opportunity History and a log
 * with bad rows, which are written below the deals as they came, as text, and left out of every figure.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { STATUS_CODE } from "../../core/model/dealTable";
import { stageList } from "../../core/model/stages";
import { summarize } from "../../core/metrics/statistics";
import { a1 } from "../../core/template/a1";
import { templateLayout } from "../../core/template/layout";
import { readLogFile } from "../../cli/readLogFile";
import { buildCli, cli, tempDir } from "../cli/helpers";
import { recalculate, sofficeAvailable } from "./recalc";
import { expectKeyFigures } from "./keyFigures";
import { expectSame, readValues, valueAt, type SheetValues } from "./readBack";

const EXPORTS = "test/fixtures/exports";

/**
 * A wide log with five readable deals and five rows that cannot be read, their bad cells shaped like formulas
 * (`=`, `+`, `-`, `@`) so that only text handling keeps them as they came. Worked by hand (stages Lead, Demo,
 * Proposal, Won; 2026-01-05 is day 46027):
 * - D1 won (Lead 01-05, Demo 01-09, Proposal 01-20, Won 02-01), D2 lost at Demo, D3 open at Proposal, D4 won
 *   (Lead 01-10 … Won 03-01), D5 open at Lead with an amount that cannot be read (kept, amount left out);
 * - rows 7–11 are left out: an unreadable date `=1+1`, `+soon`, `-later`, `@home`, and Demo dated before Lead.
 */
const BAD_ROWS_LOG = [
  "Deal ID,Customer,Owner,Lead,Demo,Proposal,Won,Amount,Status,Lost reason",
  "D1,Acme,Ann,2026-01-05,2026-01-09,2026-01-20,2026-02-01,1200,Won,",
  "D2,Birch,Bo,2026-01-06,2026-01-12,,,500,Lost,Budget",
  "D3,Cedar,Cy,2026-01-07,2026-01-15,2026-01-28,,800,Open,",
  "D4,Dune,Ann,2026-01-10,2026-01-19,2026-02-02,2026-03-01,2000,Won,",
  "D5,Elm,Bo,2026-01-11,,,,about 3k,Open,",
  'D6,Fir,Cy,"=1+1",2026-01-12,,,100,Open,',
  "D7,Gum,Ann,+soon,,,,100,Open,",
  "D8,Hazel,Bo,2026-01-08,-later,,,100,Open,",
  "D9,Ivy,Cy,@home,,,,100,Open,",
  "D10,Juniper,Ann,2026-01-20,2026-01-13,,,100,Lost,Price",
].join("\n");

interface Case {
  readonly label: string;
  readonly file: string;
  readonly args?: readonly string[];
  /** The rows the core leaves out, as written below the deals. */
  readonly unread?: number;
  readonly lang?: "zh-CN" | "en";
}

const available = sofficeAvailable();
const dir = tempDir();
const CASES: readonly Case[] = [
  { label: "a hand-kept tracker (US Excel, month-first dates)", file: `${EXPORTS}/own-layout-us-excel.csv` },
  { label: "a HubSpot deals export", file: `${EXPORTS}/hubspot-crm-exports-all-deals-2026-03-02.csv` },
  { label: "a Salesforce Opportunity History", file: `${EXPORTS}/history/opportunity-history-en_US.csv` },
  { label: "a log with bad rows", file: join(dir, "bad-rows.csv"), args: ["--stages", "Lead,Demo,Proposal,Won"], unread: 5 },
  { label: "a log with bad rows, in Chinese", file: join(dir, "bad-rows.csv"), args: ["--stages", "Lead,Demo,Proposal,Won"], unread: 5, lang: "zh-CN" },
];

interface Result {
  readonly report: {
    deals: number;
    stages: string[];
    funnel: { stage: string; reached: number; stepConversion: number | null; overallConversion: number; dropOff: number | null }[];
    winRate: number | null;
    cycleTimeDays: { median: number | null; mean: number | null; p90: number | null; n: number };
    timeInStageDays: Record<string, { median: number | null; mean: number | null; n: number }>;
    lossPoints: { stage: string; lost: number; share: number | null }[];
    pipelineVelocity: number | null;
    problems: { row: number }[];
  };
  readonly values: SheetValues;
  readonly openDeals: number;
  readonly meanWonAmount: number | null;
}

const results = new Map<string, Result>();

beforeAll(async () => {
  if (!available) return;
  writeFileSync(join(dir, "bad-rows.csv"), BAD_ROWS_LOG);
  await buildCli();
  const files: string[] = [];
  const reports: Result["report"][] = [];
  for (const [index, testCase] of CASES.entries()) {
    const out = join(dir, `case${index}.xlsx`);
    const args = testCase.args ?? [];
    const lang = testCase.lang ?? "en";
    const wrote = await cli(["template", "--deals", testCase.file, ...args, "--lang", lang, "--out", out]);
    expect(wrote.stderr).toBe("");
    expect(wrote.code, testCase.label).toBe(0);
    const analyzed = await cli(["analyze", testCase.file, ...args, "--lang", lang, "--json"]);
    expect(analyzed.code, testCase.label).toBe(0);
    files.push(out);
    reports.push(JSON.parse(analyzed.stdout) as Result["report"]);
  }
  const outputs = await recalculate(files, join(dir, "out"), { timeoutMs: 300_000 });
  for (const [index, testCase] of CASES.entries()) {
    const stagesArg = testCase.args?.[1];
    const read = await readLogFile(testCase.file, { locale: "en", stages: stagesArg === undefined ? undefined : stageList(stagesArg.split(",")) });
    const table = read.log!.deals;
    let openDeals = 0;
    const wonAmounts: number[] = [];
    for (let i = 0; i < table.count; i++) {
      if (table.status[i] === STATUS_CODE.open) openDeals++;
      if (table.status[i] === STATUS_CODE.won && !Number.isNaN(table.amount[i])) wonAmounts.push(table.amount[i]);
    }
    results.set(testCase.label, { report: reports[index], values: await readValues(outputs[index]), openDeals, meanWonAmount: summarize(wonAmounts, "mean") });
  }
}, 600_000);

describe.skipIf(!available)("template --deals, recalculated by LibreOffice, shows what analyze reports on the same file", () => {
  for (const testCase of CASES) {
    describe(testCase.label, () => {
      it("the funnel, loss points and time in stage", () => {
        const { report, values } = results.get(testCase.label)!;
        expect(report.deals).toBeGreaterThan(0);
        const layout = templateLayout(testCase.lang ?? "en", report.stages.length, 0);
        const sheet = layout.sheetName("dashboard");
        const column = layout.dashboard.funnel;
        report.funnel.forEach((row, i) => {
          const at = (name: keyof typeof column) => valueAt(values, sheet, a1(column[name], layout.dashboard.funnelHeaderRow + 1 + i));
          expect(at("stage")).toBe(row.stage);
          expectSame(at("reached"), row.reached, `${row.stage} reached`);
          if (i > 0) expectSame(at("stepConversion"), row.stepConversion, `${row.stage} step`);
          expectSame(at("overallConversion"), row.overallConversion, `${row.stage} overall`);
          if (row.dropOff !== null) expectSame(at("dropOff"), row.dropOff, `${row.stage} drop-off`);
          if (i < report.funnel.length - 1) {
            expectSame(at("lost"), report.lossPoints[i].lost, `${row.stage} lost`);
            expectSame(at("lostShare"), report.lossPoints[i].share, `${row.stage} lost share`);
            const stay = report.timeInStageDays[row.stage];
            expectSame(at("stayMedian"), stay.median, `${row.stage} stay median`);
            expectSame(at("stayMean"), stay.mean, `${row.stage} stay mean`);
            expectSame(at("stayCount"), stay.n, `${row.stage} stay count`);
          }
        });
      });

      it("the key figures", () => {
        const { report, values, openDeals, meanWonAmount } = results.get(testCase.label)!;
        expectKeyFigures(values, testCase.lang ?? "en", report, openDeals, meanWonAmount);
      });
    });
  }

  it("the bad rows' hand-worked figures: 5 deals counted, 2 won of 3 closed, D5's amount left out", () => {
    const { report, openDeals, meanWonAmount } = results.get("a log with bad rows")!;
    expect(report.deals).toBe(5);
    expect(report.winRate).toBeCloseTo(2 / 3, 12);
    expect(openDeals).toBe(2);
    expect(meanWonAmount).toBe(1600);
    // D1 won in 27 days (01-05 → 02-01), D4 in 50 (01-10 → 03-01).
    expect(report.cycleTimeDays).toMatchObject({ median: 38.5, n: 2 });
  });

  it("writes the unread rows below the deals, as text (never a formula), marked not valid, status blank, with why", () => {
    const { report, values } = results.get("a log with bad rows")!;
    const layout = templateLayout("en", 4, 0);
    const sheet = layout.sheetName("deals");
    const { deals } = layout;
    const unread = Array.from({ length: 5 }, (_, i) => 2 + report.deals + i);
    expect(unread.map((row) => valueAt(values, sheet, a1(1, row)))).toEqual(["Row 7 (not read)", "Row 8 (not read)", "Row 9 (not read)", "Row 10 (not read)", "Row 11 (not read)"]);
    expect(unread.map((row) => valueAt(values, sheet, a1(deals.stage(0), row)))).toEqual([
      'D6,Fir,Cy,=1+1,2026-01-12,,,100,Open,',
      "D7,Gum,Ann,+soon,,,,100,Open,",
      "D8,Hazel,Bo,2026-01-08,-later,,,100,Open,",
      "D9,Ivy,Cy,@home,,,,100,Open,",
      "D10,Juniper,Ann,2026-01-20,2026-01-13,,,100,Lost,Price",
    ]);
    for (const row of unread) {
      expect(valueAt(values, sheet, a1(deals.valid, row)), `row ${row} valid`).toBe(0);
      expect(valueAt(values, sheet, a1(deals.field.status, row))).toBeNull();
      expect(String(valueAt(values, sheet, a1(deals.field.lostReason, row)))).toMatch(/^[A-G]: /);
    }
    // D5's amount stays as it came, and the row after the last unread one is a spare one.
    expect(valueAt(values, sheet, a1(deals.field.amount, 6))).toBe("about 3k");
    expect(valueAt(values, sheet, a1(1, 2 + report.deals + 5))).toBeNull();
  });
});

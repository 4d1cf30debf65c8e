/**
 * One reading policy for every surface (core/report/readingPolicy.ts): the same workbook of several sheets gives the
 * same chosen sheet, the same stage list and the same figures in the CLI (the built dist/cli.js on an .xlsx), the
 * Excel pane (its findDealSheet and paneReport on the Excel fake) and the Sheets sidebar (its analyzeSheets, reading
 * pages from sheetPages.ts on the Sheets fake), and each lists the same number of problem rows and says how many more.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findDealSheet } from "../../addin/pane/dealSource";
import { MAX_PROBLEMS_SHOWN } from "../../addin/pane/analyzeSection";
import { paneReport } from "../../addin/pane/paneReport";
import { analyzeOnFake } from "../appsscript/support/analyzeOnFake";
import { PROBLEMS_LISTED } from "../../core/report/readingPolicy";
import { SheetsFake } from "../appsscript/fakes/sheetsFake";
import { buildCli, cli } from "../cli/helpers";
import { asExcelContext, FakeRequestContext } from "./fakes/excelFake";
import { FakeWorkbookModel } from "./fakes/fakeWorkbook";

type Rows = (string | number)[][];

// The team's own stages (a Stages sheet), text dates (every host hands text over as text).
const STAGES: Rows = [["#", "Stage"], [1, "Lead"], [2, "Demo"], [3, "Won"]];
// Deals (by hand): D1 Lead 01-05 → Won 02-04 (30 days), D2 01-06 → 01-26 (20 days), D3 lost after Demo, D4 open at
// Lead; then 55 rows whose Lead date cannot be read (problems, left out). Reached: Lead 4, Demo 3, Won 2; win rate
// 2 / 3; cycle median and mean 25 days, n 2; 55 problems: 50 listed and "5 more".
const DEALS: Rows = [
  ["Deal ID", "Lead", "Demo", "Won", "Status"],
  ["D1", "2026-01-05", "2026-01-10", "2026-02-04", "Won"],
  ["D2", "2026-01-06", "2026-01-16", "2026-01-26", "Won"],
  ["D3", "2026-01-07", "2026-01-20", "", "Lost"],
  ["D4", "2026-01-08", "", "", "Open"],
  ...Array.from({ length: 55 }, (_, i) => [`X${i}`, "soon", "", "", "Open"]),
];
// A shorter log (10 deals, all still at Lead) and a summary of counts under the stage names (longer than Q1).
const Q1: Rows = [["Deal ID", "Lead", "Demo", "Won", "Status"], ...Array.from({ length: 10 }, (_, i) => [`Q${i}`, `2026-01-${String(10 + i)}`, "", "", "Open"])];
const SUMMARY: Rows = [["Month", "Lead", "Demo", "Won"], ...Array.from({ length: 12 }, (_, i) => [`M${i + 1}`, 120 + i, 60, 20])];
const GUIDE: Rows = [["How to use this workbook"], ["Fill the Deals sheet"]];
const SHEETS: readonly [string, Rows][] = [["Guide", GUIDE], ["Stages", STAGES], ["Summary", SUMMARY], ["Q1", Q1], ["Deals", DEALS]];

interface Seen {
  readonly sheet: string | undefined;
  readonly stages: readonly string[];
  readonly reached: readonly number[];
  readonly winRate: number | null;
  readonly cycle: { readonly median: number | null; readonly n: number };
  readonly problems: number;
}

let script: string;
beforeAll(async () => {
  script = await buildCli();
}, 120_000);

async function viaCli(active: string): Promise<Seen & { readonly text: string }> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of SHEETS) workbook.addWorksheet(name).addRows(rows);
  void active; // A file has no active sheet the CLI reads: it always takes the deal log with the most rows.
  const file = join(mkdtempSync(join(tmpdir(), "policy-")), "book.xlsx");
  await workbook.xlsx.writeFile(file);
  const json = await cli(["analyze", file, "--json"], {}, { script });
  const text = await cli(["analyze", file], {}, { script });
  const report = JSON.parse(json.stdout);
  const sheet = /› (\S+)/.exec(text.stdout)?.[1];
  return { sheet, stages: report.stages, reached: report.funnel.map((row: { reached: number }) => row.reached), winRate: report.winRate, cycle: report.cycleTimeDays, problems: report.problems.length, text: text.stdout };
}

async function viaPane(active: string): Promise<Seen> {
  const model = new FakeWorkbookModel({ sheets: SHEETS.map(([name, rows]) => ({ name, rows })) });
  model.activeSheet = model.sheet(active);
  const source = await findDealSheet(asExcelContext(new FakeRequestContext(model)));
  const shown = paneReport(source, [], "en", undefined);
  if (shown.kind !== "report") throw new Error(`the pane read no report: ${JSON.stringify(shown)}`);
  const { report } = shown;
  return { sheet: source?.sheet, stages: report.stages, reached: report.funnel.map((row) => row.reached), winRate: report.winRate, cycle: report.cycleTimeDays, problems: report.problems.length };
}

async function viaSidebar(active: string): Promise<Seen & { readonly listed: number }> {
  const fake = new SheetsFake({ locale: "en_US", userLocale: "en", timeZone: "UTC", sheets: SHEETS.map(([name]) => name) });
  for (const [name, rows] of SHEETS) fake.put(name, "A1", rows.map((row) => row.map((cell) => (typeof cell === "string" ? `'${cell}` : cell))));
  fake.activeSheet = fake.sheets.find((sheet) => sheet.name === active);
  const answer = await analyzeOnFake(fake);
  if (answer.status !== "ok") throw new Error(`the sidebar read no report: ${JSON.stringify(answer)}`);
  return { sheet: answer.sheet, stages: answer.funnel.map((row) => row.stage), reached: answer.funnel.map((row) => row.reached), winRate: answer.winRate, cycle: answer.cycleTimeDays, problems: answer.problemCount, listed: answer.problems.length };
}

const BY_HAND: Omit<Seen, "sheet"> = { stages: ["Lead", "Demo", "Won"], reached: [4, 3, 2], winRate: 2 / 3, cycle: { median: 25, n: 2 }, problems: 55 };

describe("the same workbook on every surface", () => {
  it("a summary or a guide is active: the deal log with the most rows, the workbook's stages, the same figures", async () => {
    for (const active of ["Summary", "Guide"]) {
      const [fromCli, fromPane, fromSidebar] = [await viaCli(active), await viaPane(active), await viaSidebar(active)];
      for (const seen of [fromCli, fromPane, fromSidebar]) expect(seen, active).toMatchObject({ sheet: "Deals", ...BY_HAND, cycle: expect.objectContaining(BY_HAND.cycle) });
    }
  });

  it("a shorter log that is active is the one read in the hosts (a file has no active sheet)", async () => {
    const expected = { sheet: "Q1", stages: ["Lead", "Demo", "Won"], reached: [10, 0, 0], winRate: null, problems: 0 };
    expect(await viaPane("Q1")).toMatchObject(expected);
    expect(await viaSidebar("Q1")).toMatchObject(expected);
  });

  it(`every surface lists ${PROBLEMS_LISTED} problem rows and says how many more`, async () => {
    expect(PROBLEMS_LISTED).toBe(50);
    expect(MAX_PROBLEMS_SHOWN).toBe(PROBLEMS_LISTED);
    expect(await viaSidebar("Guide")).toMatchObject({ listed: 50, problems: 55 });
    const { text } = await viaCli("Guide");
    expect(text.split("\n").filter((line) => /^X\d+|^\s*\d+\s+B\s/.test(line.trim())).length).toBe(50);
    expect(text).toContain("… and 5 more");
  });
});

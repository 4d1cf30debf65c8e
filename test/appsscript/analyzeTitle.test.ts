import { describe, expect, it } from "vitest";
import { columnLetter } from "../../core/model/cells";
import { DEFAULT_STAGES } from "../../core/model/stages";
import { analyzeDeals } from "../../core/report/analyzeDeals";
import { sampleDeals } from "../../core/sample/sampleDeals";
import { sampleGrid, type SampleCell } from "../../core/sample/sampleGrid";
import type { AnalyzeResponse } from "../../appsscript/shared/protocol";
import { sidebarSelectRow } from "../../appsscript/sidebarServer";
import { analyzeOnFake } from "./support/analyzeOnFake";
import { SheetsFake } from "./fakes/sheetsFake";
import { dayOfUtcMidnight, isDate, zonedMidnight } from "./support/zonedDates";

// The sidebar's Analyze on a sheet whose header sits below title rows: the header found as the CLI finds it (core
// stageHeaderRow), the figures those of the same log without titles, problems (and the row a click selects) on
// the sheet's own rows. Expectations come from core analyzeDeals on the untitled grid, never hard-coded.

type OkAnswer = Extract<AnalyzeResponse, { status: "ok" }>;

const ZONE = "Asia/Shanghai";
const SHEET = "台账";
const TITLE = "2026年一季度销售台账";
/** Row 5 of the untitled log (0-based index 4) gets a stage date that is not a date: row 7 below two title rows. */
const BAD_INDEX = 4;

/** A zh-CN log as the core reads it offline (UTC-midnight Dates), three seeded bad rows and one at {@link BAD_INDEX}. */
function untitledLog(): SampleCell[][] {
  const { grid } = sampleGrid(sampleDeals({ count: 60, seed: 9, locale: "zh-CN" }), { locale: "zh-CN", dates: "date", badRows: 3, seed: 5 });
  const opportunity = grid[0].indexOf(DEFAULT_STAGES[1]["zh-CN"]);
  grid[BAD_INDEX][opportunity] = "下周再约";
  return grid;
}

/** A spreadsheet with the rows put from A1; Sheets hands date cells over as the instant of midnight in its zone. */
function spreadsheet(rows: readonly (readonly unknown[])[]): SheetsFake {
  const fake = new SheetsFake({ locale: "zh_CN", userLocale: "zh-CN", timeZone: ZONE, sheets: [SHEET] });
  fake.put(SHEET, "A1", rows.map((row) => row.map((cell) => (isDate(cell) ? new Date(zonedMidnight(dayOfUtcMidnight(cell), ZONE)) : cell))));
  return fake;
}

async function analyzed(fake: SheetsFake): Promise<OkAnswer> {
  const answer = await analyzeOnFake(fake);
  expect(answer.status).toBe("ok");
  return answer as OkAnswer;
}

describe("the sidebar's analysis: a header below title rows", () => {
  const log = untitledLog();
  const expected = JSON.parse(JSON.stringify(analyzeDeals(log, { locale: "zh-CN", timeZone: "UTC" }))) as NonNullable<ReturnType<typeof analyzeDeals>>;

  it("the untitled log has the injected problem at row 5", async () => {
    expect(expected.problems.map((problem) => problem.row)).toContain(BAD_INDEX + 1);
  });

  it.each([
    ["one title row", [[TITLE]]],
    ["a title and a note row", [[TITLE], ["", "", "", "单位：元"]]],
    ["a title and a blank row", [[TITLE], [""]]],
  ] as [string, string[][]][])("%s: the same figures and period, problems and selection on the sheet's own rows", async (_label, titles) => {
    const plain = await analyzed(spreadsheet(log));
    const fake = spreadsheet([...titles, ...log]);
    const answer = await analyzed(fake);
    expect(answer).toMatchObject({
      sheet: SHEET,
      deals: expected.deals,
      funnel: expected.funnel,
      winRate: expected.winRate,
      cycleTimeDays: expected.cycleTimeDays,
      pipelineVelocity: expected.pipelineVelocity,
      lossPoints: expected.lossPoints,
      problemCount: expected.problems.length,
    });
    expect(answer.problems).toEqual(expected.problems.map(({ row, column, message }) => ({ row: row! + titles.length, column, message })));
    expect(answer.problems.map((problem) => problem.row)).toContain(titles.length + BAD_INDEX + 1);
    if (titles.length === 2) expect(answer.problems.map((problem) => problem.row)).toContain(7);
    // stagePeriod reads the same rows: the period of the log without titles.
    expect(answer.period).not.toBeNull();
    expect(answer.period).toEqual(plain.period);
    expect({ ...answer, problems: [] }).toEqual({ ...plain, problems: [] });

    // Clicking the problem selects its real sheet row.
    const problemRow = titles.length + BAD_INDEX + 1;
    expect(sidebarSelectRow(fake.globals(), problemRow, answer.sheet)).toEqual({ status: "ok", sheet: SHEET, row: problemRow });
    expect(fake.activeRange).toEqual({ sheet: SHEET, a1: `A${problemRow}:${columnLetter(log[0].length)}${problemRow}` });
  });

  it("a header below the first 20 rows is not found (the CLI's limit)", async () => {
    const notes = Array.from({ length: 20 }, (_, index) => [`说明 ${index + 1}`]);
    expect((await analyzed(spreadsheet([...notes.slice(0, 19), ...log]))).problems.map((problem) => problem.row)).toContain(19 + BAD_INDEX + 1);
    expect((await analyzeOnFake(spreadsheet([...notes, ...log]))).status).toBe("notADealLog");
  });

  it("still reads a one-column log (no header naming two stages) from its first row", async () => {
    const stages = DEFAULT_STAGES.map((stage) => stage["zh-CN"]);
    const column = [["阶段"], [stages[0]], [stages[2]], [stages[5]], [stages[1]]];
    const answer = await analyzed(spreadsheet(column));
    expect(answer.deals).toBeGreaterThan(0);
    expect(answer.deals).toBe(analyzeDeals(column, { locale: "zh-CN" })!.deals);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES } from "../../core/model/stages";
import type { AnalyzeResponse } from "../../appsscript/shared/protocol";
import { analyzeOnFake } from "./support/analyzeOnFake";
import { SheetsFake } from "./fakes/sheetsFake";
import { zonedMidnight } from "./support/zonedDates";

// The sidebar's Analyze (source level, against the fake): a deal log with no deal yet is a report of 0 deals,
// not "not a deal log"; the period covers only the deals the figures count, never a row left out as bad.

type OkAnswer = Extract<AnalyzeResponse, { status: "ok" }>;

const ZONE = "Asia/Shanghai";
const EN_STAGES = DEFAULT_STAGES.map((stage) => stage.en);

/** A date cell as Sheets hands it to a script: the instant of the day's midnight in the spreadsheet's zone. */
function day(iso: string): Date {
  return new Date(zonedMidnight(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25_569, ZONE));
}

function spreadsheet(sheets: Record<string, readonly (readonly unknown[])[]>, active: string): SheetsFake {
  const fake = new SheetsFake({ locale: "en_US", userLocale: "en", timeZone: ZONE, sheets: Object.keys(sheets) });
  for (const [name, rows] of Object.entries(sheets)) if (rows.length > 0) fake.put(name, "A1", rows);
  fake.activeSheet = fake.sheet(active);
  return fake;
}

async function analyzed(fake: SheetsFake): Promise<AnalyzeResponse> {
  return analyzeOnFake(fake);
}

describe("the sidebar's analysis: a deal log with no deal yet", () => {
  it("answers with a report of 0 deals when the active sheet's header names the stages", async () => {
    const answer = await analyzed(spreadsheet({ "Q3 log": [["Deal ID", ...EN_STAGES, "Status", "Amount"]] }, "Q3 log"));
    expect(answer).toMatchObject({ status: "ok", sheet: "Q3 log", deals: 0, period: null, winRate: null, problems: [], problemCount: 0 });
    expect((answer as OkAnswer).funnel.map((row) => [row.stage, row.reached])).toEqual(EN_STAGES.map((stage) => [stage, 0]));
  });

  it("answers with the empty Deals sheet when the active sheet is empty or unrelated", async () => {
    const deals = [["Deal ID", ...EN_STAGES, "Status"]];
    for (const active of [[], [["Q3 plan"]], [["Owner", "Target"], ["Ann", 12]]]) {
      const answer = await analyzed(spreadsheet({ Notes: active, Deals: deals }, "Notes"));
      expect(answer, JSON.stringify(active)).toMatchObject({ status: "ok", sheet: "Deals", deals: 0, problemCount: 0 });
    }
  });

  it("still says \"not a deal log\" when no sheet's header names the stages", async () => {
    expect((await analyzed(spreadsheet({ Notes: [["Q3 plan"]] }, "Notes"))).status).toBe("notADealLog");
    expect((await analyzed(spreadsheet({ Notes: [["Owner", "Target"], ["Ann", 12]], Deals: [] }, "Notes"))).status).toBe("notADealLog");
  });
});

describe("the sidebar's analysis: the period", () => {
  const header = ["Deal ID", "Lead", "Opportunity", "Won", "Status"];
  const good = [
    ["D1", day("2026-03-02"), day("2026-03-10"), day("2026-04-01"), "Won"],
    ["D2", day("2026-03-05"), day("2026-03-20"), "", "Lost"],
  ];

  it.each([
    ["a stage dated before the one above (a year typo)", ["D3", day("2026-03-07"), day("2016-03-09"), "", "Open"]],
    ["a stage date that cannot be read, beside a readable one outside the period", ["D3", day("2031-01-05"), "TBD", "", "Open"]],
    ["a later year typo in the last stage", ["D3", day("2026-03-07"), day("2026-03-09"), day("2006-04-01"), "Won"]],
  ])("leaves out the dates of a bad row: %s", async (_label, bad) => {
    const answer = await analyzed(spreadsheet({ Log: [header, ...good, bad] }, "Log")) as OkAnswer;
    expect(answer.deals).toBe(2);
    expect(answer.problemCount).toBe(1);
    expect(answer.period).toEqual({ from: "2026-03-02", to: "2026-04-01" });
  });

  it("keeps the header found below title rows, counting from the sheet's own rows", async () => {
    const bad = ["D3", day("2026-03-07"), day("2016-03-09"), "", "Open"];
    const answer = await analyzed(spreadsheet({ Log: [["Q1 pipeline"], [""], header, ...good, bad] }, "Log")) as OkAnswer;
    expect(answer.period).toEqual({ from: "2026-03-02", to: "2026-04-01" });
    expect(answer.problems.map((problem) => problem.row)).toEqual([6]);
  });

  it("is null when no counted deal has a date", async () => {
    const answer = await analyzed(spreadsheet({ Log: [header, ["D1", "TBD", "", "", "Open"]] }, "Log")) as OkAnswer;
    expect(answer).toMatchObject({ deals: 0, problemCount: 1, period: null });
  });
});

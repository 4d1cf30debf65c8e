import { describe, expect, it } from "vitest";
import type { AnalyzeResponse } from "../../appsscript/shared/protocol";
import { analyzeOnFake } from "./support/analyzeOnFake";
import { SheetsFake } from "./fakes/sheetsFake";

// Text dates written with numbers only (a column pasted or imported as text): the column's own values settle the
// order, else the spreadsheet's locale (getSpreadsheetLocale()), else the sidebar says so and shows no figures.

type OkAnswer = Extract<AnalyzeResponse, { status: "ok" }>;

// Every day is 12 or less, so the values settle nothing.
// Month first: Lead 2026-03-02, Won 2026-04-03 → 32 days (29 left of March + 3); day first: 2026-02-03 → 2026-03-04 → 29 days (25 + 4).
const ROWS = [
  ["Deal ID", "Lead", "Won", "Status"],
  ["D1", "03/02/2026", "04/03/2026", "Won"],
];

async function analyzed(locale: string, rows: readonly (readonly unknown[])[] = ROWS): Promise<AnalyzeResponse> {
  const fake = new SheetsFake({ locale, userLocale: "en", timeZone: "UTC", sheets: ["Log"] });
  fake.put("Log", "A1", rows);
  fake.activeSheet = fake.sheet("Log");
  return analyzeOnFake(fake);
}

describe("the sidebar's analysis: numbers-only text dates", () => {
  it("reads them as the spreadsheet's locale writes dates, and says so", async () => {
    const us = await analyzed("en_US") as OkAnswer;
    expect(us.status).toBe("ok");
    expect(us.cycleTimeDays.median).toBe(32);
    expect(us.notes).toEqual(['Dates of "Lead", "Won" read month-first (M/D/Y): as the spreadsheet\'s locale writes dates']);
    const gb = await analyzed("en_GB") as OkAnswer;
    expect(gb.cycleTimeDays.median).toBe(29);
    expect(await analyzed("de") as OkAnswer).toMatchObject({ cycleTimeDays: { median: 29 } });
  });

  it("lets a day above 12 in a column settle it whatever the locale", async () => {
    const rows = [...ROWS, ["D2", "03/13/2026", "04/14/2026", "Won"]]; // 13 and 14 are days: month first
    const gb = await analyzed("en_GB", rows) as OkAnswer;
    expect(gb.notes).toEqual(['Dates of "Lead", "Won" read month-first (M/D/Y): settled by its own values (a day above 12)']);
    expect(gb.problemCount).toBe(0);
  });

  it("says what it found and what to do when the locale writes year first (zh_CN), and shows no figures", async () => {
    const zh = await analyzed("zh_CN");
    expect(zh).toEqual({
      status: "datesAmbiguous",
      locale: "en",
      sheet: "Log",
      message:
        '"Log": all 1 dates of column "Lead" could be month-first or day-first; all 1 dates of column "Won" could be month-first or day-first. ' +
        "Set the spreadsheet's locale (File › Settings) to the one these dates were typed in, or write them year first (2026-03-04).",
    });
  });
});

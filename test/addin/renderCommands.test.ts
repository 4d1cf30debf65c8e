import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { generateTemplate } from "../../addin/commands/commands";
import { generateWorkbook } from "../../addin/commands/generateWorkbook";
import { localToday } from "../../core/model/today";
import { clearOutcome, latestOutcome } from "../../addin/commands/generateOutcome";
import { dayFromCivil } from "../../core/parse/dates";
import { buildTemplate } from "../../core/template/buildTemplate";
import { FakeWorkbookModel } from "./fakes/fakeWorkbook";
import { fakeOfficeGlobals, installFakeOffice, type FakeOfficeGlobals } from "./fakes/officeFake";
import { templateScriptLoaded } from "./fakes/templateScriptLoaded";

// dist/template.js, as the page has it once Generate has fetched it.
afterAll(templateScriptLoaded(globalThis));

// The ribbon's Generate template: Office display language, default stages, no sample; on a clash nothing
// changes, the outcome goes to the pane and the pane is shown; event.completed() is called every time.

let uninstall: (() => void) | undefined;

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
  clearOutcome();
});

function host(displayLanguage: string, workbook = new FakeWorkbookModel()): FakeOfficeGlobals & { workbook: FakeWorkbookModel } {
  const globals = fakeOfficeGlobals({ workbook, displayLanguage });
  uninstall = installFakeOffice(globalThis, globals);
  return { ...globals, workbook };
}

function commandEvent(): Office.AddinCommands.Event & { completions: number } {
  const event = { completions: 0, source: { id: "generateTemplate" }, completed() {
    event.completions++;
  } };
  return event as unknown as Office.AddinCommands.Event & { completions: number };
}

describe("generateTemplate (ribbon)", () => {
  it("builds the template in Office's display language and completes the event", async () => {
    const { workbook, events } = host("zh-CN");
    const event = commandEvent();
    await generateTemplate(event);
    expect(event.completions).toBe(1);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", ...buildTemplate({ locale: "zh-CN" }).sheets.map((sheet) => sheet.name)]);
    expect(events.showAsTaskpane).toBe(0);
    expect(latestOutcome()).toMatchObject({ source: "ribbon", request: { locale: "zh-CN", sampleDeals: 0 }, result: { status: "created" } });
  });

  it("fixes the Reviews months from the browser's local day: the first is the month 11 months before this one", async () => {
    // A clock other than the machine's (only Date is faked), so the core's default months (2025-12 … 2026-11)
    // would show if the ribbon passed no day; the expectation is read from that same clock.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date(2031, 0, 31, 23, 59));
      const now = new Date();
      const { workbook } = host("en-US");
      await generateTemplate(commandEvent());
      const reviews = buildTemplate({ locale: "en" }).sheets.find((sheet) => sheet.key === "reviews")!.name;
      // The first month is a date value (a serial), not a formula.
      const [[firstMonth]] = workbook.values(reviews, "A5");
      expect(firstMonth).toBe(dayFromCivil(now.getFullYear() + Math.floor((now.getMonth() - 11) / 12), ((now.getMonth() - 11 + 12) % 12) + 1, 1));
      expect(firstMonth).toBe(dayFromCivil(2030, 2, 1));
      expect(latestOutcome()).toMatchObject({ request: { today: dayFromCivil(2031, 1, 31) } });
    } finally {
      vi.useRealTimers();
    }
  });

  it("when Excel refuses the chart: the template stays, the pane is opened and told why", async () => {
    const workbook = new FakeWorkbookModel({ refuseCharts: { at: "add", code: "ApiNotFound" } });
    const { events } = host("en-US", workbook);
    const event = commandEvent();
    await generateTemplate(event);
    expect(event.completions).toBe(1);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", ...buildTemplate({ locale: "en" }).sheets.map((sheet) => sheet.name)]);
    expect(events.showAsTaskpane).toBe(1);
    expect(latestOutcome()).toMatchObject({ source: "ribbon", result: { status: "created", chartError: { code: "ApiNotFound" } } });
  });

  it("on a clash: changes nothing, hands the clash to the pane and opens it", async () => {
    const spec = buildTemplate({ locale: "en" });
    const workbook = new FakeWorkbookModel({ sheets: [{ name: spec.sheets[1].name }] });
    const { events } = host("en-GB", workbook);
    const event = commandEvent();
    await generateTemplate(event);
    expect(event.completions).toBe(1);
    expect(workbook.log).toEqual([]);
    expect(events.showAsTaskpane).toBe(1);
    expect(latestOutcome()).toMatchObject({ result: { status: "clash", sheets: [spec.sheets[1].name] } });
  });

  it("when Excel fails: reports the error to the pane and still completes the event", async () => {
    const globals = host("en-US");
    (globals.Excel as { run: unknown }).run = async () => {
      throw Object.assign(new Error("The workbook is read-only."), { code: "AccessDenied" });
    };
    const event = commandEvent();
    await generateTemplate(event);
    expect(event.completions).toBe(1);
    expect(globals.events.showAsTaskpane).toBe(1);
    // Office's own message is English only: a known code is said in the user's language, the code kept.
    expect(latestOutcome()).toMatchObject({ error: "No permission to change this workbook (AccessDenied)" });
  });

  it("says a known Office error in Chinese when Office displays Chinese; an unknown one keeps its message", async () => {
    const globals = host("zh-CN");
    (globals.Excel as { run: unknown }).run = async () => {
      throw Object.assign(new Error("The workbook is read-only."), { code: "AccessDenied" });
    };
    await generateTemplate(commandEvent());
    expect(latestOutcome()).toMatchObject({ error: "没有权限修改此工作簿 (AccessDenied)" });
    (globals.Excel as { run: unknown }).run = async () => {
      throw Object.assign(new Error("Something odd."), { code: "OddThing" });
    };
    await generateTemplate(commandEvent());
    expect(latestOutcome()).toMatchObject({ error: "Something odd. (OddThing)" });
  });
});

describe("generateWorkbook", () => {
  it("runs one generation at a time: a second one started meanwhile finds the first's sheets and clashes cleanly", async () => {
    const { workbook } = host("en-US");
    const [first, second] = await Promise.all([
      generateWorkbook({ locale: "en", sampleDeals: 0, today: localToday(new Date()) }),
      generateWorkbook({ locale: "en", sampleDeals: 0, today: localToday(new Date()) }),
    ]);
    expect(first.status).toBe("created");
    expect(second.status).toBe("clash");
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", ...buildTemplate({ locale: "en" }).sheets.map((sheet) => sheet.name)]);
  });
});

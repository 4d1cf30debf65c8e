/**
 * The built dist/appsscript/ files, run as Apps Script runs them (support/builtRuntime.ts): the generated stubs,
 * every custom function called as Sheets calls it, the menu in AuthMode.NONE, and the sidebar's server functions.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isCellError } from "../../core/functions/errors";
import { callFunction, FUNCTIONS } from "../../core/functions/registry";
import type { FunctionResult } from "../../core/functions/types";
import type { Locale } from "../../core/model/locale";
import { analyzeDeals } from "../../core/report/analyzeDeals";
import { sampleDeals } from "../../core/sample/sampleDeals";
import { sampleGrid } from "../../core/sample/sampleGrid";
import { buildTemplate } from "../../core/template/buildTemplate";
import { SHEET_NAMES } from "../../core/template/labels";
import { renderWorkbook } from "../../appsscript/render/renderWorkbook";
import type { AnalyzeResponse } from "../../appsscript/shared/protocol";
import { encodeSheet } from "../../appsscript/shared/wireSheet";
import { generateThroughServer, GenerationStopped, type Clash, type GenerationHooks } from "../../appsscript/sidebar/generation";
import { analyzeSheets } from "../../appsscript/sidebar/analyzeSheets";
import { SheetsFake } from "./fakes/sheetsFake";
import { buildProject, callThrough, DIST, isWireSafe, loadBuilt, plain, readBuilt, type BuiltRuntime } from "./support/builtRuntime";
import { dayOfUtcMidnight, isDate, zonedMidnight } from "./support/zonedDates";

const ZONE = "Asia/Shanghai";
let code = "";

beforeAll(async () => {
  await buildProject();
  code = readBuilt("Code.js");
});

/** What Sheets shows for the core's answer: a number, a table with error cells as text, or a thrown message. */
function asSheetsShows(result: FunctionResult): unknown {
  if (typeof result === "number") return result;
  if (isCellError(result)) return { thrown: result.message };
  return result.map((row) => row.map((cell) => (isCellError(cell) ? `${cell.error} ${cell.message}` : cell)));
}

/** The sample log as the core reads it offline (UTC-midnight Dates, read in UTC) and as Sheets hands it to a script. */
function sampleLog(locale: Locale, runtime: BuiltRuntime) {
  const { grid, badRows } = sampleGrid(sampleDeals({ count: 300, seed: 7, locale }), { locale, dates: "date", badRows: 4, seed: 3 });
  // Sheets: a date cell is the instant of its midnight in the spreadsheet's zone, a Date of the script's realm.
  const asSheets = grid.map((row) => row.map((cell) => (isDate(cell) ? new runtime.ScriptDate(zonedMidnight(dayOfUtcMidnight(cell), ZONE)) : cell)));
  return { grid, asSheets, badRows };
}

/** The sidebar's generation against a runtime, for a spreadsheet where nothing of the template exists. */
function noClash(runtime: BuiltRuntime): GenerationHooks {
  return { callServer: callThrough(runtime), askClash: () => Promise.reject(new Error("no clash expected")), progress: () => undefined };
}

/** Columns of a grid (rows from..to, 0-based, inclusive of from). */
function columns(grid: readonly (readonly unknown[])[], first: number, last = first, fromRow = 0): unknown[][] {
  return grid.slice(fromRow).map((row) => row.slice(first, last + 1));
}

describe("the built Code.js", () => {
  it("has a top-level stub with @customfunction JSDoc and the real parameter names for every registry function", () => {
    for (const spec of FUNCTIONS) {
      const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${spec.name}\\(([^)]*)\\) \\{ return SalesCore\\.call\\("${spec.name}", \\[([^\\]]*)\\]\\); \\}`).exec(code);
      expect(match, spec.name).not.toBeNull();
      const [, doc, params, forwarded] = match!;
      const names = spec.params.map((param) => param.name);
      expect(params.split(", ")).toEqual(names);
      expect(forwarded.split(", ")).toEqual(names);
      expect(doc).toContain("@customfunction");
      expect(doc).toContain(spec.help.en);
      expect(doc).toContain(spec.help["zh-CN"]);
      expect(doc).toMatch(/@return \{/);
      for (const param of spec.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${param.optional ? `\\[${param.name}\\]` : param.name} `));
    }
    for (const handler of ["onOpen", "onInstall", "showSidebar", "generateTemplate", "showHelp", "sidebarPlan", "sidebarDrawSheet", "sidebarSheetHeads", "sidebarSheetValues", "sidebarSelectRow"]) {
      expect(code).toMatch(new RegExp(`\\nfunction ${handler}\\([^)]*\\) \\{ return SalesCore\\.${handler}\\([^)]*\\); \\}`));
    }
    const runtime = loadBuilt(code);
    for (const spec of FUNCTIONS) expect((runtime.context[spec.name] as (...args: unknown[]) => unknown).length).toBe(spec.params.length);
  });

  it("is one IIFE bundle with no Node-only code, within its 140 KB", () => {
    // (booleans, so a failure does not print 150 KB)
    expect(/\n"use strict";var SalesCore=\(\(\)=>\{/.test(code)).toBe(true);
    expect(/\brequire\(|process\.env|exceljs|csv-parse/.test(code)).toBe(false);
    const bytes = statSync(join(DIST, "Code.js")).size;
    console.log(`dist/appsscript/Code.js: ${(bytes / 1024).toFixed(1)} KB (≤ 140 KB)`);
    // Apps Script loads Code.js for every custom-function recalculation: its goal, 140 KB, is a limit here. The
    // template is built in the sidebar, the deal log analyzed there; zod stays out (sidebarRequests.ts checks by hand).
    expect(bytes).toBeLessThanOrEqual(140 * 1024);
  });

  it("takes from simple-statistics only the functions the core calls, so loading it computes nothing", () => {
    // The package's one-file build also holds classes set up at load (a Bayesian classifier, a perceptron) and a
    // normal table of 310 values computed at load: Apps Script would run that on every recalculation.
    expect(/\.prototype\.(train|score|predict)=|\.weights\b|totalCount/.test(code)).toBe(false);
    const runtime = loadBuilt(code, { locale: "en_US" });
    // Quantiles (Floyd–Rivest selection), mean, min and max still answer as before: days 1..5 and 10.
    const days = [1, 2, 3, 4, 5, 10];
    const starts = days.map(() => [new runtime.ScriptDate(Date.UTC(2026, 0, 1))]);
    const ends = days.map((day) => [new runtime.ScriptDate(Date.UTC(2026, 0, 1 + day))]);
    // p90 by linear interpolation (DEFINITIONS): position 0.9 × 5 = 4.5, halfway between 5 and 10.
    const answers = ["median", "mean", "p90", "min", "max"].map((statistic) => runtime.call("CYCLE_TIME", starts, ends, statistic));
    expect(answers).toEqual([3.5, 25 / 6, 7.5, 1, 10]);
  });

  it("ships exactly the manifest asked for", () => {
    expect(JSON.parse(readBuilt("appsscript.json"))).toEqual({
      timeZone: "Asia/Shanghai",
      runtimeVersion: "V8",
      exceptionLogging: "STACKDRIVER",
      oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/script.container.ui"],
    });
  });
});

describe("custom functions, called as Sheets calls them", () => {
  for (const [sheetsLocale, locale] of [["zh_CN", "zh-CN"], ["en_US", "en"]] as const) {
    it(`answer as the core does on the sample data (${sheetsLocale}, ${ZONE}), errors thrown in the spreadsheet's language`, () => {
      const runtime = loadBuilt(code, { locale: sheetsLocale, timeZone: ZONE });
      const { grid, asSheets } = sampleLog(locale, runtime);
      const stage = (index: number) => grid[0][7 + index] as string;
      const lastRow = grid.length - 1;
      const actionWords = locale === "zh-CN" ? ["未启动", "进行中", "已完成", "□未启动■进行中□已完成", ""] : ["Not started", "In progress", "Done", "☑", ""];
      const actions = Array.from({ length: 40 }, (_, index) => [actionWords[index % actionWords.length]]);
      const groups = Array.from({ length: 40 }, (_, index) => [stage(index % 3)]);
      const open = locale === "zh-CN" ? "进行中" : "Open";
      // [function, arguments as Sheets passes them, the same arguments for the core offline]
      const cases: [string, unknown[], unknown[]][] = [];
      const both = (name: string, sheetsArgs: unknown[], coreArgs: unknown[] = sheetsArgs) => cases.push([name, sheetsArgs, coreArgs]);
      both("STAGE_CONVERSION", [asSheets, stage(1), stage(5)], [grid, stage(1), stage(5)]);
      both("STAGE_CONVERSION", [asSheets, 1, 6, columns(grid, 7, 12, 0)[0].map((name) => [name])], [grid, 1, 6, grid[0].slice(7, 13).map((name) => [name])]);
      both("STAGE_CONVERSION", [asSheets, stage(5), stage(1)], [grid, stage(5), stage(1)]); // backwards: #VALUE!
      both("FUNNEL", [asSheets], [grid]);
      both("FUNNEL", [columns(asSheets, 7, 12)], [columns(grid, 7, 12)]);
      both("CYCLE_TIME", [columns(asSheets, 7, 7, 1), columns(asSheets, 12, 12, 1)], [columns(grid, 7, 7, 1), columns(grid, 12, 12, 1)]);
      both("CYCLE_TIME", [columns(asSheets, 7, 7, 1), columns(asSheets, 12, 12, 1), "p90"], [columns(grid, 7, 7, 1), columns(grid, 12, 12, 1), "p90"]);
      both("CYCLE_TIME", [columns(asSheets, 7, 7, 1), columns(asSheets, 12, 12, 100)], [columns(grid, 7, 7, 1), columns(grid, 12, 12, 100)]); // sizes differ
      both("TIME_IN_STAGE", [columns(asSheets, 7, 12), stage(2), "mean"], [columns(grid, 7, 12), stage(2), "mean"]);
      both("TIME_IN_STAGE", [columns(asSheets, 7, 12), 2], [columns(grid, 7, 12), 2]);
      both("WIN_RATE", [columns(asSheets, 14, 14)], [columns(grid, 14, 14)]);
      both("WIN_RATE", [grid[1][14]]); // a one-cell range arrives as the bare value
      both("WIN_RATE", [[[open], [open], [""]]]); // nothing decided: #DIV/0!
      both("LOSS_POINTS", [columns(asSheets, 7, 12), columns(asSheets, 14, 14)], [columns(grid, 7, 12), columns(grid, 14, 14)]);
      both("LOSS_POINTS", [columns(asSheets, 7, 12, 0).slice(0, 3), [[grid[0][14]], [open], [open]]], [columns(grid, 7, 12, 0).slice(0, 3), [[grid[0][14]], [open], [open]]]); // no losses: error cells
      both(
        "PIPELINE_VELOCITY",
        [columns(asSheets, 14, 14, 1), columns(asSheets, 13, 13, 1), columns(asSheets, 7, 7, 1), columns(asSheets, 12, 12, 1)],
        [columns(grid, 14, 14, 1), columns(grid, 13, 13, 1), columns(grid, 7, 7, 1), columns(grid, 12, 12, 1)],
      );
      both("AVERAGE_WON_AMOUNT", [columns(asSheets, 14, 14, 1), columns(asSheets, 13, 13, 1)], [columns(grid, 14, 14, 1), columns(grid, 13, 13, 1)]);
      both("OPEN_PIPELINE_AMOUNT", [columns(asSheets, 14, 14, 1), columns(asSheets, 13, 13, 1)], [columns(grid, 14, 14, 1), columns(grid, 13, 13, 1)]);
      both("STATUS_ROLLUP", [actions, groups]);
      both("STATUS_ROLLUP", [actions]);
      both("GOAL_PROGRESS", [45, 30, 38]);
      both("GOAL_PROGRESS", ["45", 30, [[40]]]);
      both("GOAL_PROGRESS", [30, 30, 30]); // #DIV/0!
      both("GOAL_PROGRESS", [45, "", 30]); // missing: #VALUE!
      both("PILOT_LIFT", [40, 120, 60, 300]);
      both("PILOT_LIFT", [3, 5, 1, 6]);
      both("PILOT_LIFT", [8, 5, 1, 6]); // converted > total
      both("FUNNEL_BY", [asSheets, "source"], [grid, "source"]);
      both("WIN_RATE_BY", [asSheets, "owner"], [grid, "owner"]);
      both("WIN_RATE_BY", [asSheets, "no such column"], [grid, "no such column"]); // #VALUE!
      expect(new Set(cases.map(([name]) => name))).toEqual(new Set(FUNCTIONS.map((spec) => spec.name)));
      expect(lastRow).toBe(300);

      let thrown = 0;
      for (const [name, sheetsArgs, coreArgs] of cases) {
        const expected = asSheetsShows(callFunction(name, coreArgs, { locale, timeZone: "UTC" }));
        const actual = plain(runtime.call(name, ...sheetsArgs));
        expect(actual, `${name}(${sheetsArgs.length} args)`).toEqual(expected);
        if (typeof actual === "object" && actual !== null && "thrown" in actual) thrown++;
      }
      expect(thrown).toBeGreaterThanOrEqual(6);
      // An error's message is in the spreadsheet's language.
      const div0 = runtime.call("GOAL_PROGRESS", 30, 30, 30) as { thrown: string };
      expect(div0.thrown).toBe(locale === "zh-CN" ? "目标值等于基线值" : "The target equals the baseline");
      // One execution reads the spreadsheet's locale and zone once.
      expect(runtime.fake.calls.byMethod()).toEqual({ "SpreadsheetApp.getActive": 1, "Spreadsheet.getSpreadsheetLocale": 1, "Spreadsheet.getSpreadsheetTimeZone": 1 });
    });
  }

  it("read dates in the spreadsheet's zone, whatever it is", () => {
    for (const zone of ["America/Los_Angeles", "Pacific/Kiritimati", "UTC"]) {
      const runtime = loadBuilt(code, { locale: "en_US", timeZone: zone });
      const start = [[new runtime.ScriptDate(zonedMidnight(46027, zone))]]; // 2026-01-05
      const end = [[new runtime.ScriptDate(zonedMidnight(46057, zone))]]; // 2026-02-04
      expect(runtime.call("CYCLE_TIME", start, end), zone).toBe(30);
    }
  });

  it("return a table's error cells as text, since an array result cannot hold error values", () => {
    const runtime = loadBuilt(code, { locale: "en_US" });
    const table = plain(runtime.call("LOSS_POINTS", [["Lead"], ["Won"]], [["Status"], ["Open"]])) as unknown[][];
    expect(table[0]).toEqual(["Stage", "Lost", "Share"]);
    expect(table[1][2]).toBe("#DIV/0! No lost deals");
  });
});

describe("the menu", () => {
  it("is built in AuthMode.NONE without any other service call", () => {
    for (const event of [{ authMode: "NONE" }, { authMode: { toString: () => "NONE" } }]) {
      const runtime = loadBuilt(code, { authMode: "NONE", userLocale: "zh-CN" });
      expect(runtime.call("onOpen", event)).toBeUndefined();
      expect(runtime.fake.calls.methods()).toEqual(["Menu.addItem", "Menu.addSeparator", "Menu.addToUi", "SpreadsheetApp.getUi", "Ui.createAddonMenu"]);
      const [menu] = runtime.fake.menus;
      expect(menu.map((item) => (item === "separator" ? item : item.functionName))).toEqual(["generateTemplate", "showSidebar", "separator", "showHelp"]);
      for (const item of menu) if (item !== "separator") expect(item.caption).toMatch(/[\u4e00-\u9fff].* · [A-Z]/); // both languages
      for (const item of menu) if (item !== "separator") expect(typeof runtime.context[item.functionName]).toBe("function");
    }
  });

  it("speaks the user's language once authorized, and onInstall builds it too", () => {
    const chinese = loadBuilt(code, { userLocale: "zh-CN", authMode: "LIMITED" });
    chinese.call("onOpen", { authMode: "LIMITED" });
    expect(chinese.fake.menus[0]).toContainEqual({ caption: "生成跟踪模板…", functionName: "generateTemplate" });
    // No user locale: the spreadsheet's (the bound file is readable in LIMITED).
    const fromFile = loadBuilt(code, { userLocale: "", locale: "zh_CN", authMode: "LIMITED" });
    fromFile.call("onOpen", { authMode: "LIMITED" });
    expect(fromFile.fake.menus[0]).toContainEqual({ caption: "函数帮助", functionName: "showHelp" });
    const english = loadBuilt(code, { userLocale: "", locale: "en_GB" });
    english.call("onInstall", { authMode: "FULL" });
    expect(english.fake.menus[0]).toContainEqual({ caption: "Generate template…", functionName: "generateTemplate" });
  });

  it("falls back to both languages when the user's locale cannot be read in AuthMode.LIMITED", () => {
    // Whether Session.getActiveUserLocale() is allowed in LIMITED is not documented: the menu must appear either way.
    for (const locale of ["zh_CN", "en_US"]) {
      const runtime = loadBuilt(code, { userLocale: "zh-CN", locale, authMode: "LIMITED", refuseUserLocaleWhenLimited: true });
      expect(runtime.call("onOpen", { authMode: "LIMITED" })).toBeUndefined();
      expect(runtime.fake.calls.count("Session.getActiveUserLocale")).toBe(1);
      expect(runtime.fake.menus).toHaveLength(1);
      expect(runtime.fake.menus[0]).toEqual([
        { caption: "生成跟踪模板… · Generate template…", functionName: "generateTemplate" },
        { caption: "分析交易（侧边栏） · Analyze deals (sidebar)", functionName: "showSidebar" },
        "separator",
        { caption: "函数帮助 · Function help", functionName: "showHelp" },
      ]);
    }
    // The same when the event carries no mode at all and the locale is refused.
    const unmarked = loadBuilt(code, { userLocale: "en", authMode: "LIMITED", refuseUserLocaleWhenLimited: true });
    unmarked.call("onInstall", undefined);
    expect(unmarked.fake.menus[0][0]).toEqual({ caption: "生成跟踪模板… · Generate template…", functionName: "generateTemplate" });
  });

  it("opens the sidebar on its Generate panel for \"Generate template…\", writing nothing itself", () => {
    const runtime = loadBuilt(code, { locale: "zh_CN", userLocale: "zh-CN" });
    runtime.call("generateTemplate");
    const [sidebar] = runtime.fake.sidebars;
    expect(sidebar.content).toContain('<html lang="zh-CN" data-template-locale="zh-CN" data-panel="generate">');
    expect(runtime.fake.sheetNames()).toEqual(["Sheet1"]);
    runtime.call("showSidebar");
    expect(runtime.fake.sidebars[1].content).toContain('data-panel="analyze"');
  });

  it("shows the help of every function in the user's language, escaped", () => {
    const escaped = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
    for (const [userLocale, title] of [["en", "Custom functions"], ["zh-CN", "自定义函数"]] as const) {
      const runtime = loadBuilt(code, { userLocale });
      runtime.call("showHelp");
      const [dialog] = runtime.fake.dialogs;
      expect(dialog).toMatchObject({ title, width: 620, height: 520 });
      expect(dialog.content).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${userLocale}">`));
      for (const spec of FUNCTIONS) {
        expect(dialog.content).toContain(`=${spec.name}(`);
        expect(dialog.content).toContain(`<p>${escaped(spec.help[userLocale])}</p>`);
        for (const param of spec.params) expect(dialog.content).toContain(`<code>${param.name}</code>`);
        for (const param of spec.params) expect(dialog.content).toContain(escaped(param.help[userLocale]));
      }
      expect(dialog.content).not.toMatch(/<script/i);
    }
  });

  it("carries each function's help once, in its stub: the help page is an HTML file of the project", () => {
    // Apps Script parses Code.js on every recalculation; the bundle's copy of the help would be parsed for nothing.
    const bundle = code.slice(code.indexOf('\n"use strict";var SalesCore='));
    expect(bundle.length).toBeGreaterThan(10_000);
    const texts = FUNCTIONS.flatMap((spec) => [spec.help, ...spec.params.map((param) => param.help)]).flatMap((help) => [help.en, help["zh-CN"]]);
    // As a string literal, whole or by its first 40 characters (a short one, "目标值", is also part of other words).
    const literal = (text: string) => ['"', "'", "`"].some((quote) => bundle.includes(`${quote}${text}${quote}`) || (text.length > 40 && bundle.includes(`${quote}${text.slice(0, 40)}`)));
    const inBundle = texts.filter(literal);
    expect(inBundle).toEqual([]);
    for (const spec of FUNCTIONS) expect(code.split(spec.help.en).length, spec.name).toBe(2);
  });
});

describe("the sidebar's server functions", () => {
  it("open the sidebar in the user's language, the template defaulting to the spreadsheet's", () => {
    const runtime = loadBuilt(code, { userLocale: "zh-CN", locale: "en_US" });
    runtime.call("showSidebar");
    const [sidebar] = runtime.fake.sidebars;
    expect(sidebar.title).toBe("销售流程优化");
    expect(sidebar.content).toContain('<html lang="zh-CN" data-template-locale="en" data-panel="analyze">');
    expect(sidebar.content).not.toMatch(/<(link|script)[^>]+(src|href)=/i); // nothing loaded from the network
  });

  it("plan, then draw the sidebar's template sheet by sheet; a clash offers choices and never overwrites", async () => {
    const runtime = loadBuilt(code, { locale: "zh_CN", userLocale: "zh-CN" });
    const spec = buildTemplate({ locale: "zh-CN", sampleDeals: 200 });
    const calls: { name: string; chars: number }[] = [];
    const steps: string[] = [];
    const hooks = { callServer: callThrough(runtime, calls), askClash: () => Promise.reject(new Error("no clash expected")), progress: (_: number, __: number, sheet: string) => steps.push(sheet) };
    expect(await generateThroughServer(spec, hooks)).toEqual({ status: "done", created: spec.sheets.map((sheet) => sheet.name), kept: [] });
    expect(steps).toEqual(spec.sheets.map((sheet) => sheet.name));
    expect(calls.map((call) => call.name)).toEqual(["sidebarPlan", ...spec.sheets.map(() => "sidebarDrawSheet")]);
    // What the server drew is the spec, cell for cell: the same as the renderer given the spec directly.
    const direct = new SheetsFake({ locale: "zh_CN" });
    renderWorkbook(spec, direct.spreadsheet, { app: direct.app, charts: direct.charts });
    // (Object keys compared regardless of order: names are set sheet by sheet here, all at the end there.)
    expect(plain(runtime.fake.snapshot())).toEqual(plain(direct.snapshot()));
    expect(runtime.fake.namedRangeRefs().WinRate).toMatch(new RegExp(`^'${SHEET_NAMES.dashboard["zh-CN"]}'!B\\d+$`));

    // Again: every sheet and name exists. The user is asked; cancelling changes nothing.
    const before = JSON.stringify(runtime.fake.snapshot());
    const asked: Clash[] = [];
    const choose = (choice: "cancel" | "addMissing" | "copy") => ({
      ...hooks,
      askClash: (clash: Clash) => {
        asked.push(clash);
        return Promise.resolve(choice);
      },
    });
    expect(await generateThroughServer(spec, choose("cancel"))).toEqual({ status: "cancelled" });
    expect(asked[0].sheets).toEqual(spec.sheets.map((sheet) => sheet.name));
    expect(asked[0].names).toEqual(expect.arrayContaining(["WinRate", "StageNames", "DealsTable"]));
    expect(asked[0].copy).toBe(2);
    expect(JSON.stringify(runtime.fake.snapshot())).toBe(before);
    // "Add only the missing sheets" with none missing adds nothing and keeps all.
    expect(await generateThroughServer(spec, choose("addMissing"))).toMatchObject({ status: "done", created: [], kept: spec.sheets.map((sheet) => sheet.name) });
    expect(JSON.stringify(runtime.fake.snapshot())).toBe(before);
    // A sheet drawn with "stop" over an existing one is refused as a clash, untouched.
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    const clash = plain(runtime.call("sidebarDrawSheet", { locale: "zh-CN", sheet: encodeSheet(deals), names: spec.names, onClash: "stop" }));
    // The sheet, and the workbook name of its table (the only name pointing into it).
    expect(clash).toEqual({ status: "clash", clashes: [deals.name, ...deals.tables.map((table) => table.name)] });
    expect(spec.names.some((name) => name.ref.startsWith(`'${deals.name}'!`))).toBe(false);
    expect(JSON.stringify(runtime.fake.snapshot())).toBe(before);
    // A numbered copy reads only itself.
    const copy = await generateThroughServer(spec, choose("copy"));
    expect(copy).toMatchObject({ status: "done", created: spec.sheets.map((sheet) => `${sheet.name} (2)`) });
    expect(runtime.fake.namedRangeRefs().WinRate_2).toMatch(new RegExp(`^'${SHEET_NAMES.dashboard["zh-CN"]} \\(2\\)'!B\\d+$`));
  });

  it("end a generation on the first sheet it added (the Guide), as Excel does, with one lookup and one activation", async () => {
    const runtime = loadBuilt(code, { userLocale: "en" });
    const spec = buildTemplate({ locale: "en" });
    const calls: { name: string; chars: number }[] = [];
    await generateThroughServer(spec, { ...noClash(runtime), callServer: callThrough(runtime, calls) });
    expect(runtime.fake.activeSheet?.name).toBe(spec.sheets[0].name);
    expect(calls.map((call) => call.name)).toEqual(["sidebarPlan", ...spec.sheets.map(() => "sidebarDrawSheet")]);

    // "Add only the missing sheets": the first of those added, not the Guide that was kept.
    for (const name of [spec.sheets[3].name, spec.sheets[6].name]) runtime.fake.spreadsheet.deleteSheet(runtime.fake.spreadsheet.getSheetByName(name)!);
    runtime.fake.activeSheet = runtime.fake.sheet(spec.sheets[0].name);
    runtime.fake.calls.reset();
    const missing = await generateThroughServer(spec, { ...noClash(runtime), askClash: () => Promise.resolve("addMissing" as const) });
    expect(missing).toMatchObject({ status: "done", created: [spec.sheets[3].name, spec.sheets[6].name] });
    expect(runtime.fake.activeSheet?.name).toBe(spec.sheets[3].name);
    // The activation is one Sheet.activate (after one lookup by name), however many sheets were sent.
    expect(runtime.fake.calls.count("Sheet.activate")).toBe(1);

    // The last request's `activate` names a sheet like any other: anything else is refused before a change.
    const guide = encodeSheet(spec.sheets[0]);
    expect(plain(runtime.call("sidebarDrawSheet", { locale: "en", sheet: guide, names: [], onClash: "stop", activate: "" }))).toMatchObject({ status: "invalid" });
  });

  it("stop a generation when Sheets refuses a sheet or one appears meanwhile, keeping what was added before", async () => {
    const runtime = loadBuilt(code, { userLocale: "en" });
    const spec = buildTemplate({ locale: "en" });
    // The third sheet's dropdown reads a sheet that does not exist: Sheets refuses that range.
    const refused: typeof spec = {
      ...spec,
      sheets: spec.sheets.map((sheet, index) => (index === 2 ? { ...sheet, validations: [{ ref: "A2:A3", list: { range: "'Nowhere'!A1:A3" }, error: "pick one" }] } : sheet)),
    };
    const stopped = await generateThroughServer(refused, noClash(runtime)).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(GenerationStopped);
    const { why, created } = stopped as GenerationStopped;
    expect(created).toEqual(spec.sheets.slice(0, 2).map((sheet) => sheet.name));
    expect(why).toEqual({ message: expect.stringMatching(new RegExp(`^Google Sheets refused to write "${spec.sheets[2].name}": .*Range not found.*That sheet was not kept\\.$`)) });
    expect(runtime.fake.sheetNames()).toEqual(["Sheet1", ...created]);

    // A sheet of the template appears between the plan and its turn: it is left alone, the run stops there.
    const raced = loadBuilt(code, { userLocale: "en" });
    const hooks = {
      ...noClash(raced),
      progress: (step: number) => {
        if (step === 3) raced.fake.spreadsheet.insertSheet(spec.sheets[3].name, 0);
      },
    };
    const race = (await generateThroughServer(spec, hooks).catch((error: unknown) => error)) as GenerationStopped;
    expect(race.why).toEqual({ clashes: [spec.sheets[3].name] });
    expect(race.created).toEqual(spec.sheets.slice(0, 3).map((sheet) => sheet.name));
  });

  it("send nothing to draw when a sheet would be over the ceiling", async () => {
    const runtime = loadBuilt(code, { userLocale: "en" });
    const spec = buildTemplate({ locale: "en" });
    const rows = Array.from({ length: 100 }, (_, index) => [{ text: `${index} ${"x".repeat(45_000)}` }]);
    const huge = { ...spec, sheets: spec.sheets.map((sheet, index) => (index === 1 ? { ...sheet, blocks: [...sheet.blocks, { at: "Z1", rows }] } : sheet)) };
    const calls: { name: string; chars: number }[] = [];
    const outcome = await generateThroughServer(huge, { ...noClash(runtime), callServer: callThrough(runtime, calls) });
    expect(outcome).toEqual({ status: "tooLarge", sheet: spec.sheets[1].name });
    expect(calls.map((call) => call.name)).toEqual(["sidebarPlan"]);
    expect(runtime.fake.sheetNames()).toEqual(["Sheet1"]);
  });

  it("offer a copy, not \"add missing\", when only another template's workbook names exist", async () => {
    const runtime = loadBuilt(code, { userLocale: "en" });
    await generateThroughServer(buildTemplate({ locale: "zh-CN" }), noClash(runtime));
    const asked: Clash[] = [];
    const english = buildTemplate({ locale: "en" });
    const answer = (choice: "addMissing" | "copy") => ({
      ...noClash(runtime),
      askClash: (clash: Clash) => {
        asked.push(clash);
        return Promise.resolve(choice);
      },
    });
    const before = JSON.stringify(runtime.fake.snapshot());
    expect(await generateThroughServer(english, answer("addMissing"))).toEqual({ status: "cancelled" });
    expect(asked[0]).toMatchObject({ sheets: [], copy: 2 });
    expect(asked[0].names).toEqual(expect.arrayContaining(["WinRate", "DealsTable"]));
    expect(JSON.stringify(runtime.fake.snapshot())).toBe(before);
    expect(await generateThroughServer(english, answer("copy"))).toMatchObject({ status: "done", created: english.sheets.map((sheet) => `${sheet.name} (2)`) });
  });

  it("make no code from strings: no eval, no new Function, not even a library's probe for it", async () => {
    const runtime = loadBuilt(code, { userLocale: "en" });
    await generateThroughServer(buildTemplate({ locale: "en", sampleDeals: 30 }), noClash(runtime));
    runtime.call("sidebarDrawSheet", { locale: "en", sheet: "not a sheet", names: [], onClash: "stop" });
    await analyzeSheets(callThrough(runtime));
    runtime.call("WIN_RATE", [["Won"], ["Lost"]]);
    expect(runtime.codeFromStrings).toEqual([]);
    expect(code).not.toMatch(/\beval\(|new Function\b|[=(,]\s*Function\b/);
  });

  it("refuse requests they cannot read, saying where in the user's language, and change nothing", () => {
    const runtime = loadBuilt(code, { userLocale: "en" });
    const spec = buildTemplate({ locale: "en" });
    const guide = encodeSheet(spec.sheets[0]);
    const draw = { locale: "en", sheet: guide, names: spec.names, onClash: "stop" };
    const message = (where: string) => `The sidebar's request could not be read (${where}); nothing was changed. Close the sidebar and open it again.`;
    const cases: [string, unknown, string][] = [
      ["sidebarDrawSheet", { ...draw, locale: "fr" }, "locale"],
      ["sidebarDrawSheet", { ...draw, onClash: "overwrite" }, "onClash"],
      ["sidebarDrawSheet", { ...draw, sheet: { ...guide, blocks: [{ at: "A1", rows: [[{ formula: "1+1" }]] }] } }, "sheet.blocks[0].rows[0][0]"],
      ["sidebarDrawSheet", { ...draw, sheet: { ...guide, blocks: [{ at: "A1", rows: [[Number.MAX_VALUE], 1e9] }] } }, "sheet.blocks[0].rows[1]"],
      ["sidebarDrawSheet", { ...draw, sheet: { ...guide, styles: [{ ref: "A1:ZZZZ1", style: "title" }] } }, "sheet.styles[0].ref"],
      ["sidebarDrawSheet", { ...draw, sheet: { ...guide, name: "" } }, "sheet.name"],
      ["sidebarDrawSheet", { ...draw, sheet: { ...guide, blocks: [{ at: "A1", rows: [[null], 5_000_000] }] } }, "sheet.blocks[0].rows[1]"],
      ["sidebarDrawSheet", { ...draw, sheet: { ...guide, blocks: [{ at: "A1", rows: Array.from({ length: 60_000 }, () => [null]) }, { at: "B1", rows: Array.from({ length: 40_001 }, () => [null]) }] } }, "sheet.blocks"],
      ["sidebarDrawSheet", "<img src=x>", ""],
      ["sidebarPlan", { sheets: [], names: [] }, "sheets"],
      ["sidebarPlan", { sheets: ["Deals"], names: [7] }, "names[0]"],
    ];
    for (const [name, request, where] of cases) expect(plain(runtime.call(name, request)), `${name} ${where}`).toEqual({ status: "invalid", message: message(where) });
    expect(runtime.fake.sheetNames()).toEqual(["Sheet1"]);
    expect(runtime.fake.calls.methods().filter((method) => !method.startsWith("Session.") && method !== "SpreadsheetApp.getActive" && method !== "Spreadsheet.getSpreadsheetLocale")).toEqual([]);
  });

  it("keep text from the browser as text: a cell that looks like a formula arrives as a string and stays one", () => {
    const runtime = loadBuilt(code, { userLocale: "en" });
    const guide = encodeSheet(buildTemplate({ locale: "en" }).sheets[0]);
    const hostile = { ...guide, blocks: [{ at: "A1", rows: [["=IMPORTXML(\"http://x\",\"//a\")", "+1-2", "2026-01-05"]] }] };
    expect(plain(runtime.call("sidebarDrawSheet", { locale: "en", sheet: hostile, names: [], onClash: "stop" }))).toMatchObject({ status: "done" });
    const sheet = runtime.fake.sheet(guide.name)!;
    expect(["A1", "B1", "C1"].map((a1) => [sheet.at(a1).value, sheet.at(a1).formula])).toEqual([
      ['=IMPORTXML("http://x","//a")', ""],
      ["+1-2", ""],
      ["2026-01-05", ""],
    ]);
  });

  it("analyze the active sheet as the core does, dates read in the spreadsheet's zone and sent as ISO text", async () => {
    const runtime = loadBuilt(code, { locale: "zh_CN", userLocale: "zh-CN", timeZone: ZONE, sheets: ["我的交易"] });
    const { grid, asSheets, badRows } = sampleLog("zh-CN", runtime);
    expect(badRows).toHaveLength(4);
    runtime.fake.put("我的交易", "A1", asSheets);
    const answer = await analyzeSheets(callThrough(runtime));
    expect(isWireSafe(answer)).toBe(true);
    const report = analyzeDeals(grid, { locale: "zh-CN", timeZone: "UTC" })!;
    const wire = plain(answer) as Extract<AnalyzeResponse, { status: "ok" }>;
    expect(wire).toMatchObject({
      status: "ok",
      locale: "zh-CN",
      sheet: "我的交易",
      deals: report.deals,
      funnel: plain(report.funnel),
      winRate: report.winRate,
      cycleTimeDays: plain(report.cycleTimeDays),
      pipelineVelocity: report.pipelineVelocity,
      lossPoints: plain(report.lossPoints),
      problems: plain(report.problems),
      problemCount: report.problems.length,
    });
    expect(wire.period?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(wire.period!.from <= wire.period!.to).toBe(true);

    const problem = wire.problems[0];
    expect(plain(runtime.call("sidebarSelectRow", problem.row, wire.sheet))).toEqual({ status: "ok", sheet: "我的交易", row: problem.row });
    const lastColumn = String.fromCharCode(64 + grid[0].length);
    expect(runtime.fake.activeRange).toEqual({ sheet: "我的交易", a1: `A${problem.row}:${lastColumn}${problem.row}` });
    expect(plain(runtime.call("sidebarSelectRow", 5, "no such sheet"))).toEqual({ status: "missing" });
    expect(plain(runtime.call("sidebarSelectRow", "5", "我的交易"))).toEqual({ status: "missing" });
  });

  it("analyze the template's Deals sheet when the active sheet is not a deal log", async () => {
    const runtime = loadBuilt(code, { locale: "en_US", userLocale: "en", timeZone: ZONE });
    await generateThroughServer(buildTemplate({ locale: "en", sampleDeals: 120 }), noClash(runtime));
    const answer = (await analyzeSheets(callThrough(runtime))) as Extract<AnalyzeResponse, { status: "ok" }>;
    expect(answer.sheet).toBe(SHEET_NAMES.deals.en);
    // The template's dates are serials under a date format: Sheets (and the fake) hand them over as Dates.
    const spec = buildTemplate({ locale: "en", sampleDeals: 120 });
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    expect(answer.deals).toBe(deals.blocks.find((block) => block.at === "A2")!.rows.length);
    expect(answer.period).not.toBeNull();

    // A template with the team's own stages is read by its own Stages sheet.
    const own = loadBuilt(code, { locale: "en_US", userLocale: "en", timeZone: ZONE });
    const stages = ["Discovery", "Demo", "Trial", "Signed"];
    await generateThroughServer(buildTemplate({ locale: "en", stages, sampleDeals: 60 }), noClash(own));
    const ownAnswer = (await analyzeSheets(callThrough(own))) as Extract<AnalyzeResponse, { status: "ok" }>;
    expect(ownAnswer.status).toBe("ok");
    expect(ownAnswer.funnel.map((row) => row.stage)).toEqual(stages);
    expect(ownAnswer.funnel[0].reached).toBe(ownAnswer.deals);

    // A fresh template without sample data: its Deals sheet names the stages and holds no deal yet — a report
    // of 0 deals (the sidebar says "No deals yet"), from whichever sheet of the template is active.
    for (const locale of ["zh-CN", "en"] as const) {
      const fresh = loadBuilt(code, { locale: locale === "en" ? "en_US" : "zh_CN", userLocale: locale, timeZone: ZONE });
      const template = buildTemplate({ locale, sampleDeals: 0 });
      await generateThroughServer(template, noClash(fresh));
      for (const sheet of template.sheets) {
        fresh.fake.activeSheet = fresh.fake.sheet(sheet.name);
        const freshAnswer = (await analyzeSheets(callThrough(fresh))) as AnalyzeResponse;
        expect(freshAnswer, `${locale}: ${sheet.name}`).toMatchObject({ status: "ok", sheet: SHEET_NAMES.deals[locale], deals: 0, period: null, problemCount: 0 });
      }
    }

    const empty = loadBuilt(code, { userLocale: "en" });
    expect((await analyzeSheets(callThrough(empty)))).toMatchObject({ status: "notADealLog", locale: "en", sheet: "Sheet1" });
    // An empty sheet is said to be empty (core/parse/verdict.ts), after the sheet's name.
    expect(((await analyzeSheets(callThrough(empty))) as { message: string }).message).toMatch(/^"Sheet1": The sheet is empty: no header row and no deal to read/);
  });
});

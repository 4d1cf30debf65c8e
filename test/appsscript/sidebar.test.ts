/**
 * The built sidebar (dist/appsscript/Sidebar.html) in headless Chromium, its `google.script.run` answered by the
 * built Code.js running on the fake in this process (page.exposeFunction): the analyze and generate flows work
 * by clicking, nothing is fetched from the network, user text stays text. Takes the README's pictures of both panels:
 * into a scratch folder, or into docs/images under `npm run screenshots` (SCREENSHOTS=1, which needs a Chinese font).
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeDeals } from "../../core/report/analyzeDeals";
import { dayFromCivil } from "../../core/parse/dates";
import { sampleDeals } from "../../core/sample/sampleDeals";
import { sampleGrid } from "../../core/sample/sampleGrid";
import { buildTemplate } from "../../core/template/buildTemplate";
import { MAX_ANSWER_CHARS, MAX_REQUEST_CHARS } from "../../appsscript/shared/protocol";
import { DEFAULT_STAGES } from "../../core/model/stages";
import { say } from "../../appsscript/sidebar/text";
import { isWireSafe, loadBuilt, plain, readBuilt, type BuiltRuntime } from "./support/builtRuntime";
import { dayOfUtcMidnight, isDate, zonedMidnight } from "./support/zonedDates";
import { refreshingScreenshots, screenshotPath } from "../support/screenshots";
import { buildCli, cli } from "../cli/helpers";

const ZONE = "Asia/Shanghai";
const LOG_SHEET = "交易记录";
/** A sheet name a user could type, which must show as text. */
const HOSTILE_NAME = "交易记录 <img src=x onerror=window.__xss=1>";

function hasCjkFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

/**
 * A picture of the page down to the end of `panel` (the sidebar scrolls inside its viewport: fit it first), saved
 * as `name` in the scratch folder, or in docs/images under `npm run screenshots` (test/support/screenshots.ts).
 */
async function pictureOf(panel: string, name: string): Promise<void> {
  const height = await page.evaluate((selector) => Math.ceil(document.querySelector(selector)!.getBoundingClientRect().bottom) + 24 + 56, panel);
  await page.setViewportSize({ width: 300, height });
  const path = screenshotPath(name, pictures);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  expect(readFileSync(path).subarray(1, 4).toString()).toBe("PNG");
  await page.setViewportSize({ width: 300, height: 1100 });
}

/** The funnel chart as the accessibility tree exposes it (Chromium's, through the DevTools protocol). */
async function funnelForScreenReaders(): Promise<{ name: unknown; description: unknown }> {
  const session = await context.newCDPSession(page);
  try {
    const { nodes } = (await session.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value?: unknown }; name?: { value?: unknown }; description?: { value?: unknown } }[] };
    const images = nodes.filter((node) => node.role?.value === "image");
    expect(images).toHaveLength(1);
    return { name: images[0].name?.value, description: images[0].description?.value };
  } finally {
    await session.detach();
  }
}

/** Waits for an analysis of `sheet` to be shown (the live region says it is done). */
async function analyzeAndWait(sheet: string): Promise<void> {
  await page.click("#analyze");
  await expect.poll(() => page.locator("#analyze-status").textContent()).toMatch(new RegExp(`^已分析“${sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}”`));
}

/** The id of the element that has the focus. */
const focused = () => page.evaluate(() => document.activeElement?.id ?? "");

let runtime: BuiltRuntime;
let context: BrowserContext;
let page: Page;
let server: Server;
let profile: string;
/** Where the pictures go when they are not refreshing the README's. */
let pictures: string;
const external: string[] = [];
const served: { html: string } = { html: "" };

/**
 * The browser side of google.script.run: the chaining API, handlers called asynchronously, JSON only, and no
 * call above the sidebar's own ceiling (MAX_REQUEST_CHARS); each call's size is kept in window.__gasSizes.
 */
const GOOGLE_SCRIPT_RUN = `
(() => {
  const hasDate = (value) => value instanceof Date || (Array.isArray(value) ? value.some(hasDate) : value !== null && typeof value === "object" && Object.values(value).some(hasDate));
  const runner = (onSuccess, onFailure) => new Proxy({}, {
    get(_, name) {
      if (name === "withSuccessHandler") return (handler) => runner(handler, onFailure);
      if (name === "withFailureHandler") return (handler) => runner(onSuccess, handler);
      return (...args) => {
        if (hasDate(args)) throw new Error("google.script.run cannot send a Date");
        const json = JSON.stringify(args);
        (window.__gasSizes ||= []).push([String(name), json.length]);
        if (json.length > ${MAX_REQUEST_CHARS}) throw new Error("request over the ceiling: " + json.length);
        window.__gasRun(String(name), JSON.parse(json)).then(
          (value) => onSuccess && onSuccess(value),
          (error) => onFailure && onFailure(new Error(String(error && error.message || error))),
        );
      };
    },
  });
  window.google = { script: { run: runner() } };
})();
`;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, ["scripts/build-appsscript.mjs"], { cwd: process.cwd() });
  runtime = loadBuilt(readBuilt("Code.js"), { locale: "zh_CN", userLocale: "zh-CN", timeZone: ZONE, sheets: [LOG_SHEET] });
  const { grid } = sampleGrid(sampleDeals({ count: 400, seed: 11, locale: "zh-CN" }), { locale: "zh-CN", dates: "date", badRows: 5, seed: 5 });
  runtime.fake.put(
    LOG_SHEET,
    "A1",
    grid.map((row) => row.map((cell) => (isDate(cell) ? new runtime.ScriptDate(zonedMidnight(dayOfUtcMidnight(cell), ZONE)) : cell))),
  );
  runtime.call("showSidebar");
  served.html = runtime.fake.sidebars[0].content;

  server = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(served.html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  // The README's pictures show Chinese: without a CJK font they would show boxes (tofu), so refuse to write them.
  if (refreshingScreenshots() && !hasCjkFont()) throw new Error("npm run screenshots needs a Chinese font (apt-get install fonts-wqy-microhei)");
  pictures = mkdtempSync(join(tmpdir(), "sheets-sidebar-pictures-"));
  profile = mkdtempSync(join(tmpdir(), "sheets-sidebar-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    viewport: { width: 300, height: 1100 },
    deviceScaleFactor: 2,
    locale: "zh-CN",
  });
  await context.route("**/*", (route) => {
    if (route.request().url() === url) return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  await context.exposeFunction("__gasRun", (name: string, args: unknown[]) => {
    const answer = runtime.call(name, ...args);
    if (typeof answer === "object" && answer !== null && "thrown" in answer) throw new Error((answer as { thrown: string }).thrown);
    if (answer !== undefined && !isWireSafe(answer)) throw new Error(`${name} answered with something google.script.run cannot carry`);
    if (answer !== undefined && JSON.stringify(answer).length > MAX_ANSWER_CHARS) throw new Error(`${name} answered over the ceiling`);
    return plain(answer);
  });
  await context.addInitScript(GOOGLE_SCRIPT_RUN);
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (pictures) rmSync(pictures, { recursive: true, force: true });
});

describe("the sidebar in Chromium", () => {
  it("analyzes by clicking: key figures, an SVG funnel, problem rows that select their row", async () => {
    expect(await page.locator("#tab-analyze").textContent()).toBe("分析交易");
    await page.click("#analyze");
    await page.locator("#analysis").waitFor({ state: "visible" });

    const report = analyzeDeals(
      sampleGrid(sampleDeals({ count: 400, seed: 11, locale: "zh-CN" }), { locale: "zh-CN", dates: "date", badRows: 5, seed: 5 }).grid,
      { locale: "zh-CN", timeZone: "UTC" },
    )!;
    expect(await page.locator("#analysis-sheet .sheet-name").textContent()).toBe(`“${LOG_SHEET}” · ${report.deals} 笔交易`);

    const figure = (key: string) => page.locator(`[data-figure="${key}"] .figure-value`).textContent();
    expect(await figure("dealsCounted")).toBe(String(report.deals));
    expect(await figure("winRate")).toBe(`${(report.winRate! * 100).toFixed(1)}%`);
    // As the task pane writes days: at most one decimal ("39 天", "45.3 天"), not "39.0 天".
    expect(await figure("cycleMedian")).toBe(`${String(Math.round(report.cycleTimeDays.median! * 10) / 10)} 天`);

    expect(await page.locator("#funnel svg g.stage").count()).toBe(report.funnel.length);
    expect(await page.locator("#funnel svg .stage-name").allTextContents()).toEqual(report.funnel.map((row) => row.stage));
    const widths = await page.locator("#funnel svg rect").evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute("width"))));
    expect(widths).toEqual([...widths].sort((a, b) => b - a)); // a funnel narrows
    // Right of each bar: reached, then the step conversion from the stage before (none for the first stage),
    // as the Excel pane's funnel shows (test/addin/pane.test.ts), with a legend saying so.
    const share = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)}%`);
    expect(await page.locator("#funnel svg .stage-figure").allTextContents()).toEqual(
      report.funnel.map((row, index) => (index === 0 ? String(row.reached) : `${row.reached} · ${share(row.stepConversion)}`)),
    );
    expect(await page.locator("#funnel svg .funnel-legend").textContent()).toBe(say("zh-CN", "funnelLegend"));
    // Screen readers get every stage's figures, as the Excel pane's chart gives them, and hear that it is done.
    const figures = report.funnel.map((row, index) => `${row.stage} ${index === 0 ? row.reached : `${row.reached} · ${share(row.stepConversion)}`}`);
    expect(await funnelForScreenReaders()).toEqual({ name: "销售漏斗", description: say("zh-CN", "funnelDescription", { list: figures.join("、") }) });
    expect(await page.locator("#analyze-status").getAttribute("aria-live")).toBe("polite");
    expect(await page.locator("#analyze-status").textContent()).toBe(`已分析“${LOG_SHEET}”：${report.deals} 笔交易，${report.problems.length} 个问题行。`);

    expect(await page.locator("#problems li").count()).toBe(report.problems.length);
    expect(await page.locator("#problems-title").textContent()).toBe(`问题行（${report.problems.length}）`);
    const second = report.problems[1];
    await page.locator("#problems li button").nth(1).click();
    await expect.poll(() => runtime.fake.activeRange?.a1).toMatch(new RegExp(`^A${second.row}:[A-Z]+${second.row}$`));
    expect(runtime.fake.activeRange?.sheet).toBe(LOG_SHEET);
    expect(await page.locator("#problems li button").nth(1).getAttribute("class")).toContain("current");

    await pictureOf("#panel-analyze", "sheets-sidebar.png");
  });

  it("shows a sheet name full of markup as text", async () => {
    runtime.fake.sheet(LOG_SHEET).name = HOSTILE_NAME;
    try {
      await page.click("#analyze");
      await expect.poll(() => page.locator("#analysis-sheet .sheet-name").textContent()).toContain(HOSTILE_NAME);
      expect(await page.locator("img").count()).toBe(0);
      await page.locator("#problems li button").first().click();
      await expect.poll(() => runtime.fake.activeRange?.sheet).toBe(HOSTILE_NAME);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    } finally {
      runtime.fake.sheet(HOSTILE_NAME).name = LOG_SHEET;
    }
  });

  it("says so in the status line when a problem's sheet was renamed since the analysis", async () => {
    await analyzeAndWait(LOG_SHEET);
    const row = Number(await page.locator("#problems li button").first().getAttribute("data-row"));
    const selected = runtime.fake.activeRange;
    runtime.fake.sheet(LOG_SHEET).name = "交易记录（旧）";
    try {
      await page.locator("#problems li button").first().click();
      await expect.poll(() => page.locator("#analyze-status").textContent()).toBe(say("zh-CN", "rowMissing", { row, sheet: LOG_SHEET }));
      expect(await page.locator("#analyze-status").getAttribute("class")).toContain("error");
      expect(runtime.fake.activeRange).toEqual(selected);
    } finally {
      runtime.fake.sheet("交易记录（旧）").name = LOG_SHEET;
    }
  });

  it("says kindly that a log has no deal yet, and shows English default stages whole", async () => {
    const empty = "新交易表";
    const english = "Pipeline";
    runtime.fake.spreadsheet.insertSheet(english, 1);
    const stages = DEFAULT_STAGES.map((stage) => stage.en);
    const day = (offset: number) => new runtime.ScriptDate(zonedMidnight(46_027 + offset, ZONE));
    runtime.fake.put(english, "A1", [["Deal", ...stages, "Status"], ...Array.from({ length: 24 }, (_, deal) => [`D${deal}`, ...stages.map((_, stage) => (stage <= deal % stages.length ? day(deal + stage * 3) : "")), "Open"])]);
    runtime.fake.spreadsheet.insertSheet(empty, 1);
    runtime.fake.put(empty, "A1", [["编号", ...DEFAULT_STAGES.map((stage) => stage["zh-CN"]), "状态"]]);
    try {
      await analyzeAndWait(empty);
      expect(await page.locator("#analysis-sheet .sheet-name").textContent()).toBe(`“${empty}” · 0 笔交易`);
      expect(await page.locator("#analyze-status").textContent()).toBe(`已分析“${empty}”：0 笔交易，0 个问题行。`);
      expect(await page.locator("#no-deals").isVisible()).toBe(true);
      expect(await page.locator("#no-deals").textContent()).toBe(say("zh-CN", "noDeals"));
      expect(await page.locator("#figures").isVisible()).toBe(false);
      expect(await page.locator("#problems-note").textContent()).toBe("没有问题行。");

      runtime.call("sidebarSelectRow", 1, english); // activates the sheet, as a user's click on its tab
      await analyzeAndWait(english);
      expect(await page.locator("#no-deals").isVisible()).toBe(false);
      expect(await page.locator("#figures").isVisible()).toBe(true);
      expect(await page.locator("#funnel svg .stage-name").allTextContents()).toEqual(stages);
      // Each name ends left of the widest bar, at the sidebar's 300 px.
      const room = await page.locator("#funnel svg").evaluate((svg) => ({
        names: [...svg.querySelectorAll<SVGTextElement>(".stage-name")].map((name) => name.getBBox().x + name.getBBox().width),
        bars: Math.min(...[...svg.querySelectorAll<SVGRectElement>("rect")].map((bar) => bar.x.baseVal.value)),
      }));
      for (const right of room.names) expect(right).toBeLessThan(room.bars);
    } finally {
      for (const name of [empty, english]) runtime.fake.spreadsheet.deleteSheet(runtime.fake.spreadsheet.getSheetByName(name)!);
      runtime.fake.activeSheet = runtime.fake.sheet(LOG_SHEET);
    }
  });

  it("a stage history: the CLI's notes under the sheet's name; every row a problem: the CLI's line as the error, problem rows kept", async () => {
    // test/fixtures/exports/history/zh-stage-log.csv, a hand-kept 阶段变更记录 (research §5.3).
    const history = readFileSync(new URL("../fixtures/exports/history/zh-stage-log.csv", import.meta.url), "utf8").trim().split(/\r?\n/).map((line) => line.split(","));
    const bad = "坏表";
    runtime.fake.spreadsheet.insertSheet("阶段变更", 1);
    runtime.fake.put("阶段变更", "A1", history);
    try {
      await analyzeAndWait("阶段变更");
      const notes = await page.locator("#analysis-sheet .gray").allTextContents();
      expect(notes).toContain("阶段顺序按交易通常在第几天首次进入各阶段排列，成交阶段最后：初步接洽 → 需求确认 → 方案报价 → 商务谈判 → 签约；如需更改，请在名为“阶段”的工作表中按顺序列出各阶段（标题为“阶段”的一列）");
      // The sidebar has no command line: no note names an option.
      for (const note of notes) expect(note).not.toContain("--stages");
      expect(notes).toContain("1 笔丢单不知道丢在哪个阶段：计入赢单率，并计入第一个阶段");

      // Two deals, both with an unreadable 线索 date: none read, 2 × the same problem in column B.
      runtime.fake.spreadsheet.insertSheet(bad, 1);
      runtime.fake.put(bad, "A1", [["编号", "线索", "成交"], ["D1", "很快", ""], ["D2", "以后", ""]]);
      runtime.call("sidebarSelectRow", 1, bad);
      await page.click("#analyze");
      await expect.poll(() => page.locator("#analyze-status").textContent()).toMatch(/^“坏表”：2 行都无法读取：最常见的问题是 B 列（“线索”）的.*，共 2 处/);
      expect(await page.locator("#analyze-status").getAttribute("class")).toContain("error");
      expect(await page.locator("button.problem").evaluateAll((buttons) => buttons.map((button) => Number(button.getAttribute("data-row"))))).toEqual([2, 3]);
    } finally {
      for (const name of ["阶段变更", bad]) {
        const sheet = runtime.fake.spreadsheet.getSheetByName(name);
        if (sheet !== null) runtime.fake.spreadsheet.deleteSheet(sheet);
      }
      runtime.fake.activeSheet = runtime.fake.sheet(LOG_SHEET);
    }
  });

  // Before the template is generated: once the workbook has a Stages sheet, a log that names two of its stages is
  // read with that list (the reading policy, DEFINITIONS §1), which a CSV given to the CLI has not.
  it("By lead source: the heat table and the flagged groups' sentence are analyze --by's on the same cells", async () => {
    // test/fixtures/exports/zh-segments.csv, a title row above the header, cell for cell as text; the CLI reads the file.
    const file = join(process.cwd(), "test/fixtures/exports/zh-segments.csv");
    const cells = readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((line) => line.split(","));
    await buildCli();
    const json = JSON.parse((await cli(["analyze", file, "--by", "source", "--json", "--lang", "zh-CN"])).stdout).segments;
    const text = (await cli(["analyze", file, "--by", "source", "--lang", "zh-CN"])).stdout.split("\n");
    const from = text.findIndex((line) => line.startsWith("■ 按"));
    const sentences = text.slice(from + 1, text.indexOf("", from)).map((line) => line.replace(/^· /, ""));
    expect(json.groups.some((group: { flag: string | null }) => group.flag !== null)).toBe(true);

    const sheet = "商机台账";
    runtime.fake.spreadsheet.insertSheet(sheet, 1);
    runtime.fake.put(sheet, "A1", cells);
    try {
      runtime.call("sidebarSelectRow", 1, sheet); // activates the sheet, as a user's click on its tab
      await page.click("#tab-analyze");
      expect(await page.locator("label[for='by']").textContent()).toBe("分组");
      expect(await page.locator("#by option").allTextContents()).toEqual(["不分组", "线索来源", "负责人", "团队", "区域", "行业"]);
      await page.selectOption("#by", "source");
      await analyzeAndWait(sheet);
      await page.locator("#segments table.segment-heat").waitFor();
      expect(await page.locator("#segments h2").textContent()).toBe(`按“${json.column}”分组`);
      expect(await page.locator("#segments .segment-sentence").allTextContents()).toEqual(sentences);
      const share = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)}%`);
      const shown = await page.locator("#segments tbody tr").evaluateAll((rows) =>
        rows.map((row) => ({
          group: (row as HTMLElement).dataset.group,
          flag: (row as HTMLElement).dataset.flag ?? null,
          cells: [...row.querySelectorAll("td")].map((cell) => cell.textContent),
          shaded: [...row.querySelectorAll("td[data-figure='step'], td[data-figure='winRate']")].map((cell) => (cell as HTMLElement).style.backgroundColor !== ""),
        })),
      );
      type Group = { group: string; deals: number; funnel: { stepConversion: number | null }[]; winRate: number | null; flag: string | null };
      expect(shown).toEqual(
        json.groups.map((group: Group) => {
          const figures = [...group.funnel.slice(1).map((row) => row.stepConversion), group.winRate];
          return { group: group.group, flag: group.flag, cells: [String(group.deals), ...figures.map(share)], shaded: figures.map((value) => value !== null) };
        }),
      );
      const stages = json.groups[0].funnel.map((row: { stage: string }) => row.stage);
      expect(await page.locator("#segments thead th").allTextContents()).toEqual([
        json.column,
        "交易数",
        ...stages.slice(1).map((stage: string, index: number) => `${stages[index]} → ${stage}`),
        "赢单率",
      ]);
      // A field the sheet has no column for: said in one line, the rest of the report as always.
      await page.selectOption("#by", "region");
      await page.click("#analyze");
      await expect.poll(() => page.locator("#segments .segments-missing").textContent()).toMatch(/^这张表没有“区域”列/);
      expect(await page.locator("#segments table").count()).toBe(0);
      expect(await page.locator("#funnel svg").count()).toBe(1);
      // None: nothing split.
      await page.selectOption("#by", "");
      await analyzeAndWait(sheet);
      expect(await page.locator("#segments").isHidden()).toBe(true);
    } finally {
      runtime.fake.spreadsheet.deleteSheet(runtime.fake.spreadsheet.getSheetByName(sheet)!);
      runtime.fake.activeSheet = runtime.fake.sheet(LOG_SHEET);
    }
  }, 120_000);

  it("says what is wrong with a typed stage list before anything is sent", async () => {
    await page.click("#tab-generate");
    const calls = await page.evaluate(() => ((window as unknown as { __gasSizes?: unknown[] }).__gasSizes ?? []).length);
    await page.fill("#stages", "线索\n商机\n 线索 ");
    await page.click("#generate");
    await expect.poll(() => page.locator("#progress-text").textContent()).toBe("阶段“线索”重复了。");
    await page.fill("#stages", "线索");
    await page.click("#generate");
    await expect.poll(() => page.locator("#progress-text").textContent()).toBe("至少需要 2 个阶段。");
    expect(await page.evaluate(() => ((window as unknown as { __gasSizes?: unknown[] }).__gasSizes ?? []).length)).toBe(calls);
    await page.fill("#stages", "");
  });

  it("generates by clicking, with progress, and offers choices instead of overwriting", async () => {
    await page.click("#tab-generate");
    expect(await page.locator("#language").inputValue()).toBe("zh-CN"); // the spreadsheet's language
    await page.selectOption("#language", "en");
    expect(await page.locator("#stages").getAttribute("placeholder")).toBe("Lead\nOpportunity\nProposal\nQuote\nNegotiation\nWon");
    await page.fill("#stages", "Lead\nDemo\nTrial, Contract\nWon");
    await page.selectOption("#sample", "200");
    await page.click("#generate");
    await expect.poll(() => page.locator("#progress-text").textContent(), { timeout: 20_000 }).toMatch(/^完成：已添加 \d+ 个工作表。$/);

    const spec = buildTemplate({ locale: "en", stages: ["Lead", "Demo", "Trial", "Contract", "Won"], sampleDeals: 200 });
    expect(runtime.fake.sheetNames()).toEqual([LOG_SHEET, ...spec.sheets.map((sheet) => sheet.name)]);
    expect(await page.locator("#created li").count()).toBe(spec.sheets.length);
    expect(await page.locator("#progress-bar").evaluate((bar) => (bar as HTMLElement).style.width)).toBe("100%");
    // The spreadsheet shows the first sheet added (the Guide), as Excel does; the focus is back on Generate.
    expect(runtime.fake.activeSheet?.name).toBe(spec.sheets[0].name);
    expect(await focused()).toBe("generate");
    await pictureOf("#panel-generate", "sheets-sidebar-generate.png");
    const deals = runtime.fake.sheet(spec.sheets.find((sheet) => sheet.key === "deals")!.name);
    expect(deals.at("H1").value).toBe("Lead");
    expect(deals.at("I1").value).toBe("Demo");

    // Again: the sheets exist, so the sidebar asks; a numbered copy leaves the first one as it is.
    const before = JSON.stringify(runtime.fake.snapshot());
    await page.selectOption("#sample", "0");
    await page.click("#generate");
    await page.locator("#clash").waitFor({ state: "visible" });
    expect(await page.locator("#clash-text").textContent()).toContain(spec.sheets[0].name);
    expect(JSON.stringify(runtime.fake.snapshot())).toBe(before);
    expect(await page.locator("#add-copy").textContent()).toBe("添加副本，工作表名后加“(2)”");
    // While the choices are shown the form cannot change, so the choice applies to what it shows; the choices
    // have the focus.
    for (const control of ["#language", "#stages", "#sample", "#generate"]) expect(await page.locator(control).isDisabled(), control).toBe(true);
    expect(await focused()).toBe("add-missing");
    await page.click("#add-copy");
    await expect.poll(() => page.locator("#progress-text").textContent(), { timeout: 20_000 }).toMatch(/^完成/);
    expect(runtime.fake.sheetNames()).toEqual([LOG_SHEET, ...spec.sheets.map((sheet) => sheet.name), ...spec.sheets.map((sheet) => `${sheet.name} (2)`)]);
    const copiedDeals = runtime.fake.sheet(`${deals.name} (2)`);
    expect([copiedDeals.at("H1").value, copiedDeals.at("I1").value]).toEqual(["Lead", "Demo"]);
    expect(runtime.fake.activeSheet?.name).toBe(`${spec.sheets[0].name} (2)`);
    expect(await focused()).toBe("generate");
    for (const control of ["#language", "#stages", "#sample", "#generate"]) expect(await page.locator(control).isDisabled(), control).toBe(false);

    // Cancel changes nothing either.
    const after = JSON.stringify(runtime.fake.snapshot());
    await page.click("#generate");
    await page.locator("#clash").waitFor({ state: "visible" });
    await page.click("#cancel");
    await expect.poll(() => page.locator("#progress-text").textContent()).toBe("已取消，未做任何更改。");
    expect(JSON.stringify(runtime.fake.snapshot())).toBe(after);
    expect(await focused()).toBe("generate");
    // From the keyboard: Enter on Generate, the first choice takes the focus, Escape cancels.
    await page.keyboard.press("Enter");
    await page.locator("#clash").waitFor({ state: "visible" });
    expect(await focused()).toBe("add-missing");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#clash").isHidden()).toBe(true);
    expect(await page.locator("#progress-text").textContent()).toBe("已取消，未做任何更改。");
    expect(await focused()).toBe("generate");
    expect(JSON.stringify(runtime.fake.snapshot())).toBe(after);
  });

  it("fixes the Reviews months from the browser's local day: without sample data, 11 months before this one", async () => {
    // A clock other than the machine's, so a month from anything but the browser's clock (the core's default,
    // 2025-12 … 2026-11) would show; the expectation is read from that same clock.
    await page.clock.setFixedTime(new Date(2031, 3, 10, 12));
    const [year, month] = await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth()]);
    await page.selectOption("#sample", "0");
    await page.click("#generate");
    await page.locator("#clash").waitFor({ state: "visible" });
    await page.click("#add-copy");
    await expect.poll(() => page.locator("#progress-text").textContent(), { timeout: 20_000 }).toMatch(/^完成/);
    const reviews = buildTemplate({ locale: "en" }).sheets.find((sheet) => sheet.key === "reviews")!.name;
    // A date value (the serial, formatted yyyy-mm), not a TODAY() formula.
    const firstMonth = runtime.fake.sheet(`${reviews} (3)`).at("A5");
    expect(firstMonth.formula).toBe("");
    expect(firstMonth.value).toBe(dayFromCivil(year + Math.floor((month - 11) / 12), ((month - 11 + 12) % 12) + 1, 1));
    expect(firstMonth.value).toBe(dayFromCivil(2030, 5, 1));
  });

  it("sent the template sheet by sheet, each call small", async () => {
    const sizes = await page.evaluate(() => (window as unknown as { __gasSizes: [string, number][] }).__gasSizes);
    const draws = sizes.filter(([name]) => name === "sidebarDrawSheet");
    expect(draws.length).toBeGreaterThanOrEqual(2 * 11);
    // The spec of the Deals sheet alone is over a megabyte; its filled-down formulas cross as one row and a count.
    expect(Math.max(...draws.map(([, chars]) => chars))).toBeLessThan(200_000);
  });

  it("builds the tracker from the deal sheet's own deals, the sheet itself untouched", async () => {
    runtime.fake.activeSheet = runtime.fake.sheet(LOG_SHEET);
    const log = JSON.stringify(runtime.fake.sheet(LOG_SHEET).snapshot());
    // The sheet as Analyze reads it now (tests before changed some of its rows): its deals and stages.
    await page.click("#tab-analyze");
    await page.click("#analyze");
    await expect.poll(() => page.locator("#analyze-status").textContent()).toMatch(/^已分析/);
    const deals = Number(/(\d+) 笔交易/.exec((await page.locator("#analyze-status").textContent()) ?? "")?.[1]);
    await page.click("#tab-generate");
    await page.selectOption("#language", "en");
    await page.click("#from-sheet");
    // The template's sheets exist from the tests before: only a numbered copy is offered, never "add missing"
    // (the Deals sheet kept would be the old one, without these deals).
    await page.locator("#clash").waitFor({ state: "visible", timeout: 20_000 });

    expect(await page.locator("#add-missing").isHidden()).toBe(true);
    await page.click("#add-copy");
    await expect.poll(() => page.locator("#progress-text").textContent(), { timeout: 30_000 }).toMatch(/^完成/);
    const status = (await page.locator("#progress-text").textContent()) ?? "";
    // The stages as Analyze reads them (the workbook's Stages sheet, which tests before wrote, when the log fits it).
    const stages = /阶段：(.+?)。/.exec(status)?.[1].split(" → ") ?? [];
    expect(status).toContain(`已填入“${LOG_SHEET}”中的 ${deals} 笔交易，阶段：`);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const unread = Number(/(\d+) 行无法读取/.exec(status)?.[1] ?? 0);
    expect(unread).toBeGreaterThan(0); // the log has rows that cannot be read (badRows: 5)
    expect(JSON.stringify(runtime.fake.sheet(LOG_SHEET).snapshot())).toBe(log);
    const spec = buildTemplate({ locale: "en", stages });
    const dealsName = runtime.fake.sheetNames().filter((name) => name.startsWith(spec.sheets.find((sheet) => sheet.key === "deals")!.name)).at(-1)!;
    const sheet = runtime.fake.sheet(dealsName);
    // Stage headers are the log's; the first column holds each deal's id, then the unread rows' "Row n (not read)".
    expect(stages.map((_, index) => sheet.at(`${String.fromCharCode(72 + index)}1`).value)).toEqual(stages);
    const firstColumn = Array.from({ length: deals + unread + 1 }, (_, index) => sheet.at(`A${index + 2}`).value);
    expect(firstColumn.slice(0, deals).every((value) => value !== "" && !/not read/.test(String(value)))).toBe(true);
    expect(firstColumn.slice(deals, deals + unread).every((value) => /^Row \d+ \(not read\)$/.test(String(value)))).toBe(true);
    expect(firstColumn[deals + unread]).toBe("");
  });

  it("opens on the Generate panel from the menu's \"Generate template…\"", async () => {
    runtime.call("generateTemplate");
    served.html = runtime.fake.sidebars[runtime.fake.sidebars.length - 1].content;
    await page.reload();
    expect(await page.locator("#tab-generate").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#panel-generate").isVisible()).toBe(true);
    expect(await page.locator("#panel-analyze").isVisible()).toBe(false);
  });

  it("loads nothing from the network", () => {
    expect(external).toEqual([]);
    expect(served.html).not.toMatch(/<(link|script|img)[^>]+(src|href)=/i);
  });
});

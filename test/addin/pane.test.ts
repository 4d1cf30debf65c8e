import { build } from "esbuild";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCertificates } from "office-addin-dev-certs/lib/generate";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paneCount, paneText } from "../../addin/i18n/paneStrings";
import { countText, percentText } from "../../addin/pane/numberText";
import { columnLetter } from "../../core/model/cells";
import { dayFromCivil } from "../../core/parse/dates";
import { analyzeDeals, type DealReport } from "../../core/report/analyzeDeals";
import { reportNotes } from "../../core/report/reportNotes";
import { sampleDeals } from "../../core/sample/sampleDeals";
import { sampleGrid } from "../../core/sample/sampleGrid";
import { buildTemplate } from "../../core/template/buildTemplate";
import type { BrowserHostConfig, BrowserHostHandle } from "./fakes/browserHost";
import type { FakeWorkbookSummary } from "./fakes/fakeWorkbook";
import { screenshotPath } from "../support/screenshots";
import { buildCli, cli } from "../cli/helpers";

// The task pane bundled with esbuild, served from 127.0.0.1 (https with office-addin-dev-certs certificates:
// the developer's own ~/.office-addin-dev-certs when present, else a throwaway pair generated into the temp
// folder, nothing installed or trusted; plain http only if neither works), opened in headless Debian Chromium
// through playwright-core with the fake Office/Excel host injected before the page loads. Every request that
// is not to the test server is aborted and counted: the pane needs no network.

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DEAL_SHEET = "Pipeline";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** The preloaded deal log: seeded sample deals with a few bad rows, dates as Excel serials. */
const grid = sampleGrid(sampleDeals({ count: 160, seed: 17, locale: "en" }), { locale: "en", dates: "serial", badRows: 4, seed: 5 }).grid.map((row) =>
  row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)),
);
const report: DealReport = analyzeDeals(grid, { locale: "en" })!;

let workDir: string;
let hostScript: string;
let server: Server;
let baseUrl: string;
let protocol: "https" | "http";
let browser: BrowserContext;

const CONTENT_TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

function serveFiles(request: IncomingMessage, response: ServerResponse): void {
  const path = normalize(join(workDir, new URL(request.url ?? "/", "http://x").pathname));
  if (!path.startsWith(workDir) || !existsSync(path) || extname(path) === "") {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
}

/** The developer's office-addin-dev-certs files, else a fresh pair in the temp folder; undefined when neither works. */
async function certificates(): Promise<{ cert: Buffer; key: Buffer; from: string } | undefined> {
  const own = join(homedir(), ".office-addin-dev-certs");
  if (existsSync(join(own, "localhost.crt")) && existsSync(join(own, "localhost.key"))) {
    return { cert: readFileSync(join(own, "localhost.crt")), key: readFileSync(join(own, "localhost.key")), from: own };
  }
  try {
    const dir = join(workDir, "certs");
    await generateCertificates(join(dir, "ca.crt"), join(dir, "localhost.crt"), join(dir, "localhost.key"), 1, ["127.0.0.1", "localhost"]);
    return { cert: readFileSync(join(dir, "localhost.crt")), key: readFileSync(join(dir, "localhost.key")), from: "generated" };
  } catch {
    return undefined;
  }
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Task pane test</title>
  <link rel="stylesheet" href="pane.css">
  <script defer src="pane.js"></script>
</head>
<body><div id="app" role="main"></div></body>
</html>`;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "pane-test-"));
  await build({
    absWorkingDir: ROOT,
    // template.js as the add-in ships it: the pane adds it to the page when Generate is pressed.
    entryPoints: { pane: "test/addin/fakes/paneHarness.ts", template: "addin/template/entry.ts" },
    outdir: workDir,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    charset: "utf8",
    logLevel: "warning",
  });
  const host = await build({
    absWorkingDir: ROOT,
    entryPoints: ["test/addin/fakes/browserHost.ts"],
    bundle: true,
    format: "iife",
    globalName: "FakeOfficeHost",
    platform: "browser",
    target: "es2020",
    charset: "utf8",
    write: false,
    logLevel: "warning",
  });
  hostScript = host.outputFiles[0].text;
  writeFileSync(join(workDir, "index.html"), PAGE);

  const tls = await certificates();
  protocol = tls === undefined ? "http" : "https";
  server = tls === undefined ? createHttpServer(serveFiles) : createHttpsServer({ cert: tls.cert, key: tls.key }, serveFiles);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `${protocol}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  console.info(`pane test served over ${protocol}${tls === undefined ? "" : ` (certificates: ${tls.from})`}`);

  browser = await chromium.launchPersistentContext(join(workDir, "profile"), {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 380, height: 900 },
    deviceScaleFactor: 2,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
});

interface OpenPane {
  readonly page: Page;
  /** Requests the pane tried to make outside the test server. */
  readonly blocked: string[];
  readonly errors: string[];
  summary(): Promise<FakeWorkbookSummary>;
}

/** The workbook every pane opens on unless told otherwise: the deal log on its own sheet. */
const DEAL_WORKBOOK: BrowserHostConfig["sheets"] = [{ name: DEAL_SHEET, rows: grid as (string | number)[][] }];

async function openPane(displayLanguage: string, sheets: BrowserHostConfig["sheets"] = DEAL_WORKBOOK): Promise<OpenPane> {
  const page = await browser.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const config: BrowserHostConfig = { displayLanguage, sheets };
  await page.addInitScript({ content: `${hostScript}\nFakeOfficeHost.install(${JSON.stringify(config)});` });
  await page.goto(`${baseUrl}/index.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return {
    page,
    blocked,
    errors,
    summary: () => page.evaluate(() => (window as unknown as { __fakeExcel: BrowserHostHandle }).__fakeExcel.describe()),
  };
}

describe("task pane in Chromium", () => {
  let pane: OpenPane;

  beforeAll(async () => {
    pane = await openPane("en-US");
  });

  it("Generate: the fake workbook gets the template's sheets and the pane reports success", async () => {
    const { page } = pane;
    const expected = buildTemplate({ locale: "en" }).sheets.map((sheet) => sheet.name);
    await page.getByRole("button", { name: "Generate template" }).click();
    await page.getByRole("status").filter({ hasText: `Created ${expected.length} sheets` }).waitFor();
    const summary = await pane.summary();
    expect(summary.sheets).toEqual([DEAL_SHEET, ...expected]);
    // The funnel, the monthly trend, lost by stage, lost by reason.
    expect(summary.charts).toEqual([
      { sheet: "Dashboard", type: "Funnel" },
      { sheet: "Dashboard", type: "LineMarkers" },
      { sheet: "Dashboard", type: "BarClustered" },
      { sheet: "Dashboard", type: "BarClustered" },
    ]);
    expect(await page.locator("progress").isHidden()).toBe(true);
  });

  it("Generate fixes the Reviews months from the browser's local day: the first is 11 months before this one", async () => {
    // A pane of its own on a clock other than the machine's, so a month from anything but the browser's clock
    // (the core's default, 2025-12 … 2026-11) would show; the expectation is read from that same clock.
    const own = await openPane("en-US");
    try {
      await own.page.clock.setFixedTime(new Date(2031, 3, 10, 12));
      const [year, month] = await own.page.evaluate(() => [new Date().getFullYear(), new Date().getMonth()]);
      await own.page.getByRole("button", { name: "Generate template" }).click();
      await own.page.getByRole("status").filter({ hasText: "Created" }).waitFor();
      const reviews = buildTemplate({ locale: "en" }).sheets.find((sheet) => sheet.key === "reviews")!.name;
      const [[firstMonth]] = await own.page.evaluate(
        (sheet) => (window as unknown as { __fakeExcel: BrowserHostHandle }).__fakeExcel.values(sheet, "A5"),
        reviews,
      );
      expect(firstMonth).toBe(dayFromCivil(year + Math.floor((month - 11) / 12), ((month - 11 + 12) % 12) + 1, 1));
      expect(firstMonth).toBe(dayFromCivil(2030, 5, 1));
    } finally {
      await own.page.close();
    }
  });

  it("Generate again: the clash is named, nothing changes, and both choices work", async () => {
    const { page } = pane;
    const writesBefore = (await pane.summary()).writes;
    await page.getByRole("button", { name: "Generate template" }).click();
    await page.getByRole("status").filter({ hasText: "These sheets already exist" }).waitFor();
    expect((await pane.summary()).writes).toBe(writesBefore);
    await page.getByRole("button", { name: "Add the missing sheets only" }).click();
    await page.getByRole("status").filter({ hasText: "nothing was added" }).waitFor();

    await page.getByRole("button", { name: "Generate template" }).click();
    await page.getByRole("button", { name: "Create all sheets with the suffix" }).click();
    await page.getByRole("status").filter({ hasText: "Guide (2)" }).waitFor();
    expect((await pane.summary()).sheets).toContain("Dashboard (2)");

    // With the copy " (2)" there, the next clash offers " (3)", not the suffix that would clash again.
    await page.getByRole("button", { name: "Generate template" }).click();
    await page.getByRole("status").filter({ hasText: "These sheets already exist" }).waitFor();
    expect(await page.getByLabel("Sheet name suffix").inputValue()).toBe(" (3)");
    await page.getByRole("button", { name: "Create all sheets with the suffix" }).click();
    await page.getByRole("status").filter({ hasText: "Guide (3)" }).waitFor();
    expect((await pane.summary()).sheets).toContain("Dashboard (3)");
  });

  it("only another template's workbook names taken: offers the copy with a suffix, not the missing sheets", async () => {
    const { page } = pane;
    const writesBefore = (await pane.summary()).writes;
    await page.getByLabel("Template language").selectOption("zh-CN");
    await page.getByRole("button", { name: "Generate template" }).click();
    await page.getByRole("status").filter({ hasText: "WinRate" }).waitFor();
    expect((await pane.summary()).writes).toBe(writesBefore);
    expect(await page.getByRole("button", { name: "Add the missing sheets only" }).isHidden()).toBe(true);
    expect(await page.getByRole("button", { name: "Create all sheets with the suffix" }).isVisible()).toBe(true);
    await page.getByLabel("Template language").selectOption("en");
  });

  it("Analyze: the SVG funnel shows every stage's reached count, with the figures and the problem rows", async () => {
    const { page } = pane;
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.locator("svg.funnel-chart").waitFor();
    const bars = await page.locator("svg.funnel-chart g.funnel-stage").evaluateAll((groups) =>
      groups.map((group) => ({
        stage: group.getAttribute("data-stage"),
        reached: Number(group.getAttribute("data-reached")),
        width: Number(group.querySelector("rect")?.getAttribute("width")),
      })),
    );
    expect(bars.map(({ stage, reached }) => ({ stage, reached }))).toEqual(report.funnel.map((row) => ({ stage: row.stage, reached: row.reached })));
    const widest = Math.max(...bars.map((bar) => bar.width));
    for (const bar of bars) expect(bar.width / widest).toBeCloseTo(bar.reached / report.funnel[0].reached, 2);
    // Right of each bar: reached, then the step conversion from the stage before (none for the first stage) —
    // what the Sheets sidebar's funnel shows too — and a legend saying so.
    const figures = await page.locator("svg.funnel-chart g.funnel-stage .funnel-value").allTextContents();
    expect(figures).toEqual(
      report.funnel.map((row, index) => (index === 0 ? countText(row.reached, "en") : `${countText(row.reached, "en")} · ${percentText(row.stepConversion, "en")}`)),
    );
    await expect(page.locator("svg.funnel-chart .funnel-legend").textContent()).resolves.toBe(paneText("en", "funnelLegend"));
    await expect(page.locator(".figures dd").first().textContent()).resolves.toBe(percentText(report.winRate, "en"));
    const rows = await page.locator("button.problem").evaluateAll((buttons) => buttons.map((button) => Number(button.getAttribute("data-row"))));
    expect(report.problems.length).toBeGreaterThan(0);
    expect(rows).toEqual(report.problems.map((problem) => problem.row));
    await expect(page.locator(".summary").textContent()).resolves.toContain(`${report.deals} deals counted`);
  });

  it("clicking a problem row selects that row in the sheet", async () => {
    const { page } = pane;
    const problem = report.problems[report.problems.length - 1];
    await page.locator(`button.problem[data-row="${problem.row}"]`).click();
    const expected = `${DEAL_SHEET}!A${problem.row}:${columnLetter(grid[0].length)}${problem.row}`;
    await expect.poll(async () => (await pane.summary()).selection).toBe(expected);
    expect((await pane.summary()).activeSheet).toBe(DEAL_SHEET);
  });

  it("Analyze the selection: only the selected rows count", async () => {
    const { page } = pane;
    const lastRow = 61;
    const lastColumn = columnLetter(grid[0].length);
    await page.evaluate(([sheet, address]) => (window as unknown as { __fakeExcel: BrowserHostHandle }).__fakeExcel.select(sheet, address), [DEAL_SHEET, `A1:${lastColumn}${lastRow}`]);
    await page.getByLabel("Data", { exact: true }).selectOption("selection");
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.locator(".summary").filter({ hasText: `A1:${lastColumn}${lastRow}` }).waitFor();
    const selected = analyzeDeals(grid.slice(0, lastRow), { locale: "en" })!;
    const reached = await page.locator("svg.funnel-chart g.funnel-stage").evaluateAll((groups) => groups.map((group) => Number(group.getAttribute("data-reached"))));
    expect(reached).toEqual(selected.funnel.map((row) => row.reached));
    await page.getByLabel("Data", { exact: true }).selectOption("sheet");
  });

  it("one deal selected: the singular, in the summary and in what is announced", async () => {
    const { page } = pane;
    // The first rows of the log that hold exactly one deal that counts.
    const lastRow = grid.findIndex((_, index) => index > 0 && analyzeDeals(grid.slice(0, index + 1), { locale: "en" })?.deals === 1) + 1;
    expect(lastRow).toBeGreaterThan(1);
    const lastColumn = columnLetter(grid[0].length);
    await page.evaluate(([sheet, address]) => (window as unknown as { __fakeExcel: BrowserHostHandle }).__fakeExcel.select(sheet, address), [DEAL_SHEET, `A1:${lastColumn}${lastRow}`]);
    await page.getByLabel("Data", { exact: true }).selectOption("selection");
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.locator(".summary").filter({ hasText: `A1:${lastColumn}${lastRow}` }).waitFor();
    await expect(page.locator(".summary").textContent()).resolves.toBe(`${DEAL_SHEET}!A1:${lastColumn}${lastRow} · 1 deal counted`);
    await expect(page.getByRole("status").filter({ hasText: "Analysis done" }).textContent()).resolves.toBe("Analysis done: 1 deal counted.");
    await page.getByLabel("Data", { exact: true }).selectOption("sheet");
  });

  it("keyboard: Tab reaches every control, in order", async () => {
    const { page } = pane;
    const count = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>("#app button, #app input, #app select")].filter(
        (control) => !(control as HTMLButtonElement).disabled && control.offsetParent !== null,
      );
      controls.forEach((control, index) => (control.dataset.tabOrder = String(index)));
      return controls.length;
    });
    // Start where a user would: focus navigation begins at the last point clicked, here the pane's title.
    await page.getByRole("heading", { level: 1 }).click();
    const reached: number[] = [];
    for (let press = 0; press < count; press++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => Number((document.activeElement as HTMLElement | null)?.dataset.tabOrder ?? -1)));
    }
    expect(reached).toEqual(Array.from({ length: count }, (_, index) => index));
  });

  it("made no request outside the test server and no script error", () => {
    expect(pane.blocked).toEqual([]);
    expect(pane.errors).toEqual([]);
  });

  it("takes the README screenshot (into docs/images only under npm run screenshots): a first generation, then an analysis", async () => {
    const fresh = await openPane("en-US");
    await fresh.page.getByRole("button", { name: "Generate template" }).click();
    await fresh.page.getByRole("status").filter({ hasText: "Created" }).waitFor();
    await fresh.page.getByRole("button", { name: "Analyze", exact: true }).click();
    await fresh.page.locator("svg.funnel-chart").waitFor();
    await fresh.page.mouse.move(0, 0);
    await fresh.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const screenshot = screenshotPath("excel-taskpane.png", workDir);
    mkdirSync(dirname(screenshot), { recursive: true });
    await fresh.page.screenshot({ path: screenshot, fullPage: true });
    expect(readFileSync(screenshot).subarray(1, 4).toString()).toBe("PNG");
    expect(fresh.blocked).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.page.close();
  });

  it("a stage history sheet: found by its headers, with the CLI's notes above the figures (core reportNotes)", async () => {
    // test/fixtures/exports/history/zh-stage-log.csv, a hand-kept 阶段变更记录 (research §5.3), beside a notes sheet.
    const history = readFileSync(join(ROOT, "test/fixtures/exports/history/zh-stage-log.csv"), "utf8").trim().split(/\r?\n/).map((line) => line.split(","));
    const opened = await openPane("en-US", [{ name: "Notes", rows: [["Q1 plan"]] }, { name: "阶段变更", rows: history }]);
    await opened.page.getByRole("button", { name: "Analyze", exact: true }).click();
    await opened.page.locator("svg.funnel-chart").waitFor();
    const notes = await opened.page.locator(".results p.note").allTextContents();
    // The CLI's notes, with how to change the stage order said as a workbook takes it (its Stages sheet).
    expect(notes).toEqual(reportNotes(analyzeDeals(history, { locale: "en" })!, "en", "workbook"));
    for (const line of notes) expect(line).not.toContain("--stages");
    expect(notes.some((line) => line.includes("初步接洽 → 需求确认 → 方案报价 → 商务谈判 → 签约"))).toBe(true);
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  });

  it("Build from this sheet's deals: a new tracker holds the sheet's deals; the pane says how many and from where", async () => {
    const opened = await openPane("en-US");
    const report = analyzeDeals(grid, { locale: "en" })!;
    await opened.page.getByRole("button", { name: "Build from this sheet's deals" }).click();
    const status = opened.page.getByRole("status").filter({ hasText: "Filled in" });
    await status.waitFor({ timeout: 30_000 });
    const text = (await status.textContent()) ?? "";
    expect(text).toContain(`Filled in ${report.deals} deals from "${DEAL_SHEET}"; stages: ${report.stages.join(" → ")}.`);
    const summary = await opened.summary();
    expect(summary.sheets).toEqual([DEAL_SHEET, ...buildTemplate({ locale: "en", stages: report.stages }).sheets.map((sheet) => sheet.name)]);
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  });

  it("Build from this sheet's deals, on a sheet that is no deal log: says why in one line, adds nothing", async () => {
    const opened = await openPane("en-US", [{ name: "Targets", rows: [["Owner", "Target"], ["Ann", 12]] }]);
    await opened.page.getByRole("button", { name: "Build from this sheet's deals" }).click();
    const status = opened.page.getByRole("status").filter({ hasText: "no deal log found" });
    await status.waitFor();
    expect((await opened.summary()).sheets).toEqual(["Targets"]);
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  });

  it("not a deal log: the status says the CLI's one line, naming the active sheet's headers", async () => {
    const opened = await openPane("en-US", [{ name: "Targets", rows: [["Owner", "Target"], ["Ann", 12]] }]);
    await opened.page.getByRole("button", { name: "Analyze", exact: true }).click();
    const status = opened.page.getByRole("status").filter({ hasText: "no deal log found" });
    await status.waitFor();
    await expect(status.textContent()).resolves.toMatch(/^"Targets": no deal log found: the header row has 2 columns \("Owner", "Target"\); read are .*a stage history/);
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  });

  it("speaks Chinese when Office displays Chinese", async () => {
    const chinese = await openPane("zh-CN");
    await expect(chinese.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("销售流程");
    await expect(chinese.page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await chinese.page.getByRole("button", { name: "生成模板" }).click();
    await chinese.page.getByRole("status").filter({ hasText: "已创建" }).waitFor();
    expect((await chinese.summary()).sheets).toEqual([DEAL_SHEET, ...buildTemplate({ locale: "zh-CN" }).sheets.map((sheet) => sheet.name)]);
    expect(chinese.errors).toEqual([]);
    await chinese.page.close();
  });
  it("Generate and Analyze are announced: no status region sits in a busy container, and Analyze says it is done", async () => {
    const fresh = await openPane("en-US");
    const { page } = fresh;
    // Every element that turns aria-busy="true", and whether it holds a live region a screen reader would then hold back.
    await page.evaluate(() => {
      const log: { busy: string; holdsStatus: boolean }[] = [];
      (window as unknown as { __busy: typeof log }).__busy = log;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          if (target.getAttribute("aria-busy") !== "true") continue;
          log.push({ busy: target.className, holdsStatus: target.querySelector('[role="status"], [aria-live]') !== null });
        }
      }).observe(document.body, { attributes: true, attributeFilter: ["aria-busy"], subtree: true });
    });
    await page.getByRole("button", { name: "Generate template" }).click();
    await page.getByRole("status").filter({ hasText: "Created" }).waitFor();
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.locator("svg.funnel-chart").waitFor();
    const busy = await page.evaluate(() => (window as unknown as { __busy: { busy: string; holdsStatus: boolean }[] }).__busy);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy.filter((entry) => entry.holdsStatus)).toEqual([]);
    await expect(page.getByRole("status").filter({ hasText: "Analysis done" }).textContent()).resolves.toBe(paneCount("en", "analyzed", report.deals));
    expect(fresh.errors).toEqual([]);
    await fresh.page.close();
  });

  it("a stage's buttons are named after the stage as it is renamed", async () => {
    const fresh = await openPane("en-US");
    const { page } = fresh;
    const second = page.locator(".stage-item").nth(1);
    await expect(second.locator('[data-part="remove"]').getAttribute("aria-label")).resolves.toBe("Remove “Opportunity”");
    await second.locator('[data-part="input"]').fill("Demo");
    for (const [part, name] of [["up", "Move “Demo” up"], ["down", "Move “Demo” down"], ["remove", "Remove “Demo”"]]) {
      await expect(second.locator(`[data-part="${part}"]`).getAttribute("aria-label")).resolves.toBe(name);
      await expect(second.locator(`[data-part="${part}"]`).getAttribute("title")).resolves.toBe(name);
    }
    await second.locator('[data-part="input"]').fill("");
    await expect(second.locator('[data-part="remove"]').getAttribute("aria-label")).resolves.toBe("Remove “Stage 2”");
    await fresh.page.close();
  });

  it("changing the form after a clash withdraws the choices; Generate again makes what the form says", async () => {
    const fresh = await openPane("en-US", [{ name: "Sheet1" }]);
    const { page } = fresh;
    const generate = page.getByRole("button", { name: "Generate template" });
    const useSuffix = page.getByRole("button", { name: "Create all sheets with the suffix" });
    const clash = async () => {
      await generate.click();
      await page.getByRole("status").filter({ hasText: "already exist" }).waitFor();
      expect(await useSuffix.isVisible()).toBe(true);
    };
    const withdrawn = async () => {
      expect(await useSuffix.isHidden()).toBe(true);
      expect(await page.getByRole("button", { name: "Add the missing sheets only" }).isHidden()).toBe(true);
      await expect(page.getByRole("status").filter({ hasText: paneText("en", "formChanged") }).count()).resolves.toBe(1);
    };
    await generate.click();
    await page.getByRole("status").filter({ hasText: "Created" }).waitFor();

    // Each input of the form: the sample box, a stage's name, a stage moved, the language.
    await clash();
    await page.getByLabel("Include sample data").check();
    await withdrawn();
    await clash();
    await page.locator('.stage-item [data-part="input"]').nth(1).fill("需求确认");
    await withdrawn();
    await clash();
    await page.locator('.stage-item [data-part="down"]').nth(3).click();
    await withdrawn();
    await clash();
    await page.getByLabel("Template language").selectOption("zh-CN");
    await withdrawn();

    // Generate again: the Chinese template's workbook names clash with the English one's; its copy is Chinese,
    // with the stages as the form now has them.
    const writesBefore = (await fresh.summary()).writes;
    await generate.click();
    await page.getByRole("status").filter({ hasText: "WinRate" }).waitFor();
    expect((await fresh.summary()).writes).toBe(writesBefore);
    await useSuffix.click();
    await page.locator(".message.success").waitFor();
    const expected = buildTemplate({ locale: "zh-CN", stages: ["Lead", "需求确认", "Proposal", "Negotiation", "Quote", "Won"], sampleDeals: 200 }).sheets.map((sheet) => `${sheet.name} (2)`);
    const sheets = (await fresh.summary()).sheets;
    expect(sheets.slice(-expected.length)).toEqual(expected);
    expect(sheets.filter((name) => name.startsWith("Deals"))).toEqual(["Deals"]);
    const stagesSheet = expected.find((name) => name.startsWith("阶段"))!;
    const stageCells = (await page.evaluate(([sheet]) => (window as unknown as { __fakeExcel: BrowserHostHandle }).__fakeExcel.values(sheet, "A1:J12"), [stagesSheet])).flat();
    for (const stage of ["Lead", "需求确认", "Proposal", "Negotiation", "Quote", "Won"]) expect(stageCells).toContain(stage);
    expect(stageCells).not.toContain("Opportunity");
    expect(fresh.errors).toEqual([]);
    await fresh.page.close();
  });

  it("By lead source: the heat table and the flagged groups' sentence are analyze --by's on the same cells", async () => {
    // test/fixtures/exports/zh-segments.csv, a title row above the header, cell for cell as text; the CLI reads the file.
    const file = join(ROOT, "test/fixtures/exports/zh-segments.csv");
    const cells = readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((line) => line.split(","));
    await buildCli();
    const json = JSON.parse((await cli(["analyze", file, "--by", "source", "--json", "--lang", "en"])).stdout).segments;
    const text = (await cli(["analyze", file, "--by", "source", "--lang", "en"])).stdout.split("\n");
    const from = text.findIndex((line) => line.startsWith("■ By "));
    const sentences = text.slice(from + 1, text.indexOf("", from)).map((line) => line.replace(/^· /, ""));
    expect(json.groups.some((group: { flag: string | null }) => group.flag !== null)).toBe(true);

    const opened = await openPane("en-US", [{ name: "商机台账", rows: cells }]);
    const { page } = opened;
    await page.getByLabel("By", { exact: true }).selectOption("source");
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.locator("table.segment-heat").waitFor();
    await expect(page.locator(".segments h3").textContent()).resolves.toBe(`By ${json.column}`);
    expect(await page.locator(".segment-sentence").allTextContents()).toEqual(sentences);
    const share = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)}%`);
    const shown = await page.locator("table.segment-heat tbody tr").evaluateAll((rows) =>
      rows.map((row) => ({
        group: row.getAttribute("data-group"),
        flag: row.getAttribute("data-flag"),
        cells: [...row.querySelectorAll("td")].map((cell) => cell.textContent),
        shaded: [...row.querySelectorAll("td[data-figure='step'], td[data-figure='winRate']")].map((cell) => (cell as HTMLElement).style.backgroundColor !== ""),
      })),
    );
    type Group = { group: string; deals: number; funnel: { stepConversion: number | null }[]; winRate: number | null; flag: string | null };
    expect(shown).toEqual(
      json.groups.map((group: Group) => {
        const figures = [...group.funnel.slice(1).map((row) => row.stepConversion), group.winRate];
        return {
          group: group.group,
          flag: group.flag,
          cells: [String(group.deals), ...figures.map(share)],
          shaded: figures.map((value) => value !== null),
        };
      }),
    );
    // The steps as headings: the funnel's stages two by two.
    const stages = json.groups[0].funnel.map((row: { stage: string }) => row.stage);
    expect(await page.locator("table.segment-heat thead th").allTextContents()).toEqual([
      json.column,
      "Deals",
      ...stages.slice(1).map((stage: string, index: number) => `${stages[index]} → ${stage}`),
      "Win rate",
    ]);
    // A field the sheet has no column for: said in one line, the rest of the report as always.
    await page.getByLabel("By", { exact: true }).selectOption("region");
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.locator(".segments-missing").waitFor();
    await expect(page.locator(".segments-missing").textContent()).resolves.toMatch(/^This sheet has no column for "Region"/);
    expect(await page.locator("table.segment-heat").count()).toBe(0);
    await page.locator("svg.funnel-chart").waitFor();
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  }, 120_000);

  it("long Chinese stage names: each funnel label ends in … and stays inside the chart; the description has them whole", async () => {
    const names = ["线索获取与初步筛选", "需求确认及方案演示阶段", "商务报价与合同谈判", "签约成交"];
    const fresh = await openPane("zh-CN", [{ name: "Sheet1" }]);
    const { page } = fresh;
    const inputs = page.locator('.stage-item [data-part="input"]');
    while ((await inputs.count()) > names.length) await page.locator('.stage-item [data-part="remove"]').last().click();
    for (const [index, name] of names.entries()) await inputs.nth(index).fill(name);
    await page.locator('input[type="checkbox"]').check();
    await page.getByRole("button", { name: "生成模板" }).click();
    await page.locator(".message.success").waitFor();
    await page.getByRole("button", { name: "分析", exact: true }).click();
    await page.locator("svg.funnel-chart").waitFor();
    const labels = await page.locator("svg.funnel-chart .funnel-label").evaluateAll((texts) =>
      texts.map((text) => ({ text: text.textContent, x: (text as SVGTextElement).getBBox().x, stage: text.parentElement?.getAttribute("data-stage") })),
    );
    expect(labels.map((label) => label.stage)).toEqual(names);
    expect(labels.map((label) => label.text)).toEqual(["线索获取与…", "需求确认及…", "商务报价与…", "签约成交"]);
    for (const label of labels) expect(label.x).toBeGreaterThanOrEqual(0);
    const description = await page.locator("svg.funnel-chart desc").textContent();
    for (const name of names) expect(description).toContain(name);
    expect(fresh.errors).toEqual([]);
    await fresh.page.close();
  });
});

import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAddinInto } from "./excelRuntime";

// The built taskpane.html's Content-Security-Policy in headless Chromium, every request answered by the test
// (nothing reaches the network). Office.js is replaced by a stand-in that does what the real one is reported to
// do (OfficeDev/office-js issues 1005 and 1687; Microsoft publishes no list): load a helper script from another
// Microsoft host, send telemetry to browser.pipe.aria.microsoft.com, add a <style> element. A policy that blocks
// any of it leaves Office.onReady unfired in real Excel: a blank pane and dead ribbon buttons. What the policy
// keeps must still bite: no plugins (object-src 'none'), no <base> elsewhere (base-uri 'self').

const ORIGIN = "https://addin.test";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const HELPER = "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";
const TELEMETRY = "https://browser.pipe.aria.microsoft.com/Collector/3.0/";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** What the stand-in Office.js does on load, and then what the pane's own script would do. */
const STAND_IN_OFFICE_JS = `
  window.__office = { helper: false, telemetry: "pending" };
  const helper = document.createElement("script");
  helper.src = ${JSON.stringify(HELPER)};
  document.head.appendChild(helper);
  fetch(${JSON.stringify(TELEMETRY)}, { method: "POST", body: "{}" }).then(() => (window.__office.telemetry = "sent"), () => (window.__office.telemetry = "blocked"));
  const style = document.createElement("style");
  style.textContent = "body { margin-left: 7px; }";
  document.head.appendChild(style);
`;

let distDir = "";
let browser: Browser;

beforeAll(async () => {
  distDir = await buildAddinInto();
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (distDir) rmSync(distDir, { recursive: true, force: true });
});

/** Opens the built taskpane.html with every request answered here; returns the page and the CSP violations seen. */
async function openPane(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    const reply = (body: string, contentType: string) => route.fulfill({ status: 200, contentType, body, headers: { "Access-Control-Allow-Origin": "*" } });
    if (url === `${ORIGIN}/taskpane.html`) return reply(readFileSync(join(distDir, "taskpane.html"), "utf8"), "text/html; charset=utf-8");
    if (url === `${ORIGIN}/taskpane.css`) return reply("", "text/css");
    if (url === `${ORIGIN}/taskpane.js`) return reply("window.__paneRan = true;", "text/javascript");
    if (url === OFFICE_JS) return reply(STAND_IN_OFFICE_JS, "text/javascript");
    if (url === HELPER) return reply("window.__office.helper = true;", "text/javascript");
    if (url === TELEMETRY) return reply("", "application/json");
    return route.fulfill({ status: 404, body: "" });
  });
  await page.goto(`${ORIGIN}/taskpane.html`);
  return { page, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

describe("taskpane.html's Content-Security-Policy", () => {
  it("lets Office.js load its helpers from other Microsoft hosts, send telemetry and add styles", async () => {
    const { page, violations } = await openPane();
    await page.waitForFunction(() => (window as unknown as { __office?: { telemetry: string } }).__office?.telemetry !== "pending");
    await page.waitForFunction(() => (window as unknown as { __paneRan?: boolean }).__paneRan === true);
    await page.waitForFunction(() => (window as unknown as { __office: { helper: boolean } }).__office.helper, undefined, { timeout: 5_000 }).catch(() => undefined);
    const office = await page.evaluate(() => (window as unknown as { __office: unknown }).__office);
    const margin = await page.evaluate(() => getComputedStyle(document.body).marginLeft);
    expect({ office, margin, violations: await violations() }).toEqual({ office: { helper: true, telemetry: "sent" }, margin: "7px", violations: [] });
    await page.close();
  });

  it("still refuses plugins (object-src 'none') and a <base> pointing elsewhere (base-uri 'self')", async () => {
    const { page, violations } = await openPane();
    await page.evaluate(() => {
      const object = document.createElement("object");
      object.data = "https://addin.test/plugin.swf";
      document.body.appendChild(object);
      const base = document.createElement("base");
      base.href = "https://elsewhere.test/";
      document.head.appendChild(base);
    });
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length >= 2, undefined, { timeout: 5_000 }).catch(() => undefined);
    const seen = await violations();
    expect(seen.some((entry) => entry.startsWith("object-src"))).toBe(true);
    expect(seen.some((entry) => entry.startsWith("base-uri"))).toBe(true);
    await page.close();
  });
});

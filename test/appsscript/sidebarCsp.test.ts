/**
 * The built Sidebar.html carries a Content-Security-Policy that restricts only what the sidebar never uses —
 * plugins (`object-src`), the document's base URL (`base-uri`) and form submission (`form-action`) — and nothing
 * Google's HtmlService wrapper needs (scripts, styles, connections, frames). Checked in headless Chromium.
 *
 * What this shows and what it does not: Chromium here loads the sidebar in a model of the wrapper — a frame
 * sandboxed with the keywords Google documents for IFRAME mode, whose document starts with an inline script
 * standing in for the code Google injects (`google.script.run`) — not in Google's real wrapper, which cannot be
 * run offline. So it shows that Chromium applies the policy to the sidebar's document and that the policy lets
 * an inline script before it, the sidebar's own inline script and styles run; whether Google keeps the `<meta>`
 * in the frame it serves is only seen after a push (scripts/build-appsscript.mjs says what Google documents).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { chromium, type BrowserContext, type Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The policy, written out by hand: what the sidebar must carry. */
const POLICY = "object-src 'none'; base-uri 'none'; form-action 'none'";

/** The sandbox keywords Google's "HTML Service: Restrictions" lists for IFRAME mode (standalone-only one left out). */
const GOOGLE_SANDBOX = "allow-same-origin allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox";

/** Stands in for the script Google's wrapper puts before the user's HTML: it defines google.script.run. */
const INJECTED = "<script>window.google = { script: { run: new Proxy({}, { get: () => () => undefined }) } }; window.__injectedRan = true;</script>";

let out = "";
let html = "";
let server: Server;
let profile = "";
let context: BrowserContext;
let frame: Frame;
/** Every policy violation the sidebar's frame reported, as "directive blocked-uri". */
const violations = () => frame.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "sidebar-csp-"));
  await promisify(execFile)(process.execPath, ["scripts/build-appsscript.mjs", "--out", out], { cwd: process.cwd() });
  html = readFileSync(join(out, "Sidebar.html"), "utf8");
  // The frame records violations from its first script on, put (with the stand-in) at the top of <head>.
  const recorder = "<script>window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective + ' ' + e.blockedURI));</script>";
  server = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    if (request.url === "/user") response.end(html.replace("<head>", () => `<head>${recorder}${INJECTED}`));
    else response.end(`<!DOCTYPE html><html><body><iframe id="userHtmlFrame" name="userHtmlFrame" sandbox="${GOOGLE_SANDBOX}" src="/user" width="300" height="800"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  profile = mkdtempSync(join(tmpdir(), "sidebar-csp-profile-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  // Nothing leaves this machine: a request the policy lets through to elsewhere fails here instead.
  await context.route("**/*", (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort()));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  const found = page.frame({ name: "userHtmlFrame" });
  if (found === null) throw new Error("no userHtmlFrame");
  frame = found;
  await frame.waitForLoadState("load");
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("the sidebar's Content-Security-Policy", () => {
  it("is one <meta> in <head>, before the <base>, the style sheet and the script", () => {
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*>/gi)];
    expect(metas.map((match) => match[1])).toEqual([POLICY]);
    const at = metas[0].index;
    expect(at).toBeGreaterThan(html.indexOf("<head>"));
    for (const later of ["<base", "<style", "<script", "</head>"]) expect(html.indexOf(later), later).toBeGreaterThan(at);
  });

  it("lets the injected script, the sidebar's script and its styles run, with no violation", async () => {
    expect(await frame.evaluate(() => (window as unknown as { __injectedRan?: boolean }).__injectedRan)).toBe(true);
    expect(await frame.locator("#tab-analyze").textContent()).not.toBe(""); // the sidebar's script filled its words
    expect(await frame.locator(".tabs").evaluate((tabs) => getComputedStyle(tabs).display)).toBe("flex"); // its style sheet applies
    expect(await frame.evaluate(() => typeof (window as unknown as { google?: { script?: { run?: unknown } } }).google?.script?.run)).toBe("object");
    expect(await violations()).toEqual([]);
  });

  it("is applied by Chromium: a form submission, a base URL and a plugin are refused", async () => {
    await frame.evaluate(() => {
      // Into the frame itself or a popup (a form's default target here is <base target="_top">, which the
      // sandbox refuses before any policy is asked).
      for (const target of ["_self", "_blank"]) {
        const form = document.createElement("form");
        form.action = `https://example.invalid/${target}`;
        form.method = "post";
        form.target = target;
        document.body.append(form);
        form.submit();
      }
      const base = document.createElement("base");
      base.href = "https://example.invalid/";
      document.head.append(base);
      const plugin = document.createElement("object");
      plugin.data = "https://example.invalid/plugin.swf";
      plugin.type = "application/x-shockwave-flash";
      document.body.append(plugin);
    });
    await expect.poll(async () => (await violations()).map((entry) => entry.split(" ")[0]).sort()).toEqual(["base-uri", "form-action", "form-action", "object-src"]);
    expect(await frame.evaluate(() => document.baseURI)).not.toContain("example.invalid");
    expect(await frame.locator("#tab-analyze").count()).toBe(1); // still the sidebar: the form did not navigate away
  });
});

/**
 * The Excel build (scripts/build-addin.mjs) ships the template builder as its own file, dist/template.js,
 * fetched when a template is generated: taskpane.js (functions, ribbon, pane; loaded whenever the add-in starts)
 * carries none of the template's prose, and stays within its goal (test/bench/bundles.bench.ts); template.js,
 * run as a browser runs a classic script, sets SalesTemplate.buildTemplate, which builds the same template as the core.
 */
import { readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../core/index";
import { buildTemplate } from "../../core/template/buildTemplate";
import { ACTION_PLAN_COPY } from "../../core/template/sheets/actionPlanCopy";
import { GUIDE_COPY } from "../../core/template/sheets/guideCopy";
import { buildAddinInto } from "./excelRuntime";

let outDir = "";

beforeAll(async () => {
  outDir = await buildAddinInto();
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Some of the template's prose, both languages: the Guide's introduction and the action plan's title. */
function templateProse(): string[] {
  const texts = [GUIDE_COPY.intro, GUIDE_COPY.functionsNote];
  const first = Object.values(ACTION_PLAN_COPY).find((value) => typeof value === "object" && value !== null && "en" in value) as { en: string; "zh-CN": string };
  return [...texts, first].flatMap((text) => [text.en, text["zh-CN"]]);
}

describe("the template builder in its own bundle", () => {
  it("taskpane.js carries none of the template's prose; template.js does", () => {
    const pane = readFileSync(join(outDir, "taskpane.js"), "utf8");
    const template = readFileSync(join(outDir, "template.js"), "utf8");
    for (const text of templateProse()) {
      expect(pane.includes(text), text).toBe(false);
      expect(template.includes(text), text).toBe(true);
    }
  });

  it("taskpane.js carries no function's help (functions.json and the help pages do); template.js each, for the Guide sheet", () => {
    // Nothing in taskpane.js reads a function's help: Excel shows it from functions.json, the ribbon's Help opens
    // help.*.html. The Guide sheet prints it, so template.js keeps it.
    const pane = readFileSync(join(outDir, "taskpane.js"), "utf8");
    const template = readFileSync(join(outDir, "template.js"), "utf8");
    const texts = FUNCTIONS.flatMap((spec) => [spec.help, ...spec.params.map((param) => param.help)]).flatMap((help) => [help.en, help["zh-CN"]]);
    expect(texts.length).toBeGreaterThan(40);
    // As a string literal, whole or by its first 40 characters (a short one, "目标值", is also part of other words).
    const literalIn = (bundle: string) => (text: string) =>
      ['"', "'", "`"].some((quote) => bundle.includes(`${quote}${text}${quote}`) || (text.length > 40 && bundle.includes(`${quote}${text.slice(0, 40)}`)));
    expect(texts.filter(literalIn(pane))).toEqual([]);
    for (const spec of FUNCTIONS) expect(template.includes(spec.help.en), spec.name).toBe(true);
    const functions = readFileSync(join(outDir, "functions.json"), "utf8");
    for (const spec of FUNCTIONS) expect(functions.includes(JSON.stringify(spec.help.en)), spec.name).toBe(true);
  });

  it("taskpane.js + taskpane.css are within 320 KiB minified (327,680 bytes)", () => {
    const bytes = statSync(join(outDir, "taskpane.js")).size + statSync(join(outDir, "taskpane.css")).size;
    expect(bytes).toBeLessThanOrEqual(320 * 1024);
  });

  it("template.js, run as a classic script, sets SalesTemplate.buildTemplate, which builds the core's template", () => {
    const page: Record<string, unknown> = {};
    page.window = page;
    page.self = page;
    vm.createContext(page);
    vm.runInContext(readFileSync(join(outDir, "template.js"), "utf8"), page, { timeout: 10_000 });
    const built = (page.SalesTemplate as { buildTemplate: typeof buildTemplate }).buildTemplate;
    for (const locale of ["en", "zh-CN"] as const) {
      const options = { locale, sampleDeals: 20, today: 46023, host: "excel" as const };
      // JSON: the spec crossed from the vm's realm; compared as data.
      expect(JSON.parse(JSON.stringify(built(options)))).toEqual(JSON.parse(JSON.stringify(buildTemplate(options))));
    }
  });
});

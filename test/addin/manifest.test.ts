import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS, LOCALES, type Locale } from "../../core/index";
import { buildAddinInto, runNode } from "./excelRuntime";

// The manifest and the generated functions metadata: `npm run validate` passes on a fresh build, the metadata is
// the registry (no second list), and the validator fails, saying why, on each kind of broken add-in.

const METADATA_FILE: Record<Locale, string> = { en: "functions.json", "zh-CN": "functions-zh-cn.json" };
const HELP_FILE: Record<Locale, string> = { en: "help.en.html", "zh-CN": "help.zh-CN.html" };

interface ParameterJson {
  name: string;
  description: string;
  type: string;
  dimensionality: string;
  optional?: boolean;
}
interface FunctionJson {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: ParameterJson[];
  result: { type?: string; dimensionality?: string };
}

const temporary: string[] = [];
let built = "";

function scratchCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "addin-broken-"));
  temporary.push(dir);
  cpSync(built, dir, { recursive: true });
  return dir;
}

function edit(path: string, change: (text: string) => string): void {
  const before = readFileSync(path, "utf8");
  const after = change(before);
  expect(after, `the edit of ${path} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
}

const validate = (...args: string[]) => runNode(["scripts/validate-manifest.mjs", ...args]);

beforeAll(async () => {
  built = await buildAddinInto();
  temporary.push(built);
}, 120_000);

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("npm run validate", () => {
  it("passes on manifest.xml and a fresh build", async () => {
    const { code, stdout, stderr } = await validate("--dist", built);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/ok {4}manifest\.xml/);
    expect(stdout).toMatch(/ok {4}functions metadata/);
    expect(stdout).toMatch(/ok {4}runtime associations/);
    expect(stdout).toContain(`(${FUNCTIONS.length} functions, 2 ribbon actions associated)`);
  });

  it("passes on a build for a production address, whose manifest uses only that address", async () => {
    const production = await buildAddinInto("https://sales.example.com/tracker");
    temporary.push(production);
    const manifest = readFileSync(join(production, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) expect(url.startsWith("https://sales.example.com/tracker/")).toBe(true);
    const { code, stderr } = await validate("--dist", production);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("refuses to build for an address that is not https", async () => {
    const { code, stderr } = await runNode(["scripts/build-addin.mjs", "--out", join(tmpdir(), "never-written"), "--base-url", "http://sales.example.com/"]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/https:\/\//);
  });

  const BROKEN: readonly { what: string; file: string; change: (text: string) => string; says: RegExp }[] = [
    {
      what: "an unresolved resid",
      file: "manifest.xml",
      change: (xml) => xml.replace('<Label resid="Analyze.Label"/>', '<Label resid="Analyze.Caption"/>'),
      says: /<Label resid="Analyze\.Caption"> does not resolve/,
    },
    {
      what: "a resid of the wrong kind",
      file: "manifest.xml",
      change: (xml) => xml.replace('<Description resid="Help.Tooltip"/>', '<Description resid="Help.Label"/>'),
      says: /names a short resource; it needs a long resource/,
    },
    {
      what: "an http URL",
      file: "manifest.xml",
      change: (xml) => xml.replace("https://localhost:3000/assets/help-16.png", "http://localhost:3000/assets/help-16.png"),
      says: /http:\/\/localhost:3000\/assets\/help-16\.png is not https/,
    },
    {
      what: "a URL outside the add-in",
      file: "manifest.xml",
      change: (xml) => xml.replace("https://localhost:3000/help.en.html", "https://www.example.com/help.html"),
      says: /https:\/\/www\.example\.com\/help\.html is outside the add-in's base URL/,
    },
    {
      what: "a missing icon",
      file: "assets/analyze-32.png",
      change: () => "",
      says: /analyze-32\.png does not exist/,
    },
    {
      what: "a string without its zh-CN override",
      file: "manifest.xml",
      change: (xml) => xml.replace('<bt:Override Locale="zh-CN" Value="分析"/>', ""),
      says: /string "Analyze\.Label" has no zh-CN override/,
    },
    {
      what: "a custom-functions page outside the shared runtime",
      file: "manifest.xml",
      change: (xml) => xml.replace('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Help.Url"/>'),
      says: /custom functions <Page> uses resid "Help\.Url"; the shared runtime needs "Taskpane\.Url"/,
    },
    {
      what: "a ribbon command the bundle never associates",
      file: "manifest.xml",
      change: (xml) => xml.replace("<FunctionName>showHelp</FunctionName>", "<FunctionName>openHelp</FunctionName>"),
      says: /ExecuteFunction "openHelp", but taskpane\.js never calls Office\.actions\.associate/,
    },
    {
      what: "a value the schema does not allow",
      file: "manifest.xml",
      change: (xml) => xml.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteEverything</Permissions>"),
      says: /XSD: .*Permissions/,
    },
    {
      what: "a function declared but never associated",
      file: "functions.json",
      change: (json) => json.replace('"id": "WIN_RATE"', '"id": "WIN_RATIO"'),
      says: /functions\.json declares WIN_RATIO, but taskpane\.js never associates it/,
    },
    {
      what: "a zh-CN metadata file missing a function",
      file: "functions-zh-cn.json",
      change: (json) => {
        const metadata = JSON.parse(json) as { functions: FunctionJson[] };
        metadata.functions = metadata.functions.filter((fn) => fn.id !== "PILOT_LIFT");
        return JSON.stringify(metadata);
      },
      says: /functions-zh-cn\.json lacks PILOT_LIFT/,
    },
    {
      what: "a stale build",
      file: "manifest.xml",
      change: (xml) => xml.replace("<Version>0.1.0.0</Version>", "<Version>0.0.9.0</Version>"),
      says: /is not .*manifest\.xml with the base URL https:\/\/localhost:3000\/: rebuild/,
    },
  ];

  for (const { what, file, change, says } of BROKEN) {
    it(`fails on ${what}`, async () => {
      const dir = scratchCopy();
      if (file.endsWith(".png")) rmSync(join(dir, file));
      else edit(join(dir, file), change);
      const { code, stderr } = await validate("--dist", dir);
      expect(code).toBe(1);
      expect(stderr).toMatch(says);
      expect(stderr).toMatch(/validate: \d+ problems?/);
    });
  }

  it("checks manifest.xml itself too (here: a broken copy of it)", async () => {
    const dir = scratchCopy();
    const source = join(dir, "source-manifest.xml");
    writeFileSync(source, readFileSync("manifest.xml", "utf8").replace('resid="Tab.Label"', 'resid="Tab.Title"'));
    const { code, stderr } = await validate("--dist", dir, "--manifest", source);
    expect(code).toBe(1);
    expect(stderr).toMatch(/source-manifest\.xml: <Label resid="Tab\.Title"> does not resolve/);
  });
});

describe("the generated functions metadata is the registry", () => {
  for (const locale of LOCALES) {
    it(`${METADATA_FILE[locale]}: every function, its parameters, optional flags and dimensionality`, () => {
      const metadata = JSON.parse(readFileSync(join(built, METADATA_FILE[locale]), "utf8")) as { functions: FunctionJson[] };
      expect(metadata.functions.map((fn) => fn.id)).toEqual(FUNCTIONS.map((spec) => spec.name));
      const helpPage = readFileSync(join(built, HELP_FILE[locale]), "utf8");
      FUNCTIONS.forEach((spec, index) => {
        const fn = metadata.functions[index];
        expect(fn.name).toBe(spec.name);
        expect(fn.description).toBe(spec.help[locale]);
        expect(fn.result).toEqual(spec.result === "table" ? { type: "any", dimensionality: "matrix" } : { type: "number", dimensionality: "scalar" });
        expect(fn.parameters.map((param) => param.name)).toEqual(spec.params.map((param) => param.name));
        spec.params.forEach((param, p) => {
          const json = fn.parameters[p];
          const where = `${spec.name}(${param.name})`;
          expect(json.description, where).toBe(param.help[locale]);
          expect(json.optional === true, where).toBe(param.optional === true);
          expect(json.dimensionality, where).toBe(param.kind === "range" ? "matrix" : "scalar");
          expect(json.type, where).toBe(param.kind === "statistic" ? "string" : "any");
          expect(json.description.length, where).toBeLessThanOrEqual(128);
        });
        expect(fn.helpUrl).toBe(`https://localhost:3000/${HELP_FILE[locale]}#${spec.name}`);
        expect(helpPage).toContain(`<section id="${spec.name}">`);
      });
    });
  }

  it("the help pages list every function in their language", () => {
    const zh = readFileSync(join(built, HELP_FILE["zh-CN"]), "utf8");
    const en = readFileSync(join(built, HELP_FILE.en), "utf8");
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain("=SALES.FUNNEL(stages, [stage_order])");
    expect(zh).toContain(FUNCTIONS[0].help["zh-CN"]);
    expect(en).toContain(FUNCTIONS[0].help.en);
    for (const page of [zh, en]) expect(page).not.toMatch(/<script/i);
  });
});

// The Google Sheets add-on (called by scripts/build.mjs; also `node scripts/build-appsscript.mjs [--out DIR]`),
// written to dist/appsscript/ — exactly the files `npm run push:sheets` sends with clasp:
// - Code.js: generated top-level stubs (one per custom function of the core registry, with @customfunction
//   JSDoc, the real parameter names and en + zh-CN help; the menu handlers; the sidebar's server functions),
//   each forwarding in one line to the bundle, then the bundle itself: the core and appsscript/ as one
//   minified IIFE (ES2020) assigned to the global `SalesCore`. esbuild drops JSDoc, and Apps Script reads it
//   only from top-level declarations, hence the stubs. The stubs carry the functions' help; the bundle does not
//   (the registry's `help` texts are dropped from it, scripts/stripLocalizedHelp.mjs): Apps Script parses Code.js on
//   every custom-function recalculation, so nothing in it should be there twice.
// - HelpEn.html, HelpZhCN.html: the menu's "Function help" page in each language (appsscript/functionHelp.ts,
//   run here once; the menu serves the file, appsscript/menu.ts HELP_FILES).
// - appsscript.json: the manifest, as checked in (appsscript/appsscript.json).
// - Sidebar.html: appsscript/sidebar/Sidebar.html with its style sheet and script inlined (one file, no
//   network: HtmlService serves it as is), carrying a minimal Content-Security-Policy (SIDEBAR_CSP, below).
import { build, transform } from "esbuild";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";
import { simpleStatisticsByFunction } from "./simpleStatisticsByFunction.mjs";
import { leftoverHelp, stripLocalizedHelp } from "./stripLocalizedHelp.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The global the bundle is assigned to; every stub calls into it. */
export const GLOBAL_NAME = "SalesCore";

/** The files of the Apps Script project, as clasp pushes them (appsscript/.claspignore lets only these through). */
export const APPS_SCRIPT_FILES = ["appsscript.json", "Code.js", "Sidebar.html", "HelpEn.html", "HelpZhCN.html"];

/** The goal for Code.js (minified): Apps Script parses it on every execution, custom functions included. */
export const CODE_SIZE_GOAL = 140 * 1024;

/**
 * The sidebar's Content-Security-Policy, a `<meta http-equiv>` in Sidebar.html (the build checks it is there).
 * It restricts only what the sidebar never uses: plugins, a `<base href>` and form submission. Why no more:
 * - HtmlService does not serve our file as the page. The sidebar is a frame (`userHtmlFrame`, as public
 *   end-to-end tests of Apps Script pages find it) inside Google's `sandboxFrame`, on *.googleusercontent.com,
 *   sandboxed with allow-same-origin, allow-forms, allow-scripts,
 *   allow-popups, allow-downloads, allow-modals, allow-popups-to-escape-sandbox (developers.google.com/apps-script/
 *   guides/html/restrictions), and Google puts its own code for `google.script.run` into that frame. Google does not
 *   document how, nor any CSP for this frame. A policy that restricts scripts, styles or connections (`default-src
 *   'none'`, `script-src 'self'`, `connect-src`) could block that code, so it is left out on purpose. object-src,
 *   base-uri and form-action govern no script, style, fetch/XHR or postMessage: whatever that code does, they
 *   leave it alone.
 * - `base-uri` checks only a base element's href; our `<base target="_top">` (the restrictions guide's advice for
 *   links) has none and keeps working. `form-action 'none'`: in IFRAME mode "form submission [is] no longer
 *   prevented by default" (developers.google.com/apps-script/migration/iframe). The sidebar's one form calls
 *   preventDefault; a form aimed at the top window (the base target) is refused by the sandbox anyway, and
 *   the policy refuses the rest (into the frame itself, or a popup, which allow-popups would let open).
 * - It may have no effect there at all: HtmlOutput.addMetaTag's reference says meta tags "included directly in an
 *   Apps Script HTML file are ignored" and allows only viewport, apple-mobile-web-app-capable,
 *   mobile-web-app-capable and google-site-verification (developers.google.com/apps-script/reference/html/
 *   html-output#addMetaTag; written for the page Google serves, it does not say whether the frame's copy of our
 *   head is stripped), and a browser ignores a CSP `<meta>` that ends up outside `<head>`. So this is defence in
 *   depth for the frame, never a guarantee; a meta CSP cannot carry frame-ancestors, sandbox or report-uri anyway.
 * test/appsscript/sidebarCsp.test.ts checks it in Chromium, in a model of the wrapper (not Google's own).
 */
export const SIDEBAR_CSP = "object-src 'none'; base-uri 'none'; form-action 'none'";

/** Inputs the Apps Script bundle must never contain: Node-only or CLI-only packages, and the other adapters. */
const FORBIDDEN_INPUTS = [/(^|\/)node_modules\/(exceljs|csv-parse|date-fns|jszip|archiver)\//, /^node:/, /^(cli|addin)\//];

/** How each parameter kind reads in the JSDoc type of a stub. */
const JSDOC_TYPES = {
  range: "Array<Array<*>>",
  stage: "string|number",
  number: "number",
  count: "number",
  statistic: "string",
};

/** Menu handlers and the sidebar's server functions: [name, parameters, what it does]. */
const HANDLERS = [
  ["onOpen", ["e"], "Builds the add-on menu (safe in AuthMode.NONE: nothing else is touched)."],
  ["onInstall", ["e"], "Builds the menu right after the add-on is installed."],
  ["showSidebar", [], "Menu: opens the sidebar (analyze deals, generate the template)."],
  ["generateTemplate", [], "Menu: opens the sidebar on Generate template (the template is built there, in the browser)."],
  ["showHelp", [], "Menu: the custom functions' help."],
  ["sidebarPlan", ["request"], "Sidebar: which of the template's sheets and names exist, and a free suffix."],
  ["sidebarDrawSheet", ["request"], "Sidebar: draws one sheet of the template the sidebar built, never overwriting."],
  ["sidebarSheetHeads", [], "Sidebar: every sheet's first rows and size, the active sheet, time zone and locale (the sidebar analyzes)."],
  ["sidebarSheetValues", ["sheet", "fromRow", "rows", "columns"], "Sidebar: one page of a sheet's values (dates as { d: ms }), one getValues."],
  ["sidebarSelectRow", ["row", "sheet"], "Sidebar: selects a problem row."],
];

/**
 * Builds the Apps Script project into `options.appsScriptOutDir` (default dist/appsscript). Each file is
 * written whole and renamed into place, so a reader never sees half a file. Returns the paths written.
 */
export async function buildAppsScript(options = {}) {
  const outDir = resolve(ROOT, options.appsScriptOutDir ?? "dist/appsscript");
  const bundle = await bundleServer();
  const { catalog, helpFiles } = await readFunctionHelp();
  const left = leftoverHelp(bundle, catalog);
  if (left.length > 0) throw new Error(`Code.js's bundle must not carry the functions' help (the stubs do): ${left.slice(0, 3).join(" | ")}`);
  const code = `${HEADER}\n${catalog.map(functionStub).join("\n\n")}\n\n${HANDLERS.map(handlerStub).join("\n\n")}\n\n${bundle}`;
  const manifest = readFileSync(join(ROOT, "appsscript/appsscript.json"), "utf8");
  const sidebar = await sidebarHtml();
  const written = [
    writeAtomically(join(outDir, "appsscript.json"), manifest),
    writeAtomically(join(outDir, "Code.js"), code),
    writeAtomically(join(outDir, "Sidebar.html"), sidebar),
    ...helpFiles.map(([name, html]) => writeAtomically(join(outDir, `${name}.html`), html)),
  ];
  return written.map((path) => relative(ROOT, path));
}

const HEADER = `// Sales process tracker — Google Sheets add-on. Generated by scripts/build-appsscript.mjs from core/ and
// appsscript/; do not edit. The functions below are the custom functions, menu handlers and sidebar server
// functions Apps Script sees; each forwards to the bundle (${GLOBAL_NAME}) at the end of this file.
`;

async function bundleServer() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["appsscript/main.ts"],
    bundle: true,
    platform: "neutral",
    mainFields: ["module", "main"],
    format: "iife",
    globalName: GLOBAL_NAME,
    target: "es2020",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    metafile: true,
    write: false,
    logLevel: "warning",
    plugins: [stripLocalizedHelp, simpleStatisticsByFunction],
  });
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter((input) => FORBIDDEN_INPUTS.some((pattern) => pattern.test(input)));
  if (forbidden.length > 0) throw new Error(`The Apps Script bundle must not include: ${forbidden.join(", ")}`);
  return result.outputFiles[0].text;
}

/**
 * The registry's catalog (for the stubs) and the help pages ([file name, HTML] per language), from
 * appsscript/functionHelp.ts bundled from the same sources as Code.js, help texts kept, and run once here.
 */
async function readFunctionHelp() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["appsscript/functionHelp.ts"],
    bundle: true,
    platform: "neutral",
    mainFields: ["module", "main"],
    format: "iife",
    globalName: "FunctionHelp",
    target: "es2020",
    charset: "utf8",
    write: false,
    logLevel: "warning",
    plugins: [simpleStatisticsByFunction],
  });
  const read = `JSON.stringify({ catalog: FunctionHelp.functionCatalog(), helpFiles: Object.entries(FunctionHelp.HELP_FILES).map(([locale, name]) => [name, FunctionHelp.helpHtml(locale)]) })`;
  return JSON.parse(vm.runInNewContext(`${result.outputFiles[0].text}\n;${read};`, {}, { timeout: 5000 }));
}

function comment(text) {
  return text.replace(/\*\//g, "*\u200b/").replace(/\s*\n\s*/g, " ");
}

function checkName(name, pattern, what) {
  if (!pattern.test(name)) throw new Error(`${what} "${name}" is not a plain identifier`);
  return name;
}

/**
 * A custom function's stub, e.g.
 *   /** Win rate: … (en) / 赢单率：…(zh-CN) / @param {Array<Array<*>>} statuses … / @return {number} … / @customfunction *\/
 *   function WIN_RATE(statuses) { return SalesCore.call("WIN_RATE", [statuses]); }
 */
function functionStub(entry) {
  const name = checkName(entry.name, /^[A-Z][A-Z0-9_]*$/, "Function name");
  const params = entry.params.map((param) => checkName(param.name, /^[a-z][a-z0-9_]*$/, "Parameter name"));
  const lines = ["/**", ` * ${comment(entry.help.en)}`, ` * ${comment(entry.help["zh-CN"])}`, " *"];
  for (const param of entry.params) {
    const type = JSDOC_TYPES[param.kind];
    if (type === undefined) throw new Error(`No JSDoc type for parameter kind "${param.kind}"`);
    lines.push(` * @param {${type}} ${param.optional ? `[${param.name}]` : param.name} ${comment(param.help.en)} · ${comment(param.help["zh-CN"])}`);
  }
  lines.push(
    entry.result === "table"
      ? " * @return {Array<Array<string|number>>} A table with a header row · 带标题行的表格"
      : " * @return {number} The figure · 计算结果",
    " * @customfunction",
    " */",
    `function ${name}(${params.join(", ")}) { return ${GLOBAL_NAME}.call(${JSON.stringify(name)}, [${params.join(", ")}]); }`,
  );
  return lines.join("\n");
}

function handlerStub([name, params, doc]) {
  const forward = `${GLOBAL_NAME}.${name}(${params.join(", ")})`;
  return `/** ${comment(doc)} */\nfunction ${name}(${params.join(", ")}) { return ${forward}; }`;
}

/** Sidebar.html with sidebar.css and the sidebar bundle inlined. */
async function sidebarHtml() {
  const script = await build({
    absWorkingDir: ROOT,
    entryPoints: ["appsscript/sidebar/sidebar.ts"],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "warning",
    plugins: [simpleStatisticsByFunction],
  });
  const css = await transform(readFileSync(join(ROOT, "appsscript/sidebar/sidebar.css"), "utf8"), { loader: "css", minify: true, legalComments: "none" });
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1").trim();
  const style = css.code.replace(/<\/(style)/gi, "<\\/$1").trim();
  const template = readFileSync(join(ROOT, "appsscript/sidebar/Sidebar.html"), "utf8");
  for (const marker of ["/*INLINE_CSS*/", "/*INLINE_JS*/", `<meta http-equiv="Content-Security-Policy" content="${SIDEBAR_CSP}">`]) {
    if (template.split(marker).length !== 2) throw new Error(`Sidebar.html must contain ${marker} exactly once`);
  }
  return template.replace("/*INLINE_CSS*/", () => style).replace("/*INLINE_JS*/", () => js);
}

function writeAtomically(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
  return path;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out");
  const written = await buildAppsScript(outIndex >= 0 ? { appsScriptOutDir: args[outIndex + 1] } : {});
  for (const path of written) {
    const bytes = readFileSync(join(ROOT, path)).length;
    console.log(`${path}  ${(bytes / 1024).toFixed(1)} KB${path.endsWith("Code.js") ? ` (goal ≤ ${CODE_SIZE_GOAL / 1024} KB)` : ""}`);
  }
}

// The Excel add-in (called by scripts/build.mjs; also `node scripts/build-addin.mjs [--out DIR] [--base-url URL]`):
// - taskpane.js: one minified browser bundle (IIFE, ES2020) of addin/taskpane.ts — functions, commands and pane;
//   taskpane.css beside it when the pane imports styles; without the functions' help (scripts/stripLocalizedHelp.mjs);
// - template.js: the template builder (addin/template/entry.ts), its own bundle, which the pane adds to the page
//   when a template is generated (addin/template/templateScript.ts); taskpane.js must not carry it (checked here);
// - taskpane.html, the icons (drawn by addin/assets/icons.mjs) and the help page's style sheet;
// - functions.json, functions-zh-cn.json and help.{en,zh-CN}.html, generated from the core registry;
// - manifest.xml with every https://localhost:3000/ replaced by the base URL.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";
import { writeIcons } from "../addin/assets/icons.mjs";
import { scriptText } from "./scriptText.mjs";
import { simpleStatisticsByFunction } from "./simpleStatisticsByFunction.mjs";
import { leftoverHelp, stripLocalizedHelp } from "./stripLocalizedHelp.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The address every URL in manifest.xml is written for; the build swaps it for options.baseUrl. */
export const DEV_BASE_URL = "https://localhost:3000/";

/** A --base-url Office cannot load the add-in from; `key` names its message in scriptText.mjs. */
export class BaseUrlError extends Error {
  constructor(key, url, message) {
    super(message);
    this.key = key;
    this.url = url;
  }
}

/**
 * The add-in's address as the manifest needs it: https, no query or fragment, ending in "/". Office loads an
 * add-in's pages only from https addresses, localhost included (the manifest's SourceLocation "must be an HTTPS
 * address"; `npm start` serves https://localhost:3000/ with a development certificate for that reason).
 * @throws {BaseUrlError} for anything else
 * @example
 * normalizeBaseUrl("https://example.com/sales") //=> "https://example.com/sales/"
 */
export function normalizeBaseUrl(baseUrl) {
  if (baseUrl === undefined || baseUrl === "" || baseUrl.startsWith("--")) throw new BaseUrlError("baseUrlMissing", "", "--base-url needs an address");
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new BaseUrlError("baseUrlNotUrl", baseUrl, `--base-url: "${baseUrl}" is not a URL`);
  }
  if (url.protocol !== "https:") throw new BaseUrlError("baseUrlNotHttps", baseUrl, `--base-url: Office add-ins must be served over https, not ${url.protocol} (${baseUrl})`);
  if (url.search || url.hash) throw new BaseUrlError("baseUrlQuery", baseUrl, `--base-url: no query or fragment, please (${baseUrl})`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** What to tell the user about a failed build: a --base-url problem in their language, else the error's first line. */
export function buildErrorText(error) {
  if (error instanceof BaseUrlError) return scriptText(error.key, { url: error.url });
  return String(error?.message ?? error).split("\n")[0];
}

function writeFile(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Inputs taskpane.js must not take: the template builder's sheets (template.js has them). */
const NOT_IN_TASKPANE = /^core\/template\/(buildTemplate\.ts|sheets\/)/;

/** esbuild's options for one browser bundle of the add-in (IIFE, ES2020, minified): `name`.js from `entry`. */
function browserBundle(name, entry, outDir, plugins) {
  return {
    absWorkingDir: ROOT,
    entryPoints: { [name]: entry },
    outdir: outDir,
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    metafile: true,
    logLevel: "warning",
    plugins: [...plugins, simpleStatisticsByFunction],
  };
}

/**
 * The browser bundles: taskpane.js (and its style sheet, if the pane imports CSS), without the functions' help
 * (scripts/stripLocalizedHelp.mjs: nothing in it reads one), and template.js, with it (the Guide sheet prints it).
 * Returns the paths written.
 * @throws {Error} when taskpane.js takes the template builder (an import of core/template/buildTemplate.ts
 *   outside addin/template/entry.ts), which would put its prose back in every start of the add-in, or still
 *   carries a function's help
 */
async function bundle(outDir) {
  const [pane, template] = await Promise.all([
    build(browserBundle("taskpane", "addin/taskpane.ts", outDir, [stripLocalizedHelp])),
    build(browserBundle("template", "addin/template/entry.ts", outDir, [])),
  ]);
  const inputs = Object.values(pane.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
  const taken = inputs.filter((input) => NOT_IN_TASKPANE.test(input));
  if (taken.length > 0) throw new Error(`taskpane.js must not include the template builder (template.js has it): ${taken.slice(0, 3).join(", ")}`);
  const { FUNCTIONS } = await tsImport("../core/index.ts", import.meta.url);
  const script = pane.outputFiles.find((file) => file.path.endsWith(".js")).text;
  const left = leftoverHelp(script, FUNCTIONS);
  if (left.length > 0) throw new Error(`taskpane.js must not carry the functions' help (functions.json does): ${left.slice(0, 3).join(" | ")}`);
  return [...pane.outputFiles, ...template.outputFiles].map((file) => writeFile(file.path, file.contents));
}

/** taskpane.html as written in addin/, without the style-sheet link when there is no taskpane.css. */
function taskpaneHtml(hasStyleSheet) {
  const html = readFileSync(join(ROOT, "addin/taskpane.html"), "utf8");
  return hasStyleSheet ? html : html.replace(/^\s*<link rel="stylesheet" href="taskpane\.css">\n/m, "");
}

/** manifest.xml for `baseUrl`. */
function manifestFor(baseUrl) {
  const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  if (!source.includes(DEV_BASE_URL)) throw new Error(`manifest.xml: no ${DEV_BASE_URL} URL to replace`);
  return source.replaceAll(DEV_BASE_URL, baseUrl);
}

/**
 * Builds the Excel add-in into `options.outDir` (default dist/).
 * @param {{ baseUrl?: string, outDir?: string }} [options] baseUrl: where dist/ will be served (https; default
 *   https://localhost:3000/)
 * @returns {Promise<string[]>} the files written, relative to the working directory
 * @throws {Error} when the base URL is not https, or a function's help is longer than Excel allows
 */
export async function buildAddin(options = {}) {
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? DEV_BASE_URL);
  const outDir = resolve(options.outDir ?? join(ROOT, "dist"));
  const written = await bundle(outDir);
  const hasStyleSheet = written.some((path) => path.endsWith(".css"));

  const { functionArtifacts } = await tsImport("../addin/functions/artifacts.ts", import.meta.url);
  for (const { file, content } of functionArtifacts(baseUrl)) written.push(writeFile(join(outDir, file), content));

  written.push(writeFile(join(outDir, "taskpane.html"), taskpaneHtml(hasStyleSheet)));
  written.push(...writeIcons(join(outDir, "assets")));
  copyFileSync(join(ROOT, "addin/assets/help.css"), join(outDir, "assets/help.css"));
  written.push(join(outDir, "assets/help.css"));
  written.push(writeFile(join(outDir, "manifest.xml"), manifestFor(baseUrl)));
  return written.map((path) => relative(process.cwd(), path));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? "") : undefined);
  try {
    const written = await buildAddin({ baseUrl: option("--base-url"), outDir: option("--out") });
    console.log(`built addin: ${written.length} files in ${dirname(written.find((path) => path.endsWith("manifest.xml")))}`);
  } catch (error) {
    console.error(`build-addin: ${buildErrorText(error)}`);
    process.exitCode = 1;
  }
}

// `npm run validate`: checks the Excel add-in offline (Microsoft's validation service needs the network).
//   node scripts/validate-manifest.mjs [--dist DIR] [--manifest FILE]
// Validates FILE (default manifest.xml) and DIR/manifest.xml (default dist/, written by `npm run build`):
//  1. both against the Office manifest XSD (xmllint, schemas/office-manifest-xsd in this repository, see its NOTICE.md);
//  2. every resid resolves to a resource of the right kind (image, URL, short or long string);
//  3. every URL is https and lies under the add-in's base URL, and the file it names exists in DIR;
//  4. every string (display name, description, ribbon labels and tooltips) has a zh-CN override;
//  5. the shared runtime is wired as Office requires: Runtime (lifetime long), custom-functions Page,
//     FunctionFile and every ShowTaskpane use one URL resid, and every ShowTaskpane one TaskpaneId;
//  6. DIR/manifest.xml is manifest.xml with only the base URL changed (a stale build is caught);
//  7. functions.json and functions-zh-cn.json: valid ids, the same functions and parameters in both, parameter
//     descriptions Excel accepts, help links that exist;
//  8. DIR/taskpane.js, run in node:vm with fake Office, CustomFunctions and document, associates exactly the
//     ids of functions.json, and an action for every ribbon ExecuteFunction.
// Without DIR/manifest.xml (nothing built yet) only check 1 runs, on FILE, and one line says to build first.
// Prints one line per check; exits 1 with one line per problem.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { clearTimeout, setTimeout } from "node:timers";
import { fileURLToPath } from "node:url";
import { TextDecoder, TextEncoder } from "node:util";
import vm from "node:vm";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEV_BASE_URL = "https://localhost:3000/";
/** The Office manifest schema, kept in the repository (schemas/office-manifest-xsd/NOTICE.md says whence). */
const SCHEMA = resolve(ROOT, "schemas/office-manifest-xsd/OfficeAppManifestV1_1.xsd");
const ZH = "zh-CN";
/** Excel's rules for custom functions metadata (custom-functions-metadata checks the same). */
const FUNCTION_ID = /^[A-Za-z0-9._]{1,128}$/;
const MAX_PARAM_DESCRIPTION = 128;

// ---------------------------------------------------------------------------------------------------------
// A small XML reader: enough for a manifest that xmllint has already found well-formed.

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name) =>
    name[0] === "#" ? String.fromCodePoint(Number(name[1] === "x" || name[1] === "X" ? `0${name.slice(1)}` : name.slice(1))) : (ENTITIES[name] ?? whole),
  );

/** The element tree: { name, local, attrs, children, text, parent }. */
export function parseXml(xml) {
  const root = { name: "#document", local: "#document", attrs: {}, children: [], text: "", parent: null };
  let current = root;
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const [, cdata, closing, opening, attrText, selfClosing, text] of String(xml).matchAll(token)) {
    if (cdata !== undefined) current.text += cdata;
    else if (text !== undefined) current.text += decode(text);
    else if (closing !== undefined) current = current.parent ?? root;
    else if (opening !== undefined) {
      const attrs = {};
      for (const [, key, double, single] of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[key] = decode(double ?? single);
      const element = { name: opening, local: opening.split(":").pop(), attrs, children: [], text: "", parent: current };
      current.children.push(element);
      if (!selfClosing) current = element;
    }
  }
  return root;
}

/** Every element below `node` whose local name is `local` (document order). */
function all(node, local) {
  const found = [];
  const walk = (element) => {
    for (const child of element.children) {
      if (child.local === local) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

const child = (node, local) => node.children.find((element) => element.local === local);
const xsiType = (node) => Object.entries(node.attrs).find(([key]) => key.endsWith(":type"))?.[1];

// ---------------------------------------------------------------------------------------------------------
// The checks on one manifest.

/** Resources by kind: image, url, short, long → Map(id → element). */
function resources(manifest) {
  const kinds = { Images: "image", Urls: "url", ShortStrings: "short", LongStrings: "long" };
  const byKind = { image: new Map(), url: new Map(), short: new Map(), long: new Map() };
  for (const resourcesNode of all(manifest, "Resources")) {
    for (const group of resourcesNode.children) {
      const kind = kinds[group.local];
      if (kind) for (const element of group.children) if (element.attrs.id) byKind[kind].set(element.attrs.id, element);
    }
  }
  return byKind;
}

/** The kind of resource an element's resid must name. */
function residKind(element) {
  if (element.local === "Image") return "image";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(element.local)) return "url";
  if (["Label", "Title", "Namespace"].includes(element.local)) return "short";
  if (element.local === "Description") return "long";
  return undefined;
}

function checkResids(manifest, byKind, problems) {
  for (const element of walkAll(manifest)) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    const kind = residKind(element);
    const kinds = kind ? [kind] : Object.keys(byKind);
    if (!kinds.some((candidate) => byKind[candidate].has(resid))) {
      const elsewhere = Object.keys(byKind).find((candidate) => byKind[candidate].has(resid));
      problems.push(
        elsewhere
          ? `<${element.local} resid="${resid}"> names a ${elsewhere} resource; it needs a ${kind} resource`
          : `<${element.local} resid="${resid}"> does not resolve: no resource has id "${resid}"`,
      );
    }
  }
}

function walkAll(node) {
  const found = [];
  const walk = (element) => {
    for (const childElement of element.children) {
      found.push(childElement);
      walk(childElement);
    }
  };
  walk(node);
  return found;
}

/** Every URL in the manifest with where it was found: [{ where, url }]. */
function manifestUrls(manifest) {
  const urls = [];
  const add = (element, where) => {
    if (element.attrs.DefaultValue !== undefined) urls.push({ where, url: element.attrs.DefaultValue });
    for (const override of element.children.filter((childElement) => childElement.local === "Override")) {
      urls.push({ where: `${where} (${override.attrs.Locale})`, url: override.attrs.Value });
    }
  };
  for (const local of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) for (const element of all(manifest, local)) add(element, `<${local}>`);
  for (const element of all(manifest, "SourceLocation")) if (element.attrs.DefaultValue !== undefined) add(element, "<DefaultSettings><SourceLocation>");
  for (const element of all(manifest, "AppDomain")) urls.push({ where: "<AppDomain>", url: element.text.trim() });
  const byKind = resources(manifest);
  for (const [id, element] of [...byKind.url, ...byKind.image]) add(element, `resource "${id}"`);
  return urls;
}

/** The add-in's base URL: the folder of the shared runtime's page. */
function baseUrlOf(manifest) {
  const runtime = all(manifest, "Runtime")[0];
  const page = runtime && resources(manifest).url.get(runtime.attrs.resid)?.attrs.DefaultValue;
  return page ? new URL(".", page).href : undefined;
}

function checkUrls(manifest, distDir, expectedBase, problems) {
  const base = expectedBase ?? baseUrlOf(manifest);
  for (const { where, url } of manifestUrls(manifest)) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== "https:") {
      problems.push(`${where}: ${url} is not https (Office loads add-in files over https only)`);
      continue;
    }
    if (!base || !url.startsWith(base)) {
      problems.push(`${where}: ${url} is outside the add-in's base URL ${base ?? "(no Runtime page to take it from)"}`);
      continue;
    }
    const file = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
    if (file === "") continue; // an AppDomain, or the base itself
    if (!existsSync(join(distDir, file))) problems.push(`${where}: ${url} → ${relative(process.cwd(), join(distDir, file))} does not exist (npm run build)`);
  }
  return base;
}

function checkZhOverrides(manifest, byKind, problems) {
  const namespaceIds = new Set(all(manifest, "Namespace").map((element) => element.attrs.resid));
  const hasZh = (element) => element.children.some((childElement) => childElement.local === "Override" && childElement.attrs.Locale === ZH && childElement.attrs.Value?.trim());
  for (const local of ["DisplayName", "Description"]) {
    const element = child(manifest.children[0] ?? manifest, local);
    if (element && !hasZh(element)) problems.push(`<${local}> has no ${ZH} override`);
  }
  for (const [id, element] of [...byKind.short, ...byKind.long]) {
    if (!namespaceIds.has(id) && !hasZh(element)) problems.push(`string "${id}" has no ${ZH} override`);
  }
  for (const metadata of all(manifest, "Metadata")) {
    const url = byKind.url.get(child(metadata, "SourceLocation")?.attrs.resid ?? "");
    if (url && !hasZh(url)) problems.push(`the functions metadata URL "${url.attrs.id}" has no ${ZH} override (functions-zh-cn.json)`);
  }
}

function checkSharedRuntime(manifest, problems) {
  const runtimes = all(manifest, "Runtime");
  if (runtimes.length !== 1) {
    problems.push(`expected one <Runtime> (the shared runtime), found ${runtimes.length}`);
    return;
  }
  const [runtime] = runtimes;
  if (runtime.attrs.lifetime !== "long") problems.push(`<Runtime resid="${runtime.attrs.resid}"> needs lifetime="long" for a shared runtime`);
  const users = [
    ...all(manifest, "Page").map((page) => ["custom functions <Page>", child(page, "SourceLocation")?.attrs.resid]),
    ...all(manifest, "FunctionFile").map((element) => ["<FunctionFile>", element.attrs.resid]),
    ...all(manifest, "Action")
      .filter((action) => xsiType(action) === "ShowTaskpane")
      .map((action) => ["ShowTaskpane <SourceLocation>", child(action, "SourceLocation")?.attrs.resid]),
  ];
  for (const [where, resid] of users) {
    if (resid !== runtime.attrs.resid) problems.push(`${where} uses resid "${resid}"; the shared runtime needs "${runtime.attrs.resid}" (the Runtime's)`);
  }
  const paneIds = new Set(
    all(manifest, "Action")
      .filter((action) => xsiType(action) === "ShowTaskpane")
      .map((action) => child(action, "TaskpaneId")?.text.trim()),
  );
  if (paneIds.size > 1 || paneIds.has(undefined)) problems.push(`every ShowTaskpane needs the same <TaskpaneId> (a shared runtime has one pane), found ${[...paneIds].join(", ")}`);
}

/** The ribbon's ExecuteFunction names. */
function executeFunctionNames(manifest) {
  return all(manifest, "Action")
    .filter((action) => xsiType(action) === "ExecuteFunction")
    .map((action) => child(action, "FunctionName")?.text.trim());
}

function xmllint(path, problems) {
  if (!existsSync(SCHEMA)) {
    problems.push(`schema not found: ${SCHEMA} (schemas/office-manifest-xsd is part of the repository: restore it with git)`);
    return;
  }
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, path], { stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    if (error.code === "ENOENT") problems.push("xmllint not found: apt-get install -y libxml2-utils");
    else for (const line of String(error.stderr).trim().split("\n").filter((text) => !/fails to validate$/.test(text))) problems.push(`XSD: ${line}`);
  }
}

/** All checks on one manifest file. Returns { base, executeFunctions, metadata: { default, zh } } for the rest. */
function checkManifest(path, distDir, expectedBase, problems) {
  xmllint(path, problems);
  const manifest = parseXml(readFileSync(path, "utf8"));
  const byKind = resources(manifest);
  checkResids(manifest, byKind, problems);
  const base = checkUrls(manifest, distDir, expectedBase, problems);
  checkZhOverrides(manifest, byKind, problems);
  checkSharedRuntime(manifest, problems);
  const metadataUrl = byKind.url.get(child(all(manifest, "Metadata")[0] ?? { children: [] }, "SourceLocation")?.attrs.resid ?? "");
  const zhUrl = metadataUrl?.children.find((element) => element.local === "Override" && element.attrs.Locale === ZH)?.attrs.Value;
  return { base, executeFunctions: executeFunctionNames(manifest), metadataUrls: { en: metadataUrl?.attrs.DefaultValue, zh: zhUrl } };
}

// ---------------------------------------------------------------------------------------------------------
// functions.json

function readJson(path, problems) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    problems.push(`${relative(process.cwd(), path)}: ${error.code === "ENOENT" ? "missing (npm run build)" : error.message}`);
    return undefined;
  }
}

function checkFunctionsMetadata(metadata, file, base, distDir, problems) {
  if (!Array.isArray(metadata?.functions)) {
    problems.push(`${file}: no "functions" array`);
    return [];
  }
  const ids = new Set();
  for (const fn of metadata.functions) {
    const where = `${file} ${fn.id}`;
    if (!FUNCTION_ID.test(fn.id ?? "")) problems.push(`${where}: id must be 1–128 letters, digits, "." or "_"`);
    if (ids.has(fn.id)) problems.push(`${where}: id appears twice`);
    ids.add(fn.id);
    if (typeof fn.name !== "string" || !/^\p{L}[\p{L}0-9._]*$/u.test(fn.name)) problems.push(`${where}: name must start with a letter and hold letters, digits, "." or "_"`);
    if (!Array.isArray(fn.parameters)) problems.push(`${where}: no parameters array`);
    if (!["scalar", "matrix", undefined].includes(fn.result?.dimensionality)) problems.push(`${where}: result.dimensionality must be scalar or matrix`);
    let optionalSeen = false;
    for (const param of fn.parameters ?? []) {
      if (!param.name) problems.push(`${where}: a parameter has no name`);
      if ((param.description ?? "").length > MAX_PARAM_DESCRIPTION) problems.push(`${where}(${param.name}): description longer than ${MAX_PARAM_DESCRIPTION} characters`);
      if (!["any", "number", "string", "boolean", undefined].includes(param.type)) problems.push(`${where}(${param.name}): unknown type ${param.type}`);
      if (!["scalar", "matrix", undefined].includes(param.dimensionality)) problems.push(`${where}(${param.name}): dimensionality must be scalar or matrix`);
      if (optionalSeen && !param.optional) problems.push(`${where}(${param.name}): a required parameter after an optional one`);
      optionalSeen ||= Boolean(param.optional);
    }
    if (fn.helpUrl !== undefined) {
      if (!fn.helpUrl.startsWith("https://")) problems.push(`${where}: helpUrl ${fn.helpUrl} is not https`);
      else if (!base || !fn.helpUrl.startsWith(base)) problems.push(`${where}: helpUrl ${fn.helpUrl} is outside ${base}`);
      else if (!existsSync(join(distDir, new URL(fn.helpUrl).pathname.slice(new URL(base).pathname.length)))) problems.push(`${where}: helpUrl ${fn.helpUrl} names a file that does not exist`);
    }
  }
  return metadata.functions;
}

/** functions-zh-cn.json must declare the same functions with the same parameters (only the words differ). */
function compareLanguages(en, zh, problems) {
  const shape = (fn) => JSON.stringify({ id: fn.id, name: fn.name, result: fn.result, parameters: (fn.parameters ?? []).map(({ name, type, dimensionality, optional }) => ({ name, type, dimensionality, optional })) });
  const enShapes = new Map(en.map((fn) => [fn.id, shape(fn)]));
  const zhShapes = new Map(zh.map((fn) => [fn.id, shape(fn)]));
  for (const id of enShapes.keys()) if (!zhShapes.has(id)) problems.push(`functions-zh-cn.json lacks ${id}`);
  for (const id of zhShapes.keys()) if (!enShapes.has(id)) problems.push(`functions-zh-cn.json has ${id}, functions.json does not`);
  for (const [id, enShape] of enShapes) if (zhShapes.has(id) && zhShapes.get(id) !== enShape) problems.push(`${id}: names, parameters or result differ between functions.json and functions-zh-cn.json`);
}

// ---------------------------------------------------------------------------------------------------------
// What the bundle associates at runtime.

/** A stand-in that accepts any property access, call, `new` or assignment (unknown parts of Office or the DOM). */
function permissive(overrides = {}) {
  const members = { ...overrides };
  return new Proxy(function () {}, {
    get(_target, key) {
      if (key in members) return members[key];
      if (key === "then") return undefined; // not a promise
      if (key === Symbol.toPrimitive) return () => "";
      if (key === Symbol.iterator) return function* () {};
      members[key] = permissive();
      return members[key];
    },
    set(_target, key, value) {
      members[key] = value;
      return true;
    },
    apply: () => permissive(),
    construct: () => permissive(),
  });
}

/** A detached element: accepts anything, but has no relatives, so DOM walks end at once. */
function fakeElement() {
  const none = { parentNode: null, parentElement: null, firstChild: null, lastChild: null, firstElementChild: null, lastElementChild: null };
  return permissive({ ...none, nextSibling: null, previousSibling: null, nextElementSibling: null, previousElementSibling: null, childNodes: [], children: [], isConnected: false });
}

/** A page without the pane's markup: every lookup finds nothing, so a pane that needs #app builds nothing. */
function fakeDocument() {
  return permissive({
    readyState: "complete",
    getElementById: () => null,
    querySelector: () => null,
    querySelectorAll: () => [],
    getElementsByTagName: () => [],
    getElementsByClassName: () => [],
    createElement: fakeElement,
    createElementNS: fakeElement,
    createTextNode: fakeElement,
    createDocumentFragment: fakeElement,
    body: fakeElement(),
    head: fakeElement(),
    documentElement: fakeElement(),
  });
}

/** How long the bundle may take to load, Office.onReady's callback included. */
const LOAD_TIMEOUT_MS = 5000;

/**
 * Runs the bundle as Excel's shared runtime would load it and records what it associates. Office.onReady calls
 * back at once, inside the load (so a pane that never finishes is caught by the time limit); what the callback
 * throws is a note, not a failure — the pane is not this check's business.
 * @returns {Promise<{ functions: string[], actions: string[], errors: string[], notes: string[] }>}
 */
export async function runtimeAssociations(bundlePath, displayLanguage = "en-US") {
  const functions = [];
  const actions = [];
  const errors = [];
  const notes = [];
  const associateFunctions = (id, fn) => {
    if (typeof id === "object") for (const [key, value] of Object.entries(id)) associateFunctions(key, value);
    else if (typeof fn !== "function") errors.push(`CustomFunctions.associate("${id}") was given no function`);
    else functions.push(id);
  };
  const associateAction = (id, fn) => (typeof fn === "function" ? actions.push(id) : errors.push(`Office.actions.associate("${id}") was given no function`));
  const info = { host: "Excel", platform: "PC" };
  const onReady = (callback) => {
    try {
      callback?.(info);
    } catch (error) {
      notes.push(`the Office.onReady callback threw in a page without the pane's markup: ${error?.message ?? error}`);
    }
    return Promise.resolve(info);
  };
  class FakeCustomFunctionsError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  const location = { href: "https://localhost:3000/taskpane.html", origin: "https://localhost:3000", protocol: "https:", hash: "", search: "" };
  const sandbox = {
    CustomFunctions: {
      associate: associateFunctions,
      Error: FakeCustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
    },
    Office: permissive({ actions: { associate: associateAction }, onReady, context: permissive({ displayLanguage }) }),
    Excel: permissive(),
    document: fakeDocument(),
    navigator: { language: displayLanguage, userAgent: "node:vm" },
    location,
    console: { log() {}, info() {}, warn() {}, error() {}, debug() {} },
    URL,
    TextEncoder,
    TextDecoder,
    setTimeout,
    clearTimeout,
    queueMicrotask: globalThis.queueMicrotask,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  try {
    vm.runInContext(readFileSync(bundlePath, "utf8"), sandbox, { filename: bundlePath, timeout: LOAD_TIMEOUT_MS });
  } catch (error) {
    errors.push(`loading ${relative(process.cwd(), bundlePath)} ${/timed out/.test(error?.message) ? `took longer than ${LOAD_TIMEOUT_MS} ms` : `threw: ${error?.message ?? error}`}`);
  }
  await new Promise((done) => setTimeout(done, 20)); // let anything the load queued settle
  return { functions, actions, errors, notes };
}

function compareAssociations(associated, functionIds, executeFunctions, problems) {
  for (const error of associated.errors) problems.push(error);
  const seen = new Set(associated.functions);
  for (const id of functionIds) if (!seen.has(id)) problems.push(`functions.json declares ${id}, but taskpane.js never associates it (the cell would show #NAME? or #BUSY!)`);
  for (const id of seen) if (!functionIds.includes(id)) problems.push(`taskpane.js associates ${id}, which functions.json does not declare`);
  for (const id of associated.functions.filter((id, index, list) => list.indexOf(id) !== index)) problems.push(`taskpane.js associates ${id} twice`);
  const actions = new Set(associated.actions);
  for (const name of executeFunctions) if (!actions.has(name)) problems.push(`the ribbon runs ExecuteFunction "${name}", but taskpane.js never calls Office.actions.associate("${name}", …)`);
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Runs every check. Returns { problems, passed, notes, counts }: one line per problem, the labels of the checks
 * that passed, remarks that are not failures, and how many functions and actions the bundle associated. Never
 * throws for a bad add-in.
 * @param {{ distDir?: string, manifest?: string }} [options]
 */
export async function validateAddin(options = {}) {
  const distDir = resolve(options.distDir ?? join(ROOT, "dist"));
  const sourcePath = resolve(options.manifest ?? join(ROOT, "manifest.xml"));
  const builtPath = join(distDir, "manifest.xml");
  const problems = [];
  const passed = [];
  const step = (label, run) => {
    const local = [];
    const result = run(local);
    problems.push(...local.map((problem) => `${label}: ${problem}`));
    if (local.length === 0) passed.push(label);
    return result;
  };

  const sourceLabel = relative(process.cwd(), sourcePath) || sourcePath;
  if (!existsSync(builtPath)) {
    // Nothing built to check the URLs, metadata and bundle against (a fresh clone): the schema alone, and one line.
    step(`${sourceLabel} (schema)`, (local) => xmllint(sourcePath, local));
    problems.push(`${relative(process.cwd(), builtPath)}: missing: run npm run build first (validate checks the built add-in)`);
    return { problems, passed, notes: [] };
  }
  step(sourceLabel, (local) => checkManifest(sourcePath, distDir, DEV_BASE_URL, local));
  const built = step(relative(process.cwd(), builtPath), (local) => {
    const info = checkManifest(builtPath, distDir, undefined, local);
    if (info.base && readFileSync(builtPath, "utf8").replaceAll(info.base, DEV_BASE_URL) !== readFileSync(sourcePath, "utf8")) {
      local.push(`is not ${relative(process.cwd(), sourcePath)} with the base URL ${info.base}: rebuild (npm run build)`);
    }
    return info;
  });

  const metadataFile = (url) => (url && built.base && url.startsWith(built.base) ? join(distDir, url.slice(built.base.length)) : undefined);
  const enPath = metadataFile(built.metadataUrls.en) ?? join(distDir, "functions.json");
  const zhPath = metadataFile(built.metadataUrls.zh) ?? join(distDir, "functions-zh-cn.json");
  const [en, zh] = step("functions metadata", (local) => {
    const enFunctions = checkFunctionsMetadata(readJson(enPath, local), relative(distDir, enPath), built.base, distDir, local);
    const zhFunctions = checkFunctionsMetadata(readJson(zhPath, local), relative(distDir, zhPath), built.base, distDir, local);
    compareLanguages(enFunctions, zhFunctions, local);
    return [enFunctions, zhFunctions];
  });

  const bundlePath = join(distDir, "taskpane.js");
  const associated = existsSync(bundlePath)
    ? await runtimeAssociations(bundlePath)
    : { functions: [], actions: [], errors: [`${relative(process.cwd(), bundlePath)} is missing (npm run build)`], notes: [] };
  step("runtime associations", (local) =>
    compareAssociations(associated, [...new Set([...en, ...zh].map((fn) => fn.id))], built.executeFunctions, local),
  );
  return { problems, passed, notes: associated.notes, counts: { functions: associated.functions.length, actions: associated.actions.length } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const { problems, passed, notes = [], counts } = await validateAddin({ distDir: option("--dist"), manifest: option("--manifest") });
  for (const label of passed) console.log(`ok    ${label}`);
  for (const note of notes) console.log(`note  ${note}`);
  for (const problem of problems) console.error(`FAIL  ${problem}`);
  if (problems.length > 0) {
    console.error(`validate: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    process.exitCode = 1;
  } else {
    console.log(`validate: manifest.xml and ${relative(process.cwd(), resolve(option("--dist") ?? join(ROOT, "dist")))} are consistent (${counts.functions} functions, ${counts.actions} ribbon actions associated)`);
  }
}

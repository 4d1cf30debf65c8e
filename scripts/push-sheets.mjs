// `npm run push:sheets [-- --force]`: builds dist/appsscript/ and pushes it with clasp to the Apps Script project
// your own .clasp.json names (copy appsscript/.clasp.json.example to .clasp.json and put your script ID in it;
// README › Google Sheets). Pushing REPLACES every file of that remote project with these three: appsscript.json,
// Code.js, Sidebar.html (appsscript/.claspignore lets nothing else through).
// `node scripts/push-sheets.mjs status [--project FILE]`: what a push would send (`clasp status`, offline).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAppsScript } from "./build-appsscript.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLASP = join(ROOT, "node_modules", ".bin", "clasp");
const IGNORE_FILE = join(ROOT, "appsscript", ".claspignore");
const CONTENT_DIR = join("dist", "appsscript");

const HOW_TO = `To push to Google Sheets, create .clasp.json once:
  npx clasp login                                   # a browser window asks for your Google account
  npx clasp create --type sheets --title "Sales tracker" --rootDir dist/appsscript
                                                    # a new spreadsheet with its bound script; writes .clasp.json
or, for an existing spreadsheet (Extensions › Apps Script › Project settings › Script ID):
  cp appsscript/.clasp.json.example .clasp.json     # then replace YOUR_SCRIPT_ID`;

function fail(message) {
  console.error(`push:sheets: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const command = args[0] === "status" ? "status" : "push";
const rest = command === "status" ? args.slice(1) : args;
const projectAt = rest.indexOf("--project");
const projectFile = resolve(projectAt >= 0 ? rest[projectAt + 1] ?? "" : join(ROOT, ".clasp.json"));
const passThrough = projectAt >= 0 ? rest.filter((_, index) => index !== projectAt && index !== projectAt + 1) : rest;

if (!existsSync(projectFile)) fail(`no ${relative(process.cwd(), projectFile) || projectFile}.\n${HOW_TO}`);
let config;
try {
  config = JSON.parse(readFileSync(projectFile, "utf8"));
} catch (error) {
  fail(`${projectFile} is not JSON: ${error.message}`);
}
if (typeof config.scriptId !== "string" || config.scriptId.trim() === "" || config.scriptId === "YOUR_SCRIPT_ID") {
  fail(`${projectFile} has no scriptId of yours.\n${HOW_TO}`);
}
// Pushing replaces the whole remote project with the content folder: only ever dist/appsscript.
const projectDir = dirname(projectFile);
const contentDir = resolve(projectDir, config.rootDir ?? config.srcDir ?? ".");
if (relative(projectDir, contentDir).split(sep).join("/") !== "dist/appsscript") {
  fail(`"rootDir" in ${projectFile} must be "dist/appsscript" (it is "${config.rootDir ?? ""}"): a push replaces the whole remote project with that folder.`);
}

if (command === "push") {
  const written = await buildAppsScript({ appsScriptOutDir: contentDir });
  console.log(`built: ${written.join(", ")}`);
} else if (!existsSync(contentDir)) {
  fail(`${CONTENT_DIR} does not exist yet: run npm run build first.`);
}

const result = spawnSync(CLASP, ["--project", projectFile, "--ignore", IGNORE_FILE, command, ...passThrough], { cwd: projectDir, stdio: "inherit" });
if (result.error) fail(`could not run clasp: ${result.error.message}`);
process.exit(result.status ?? 1);

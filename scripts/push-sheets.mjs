// `npm run push:sheets [-- --force]`: builds dist/appsscript/ and pushes it with clasp to the Apps Script project
// your own .clasp.json names (copy appsscript/.clasp.json.example to .clasp.json and put your script ID in it;
// README › Google Sheets). Pushing REPLACES every file of that remote project with these five: appsscript.json,
// Code.js, Sidebar.html, HelpEn.html, HelpZhCN.html (appsscript/.claspignore lets nothing else through).
// `node scripts/push-sheets.mjs status [--project FILE|FOLDER] [--json]`: what a push would send, with sizes, and
// what it leaves out — offline, with no login and no script ID. It is clasp's own listing (`clasp status`, so
// .claspignore and clasp's rules apply as they do to a push): through your .clasp.json when there is one (its
// script ID is not used), otherwise through a placeholder project written next to dist/appsscript for the
// moment of the listing (clasp lists nothing without a project file naming some script ID).
// A FOLDER for --project stands for FOLDER/.clasp.json, as with clasp; the repository root by default.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAppsScript } from "./build-appsscript.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLASP = join(ROOT, "node_modules", ".bin", "clasp");
const IGNORE_FILE = join(ROOT, "appsscript", ".claspignore");
const CONTENT_DIR = join("dist", "appsscript");
/** A script ID that names no project: clasp's listing needs one to be set, and never sends it anywhere. */
const PLACEHOLDER_SCRIPT_ID = "status-listing-placeholder-not-a-script";

const HOW_TO = `To push to Google Sheets, create .clasp.json once:
  npx clasp login                                   # a browser window asks for your Google account
  npx clasp create --type sheets --title "Sales tracker" --rootDir dist/appsscript
                                                    # a new spreadsheet with its bound script; writes .clasp.json
or, for an existing spreadsheet (Extensions › Apps Script › Project settings › Script ID):
  cp appsscript/.clasp.json.example .clasp.json     # then replace YOUR_SCRIPT_ID`;

/** Prints `message` as an error; returns the exit code 1. */
function complain(message) {
  console.error(`push:sheets: ${message}`);
  return 1;
}

function fail(message) {
  process.exit(complain(message));
}

const args = process.argv.slice(2);
const command = args[0] === "status" ? "status" : "push";
const rest = args[0] === "status" || args[0] === "push" ? args.slice(1) : args;
const projectAt = rest.indexOf("--project");
const projectArg = resolve(projectAt >= 0 ? rest[projectAt + 1] ?? "" : ROOT);
const projectFile = existsSync(projectArg) && statSync(projectArg).isDirectory() ? join(projectArg, ".clasp.json") : projectArg;
const passThrough = projectAt >= 0 ? rest.filter((_, index) => index !== projectAt && index !== projectAt + 1) : rest;

if (command === "status" && !existsSync(projectFile) && projectFile !== projectArg) {
  // No .clasp.json in the folder: list its dist/appsscript through a placeholder project.
  process.exit(listThroughPlaceholder(dirname(projectFile)));
}
if (!existsSync(projectFile)) fail(`no ${relative(process.cwd(), projectFile) || projectFile}.\n${HOW_TO}`);
const config = readProject(projectFile);
if (command === "push" && (typeof config.scriptId !== "string" || config.scriptId.trim() === "" || config.scriptId === "YOUR_SCRIPT_ID")) {
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
  const result = spawnSync(CLASP, ["--project", projectFile, "--ignore", IGNORE_FILE, "push", ...passThrough], { cwd: projectDir, stdio: "inherit" });
  if (result.error) fail(`could not run clasp: ${result.error.message}`);
  process.exit(result.status ?? 1);
}
if (typeof config.scriptId !== "string" || config.scriptId.trim() === "") {
  // clasp lists nothing for a project file without a script ID: list through a placeholder instead.
  process.exit(listThroughPlaceholder(projectDir));
}
process.exit(listFiles(projectFile, projectDir));

function readProject(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return fail(`${file} is not JSON: ${error.message}`);
  }
}

/**
 * `status` for a folder with no usable .clasp.json: a placeholder project file in FOLDER/dist (rootDir
 * "appsscript", a script ID that names nothing) for the moment of the listing, then removed.
 */
function listThroughPlaceholder(folder) {
  const contentDir = join(folder, CONTENT_DIR);
  if (!existsSync(contentDir)) fail(`${relative(process.cwd(), contentDir) || contentDir} does not exist yet: run npm run build first.`);
  const placeholder = join(folder, "dist", `.clasp-status-${process.pid}.json`);
  writeFileSync(placeholder, JSON.stringify({ scriptId: PLACEHOLDER_SCRIPT_ID, rootDir: "appsscript" }));
  try {
    return listFiles(placeholder, folder);
  } finally {
    rmSync(placeholder, { force: true });
  }
}

/**
 * Runs `clasp status --json` on a project file (offline: it reads local files only) and prints what a push
 * would send, with sizes, then what it leaves out; with --json, clasp's answer plus `bytes` per file sent.
 * Paths are relative to `cwd`. Returns the exit code (never exits: the caller may have a file to remove).
 */
function listFiles(file, cwd) {
  const contentDir = join(cwd, CONTENT_DIR);
  if (!existsSync(contentDir)) return complain(`${relative(process.cwd(), contentDir) || contentDir} does not exist yet: run npm run build first.`);
  const result = spawnSync(CLASP, ["--project", file, "--ignore", IGNORE_FILE, "status", "--json"], { cwd, encoding: "utf8" });
  if (result.error) return complain(`could not run clasp: ${result.error.message}`);
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    return result.status ?? 1;
  }
  let listing;
  try {
    listing = JSON.parse(result.stdout);
  } catch {
    return complain(`clasp status did not answer in JSON:\n${result.stdout}${result.stderr}`);
  }
  const bytes = Object.fromEntries(listing.filesToPush.map((path) => [path, statSync(join(cwd, path)).size]));
  if (passThrough.includes("--json")) {
    console.log(JSON.stringify({ ...listing, bytes }));
    return 0;
  }
  const sent = [...listing.filesToPush].sort();
  const width = Math.max(0, ...sent.map((path) => path.length));
  console.log(`A push would send ${sent.length} files (it replaces every file of the Apps Script project with them):`);
  for (const path of sent) console.log(`  ${path.padEnd(width)}  ${`${(bytes[path] / 1024).toFixed(1)} KB`.padStart(9)}`);
  console.log(`Not sent (appsscript/.claspignore): ${listing.untrackedFiles.length === 0 ? "nothing" : ""}`);
  for (const path of listing.untrackedFiles) console.log(`  ${path}`);
  return 0;
}

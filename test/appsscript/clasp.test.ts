/**
 * `npm run push:sheets` sends exactly the five files of the Apps Script project. Checked offline with
 * `clasp status` (what a push would send) on a copy of the project with a placeholder script ID; no login, no
 * network, and the user's own .clasp.json is never touched. `status` needs no .clasp.json at all; `push` does.
 */
import { execFile } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = process.cwd();
let project = "";
/** A folder with dist/appsscript (and the same leftovers) but no .clasp.json: a checkout before `clasp create`. */
let bare = "";

async function pushSheets(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["scripts/push-sheets.mjs", ...args], {
      cwd: ROOT,
      env: { ...process.env, HOME: project, clasp_config_auth: join(project, "no-credentials.json") },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), "clasp-project-"));
  const content = join(project, "dist", "appsscript");
  await run(process.execPath, ["scripts/build-appsscript.mjs", "--out", content], { cwd: ROOT });
  // Leftovers a real folder collects: a pulled Code.gs, notes, a stale bundle in a subfolder.
  writeFileSync(join(content, "Code.gs"), "function myFunction() {}\n");
  writeFileSync(join(content, "notes.md"), "# notes\n");
  mkdirSync(join(content, "old"));
  writeFileSync(join(content, "old", "Code.js"), "var stale;\n");
  copyFileSync(join(ROOT, "appsscript", ".clasp.json.example"), join(project, ".clasp.json.example"));
  writeFileSync(join(project, ".clasp.json"), JSON.stringify({ scriptId: "1PlaceholderScriptIdForOfflineStatusCheck000000000", rootDir: "dist/appsscript" }));
  bare = mkdtempSync(join(tmpdir(), "clasp-bare-"));
  cpSync(join(project, "dist"), join(bare, "dist"), { recursive: true });
}, 60_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
  if (bare) rmSync(bare, { recursive: true, force: true });
});

/** The size a listing shows for a file: its bytes on disk in KB, one decimal. */
function kilobytes(path: string): string {
  return `${(statSync(path).size / 1024).toFixed(1)} KB`;
}

describe("npm run push:sheets", () => {
  it("would push exactly appsscript.json, Code.js, Sidebar.html and the two help pages (clasp status, offline)", async () => {
    const { code, stdout, stderr } = await pushSheets(["status", "--project", join(project, ".clasp.json"), "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const status = JSON.parse(stdout) as { filesToPush: string[]; untrackedFiles: string[] };
    expect([...status.filesToPush].sort()).toEqual(["dist/appsscript/Code.js", "dist/appsscript/HelpEn.html", "dist/appsscript/HelpZhCN.html", "dist/appsscript/Sidebar.html", "dist/appsscript/appsscript.json"]);
    expect(status.untrackedFiles).toEqual(expect.arrayContaining(["dist/appsscript/Code.gs", "dist/appsscript/notes.md"]));
  });

  it("status lists the five files a push would send, with their sizes, when there is no .clasp.json yet", async () => {
    const { code, stdout, stderr } = await pushSheets(["status", "--project", bare]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const content = join(bare, "dist", "appsscript");
    const sent = stdout.slice(0, stdout.indexOf("Not sent"));
    for (const file of ["appsscript.json", "Code.js", "Sidebar.html", "HelpEn.html", "HelpZhCN.html"]) {
      expect(sent).toMatch(new RegExp(`dist/appsscript/${file.replace(".", "\\.")} +${kilobytes(join(content, file)).replace(".", "\\.")}\\n`));
    }
    expect(sent.match(/ KB\n/g)).toHaveLength(5);
    const notSent = stdout.slice(stdout.indexOf("Not sent"));
    // clasp names a left-out folder once, with a slash.
    for (const file of ["Code.gs", "notes.md", "old/"]) expect(notSent).toContain(`dist/appsscript/${file}`);
    // The placeholder project it lists through is gone again; nothing else was written.
    expect(readdirSync(join(bare, "dist"))).toEqual(["appsscript"]);
    expect(readdirSync(bare)).toEqual(["dist"]);
  });

  it("status says to build first when there is no dist/appsscript to list", async () => {
    const empty = mkdtempSync(join(tmpdir(), "clasp-empty-"));
    try {
      const result = await pushSheets(["status", "--project", empty]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain("run npm run build first");
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("status takes the same listing as JSON, and reads a .clasp.json whatever its script ID", async () => {
    const bareJson = await pushSheets(["status", "--project", bare, "--json"]);
    expect(bareJson.code).toBe(0);
    const listed = JSON.parse(bareJson.stdout) as { filesToPush: string[]; bytes: Record<string, number> };
    expect([...listed.filesToPush].sort()).toEqual(["dist/appsscript/Code.js", "dist/appsscript/HelpEn.html", "dist/appsscript/HelpZhCN.html", "dist/appsscript/Sidebar.html", "dist/appsscript/appsscript.json"]);
    for (const file of listed.filesToPush) expect(listed.bytes[file]).toBe(statSync(join(bare, file)).size);
    const example = await pushSheets(["status", "--project", join(project, ".clasp.json.example"), "--json"]);
    expect(example.stderr).toBe("");
    expect(example.code).toBe(0);
    expect([...(JSON.parse(example.stdout) as { filesToPush: string[] }).filesToPush].sort()).toEqual([...listed.filesToPush].sort());
  });

  it("push explains how to create .clasp.json when there is none, or it names no script, and sends nothing", async () => {
    for (const where of [bare, join(project, "nothing.json")]) {
      const missing = await pushSheets(["push", "--project", where]);
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain("clasp create --type sheets");
      expect(missing.stderr).toContain("cp appsscript/.clasp.json.example .clasp.json");
      expect(missing.stdout).not.toContain("built:");
    }
    const example = await pushSheets(["--project", join(project, ".clasp.json.example")]);
    expect(example.code).not.toBe(0);
    expect(example.stderr).toContain("has no scriptId of yours");
    expect(example.stdout).not.toContain("built:");
  });

  it("refuses a project whose rootDir is not dist/appsscript (a push replaces the whole remote project)", async () => {
    const wide = join(project, "wide.json");
    writeFileSync(wide, JSON.stringify({ scriptId: "1Placeholder", rootDir: "." }));
    const result = await pushSheets(["status", "--project", wide]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('must be "dist/appsscript"');
  });
});

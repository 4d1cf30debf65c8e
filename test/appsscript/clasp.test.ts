/**
 * `npm run push:sheets` sends exactly the three files of the Apps Script project. Checked offline with
 * `clasp status` (what a push would send) on a copy of the project with a placeholder script ID; no login, no
 * network, and the user's own .clasp.json is never touched.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = process.cwd();
let project = "";

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
}, 60_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("npm run push:sheets", () => {
  it("would push exactly appsscript.json, Code.js and Sidebar.html (clasp status, offline)", async () => {
    const { code, stdout, stderr } = await pushSheets(["status", "--project", join(project, ".clasp.json"), "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const status = JSON.parse(stdout) as { filesToPush: string[]; untrackedFiles: string[] };
    expect([...status.filesToPush].sort()).toEqual(["dist/appsscript/Code.js", "dist/appsscript/Sidebar.html", "dist/appsscript/appsscript.json"]);
    expect(status.untrackedFiles).toEqual(expect.arrayContaining(["dist/appsscript/Code.gs", "dist/appsscript/notes.md"]));
  });

  it("explains how to create .clasp.json when there is none, or it names no script", async () => {
    const missing = await pushSheets(["status", "--project", join(project, "nothing.json")]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("clasp create --type sheets");
    expect(missing.stderr).toContain("cp appsscript/.clasp.json.example .clasp.json");
    const example = await pushSheets(["status", "--project", join(project, ".clasp.json.example")]);
    expect(example.code).not.toBe(0);
    expect(example.stderr).toContain("has no scriptId of yours");
  });

  it("refuses a project whose rootDir is not dist/appsscript (a push replaces the whole remote project)", async () => {
    const wide = join(project, "wide.json");
    writeFileSync(wide, JSON.stringify({ scriptId: "1Placeholder", rootDir: "." }));
    const result = await pushSheets(["status", "--project", wide]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('must be "dist/appsscript"');
  });
});

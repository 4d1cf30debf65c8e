import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAddinInto } from "./excelRuntime";

// `npm run validate` in a checkout that stands alone: the validator and its Office schemas are copied into a
// folder with nothing beside it (no ../shared), and the checks, the XSD one included, still run there.

const run = promisify(execFile);
/** What the validator needs from the repository: itself, the manifest and the schemas it validates against. */
const VALIDATOR_FILES = ["scripts", "schemas", "manifest.xml"];

const temporary: string[] = [];
let alone = "";
let built = "";

beforeAll(async () => {
  built = await buildAddinInto();
  temporary.push(built);
  const outer = mkdtempSync(join(tmpdir(), "validate-alone-"));
  temporary.push(outer);
  alone = join(outer, "project");
  mkdirSync(alone);
  for (const path of VALIDATOR_FILES) if (existsSync(path)) cpSync(path, join(alone, path), { recursive: true });
}, 120_000);

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function validateAlone(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["scripts/validate-manifest.mjs", ...args], { cwd: alone });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run validate in a checkout with nothing beside it", () => {
  it("finds the Office schemas inside the repository and passes", async () => {
    const { code, stdout, stderr } = await validateAlone("--dist", built);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/ok {4}manifest\.xml/);
  });

  it("still rejects a manifest the schema forbids (the copied XSDs are used, not skipped)", async () => {
    const broken = join(alone, "broken.xml");
    // <Permissions> takes an enumeration; "Everything" is not one of its values.
    const manifest = readFileSync(join(alone, "manifest.xml"), "utf8").replace(/<Permissions>[^<]*<\/Permissions>/, "<Permissions>Everything</Permissions>");
    writeFileSync(broken, manifest);
    const { code, stderr } = await validateAlone("--dist", built, "--manifest", broken);
    expect(code).toBe(1);
    expect(stderr).toMatch(/XSD: .*Permissions/);
  });

  it("before a build, checks manifest.xml against the schema and says in one line to build first", async () => {
    const empty = join(alone, "not-built");
    mkdirSync(empty);
    const { code, stdout, stderr } = await validateAlone("--dist", empty);
    expect(code).toBe(1);
    expect(stdout).toMatch(/ok {4}manifest\.xml \(schema\)/);
    expect(stderr.split("\n").filter((line) => line.startsWith("FAIL"))).toEqual([
      expect.stringMatching(/^FAIL {2}.*not-built\/manifest\.xml: missing: run npm run build first/),
    ]);
  });

  it("ships the schemas with their license notice", () => {
    const notice = readFileSync("schemas/office-manifest-xsd/NOTICE.md", "utf8");
    expect(notice).toMatch(/MIT License/);
    expect(notice).toMatch(/Copyright \(c\) Microsoft Corporation/);
  });
});

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm run build -- --base-url …` as a user types it: an address Office cannot load the add-in from is refused
// with one line in the user's language, before anything is built, and the exit code says it failed.

/** `node scripts/build.mjs …args` with the given language variables (others cleared); never throws. */
function build(args: string[], lang = "en_US.UTF-8") {
  const env = { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: lang };
  const result = spawnSync(process.execPath, ["scripts/build.mjs", ...args], { cwd: process.cwd(), encoding: "utf8", env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run build -- --base-url", () => {
  it.each([
    ["http://sales.example.com/", /https/],
    // Office asks https of every add-in URL, localhost included (the manifest's SourceLocation "must be an HTTPS address").
    ["http://localhost:3000/", /https/],
    ["sales.example.com", /not a URL|https/],
    ["https://sales.example.com/?v=2", /query/],
  ])("%s: one line saying why, no stack trace, exit 1, nothing built", (url, says) => {
    const { code, stdout, stderr } = build(["--base-url", url]);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(says);
    expect(stderr).toContain(url);
    expect(stderr).not.toMatch(/^\s+at /m);
    // Checked before the first step: no bundle was built (each step says "built …" when done).
    expect(stdout).not.toContain("built ");
  });

  it("--base-url with no address says what it wants", () => {
    const { code, stderr } = build(["--base-url"]);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/--base-url https:\/\//);
  });

  it("in Chinese when the user's language is Chinese", () => {
    const { code, stderr } = build(["--base-url", "http://sales.example.com/"], "zh_CN.UTF-8");
    expect(code).toBe(1);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/必须是 https:\/\/ 地址/);
  });
});

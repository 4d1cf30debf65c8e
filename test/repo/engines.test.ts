import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// package.json's "engines" must name the Node versions the toolchain really runs on: every version it admits must
// be admitted by every direct dependency that declares its own engines (vite 8 and eslint 10 need 20.19 or later,
// and no 21 or 23). semver is npm's own range logic; it comes installed with typescript-eslint and clasp.

const semver = createRequire(import.meta.url)("semver") as { subset(sub: string, dom: string): boolean; validRange(range: string): string | null };

interface PackageJson {
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const readPackage = (path: string) => JSON.parse(readFileSync(path, "utf8")) as PackageJson;
const own = readPackage("package.json");

describe('package.json "engines"', () => {
  it("is a valid Node range", () => {
    expect(semver.validRange(own.engines?.node ?? "")).not.toBeNull();
  });

  it("admits no Node version a direct dependency refuses", () => {
    const names = Object.keys({ ...own.dependencies, ...own.devDependencies });
    const refusing = names.flatMap((name) => {
      const theirs = readPackage(join("node_modules", name, "package.json")).engines?.node;
      return theirs === undefined || semver.subset(own.engines!.node!, theirs) ? [] : [`${name} needs ${theirs}`];
    });
    expect(refusing).toEqual([]);
  });
});

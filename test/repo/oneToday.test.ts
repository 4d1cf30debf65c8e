import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// "Today" is worked out in one place (core/model/today.ts, from a clock reading each host passes): no surface
// turns a Date into a calendar day by itself. The local-zone getters of a Date are how one would.
describe("today is computed in one place", () => {
  it("no tracked source besides core/model/today.ts reads a Date's local calendar fields", () => {
    const hits = execFileSync(
      "git",
      ["grep", "--untracked", "-l", "-E", "\\.get(FullYear|Month|Date)\\(\\)", "--", "addin/*.ts", "appsscript/*.ts", "cli/*.ts", "core/*.ts"],
      { encoding: "utf8" },
    ).split("\n").filter(Boolean);
    expect(hits).toEqual(["core/model/today.ts"]);
  });
});

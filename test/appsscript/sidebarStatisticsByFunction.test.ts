/**
 * The built Sheets sidebar (dist/appsscript/Sidebar.html, which analyzes the deal log and builds the template in
 * the browser) takes from simple-statistics only the functions the core calls (scripts/simpleStatisticsByFunction.mjs),
 * so opening it sets up no classifier, no perceptron and no normal table. sidebar.test.ts runs the sidebar's
 * analysis (quantiles among it) in Chromium.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ONE_FILE_STATISTICS } from "../support/oneFileStatistics";

let outDir = "";

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "sidebar-statistics-"));
  await promisify(execFile)(process.execPath, ["scripts/build-appsscript.mjs", "--out", outDir], { cwd: process.cwd() });
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("simple-statistics in the built Sheets sidebar", () => {
  it("holds none of the one-file build's load-time code", () => {
    const sidebar = readFileSync(join(outDir, "Sidebar.html"), "utf8");
    expect(sidebar).toContain("</script>"); // the script is inlined: the check below reads it
    expect(ONE_FILE_STATISTICS.exec(sidebar)?.[0] ?? "none").toBe("none");
  });
});

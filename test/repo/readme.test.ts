import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../cli/main";
import { analyzeDeals } from "../../core/report/analyzeDeals";

// The README as a newcomer meets it: its sample report is what `analyze` prints for its sample log, and it
// names every field `analyze --json` prints.

const README = readFileSync("README.md", "utf8");
const scratch = mkdtempSync(join(tmpdir(), "readme-sample-"));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The body of the first fenced block after `marker`. */
function blockAfter(marker: string): string {
  const at = README.indexOf(marker);
  expect(at, marker).toBeGreaterThan(-1);
  const open = README.indexOf("```", at);
  const start = README.indexOf("\n", open) + 1;
  return README.slice(start, README.indexOf("\n```", start) + 1);
}

/** What the command line prints to stdout for `args`, and its exit code. */
async function runCli(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    const code = await main(args, {});
    return { code, stdout };
  } finally {
    spy.mockRestore();
  }
}

describe("README.md", () => {
  it("shows the report the command line prints for its sample deals.csv", async () => {
    const file = join(scratch, "deals.csv");
    writeFileSync(file, blockAfter("this `deals.csv`"));
    const { code, stdout } = await runCli(["analyze", file, "--lang", "zh-CN"]);
    expect(code).toBe(0);
    expect(stdout.replace(file, "deals.csv")).toBe(blockAfter("gives, with `node dist/cli.js analyze deals.csv --lang zh-CN`"));
  });

  it("names every field `analyze --json` prints", () => {
    const fields = Object.keys(analyzeDeals([["Lead", "Won", "Status"], [46027, 46057, "Won"]], { locale: "en" })!);
    const named = new Set([...README.matchAll(/`([A-Za-z]+)`/g)].map((match) => match[1]));
    expect(fields.filter((field) => !named.has(field))).toEqual([]);
  });
});

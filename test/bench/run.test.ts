/**
 * The bench runner (`npm run bench`): says which bench starts before its output, passes the output through as it
 * comes, and ends with every figure that missed its goal and a non-zero exit code. Run on two small bench files
 * written here (the real benches take minutes).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const goals = resolve("test/bench/goals.ts");

function benchFile(dir: string, name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `import { figure, info, step } from ${JSON.stringify(goals)};\n${body}\n`);
  return file;
}

async function runner(files: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "test/bench/run.ts", ...files]);
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, stdout: failure.stdout };
  }
}

describe("npm run bench", () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-"));
  const good = benchFile(dir, "good.bench.ts", 'step("counting"); info("rows", "3"); figure("ratio", "2.00×", "≤ 5×", true);');
  const slow = benchFile(dir, "slow.bench.ts", 'step("timing"); figure("ratio", "5.42×", "≤ 5×", false); figure("time", "0.5 s", "≤ 1 s", true);');

  it("marks a missed goal MISS, lists it at the end and exits with code 1", async () => {
    const { code, stdout } = await runner([good, slow]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    // Each bench is announced before its own first line.
    expect(lines.indexOf(`▶ [1/2] ${good}`)).toBeLessThan(lines.indexOf("… counting"));
    expect(lines.indexOf("… counting")).toBeLessThan(lines.indexOf(`▶ [2/2] ${slow}`));
    expect(lines.indexOf(`▶ [2/2] ${slow}`)).toBeLessThan(lines.indexOf("… timing"));
    expect(lines).toContain("  ok   ratio  2.00×   (goal ≤ 5×)");
    expect(lines).toContain("  MISS ratio  5.42×   (goal ≤ 5×)");
    const summary = lines.slice(lines.indexOf("■ Summary"));
    expect(summary).toContain(`  MISS ratio  5.42×   (goal ≤ 5×)  [${slow}]`);
    expect(summary).toContain("  1 figure(s) missed their goal, 0 bench(es) failed");
    expect(summary.join("\n")).not.toContain("0.5 s");
  });

  it("exits with 0 and says so when every goal is met", async () => {
    const { code, stdout } = await runner([good]);
    expect(code).toBe(0);
    expect(stdout).toContain("■ Summary\n  every figure met its goal");
  });

  it("counts a bench that crashes as failed", async () => {
    const broken = benchFile(dir, "broken.bench.ts", 'step("breaking"); throw new Error("no grid");');
    const { code, stdout } = await runner([good, broken]);
    expect(code).toBe(1);
    expect(stdout).toContain(`  FAILED ${broken} exited with code 1`);
  });
});

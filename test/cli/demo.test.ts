import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, cli, tempDir } from "./helpers";

beforeAll(async () => {
  await buildCli();
});

/** A copy of the built CLI in a package of its own (dist/cli.js beside a package.json), so no test writes into the repository's dist/. */
function packageCopy(): { dist: string; script: string; sample: string } {
  const root = tempDir();
  const dist = join(root, "dist");
  mkdirSync(dist);
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
  const script = join(dist, "cli.js");
  copyFileSync(join(process.cwd(), "dist", "cli.js"), script);
  return { dist, script, sample: join(dist, "sample-deals.en.csv") };
}

describe("sales-tracker demo", () => {
  it("writes its sample beside the CLI (its dist/ folder), whatever the current folder", async () => {
    const { script, sample } = packageCopy();
    const elsewhere = tempDir();
    const run = await cli(["demo", "--lang", "en"], {}, { cwd: elsewhere, script });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Wrote sample deal data: ${sample}\n`);
    expect(readFileSync(sample, "utf8").startsWith("\uFEFFDeal ID,")).toBe(true);
    expect(existsSync(join(elsewhere, "dist"))).toBe(false);
  });

  it("does not overwrite an existing file without --force, and does with it (as npm start runs it)", async () => {
    const { script, sample } = packageCopy();
    expect((await cli(["demo", "--lang", "en"], {}, { script })).code).toBe(0);
    writeFileSync(sample, "mine");
    const again = await cli(["demo", "--lang", "en"], {}, { script });
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`sales-tracker: ${sample}: file exists, not overwritten (add --force to overwrite)`);
    expect(readFileSync(sample, "utf8")).toBe("mine");
    const forced = await cli(["demo", "--lang", "en", "--force"], {}, { script });
    expect(forced.code).toBe(0);
    expect(readFileSync(sample, "utf8").startsWith("\uFEFFDeal ID,")).toBe(true);
    // Twice in a row with --force, as every `npm start` does.
    expect((await cli(["demo", "--lang", "en", "--force"], {}, { script })).code).toBe(0);
  });

  it("never writes through a symbolic link, even with --force, nor creates the file it points at", async () => {
    const { script, sample } = packageCopy();
    const victim = join(tempDir(), "precious.txt");
    writeFileSync(victim, "precious");
    symlinkSync(victim, sample);
    for (const args of [["demo", "--lang", "en"], ["demo", "--lang", "en", "--force"]]) {
      const run = await cli(args, {}, { script });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(`sales-tracker: ${sample}: this is a symbolic link: not written through, even with --force`);
    }
    expect(readFileSync(victim, "utf8")).toBe("precious");
    // A link to nothing yet: the file it names is not created either.
    const zhSample = join(sample, "..", "sample-deals.zh-CN.csv");
    const dangling = join(tempDir(), "not-yet.txt");
    symlinkSync(dangling, zhSample);
    const refused = await cli(["demo", "--lang", "zh-CN", "--force"], {}, { script });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`sales-tracker: ${zhSample}: 这是一个符号链接，不会写入（加 --force 也不会）`);
    expect(existsSync(dangling)).toBe(false);
  });

  it("is run with --force by npm start, so a second start still works", () => {
    const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts.start;
    expect(start).toMatch(/node dist\/cli\.js demo --force( |$)/);
  });
});

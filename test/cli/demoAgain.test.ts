import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, cli, tempDir } from "./helpers";

beforeAll(async () => {
  await buildCli();
});

/** A copy of the built CLI in a package of its own, so no test writes into the repository's dist/. */
function packageCopy(): { script: string; sample: string } {
  const root = tempDir();
  const dist = join(root, "dist");
  mkdirSync(dist);
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
  const script = join(dist, "cli.js");
  copyFileSync(join(process.cwd(), "dist", "cli.js"), script);
  return { script, sample: join(dist, "sample-deals.en.csv") };
}

// The README's order: `npm start` runs `demo --force` (which writes dist/sample-deals.en.csv), then a newcomer
// runs `demo --lang en` as the README shows. The sample is seeded, so the file there is the very one demo would
// write: demo analyzes it again instead of failing with "file exists" (exit 1).
describe("sales-tracker demo, run again", () => {
  it("analyzes its own unchanged sample again without --force, and does not rewrite it", async () => {
    const { script, sample } = packageCopy();
    const first = await cli(["demo", "--lang", "en"], {}, { script });
    expect(first.code, first.stderr).toBe(0);
    const written = statSync(sample).mtimeMs;
    const again = await cli(["demo", "--lang", "en"], {}, { script });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toBe("");
    expect(again.stdout).toContain(`Sample deal data already there, unchanged: ${sample}\n`);
    expect(again.stdout).toContain("Deals counted: 1998");
    expect(statSync(sample).mtimeMs).toBe(written);
  });

  it("says so in Chinese too", async () => {
    const { script, sample } = packageCopy();
    expect((await cli(["demo", "--lang", "zh-CN"], {}, { script })).code).toBe(0);
    const again = await cli(["demo", "--lang", "zh-CN"], {}, { script });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`示例交易数据已存在，未改动：${sample.replace("en.csv", "zh-CN.csv")}\n`);
  });

  it("still refuses a changed file without --force, and keeps it", async () => {
    const { script, sample } = packageCopy();
    expect((await cli(["demo", "--lang", "en"], {}, { script })).code).toBe(0);
    const mine = readFileSync(sample, "utf8").replace("Deal ID", "Deal no.");
    writeFileSync(sample, mine);
    const again = await cli(["demo", "--lang", "en"], {}, { script });
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`sales-tracker: ${sample}: file exists, not overwritten (add --force to overwrite)`);
    expect(readFileSync(sample, "utf8")).toBe(mine);
  });
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, cli, tempDir } from "./helpers";

// An empty or blank file is said to be empty, in one line, exit 1: not "0 deals" and exit 0, nor "the header row
// has 0 columns ()".
describe("analyze on an empty or blank file", () => {
  beforeAll(async () => {
    await buildCli();
  }, 120_000);

  it.each([
    ["empty.csv", ""],
    ["blank.csv", ",,\r\n , ,\r\n\r\n"],
  ])("%s: exit 1, one line in the --lang language, no report", async (name, text) => {
    const file = join(tempDir(), name);
    writeFileSync(file, text);
    const en = await cli(["analyze", file]);
    expect(en.code).toBe(1);
    expect(en.stdout).toBe("");
    expect(en.stderr.trim().split("\n")).toEqual([`sales-tracker: ${file}: The file is empty: no header row and no deal to read`]);
    const zh = await cli(["analyze", file, "--lang", "zh-CN"]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(`${file}: 文件是空的：没有表头，也没有交易可读`);
  });
});

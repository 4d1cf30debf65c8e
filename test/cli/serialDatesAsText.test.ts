import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, cli } from "./helpers";

// A CSV whose stage dates are Excel serial numbers (45356 = 2024-03-05): what Excel or a script writes when the
// date cells had a number format (test/fixtures/exports/README.md). DEFINITIONS §3 reads no serial written as
// text, so every row is a problem; the message must say what the numbers are and what to do, with row and column.
describe("a CSV of date serials", () => {
  beforeAll(async () => {
    await buildCli();
  }, 120_000);

  it("stops and says the numbers are date serials saved as text, with row and column", async () => {
    const { code, stdout, stderr } = await cli(["analyze", join("test/fixtures/exports", "serial-dates-as-text.csv"), "--lang", "en"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/ 2 {2}C {7}"45356" is a spreadsheet date number stored as text/);
    expect(stderr).toContain('"45356" is a spreadsheet date number stored as text, not a date: format its column as dates (before saving as CSV)');
    expect(stderr).toContain('column C ("Lead")');
  }, 60_000);

  it("says it in Chinese too", async () => {
    const { stderr } = await cli(["analyze", join("test/fixtures/exports", "serial-dates-as-text.csv"), "--lang", "zh-CN"]);
    expect(stderr).toContain("“45356”是以文本保存的电子表格日期序号");
  }, 60_000);
});

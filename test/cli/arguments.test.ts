import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { buildCli, cli, tempDir } from "./helpers";

beforeAll(async () => {
  await buildCli();
});

describe("arguments the command line cannot take", () => {
  it("are said in the language --lang asks for, even when parsing failed, with the usage", async () => {
    const unknown = await cli(["analyze", "x.csv", "--lang", "zh-CN", "--bogus"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split("\n")[0]).toBe("sales-tracker: 没有 --bogus 这个选项");
    expect(unknown.stderr).toMatch(/^用法：/m);
    const noValue = await cli(["template", "--lang=zh-CN", "--out"]);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr.split("\n")[0]).toBe("sales-tracker: 选项 --out 缺少值，或不应带值");
    const fromEnvironment = await cli(["--bogus"], { LANG: "zh_CN.UTF-8" });
    expect(fromEnvironment.stderr.split("\n")[0]).toBe("sales-tracker: 没有 --bogus 这个选项");
    expect((await cli(["--bogus", "--lang", "en"], { LANG: "zh_CN.UTF-8" })).stderr.split("\n")[0]).toBe("sales-tracker: unknown option --bogus");
  });

  it("refuse a stage list a template cannot be built from, in one line, before anything is written", async () => {
    const dir = tempDir();
    const out = join(dir, "t.xlsx");
    // --sample used to throw a RangeError with a stack trace on one stage.
    const one = await cli(["template", "--lang", "zh-CN", "--sample", "--stages", "线索", "--out", out]);
    expect(one.code).toBe(1);
    expect(one.stderr.trim()).toBe("sales-tracker: --stages：至少需要 2 个阶段。");
    const twice = await cli(["template", "--stages", "Lead, Demo,lead", "--out", out]);
    expect(twice.stderr.trim()).toBe("sales-tracker: --stages: “lead” appears twice.");
    const many = await cli(["template", "--stages", Array.from({ length: 21 }, (_, i) => `S${i + 1}`).join(","), "--out", out]);
    expect(many.stderr.trim()).toBe("sales-tracker: --stages: At most 20 stages.");
    expect(existsSync(out)).toBe(false);
    expect((await cli(["template", "--stages", "Lead,Demo,Won,", "--out", out])).code).toBe(0);
  });
});

describe("commands and languages the command line does not have", () => {
  it("say that a command is unknown and list the commands, in the --lang language, exit 2", async () => {
    const en = await cli(["frobnicate", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr.split("\n")[0]).toBe('sales-tracker: unknown command "frobnicate": the commands are analyze, template, demo, sql');
    expect(en.stdout).toBe("");
    const zh = await cli(["frobnicate", "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr.split("\n")[0]).toBe("sales-tracker: 没有“frobnicate”这个命令：可用的命令是 analyze、template、demo、sql");
    expect(zh.stderr).toMatch(/^用法：/m);
  });

  it("refuse a --lang the tool does not speak, naming the two it does, in the environment's language", async () => {
    const fr = await cli(["analyze", "test/fixtures/deals-gb18030.csv", "--lang", "fr"]);
    expect(fr.code).toBe(2);
    expect(fr.stdout).toBe("");
    expect(fr.stderr.split("\n")[0]).toBe('sales-tracker: --lang: no language "fr": use zh-CN or en');
    const frZh = await cli(["demo", "--lang=fr"], { LANG: "zh_CN.UTF-8" });
    expect(frZh.code).toBe(2);
    expect(frZh.stderr.split("\n")[0]).toBe("sales-tracker: --lang：不支持“fr”语言：请用 zh-CN 或 en");
    // Other spellings of the two languages are the two languages.
    for (const lang of ["zh", "zh_CN", "zh-Hans-CN", "EN", "en-GB"]) {
      expect((await cli(["analyze", "test/fixtures/deals-gb18030.csv", "--lang", lang])).code, lang).toBe(0);
    }
    // A French environment is not refused: it falls back to English, as before.
    expect((await cli(["analyze", "test/fixtures/deals-gb18030.csv"], { LANG: "fr_FR.UTF-8" })).stdout).toContain("Win rate");
  });
});

describe("--stages", () => {
  it("is split at 、 ， ; ； as a Chinese or European list is typed, as well as at commas", async () => {
    const dir = tempDir();
    const file = join(dir, "own.csv");
    // Worked by hand: 初步接触 2, 需求确认 1, 签约 1.
    writeFileSync(file, "初步接触,需求确认,签约\r\n2026-01-01,2026-01-03,2026-01-10\r\n2026-01-02,,\r\n");
    for (const stages of ["初步接触、需求确认、签约", "初步接触，需求确认，签约", "初步接触;需求确认；签约"]) {
      const { code, stdout } = await cli(["analyze", file, "--stages", stages, "--json"]);
      expect(code).toBe(0);
      const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
      expect(report.funnel.map((row) => [row.stage, row.reached])).toEqual([["初步接触", 2], ["需求确认", 1], ["签约", 1]]);
    }
  });

  it("names an entry that heads no column of the file, with the closest header, instead of dropping it", async () => {
    const dir = tempDir();
    const own = join(dir, "own.csv");
    writeFileSync(own, "Deal ID,Discovery,Demo,Closed,Status\r\nD1,2026-01-01,2026-01-03,2026-01-10,Won\r\nD2,2026-01-02,,,Lost\r\n");
    // One edit from "Closed": named as the closest header. Nothing is printed on stdout.
    const typo = await cli(["analyze", own, "--stages", "Discovery,Demo,Closd"]);
    expect(typo.code).toBe(1);
    expect(typo.stdout).toBe("");
    expect(typo.stderr.trim()).toBe('sales-tracker: --stages: no column of the file is headed "Closd" (the closest header is "Closed")');
    // A beginning of a header (spaces and case folded) is close too; two entries are both named, in one line.
    const two = await cli(["analyze", own, "--stages", "disc,Demo,Closd", "--lang", "zh-CN"]);
    expect(two.stderr.trim().split("\n")).toHaveLength(1);
    expect(two.stderr.trim()).toBe(
      "sales-tracker: --stages：文件中没有标题为“disc”的列（最接近的列标题是“Discovery”）；文件中没有标题为“Closd”的列（最接近的列标题是“Closed”）",
    );
    // Nothing close: the headers no stage took are listed instead.
    const far = await cli(["analyze", own, "--stages", "Discovery,Demo,Contract"]);
    expect(far.code).toBe(1);
    expect(far.stderr.trim()).toBe('sales-tracker: --stages: no column of the file is headed "Contract" (headers no stage took: Deal ID, Closed, Status)');
    // Chinese names: 成单 is one character from 成交.
    const zhFile = join(dir, "zh.csv");
    writeFileSync(zhFile, "编号,线索,商机,成交\r\nA1,2026-01-01,2026-01-03,2026-01-10\r\n");
    const zh = await cli(["analyze", zhFile, "--stages", "线索,商机,成单", "--lang", "zh-CN"]);
    expect(zh.stderr.trim()).toBe("sales-tracker: --stages：文件中没有标题为“成单”的列（最接近的列标题是“成交”）");
    // A header spelled another way (a date word, spaces) still names its stage, as without --stages.
    writeFileSync(zhFile, "编号,线索日期,商 机,成交：\r\nA1,2026-01-01,2026-01-03,2026-01-10\r\n");
    expect((await cli(["analyze", zhFile, "--stages", "线索,商机,成交"])).code).toBe(0);
  });

  it("leaves a one-column log alone: its stages are cells, not headers", async () => {
    const dir = tempDir();
    const file = join(dir, "column.csv");
    // Worked by hand: Discovery reached by both deals, Demo by one, Closed by none.
    writeFileSync(file, "Stage\r\nDiscovery\r\nDemo\r\n");
    const { code, stdout } = await cli(["analyze", file, "--stages", "Discovery,Demo,Closed", "--json"]);
    expect(code).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    expect(report.funnel.map((row) => [row.stage, row.reached])).toEqual([["Discovery", 2], ["Demo", 1], ["Closed", 0]]);
  });
});

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDeals } from "../../core/report/analyzeDeals";

// docs/DEFINITIONS.md is the project's own definitions document: the code cites it by section number, the README
// links to it, and its --json field list (§7) is the list of what `analyze --json` prints.

const DEFINITIONS = readFileSync("docs/DEFINITIONS.md", "utf8");
const README = readFileSync("README.md", "utf8");
const SECTIONS = ["Stages", "Deal log shapes", "Cell values", "Figures", "Bad rows", "Custom functions", "Command line"];

/** The body of section `number` of DEFINITIONS.md, up to the next section. */
function section(number: number): string {
  const start = DEFINITIONS.indexOf(`\n## ${number}. `);
  const end = DEFINITIONS.indexOf(`\n## ${number + 1}. `);
  return DEFINITIONS.slice(start, end < 0 ? undefined : end);
}

/** The backticked names in the first column of a Markdown table: `| \`deals\` | … |`. */
const tableFields = (text: string) => [...text.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((match) => match[1]);

/** Top-level fields of the report `analyze --json` prints (the CLI prints the report object as it is; `segments` with `--by`). */
const JSON_FIELDS = [...Object.keys(analyzeDeals([["线索", "成交", "状态"], [46027, 46057, "赢单"]], { locale: "en" })!), "segments"];

describe("docs/DEFINITIONS.md", () => {
  it("has sections §1–§7 as the code cites them", () => {
    const headings = [...DEFINITIONS.matchAll(/^## (\d+)\. (.+)$/gm)].map((match) => `${match[1]}. ${match[2]}`);
    expect(headings).toEqual(SECTIONS.map((title, index) => `${index + 1}. ${title}`));
  });

  it("has every section that a tracked file cites", () => {
    const tracked = execFileSync("git", ["grep", "-h", "-o", "-E", "DEFINITIONS §[0-9]+(–§[0-9]+)?", "--", ".", ":!docs/DEFINITIONS.md"], { encoding: "utf8" });
    const cited = new Set([...tracked.matchAll(/§(\d+)/g)].map((match) => Number(match[1])));
    expect(cited.size).toBeGreaterThan(0);
    for (const number of cited) expect(SECTIONS[number - 1], `DEFINITIONS §${number}`).toBeDefined();
  });

  it("works its §4 example out as the core does", () => {
    // The five deals of §4's table (and of the README's deals.csv); the figures below are worked by hand there.
    const report = analyzeDeals(
      [
        ["编号", "线索", "商机", "方案", "成交", "金额", "状态"],
        ["D1", "2026-01-05", "2026-01-12", "2026-01-20", "2026-02-04", "¥120,000", "赢单"],
        ["D2", "2026/1/8", "2026/1/15", "2026/2/1", "2026/3/2", "8.5万", "赢单"],
        ["D3", "2026年1月10日", "2026年1月20日", "2026年2月5日", "", "60,000", "丢单"],
        ["D4", "2026-01-15", "2026-02-01", "", "", "", "丢单"],
        ["D5", "2026-02-01", "", "", "", "", "进行中"],
      ],
      { locale: "zh-CN" },
    )!;
    expect(report.funnel.map((row) => row.reached)).toEqual([5, 4, 3, 2]);
    expect(report.funnel.map((row) => row.stepConversion)).toEqual([null, 4 / 5, 3 / 4, 2 / 3]);
    expect(report.funnel.map((row) => row.dropOff)).toEqual([1, 1, 1, null]);
    expect(report.winRate).toBe(0.5);
    expect(report.cycleTimeDays).toEqual({ median: 41.5, mean: 41.5, p90: expect.closeTo(50.7, 9), n: 2 });
    expect(report.timeInStageDays["线索"]).toEqual({ median: 8.5, mean: 10.25, n: 4 });
    const lost = Object.fromEntries(report.lossPoints.map((row) => [row.stage, [row.lost, row.share]]));
    expect([lost["线索"], lost["商机"], lost["方案"]]).toEqual([[0, 0], [1, 0.5], [1, 0.5]]);
    expect(report.pipelineVelocity).toBeCloseTo((1 * 0.5 * ((120_000 + 85_000) / 2)) / 41.5, 9);
  });

  it("lists every field `analyze --json` prints, and no other (§7)", () => {
    expect(tableFields(section(7)).sort()).toEqual([...JSON_FIELDS].sort());
  });
});

describe("README.md", () => {
  it("links the definitions, not a design file outside the repository", () => {
    expect(README).toContain("(docs/DEFINITIONS.md)");
    expect(README).not.toMatch(/CONTRACT/);
  });
});

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

/** Top-level fields of the report `analyze --json` prints (the CLI prints the report object as it is). */
const JSON_FIELDS = Object.keys(analyzeDeals([["线索", "成交", "状态"], [46027, 46057, "赢单"]], { locale: "en" })!);

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

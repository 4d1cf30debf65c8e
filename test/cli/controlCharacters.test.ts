import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { visible } from "../../cli/visibleText";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { buildCli, cli, tempDir } from "./helpers";

beforeAll(async () => {
  await buildCli();
});

/**
 * What a terminal may act on, but a line break (the output's own): C0 controls (ESC, BEL, CR, TAB…), DEL, C1
 * controls (CSI U+009B, NEL U+0085), line and paragraph separators, and bidi controls.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HOSTILE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe("visible: control characters as a terminal cannot act on them", () => {
  it("shows C0 controls as control pictures, C1 and bidi controls as \\u escapes, and leaves other text alone", () => {
    expect(visible("a\u001b[31mb\u0007\r\n\t\u007f")).toBe("a␛[31mb␇␍␊␉␡");
    expect(visible("x\u009b2Jy\u202egnp.exe\u2066")).toBe("x\\u009B2Jy\\u202Egnp.exe\\u2066");
    expect(visible("线索 Lead ✓ café")).toBe("线索 Lead ✓ café");
  });
});

describe("the text report shows user text with its control characters visible", () => {
  it("in stage names, problem messages, headers and the file name; --json keeps the exact text", async () => {
    const dir = tempDir();
    const lead = "Lead\u001b[2J";
    const won = "Won\u202e";
    const file = join(dir, "deals\u001b[0m.csv");
    // D2's Won date is text holding an OSC title sequence, a bell, a CR and a C1 CSI: a problem row quoting it.
    const bad = "soon\u001b]0;owned\u0007\rX\u009b";
    writeFileSync(file, `Deal ID,${lead},${won},Status\r\nD1,2026-01-05,2026-01-20,Won\r\nD2,2026-01-06,"${bad}",Lost\r\n`);
    const text = await cli(["analyze", file, "--stages", `${lead},${won}`, "--lang", "en"]);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(HOSTILE);
    expect(text.stdout).toContain("Sales process diagnosis — " + join(dir, "deals␛[0m.csv"));
    // D2 is a problem row (its Won date is unreadable): D1 alone is counted.
    expect(text.stdout).toMatch(/^Lead␛\[2J\s+1\s/m);
    expect(text.stdout).toMatch(/^Won\\u202E\s+1\s/m);
    expect(text.stdout).toContain('Unreadable date "soon␛]0;owned␇␍X\\u009B"');

    const json = await cli(["analyze", file, "--stages", `${lead},${won}`, "--json"]);
    // JSON escapes every one of them, and reads back exactly.
    expect(json.stdout).not.toMatch(HOSTILE);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(json.stdout));
    expect(report.funnel.map((row) => row.stage)).toEqual([lead, won]);
    expect(report.problems[0].message).toBe(`Unreadable date "${bad}"`);
  });

  it("in error lines too: a header listed by a --stages complaint", async () => {
    const dir = tempDir();
    const file = join(dir, "deals.csv");
    writeFileSync(file, "Deal\u001b[2J ID,Lead,Won\r\nD1,2026-01-05,2026-01-20\r\n");
    const { code, stderr } = await cli(["analyze", file, "--stages", "Lead,Won,Contract"]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('sales-tracker: --stages: no column of the file is headed "Contract" (headers no stage took: Deal␛[2J ID)');
  });
});

/**
 * The Segments sheet (issue 14 part 5), recalculated by LibreOffice, shows the core's group figures
 * (core/report/segments.ts `segmentsOfDeals`, through `analyze FILE --by FIELD --json`) to 1e-9: for lead source,
 * owner and team, each group's deals, reached per stage, step conversion, win rate, won deals timed and median cycle;
 * "—" where the core says null. On sample templates (bad rows included) and `template --deals` files (a HubSpot
 * export, and a hand-kept log with a blank source, "web" beside "Web" and an unreadable row).
 */
import { writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { a1 } from "../../core/template/a1";
import { buildTemplate } from "../../core/template/buildTemplate";
import { templateLayout } from "../../core/template/layout";
import { SEGMENT_FIELDS, SEGMENT_GROUP_ROWS, type SegmentField } from "../../core/template/segmentsLayout";
import type { Locale } from "../../core/model/locale";
import type { TemplateOptions } from "../../core/template/types";
import { buildCli, cli, tempDir } from "../cli/helpers";
import { recalculate, sofficeAvailable } from "./recalc";
import { expectSame, readValues, valueAt, type SheetValues } from "./readBack";

const LOG = [
  "Deal,Source,Owner,Team,Lead,Demo,Proposal,Won,Status",
  "D1,Web,Ann,East,2026-01-05,2026-01-09,2026-01-20,2026-02-01,Won",
  "D2,web,Bo,East,2026-01-06,2026-01-12,,,Lost",
  "D3,Web,Cy,South,2026-01-07,2026-01-15,2026-01-28,,Open",
  "D4,Fair,Ann,East,2026-01-10,2026-01-19,2026-02-02,2026-03-01,Won",
  "D5,Fair,Bo,South,2026-01-11,,,,Lost",
  "D6,,Ann,South,2026-01-12,2026-01-13,2026-01-14,2026-01-20,Won",
  "D7,Web,Ann,East,2026-01-20,2026-01-13,,,Lost",
].join("\n");

interface Case {
  readonly label: string;
  readonly locale: Locale;
  /** A sample template built here, or a log written by `template --deals`. */
  readonly sample?: TemplateOptions;
  readonly log?: string;
  readonly args?: readonly string[];
}

const dir = tempDir();
const CASES: readonly Case[] = [
  { label: "en, 900 sample deals with bad rows", locale: "en", sample: { locale: "en", sampleDeals: 900, sampleBadRows: 4, seed: 8 } },
  { label: "zh-CN, 600 sample deals, four stages", locale: "zh-CN", sample: { locale: "zh-CN", stages: ["线索", "演示", "报价", "成交"], sampleDeals: 600, seed: 2 } },
  { label: "template --deals, a HubSpot export", locale: "en", log: "test/fixtures/exports/hubspot-crm-exports-all-deals-2026-03-02.csv" },
  { label: "template --deals, a hand-kept log with a blank source", locale: "zh-CN", log: join(dir, "groups.csv"), args: ["--stages", "Lead,Demo,Proposal,Won"] },
];

interface Group {
  group: string;
  blank: boolean;
  deals: number;
  funnel: { stage: string; reached: number; stepConversion: number | null }[];
  winRate: number | null;
  cycleTimeDays: { median: number | null; n: number };
}

interface Result {
  readonly values: SheetValues;
  readonly stages: number;
  /** Per field, the core's groups; absent when the log has no such column. */
  readonly groups: Partial<Record<SegmentField, Group[]>>;
}

const available = sofficeAvailable();
const results = new Map<string, Result>();

beforeAll(async () => {
  if (!available) return;
  writeFileSync(join(dir, "groups.csv"), LOG);
  await buildCli();
  const files: string[] = [];
  const cores: { stages: number; groups: Result["groups"] }[] = [];
  for (const [index, testCase] of CASES.entries()) {
    const file = join(dir, `segments${index}.xlsx`);
    const args = [...(testCase.args ?? []), "--lang", testCase.locale];
    if (testCase.sample !== undefined) await writeFile(file, await workbookToXlsx(buildTemplate(testCase.sample)));
    else {
      const wrote = await cli(["template", "--deals", testCase.log!, ...args, "--out", file]);
      expect(wrote.code, `${testCase.label}: ${wrote.stderr}`).toBe(0);
    }
    // The core on the same deals: the log itself, or the sample template's Deals sheet.
    const source = testCase.log ?? file;
    const groups: Result["groups"] = {};
    let stages = 0;
    for (const field of SEGMENT_FIELDS) {
      const analyzed = await cli(["analyze", source, ...args, "--by", field, "--json"]);
      if (analyzed.code !== 0) continue; // no such column
      const report = JSON.parse(analyzed.stdout) as { stages: string[]; segments: { groups: Group[] } };
      stages = report.stages.length;
      groups[field] = report.segments.groups;
    }
    files.push(file);
    cores.push({ stages, groups });
  }
  const outputs = await recalculate(files, join(dir, "out"), { timeoutMs: 300_000 });
  for (const [index, testCase] of CASES.entries()) results.set(testCase.label, { values: await readValues(outputs[index]), ...cores[index] });
}, 600_000);

describe.skipIf(!available)("the Segments sheet, recalculated by LibreOffice, shows the core's group figures", () => {
  for (const testCase of CASES) {
    it(testCase.label, () => {
      const { values, stages, groups } = results.get(testCase.label)!;
      const layout = templateLayout(testCase.locale, stages, 0);
      const { table, sections, sheet } = layout.segments;
      expect(Object.keys(groups).length).toBeGreaterThan(0);
      for (const [field, core] of Object.entries(groups) as [SegmentField, Group[]][]) {
        const section = sections[field];
        const named = core.filter((group) => !group.blank);
        expect(named.length, `${field}: groups that fit the table`).toBeLessThanOrEqual(SEGMENT_GROUP_ROWS);
        const at = (column: number, row: number) => valueAt(values, sheet, a1(column, row));
        const rows = named.map((group, index) => ({ group, row: section.groupRows.first + index }));
        const blank = core.find((group) => group.blank);
        if (blank !== undefined) rows.push({ group: blank, row: section.blankRow });
        else expectSame(at(table.at.deals, section.blankRow), 0, `${field} (blank) deals`);
        for (const { group, row } of rows) {
          const where = `${field} ${group.group}`;
          if (!group.blank) expect(at(table.at.group, row), where).toBe(group.group);
          expectSame(at(table.at.deals, row), group.deals, `${where} deals`);
          group.funnel.forEach((step, i) => {
            expectSame(at(table.at.reached + i, row), step.reached, `${where} reached ${step.stage}`);
            if (i > 0) expectSame(at(table.at.step + i - 1, row), step.stepConversion, `${where} step to ${step.stage}`);
          });
          expectSame(at(table.at.winRate, row), group.winRate, `${where} win rate`);
          expectSame(at(table.at.cycleCount, row), group.cycleTimeDays.n, `${where} won deals timed`);
          expectSame(at(table.at.cycleMedian, row), group.cycleTimeDays.median, `${where} median cycle`);
        }
        // The rows left for the manager's own groups show nothing.
        if (named.length < SEGMENT_GROUP_ROWS) expect(at(table.at.deals, section.groupRows.first + named.length), `${field} spare row`).toBe("");
      }
    });
  }

  it("the hand-kept log: web counts with Web, the blank source has its row, the unreadable row (D7) counts nowhere", () => {
    const { values, groups } = results.get("template --deals, a hand-kept log with a blank source")!;
    const layout = templateLayout("zh-CN", 4, 0);
    const { table, sections, sheet } = layout.segments;
    expect(groups.source?.map((group) => [group.group, group.deals])).toEqual([["Web", 3], ["Fair", 2], ["（空白）", 1]]);
    const at = (column: number, row: number) => valueAt(values, sheet, a1(column, row));
    expect(at(table.at.group, sections.source.groupRows.first)).toBe("Web");
    expect(at(table.at.deals, sections.source.groupRows.first)).toBe(3);
    expect(at(table.at.group, sections.source.blankRow)).toBe("（空白）");
    expect(at(table.at.cycleMedian, sections.source.blankRow)).toBe(8);
    // Owner Bo: lost at Demo and at Lead: nothing reached Proposal, so the step to Won is "—"; Ann: 27, 50, 8 days.
    expect(at(table.at.step + 2, sections.owner.groupRows.first + 1)).toBe("—");
    expect(at(table.at.cycleMedian, sections.owner.groupRows.first)).toBe(27);
  });
});

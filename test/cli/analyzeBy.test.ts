import ExcelJS from "exceljs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readTable } from "../../cli/readTable";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { stageList } from "../../core/model/stages";
import { parseDealLog } from "../../core/parse/dealLog";
import { groupByColumn, groupColumnOfGrid } from "../../core/parse/groupColumn";
import { segmentsJson, segmentsOfDeals } from "../../core/report/segmentReport";
import { buildCli, cli, tempDir } from "./helpers";

const EXPORTS = "test/fixtures/exports";
const ZH = join(EXPORTS, "zh-segments.csv");

beforeAll(async () => {
  await buildCli();
});

/** The oracle: the file read whole (readTable), parsed, split by the column found in its header row. */
async function wholeSegments(path: string, by: string, locale: "zh-CN" | "en") {
  const table = await readTable(path);
  const log = parseDealLog(table.grid, { stages: stageList(undefined, locale), stageOrder: "default", firstRow: table.firstRow })!;
  const column = groupByColumn(table.grid[0], by)!;
  return JSON.parse(JSON.stringify(segmentsJson(segmentsOfDeals(log.deals, groupColumnOfGrid(table.grid, table.firstRow, log.deals.rows, column), log.reading), by, locale)));
}

describe("analyze --by", () => {
  it("adds the segments to --json, as the core gives them on the file read whole", async () => {
    const { code, stdout } = await cli(["analyze", ZH, "--by", "线索来源", "--json", "--lang", "zh-CN"]);
    expect(code).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
    expect(report.segments).toEqual(await wholeSegments(ZH, "线索来源", "zh-CN"));
    expect(report.segments!.groups.reduce((sum, group) => sum + group.deals, 0)).toBe(report.deals);
    expect(report.segments!.groups.at(-1)).toMatchObject({ group: "（空白）", blank: true });
    // Without --by the report has no segments, and its figures are the same.
    const plain = JSON.parse((await cli(["analyze", ZH, "--json", "--lang", "zh-CN"])).stdout);
    expect(plain.segments).toBeUndefined();
    const { segments: _ignored, ...rest } = report;
    void _ignored;
    expect(rest).toEqual(plain);
  });

  it("leads the text report with the flagged groups, then a table per group", async () => {
    const { code, stdout } = await cli(["analyze", ZH, "--by", "source", "--lang", "en"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const segmentsAt = lines.findIndex((line) => line.startsWith("■ By Lead source") || line.startsWith("■ By 线索来源"));
    const funnelAt = lines.findIndex((line) => line.startsWith("■ Funnel"));
    expect(segmentsAt).toBeGreaterThan(0);
    expect(segmentsAt).toBeLessThan(funnelAt);
    // The words come first (flagged groups, or that none stands out), then the spread, then one table per group.
    expect(lines[segmentsAt + 1]).toMatch(/significant|No source wins significantly/);
    const json = JSON.parse((await cli(["analyze", ZH, "--by", "source", "--json", "--lang", "en"])).stdout);
    for (const group of json.segments.groups) expect(stdout).toContain(`□ ${group.group} · ${group.deals} deals`);
  });

  it("reads the same segments from a workbook as from the CSV", async () => {
    const table = await readTable(ZH);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("商机");
    for (const row of table.grid) sheet.addRow([...row]);
    const file = join(tempDir(), "segments.xlsx");
    await workbook.xlsx.writeFile(file);
    const fromXlsx = JSON.parse((await cli(["analyze", file, "--by", "负责人", "--json"])).stdout);
    const fromCsv = JSON.parse((await cli(["analyze", ZH, "--by", "负责人", "--json"])).stdout);
    expect(fromXlsx.segments.groups.map((group: { group: string; deals: number }) => [group.group, group.deals])).toEqual(
      fromCsv.segments.groups.map((group: { group: string; deals: number }) => [group.group, group.deals]),
    );
    expect(fromXlsx.segments.groups.map((group: { pHolm: number | null }) => group.pHolm)).toEqual(fromCsv.segments.groups.map((group: { pHolm: number | null }) => group.pHolm));
  });

  it("splits real exports: HubSpot by owner, a Salesforce opportunity export by Lead Source, a stage history by owner", async () => {
    for (const [file, by, column] of [
      ["hubspot-crm-exports-all-deals-2026-03-02.csv", "owner", "Deal owner"],
      ["salesforce-opportunities-ymd.csv", "Lead Source", "Lead Source"],
      ["history/opportunity-history.csv", "owner", "Opportunity Owner"],
    ]) {
      const { code, stdout } = await cli(["analyze", join(EXPORTS, file), "--by", by, "--json"]);
      expect(code).toBe(0);
      const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(stdout));
      expect(report.segments!.column).toBe(column);
      expect(report.segments!.groups.reduce((sum, group) => sum + group.deals, 0)).toBe(report.deals);
    }
  });

  it("refuses a field the file has no column for, naming the headers it has, in both languages", async () => {
    const en = await cli(["analyze", ZH, "--by", "region"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('--by: no column "region" in the file');
    expect(en.stderr).toContain("线索来源, 负责人, 团队");
    const zh = await cli(["analyze", ZH, "--by", "行业", "--lang", "zh-CN"]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain("--by：文件中没有“行业”这一列");
    expect(zh.stderr).toContain("线索来源、负责人、团队");
  });
});

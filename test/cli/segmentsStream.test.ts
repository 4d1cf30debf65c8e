import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsvLog } from "../../cli/csv/readCsvLog";
import { readTable } from "../../cli/readTable";
import { stageList } from "../../core/model/stages";
import { parseDealLog } from "../../core/parse/dealLog";
import { DealLogStream } from "../../core/parse/dealLogStream";
import { groupByColumn, groupColumnOfGrid } from "../../core/parse/groupColumn";
import { segmentsJson, segmentsOfDeals } from "../../core/report/segmentReport";

const EXPORTS = "test/fixtures/exports";

/** Segments of a CSV read whole: the file's grid from its header down, parseDealLog, the column from the grid. */
async function wholeSegments(file: string, by: string) {
  const table = await readTable(join(EXPORTS, file));
  const log = parseDealLog(table.grid, { stages: stageList(undefined, "en"), stageOrder: "default", firstRow: table.firstRow })!;
  const column = groupByColumn(table.grid[0], by);
  if (column === undefined) return undefined;
  return segmentsJson(segmentsOfDeals(log.deals, groupColumnOfGrid(table.grid, table.firstRow, log.deals.rows, column), log.reading), by, "en");
}

/** The same file as `analyze` streams it, keeping only the one column `--by` names. */
async function streamedSegments(file: string, by: string) {
  const read = await readCsvLog(join(EXPORTS, file), { stages: stageList(undefined, "en"), stageOrder: "default" }, { groupBy: by });
  if (read.group === undefined) return undefined;
  return segmentsJson(segmentsOfDeals(read.log!.deals, read.group, read.log!.reading), by, "en");
}

describe("a CSV read both ways gives the same segments", () => {
  const cases: [string, string, number][] = [
    ["zh-segments.csv", "source", 5],
    ["zh-segments.csv", "负责人", 5],
    ["zh-segments.csv", "team", 3],
    ["zh-segments.csv", "客户", 120],
    ["hubspot-crm-exports-all-deals-2026-03-02.csv", "owner", 0],
    ["hubspot-crm-exports-all-deals-2026-03-02.csv", "Pipeline", 1],
    ["salesforce-wide-report-footer.csv", "owner", 0],
    ["salesforce-opportunities-ymd.csv", "source", 0],
    ["history/opportunity-history.csv", "owner", 0],
    ["history/zh-stage-log.csv", "负责人", 0],
    ["pipedrive-deals-export.csv", "owner", 0],
  ];
  it.each(cases)("%s by %s", async (file, by, groups) => {
    const whole = await wholeSegments(file, by);
    const streamed = await streamedSegments(file, by);
    expect(streamed).toBeDefined();
    expect(streamed).toEqual(whole);
    if (groups > 0) expect(streamed!.groups).toHaveLength(groups);
    expect(streamed!.groups.reduce((sum, group) => sum + group.deals, 0)).toBeGreaterThan(0);
  });

  it("folds spellings of one group and keeps blanks as their own group (zh-segments.csv by 线索来源)", async () => {
    const streamed = (await streamedSegments("zh-segments.csv", "线索来源"))!;
    expect(streamed.column).toBe("线索来源");
    expect(streamed.groups.map((group) => group.group)).toContain("(blank)");
    expect(streamed.groups.filter((group) => group.group.trim() === "官网")).toHaveLength(1);
    expect(streamed.groups.at(-1)!.blank).toBe(true);
  });

  it("finds no column for a field or header the file lacks", async () => {
    expect(await streamedSegments("zh-segments.csv", "region")).toBeUndefined();
    expect(await streamedSegments("zh-segments.csv", "行业")).toBeUndefined();
  });
});

describe("DealLogStream keeps the --by column only", () => {
  it("reads the group column from partial rows, interned", () => {
    const grid = [
      ["Deal", "Owner", "Note", "Lead", "Won", "Status"],
      ["D1", "Ann", "x", "2026-01-05", "2026-02-01", "Won"],
      ["D2", "ann ", "y", "2026-01-06", "", "Lost"],
      ["D3", "", "z", "2026-01-07", "", "Open"],
    ];
    const stream = new DealLogStream({}, { groupBy: "owner" });
    for (const row of grid) {
      const columns = stream.columns();
      if (columns === undefined) stream.push(row);
      else {
        expect(columns).toContain(1);
        expect(columns).not.toContain(2);
        const part: unknown[] = [];
        for (const column of columns) part[column] = row[column];
        stream.push(part, () => row);
      }
    }
    const { group } = stream.end();
    expect(group).toEqual({ header: "Owner", labels: ["Ann", ""], codes: Int32Array.of(0, 0, 1) });
  });
});

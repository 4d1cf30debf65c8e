import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { holmAdjust } from "../../../core/metrics/holm";
import { pilotLift } from "../../../core/metrics/pilotLift";
import { STATUS_CODE } from "../../../core/model/dealTable";
import { nameKey } from "../../../core/model/normalize";
import { analyzeDeals, parseForReport } from "../../../core/report/analyzeDeals";
import { groupByColumn, groupColumnOfGrid } from "../../../core/parse/groupColumn";
import { segmentsOfDeals } from "../../../core/report/segmentReport";

const HEADER = ["编号", "线索来源", "线索", "商机", "方案", "成交", "状态", "金额"];
/** Source cells: spellings of one group (Web), a blank group in two forms, and two more groups. */
const SOURCES = ["Web", "web ", "ＷＥＢ", "展会", "", "  ", "Partner"];
const STATUSES = ["赢单", "丢单", "进行中", "", "Won", "Lost", "maybe"];
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

/** A random deal row: dates mostly rising, sometimes blank, sometimes backwards or unreadable (a bad row). */
const row = fc
  .tuple(
    fc.constantFrom(...SOURCES),
    fc.array(fc.option(fc.integer({ min: -3, max: 30 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
    fc.constantFrom(...STATUSES),
    fc.constantFrom(100, 250, "", "x", "1.5万"),
    fc.boolean(),
  )
  .map(([source, steps, status, amount, garbled]): unknown[] => {
    let at = 0;
    const dates = steps.map((step) => {
      if (step === undefined) return "";
      at += step;
      return day(at);
    });
    if (garbled) dates[1] = "2026-13-40";
    return ["D", source, ...dates, status, amount];
  });

/** The figures the report gives for the rows of one group alone: the oracle runs the whole log's reading on them. */
function reportOfRows(rows: unknown[][]) {
  return analyzeDeals([HEADER, ...rows], { locale: "en" })!;
}

describe("segments against a brute-force oracle", () => {
  it("gives each group the figures of the whole log's kernels on its rows alone, and tests them as PILOT_LIFT does", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows: unknown[][]) => {
        const grid = [HEADER, ...rows];
        const log = parseForReport(grid, { locale: "en" })!;
        const column = groupColumnOfGrid(grid, 1, log.deals.rows, groupByColumn(HEADER, "source")!);
        const segments = segmentsOfDeals(log.deals, column, log.reading);
        expect(segments.groups.reduce((sum, group) => sum + group.deals, 0)).toBe(log.deals.count);

        // Brute force: split the rows by their folded source, and read each part as a log of its own.
        const parts = new Map<string, unknown[][]>();
        for (const r of rows) {
          const key = nameKey(String(r[1]));
          parts.set(key, [...(parts.get(key) ?? []), r]);
        }
        const decided = new Map<string, { won: number; lost: number }>();
        for (const [key, part] of parts) {
          const deals = parseForReport([HEADER, ...part], { locale: "en" })!.deals;
          let won = 0;
          let lost = 0;
          deals.status.forEach((status) => (status === STATUS_CODE.won ? won++ : status === STATUS_CODE.lost ? lost++ : 0));
          if (deals.count > 0) decided.set(key, { won, lost });
        }
        expect(segments.groups.map((group) => nameKey(group.label)).sort()).toEqual([...decided.keys()].sort());
        const totalWon = [...decided.values()].reduce((sum, d) => sum + d.won, 0);
        const totalLost = [...decided.values()].reduce((sum, d) => sum + d.lost, 0);
        const pValues = segments.groups.map((group) => {
          const { won, lost } = decided.get(nameKey(group.label))!;
          return pilotLift({ pilotConverted: won, pilotTotal: won + lost, controlConverted: totalWon - won, controlTotal: totalWon + totalLost - won - lost }).pValue;
        });
        const adjusted = holmAdjust(pValues);
        segments.groups.forEach((group, index) => {
          const expected = reportOfRows(parts.get(nameKey(group.label))!);
          expect(group.deals).toBe(expected.deals);
          expect(group.figures.funnel).toEqual(expected.funnel);
          expect(group.figures.winRate).toBe(expected.winRate);
          expect(group.figures.cycleTimeDays).toEqual(expected.cycleTimeDays);
          expect(group.figures.timeInStageDays).toEqual(expected.timeInStageDays);
          expect(group.figures.pipelineVelocity).toBe(expected.pipelineVelocity);
          expect(group.test.pValue).toBe(pValues[index]);
          expect(group.test.pHolm).toBe(adjusted[index]);
          const flagged = adjusted[index] !== null && adjusted[index]! < 0.05;
          expect(group.test.flag !== null).toBe(flagged);
        });
      }),
      { numRuns: 150 },
    );
  });
});

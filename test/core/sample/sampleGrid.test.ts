import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../../core/model/cells";
import type { Locale } from "../../../core/model/locale";
import { DEFAULT_STAGES, stageList } from "../../../core/model/stages";
import { DEAL_STATUS_WORDS, FIELD_HEADERS } from "../../../core/model/words";
import { STATUS_CODE } from "../../../core/model/dealTable";
import { parseDealLog, type DealLog } from "../../../core/parse/dealLog";
import { sampleDeals, type SampleDeal } from "../../../core/sample/sampleDeals";
import {
  SAMPLE_BAD_ROW_KINDS,
  sampleGrid,
  sampleHeader,
  type SampleBadRow,
  type SampleDateMode,
} from "../../../core/sample/sampleGrid";

const LOCALES: readonly Locale[] = ["zh-CN", "en"];
const MODES: readonly SampleDateMode[] = ["serial", "date", "text"];
const COUNT = 2_000;

/** Deep-freezes the deals so a write to them would throw. */
function frozen(deals: SampleDeal[]): readonly SampleDeal[] {
  for (const deal of deals) {
    Object.freeze(deal.stageDays);
    Object.freeze(deal);
  }
  return Object.freeze(deals);
}

function parsed(grid: unknown[][], stages?: readonly string[]): DealLog {
  const log = parseDealLog(grid, stages === undefined ? {} : { stages: stageList(stages) });
  if (log === undefined) throw new Error("parseDealLog did not recognise the grid");
  return log;
}

/** What the parser must report for the injected rows: one problem each, at the row and column. */
function expectedProblems(badRows: readonly SampleBadRow[]) {
  return badRows.map(({ row, column, kind }) => ({ row, column, code: kind }));
}

describe("sampleGrid", () => {
  const deals = frozen(sampleDeals({ count: COUNT, seed: 4 }));
  const dealsEn = frozen(sampleDeals({ count: COUNT, seed: 4, locale: "en" }));

  it("matches its documented example", () => {
    const { grid, badRows } = sampleGrid(sampleDeals({ count: 100 }), { dates: "text", badRows: 3 });
    expect(grid[0].slice(0, 9)).toEqual(["编号", "客户", "线索来源", "负责人", "团队", "区域", "行业", "线索", "商机"]);
    expect(grid[1][7]).toBe("2025-12-05");
    expect(badRows).toEqual([
      { row: 46, column: "J", kind: "date.unreadable" },
      { row: 59, column: "I", kind: "date.backwards" },
      { row: 93, column: "N", kind: "amount.unreadable" },
    ]);
    expect(parsed(grid).deals.count).toBe(98);
  });

  it("lays out the header like the template, in the locale", () => {
    for (const locale of LOCALES) {
      const stages = DEFAULT_STAGES.map((stage) => stage[locale]);
      const { grid } = sampleGrid(locale === "en" ? dealsEn : deals, { locale });
      expect(grid[0]).toEqual([
        ...(["id", "customer", "source", "owner", "team", "region", "industry"] as const).map((field) => FIELD_HEADERS[field][locale]),
        ...stages,
        FIELD_HEADERS.amount[locale],
        FIELD_HEADERS.status[locale],
        FIELD_HEADERS.lostReason[locale],
      ]);
      expect(grid[0]).toEqual(sampleHeader(locale, stages));
    }
  });

  it("writes one row per deal: dates by mode, blanks as \"\", status words in the locale", () => {
    const deal = deals.find((candidate) => candidate.status === "lost" && candidate.stageDays[1] === null)!;
    const index = deals.indexOf(deal);
    const serial = sampleGrid(deals, { dates: "serial" }).grid[index + 1];
    const date = sampleGrid(deals, { dates: "date" }).grid[index + 1];
    const text = sampleGrid(deals, { dates: "text" }).grid[index + 1];
    expect(serial.slice(0, 7)).toEqual([deal.id, deal.customer, deal.source, deal.owner, deal.team, deal.region, deal.industry]);
    expect(serial[7]).toBe(deal.stageDays[0]);
    expect(serial[8]).toBe("");
    expect(serial.slice(13)).toEqual([deal.amount, DEAL_STATUS_WORDS.lost["zh-CN"], deal.lostReason]);
    // Sheets passes Date (here at UTC midnight), Excel passes serials, CSV gives text.
    expect(date[7]).toEqual(new Date(Date.UTC(1899, 11, 30) + deal.stageDays[0]! * 86_400_000));
    expect(text[7]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(date[8]).toBe("");
    expect(text[8]).toBe("");
    expect(sampleGrid(dealsEn, { locale: "en" }).grid[index + 1][14]).toBe("Lost");
  });

  it("is read back by parseDealLog in every date mode and both locales", () => {
    for (const locale of LOCALES) {
      const source = locale === "en" ? dealsEn : deals;
      for (const dates of MODES) {
        const log = parsed(sampleGrid(source, { locale, dates }).grid);
        expect(log.shape).toBe("wide");
        expect(log.problems).toEqual([]);
        expect(log.deals.count).toBe(COUNT);
        expect([...log.deals.status]).toEqual(source.map((deal) => STATUS_CODE[deal.status]));
        expect([...log.deals.amount]).toEqual(source.map((deal) => deal.amount));
        expect([...log.deals.stageDays]).toEqual(source.flatMap((deal) => deal.stageDays.map((day) => day ?? NaN)));
        expect(log.deals.text.owner).toEqual(source.map((deal) => deal.owner));
      }
    }
  });

  it("reports exactly the injected bad rows, leaving out bad dates and keeping bad amounts", () => {
    for (const locale of LOCALES) {
      for (const dates of MODES) {
        const { grid, badRows } = sampleGrid(locale === "en" ? dealsEn : deals, { locale, dates, badRows: 9, seed: 8 });
        expect(badRows.map((bad) => bad.kind)).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2].map((kind) => SAMPLE_BAD_ROW_KINDS[kind]));
        const log = parsed(grid);
        expect(log.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expectedProblems(badRows));
        const excluded = badRows.filter((bad) => bad.kind !== "amount.unreadable");
        expect(log.deals.count).toBe(COUNT - excluded.length);
        const keptRows = new Set(log.deals.rows);
        expect(excluded.some((bad) => keptRows.has(bad.row))).toBe(false);
        for (const bad of badRows.filter((row) => row.kind === "amount.unreadable")) {
          const position = log.deals.rows.indexOf(bad.row);
          expect(position).toBeGreaterThanOrEqual(0);
          expect(log.deals.amount[position]).toBeNaN();
        }
      }
    }
  });

  it("injects bad rows the parser catches for any seed and count", () => {
    const small = frozen(sampleDeals({ count: 60, seed: 12, locale: "en" }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer(),
        fc.constantFrom(...MODES),
        fc.constantFrom(...LOCALES),
        (badCount, seed, dates, locale) => {
          const { grid, badRows } = sampleGrid(small, { locale, dates, badRows: badCount, seed });
          expect(badRows).toHaveLength(badCount);
          expect(new Set(badRows.map((bad) => bad.row)).size).toBe(badCount);
          const log = parsed(grid);
          expect(log.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expectedProblems(badRows));
          expect(log.deals.count).toBe(60 - badRows.filter((bad) => bad.kind !== "amount.unreadable").length);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("reads the same deals from Date cells (in UTC) and text as from serials", () => {
    const serial = parsed(sampleGrid(deals, { dates: "serial", badRows: 6 }).grid);
    for (const dates of ["date", "text"] as const) {
      const other = parsed(sampleGrid(deals, { dates, badRows: 6 }).grid);
      expect([...other.deals.stageDays]).toEqual([...serial.deals.stageDays]);
      expect([...other.deals.rows]).toEqual([...serial.deals.rows]);
      expect(other.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual(
        serial.problems.map((problem) => [problem.row, problem.column, problem.code]),
      );
    }
  });

  it("uses a workbook's own stage list", () => {
    const stages = ["Inquiry", "Demo", "Trial", "Contract"];
    const custom = sampleDeals({ count: 300, stages, locale: "en" });
    const { grid, badRows } = sampleGrid(custom, { locale: "en", stages, badRows: 3 });
    expect(grid[0].slice(7, 11)).toEqual(stages);
    const log = parsed(grid, stages);
    expect(log.deals.stages.names).toEqual(stages);
    expect(log.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expectedProblems(badRows));
    expect(badRows.every((bad) => bad.column <= columnLetter(7 + stages.length + 1))).toBe(true);
  });

  it("spoils hand-made deals too, even one dated only in its last stage", () => {
    const base = deals[0];
    const handMade = [
      { ...base, id: "H-1", stageDays: [46027, 46030, null, null, null, null] },
      { ...base, id: "H-2", status: "won" as const, lostReason: "", stageDays: [null, null, null, null, null, 46040] },
      { ...base, id: "H-3", stageDays: [46027, null, null, null, null, null] },
    ];
    const { grid, badRows } = sampleGrid(handMade, { badRows: 3 });
    expect(badRows.map((bad) => bad.kind)).toEqual(SAMPLE_BAD_ROW_KINDS);
    expect(badRows[1]).toEqual({ row: 3, column: "M", kind: "date.backwards" });
    const log = parsed(grid);
    expect(log.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expectedProblems(badRows));
    expect(log.deals.count).toBe(1);
  });

  it("never changes the deals it is given", () => {
    const copy = structuredClone(deals);
    sampleGrid(deals, { badRows: 30, dates: "date" });
    expect(deals).toEqual(copy);
  });

  it("places the bad rows by seed", () => {
    const rowsOf = (seed: number) => sampleGrid(deals, { badRows: 5, seed }).badRows.map((bad) => bad.row);
    expect(rowsOf(1)).toEqual(rowsOf(1));
    expect(rowsOf(1)).not.toEqual(rowsOf(2));
    expect(sampleGrid(deals).badRows).toEqual([]);
  });

  it("rejects options it cannot honour", () => {
    expect(() => sampleGrid(deals, { badRows: COUNT + 1 })).toThrow(RangeError);
    expect(() => sampleGrid(deals, { badRows: -1 })).toThrow(RangeError);
    expect(() => sampleGrid(deals, { stages: ["线索", "商机", "成交"] })).toThrow(RangeError);
    expect(() => sampleGrid(deals, { dates: "iso" as SampleDateMode })).toThrow(RangeError);
    expect(sampleGrid([], {}).grid).toHaveLength(1);
  });
});

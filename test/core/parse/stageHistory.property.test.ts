import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stageList } from "../../../core/model/stages";
import { analyzeDeals, type DealReport } from "../../../core/report/analyzeDeals";
import { dealLists, gridOf, STAGE_NAMES } from "../../oracle/arbitraries";
import type { PlainDeal } from "../../oracle/bruteForce";

/** The figures of a report, without how it was read or where its problem rows sit. */
function figures(report: DealReport | undefined) {
  expect(report).toBeDefined();
  const { funnel, winRate, cycleTimeDays, timeInStageDays, lossPoints, pipelineVelocity, deals, stages } = report!;
  return { funnel, winRate, cycleTimeDays, timeInStageDays, lossPoints, pipelineVelocity, deals, stages };
}

/** A wide log's deals as a stage history: one row per stage date (serial days), the status and amount on each row. */
function historyOf(deals: readonly PlainDeal[], stageCount: number, fromTo: boolean): unknown[][] {
  const rows: unknown[][] = [];
  deals.forEach((deal, index) => {
    let previous = "";
    deal.stageDays.forEach((day, stage) => {
      if (day === null) return;
      const name = STAGE_NAMES.slice(0, stageCount)[stage];
      rows.push(fromTo ? [`D${index}`, previous, name, day, deal.status, deal.amount ?? ""] : [`D${index}`, name, day, deal.status, deal.amount ?? ""]);
      previous = name;
    });
  });
  return rows;
}

const HEADER = ["Deal ID", "Stage", "Date", "Status", "Amount"];
const FROM_TO_HEADER = ["Deal ID", "From Stage", "To Stage", "Date", "Status", "Amount"];

describe("a wide log turned into a stage history and pivoted back", () => {
  it("gives the wide log's figures, whatever the order of the history's rows (Stage, Date)", () => {
    fc.assert(
      fc.property(dealLists, fc.integer(), ([stageCount, deals], seed) => {
        const rows = historyOf(deals, stageCount, false);
        // One row per deal cannot be told from a current-stage table: a history names some deal twice.
        fc.pre(new Set(rows.map((row) => row[0])).size < rows.length);
        const stages = stageList(STAGE_NAMES.slice(0, stageCount));
        const wide = analyzeDeals(gridOf(deals, stageCount), { locale: "en", stages });
        const history = analyzeDeals([HEADER, ...shuffle(rows, seed)], { locale: "en", stages });
        expect(history?.shape).toBe("history");
        expect(figures(history)).toEqual(figures(wide));
      }),
      { numRuns: 200 },
    );
  });

  it("gives the wide log's figures from From/To rows too", () => {
    fc.assert(
      fc.property(dealLists, fc.integer(), ([stageCount, deals], seed) => {
        const stages = stageList(STAGE_NAMES.slice(0, stageCount));
        const wide = analyzeDeals(gridOf(deals, stageCount), { locale: "en", stages });
        const history = analyzeDeals([FROM_TO_HEADER, ...shuffle(historyOf(deals, stageCount, true), seed)], { locale: "en", stages });
        expect(figures(history)).toEqual(figures(wide));
      }),
      { numRuns: 200 },
    );
  });
});

/** Random histories of custom stages, with revisits, outcome rows and repeated rows. */
const histories = fc.array(
  fc.record({
    visits: fc.array(fc.record({ stage: fc.constantFrom("Discovery", "Demo", "Trial", "Contract"), gap: fc.integer({ min: 0, max: 20 }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    outcome: fc.constantFrom("", "Closed Won", "Closed Lost"),
    amount: fc.integer({ min: 0, max: 100_000 }),
  }),
  { minLength: 1, maxLength: 25 },
);

describe("a stage history's rows in any order", () => {
  it("change nothing, with the order by first entry too", () => {
    fc.assert(
      fc.property(histories, fc.integer(), (deals, seed) => {
        const rows: unknown[][] = [];
        deals.forEach((deal, index) => {
          let day = 46027;
          for (const visit of deal.visits) rows.push([`D${index}`, visit.stage, (day += visit.gap), deal.amount]);
          if (deal.outcome !== "") rows.push([`D${index}`, deal.outcome, day + 1, deal.amount]);
        });
        fc.pre(new Set(rows.map((row) => row[0])).size < rows.length);
        const header = ["Deal ID", "Stage", "Date", "Amount"];
        const asWritten = analyzeDeals([header, ...rows], { locale: "en" });
        const shuffled = analyzeDeals([header, ...shuffle(rows, seed)], { locale: "en" });
        expect(figures(shuffled)).toEqual(figures(asWritten));
        expect(shuffled?.reading).toEqual(asWritten?.reading);
        expect(shuffled?.problems.length).toBe(asWritten?.problems.length);
      }),
      { numRuns: 300 },
    );
  });
});

/** The rows in an order drawn from `seed` (Fisher–Yates over a small linear congruential generator). */
function shuffle<T>(rows: readonly T[], seed: number): T[] {
  const out = [...rows];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

import fc from "fast-check";
import type { PlainDeal } from "./bruteForce";

export const STAGE_NAMES = ["Lead", "Opportunity", "Proposal", "Quote", "Negotiation", "Won"] as const;

/**
 * A random deal over `stageCount` stages: non-decreasing dates with random blanks (skipped stages), at least
 * one date, a random outcome and amount.
 */
export function plainDeal(stageCount: number): fc.Arbitrary<PlainDeal> {
  return fc
    .record({
      start: fc.integer({ min: 45000, max: 47000 }),
      gaps: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: stageCount, maxLength: stageCount }),
      present: fc.array(fc.boolean(), { minLength: stageCount, maxLength: stageCount }),
      status: fc.constantFrom("open" as const, "won" as const, "lost" as const),
      amount: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
    })
    .filter(({ present }) => present.some(Boolean))
    .map(({ start, gaps, present, status, amount }) => {
      let day = start;
      const stageDays = gaps.map((gap, index) => {
        day += gap;
        return present[index] ? day : null;
      });
      return { stageDays, status, amount };
    });
}

/** Random deal lists over the first `stageCount` default stages (2–6). */
export const dealLists = fc
  .integer({ min: 2, max: 6 })
  .chain((stageCount) => fc.tuple(fc.constant(stageCount), fc.array(plainDeal(stageCount), { maxLength: 60 })));

/** The wide grid a host would pass for these deals: header, then serial dates, blanks as "". */
export function gridOf(deals: readonly PlainDeal[], stageCount: number): unknown[][] {
  const header = [...STAGE_NAMES.slice(0, stageCount), "Status", "Amount"];
  return [header, ...deals.map((deal) => [...deal.stageDays.map((day) => day ?? ""), deal.status, deal.amount ?? ""])];
}

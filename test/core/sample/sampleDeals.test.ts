import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { samplePeriod } from "../../../core/sample/period";
import { pilotStartDay } from "../../../core/sample/market";
import { sampleDeals, type SampleDeal } from "../../../core/sample/sampleDeals";
import { dayFromCivil } from "../../../core/parse/dates";

/** Index of the last stage with a date, or -1. */
function furthestStage(deal: SampleDeal): number {
  for (let stage = deal.stageDays.length - 1; stage >= 0; stage--) if (deal.stageDays[stage] !== null) return stage;
  return -1;
}

function hasSkippedStage(deal: SampleDeal): boolean {
  return deal.stageDays.slice(0, furthestStage(deal)).some((day) => day === null);
}

/** Every broken rule of the deal's dates, or [] (kept out of expect() so big loops stay fast). */
function dateFaults(deal: SampleDeal, startDay: number, endDay: number): string[] {
  const faults: string[] = [];
  let previous = -Infinity;
  deal.stageDays.forEach((day, stage) => {
    if (day === null) return;
    if (!Number.isInteger(day)) faults.push(`${deal.id}: stage ${stage} day ${day} not whole`);
    if (day < startDay || day > endDay) faults.push(`${deal.id}: stage ${stage} day ${day} outside the period`);
    if (day < previous) faults.push(`${deal.id}: stage ${stage} goes backwards`);
    previous = day;
  });
  if (deal.stageDays[0] === null) faults.push(`${deal.id}: no lead date`);
  return faults;
}

const shares = (deals: readonly SampleDeal[]) => {
  const counts = { open: 0, won: 0, lost: 0 };
  for (const deal of deals) counts[deal.status]++;
  return { open: counts.open / deals.length, won: counts.won / deals.length, lost: counts.lost / deals.length };
};

describe("sampleDeals", () => {
  const period = samplePeriod();
  const deals = sampleDeals({ count: 20_000 });

  it("gives the same deals for the same seed and other deals for another seed", () => {
    expect(sampleDeals({ count: 300, seed: 5 })).toEqual(sampleDeals({ count: 300, seed: 5 }));
    expect(sampleDeals({ count: 300 })).toEqual(sampleDeals({ count: 300, seed: 1 }));
    const other = sampleDeals({ count: 300, seed: 6 });
    expect(other).not.toEqual(sampleDeals({ count: 300, seed: 5 }));
    expect(other.map((deal) => deal.amount)).not.toEqual(sampleDeals({ count: 300, seed: 5 }).map((deal) => deal.amount));
  });

  it("matches its documented example", () => {
    const example = sampleDeals({ count: 3, seed: 7, locale: "en" });
    expect(example[0].id).toBe("D-0001");
    expect(example[0].customer).toBe("Dongguan Yongxin Retail Chain Co., Ltd.");
    expect(example[0].stageDays).toEqual([46175, null, 46195, null, null, null]);
    expect(example.map((deal) => deal.status)).toEqual(["lost", "lost", "lost"]);
  });

  it("defaults to 12 months ending 2026-11-30", () => {
    expect(period).toEqual({ startDay: dayFromCivil(2025, 12, 1), endDay: dayFromCivil(2026, 11, 30) });
    expect(period.endDay).toBe(46356);
  });

  it("writes the same deals in both languages, only the words differ", () => {
    const zh = sampleDeals({ count: 500, seed: 3 });
    const en = sampleDeals({ count: 500, seed: 3, locale: "en" });
    expect(en.map((deal) => [deal.id, deal.amount, deal.status, deal.stageDays])).toEqual(
      zh.map((deal) => [deal.id, deal.amount, deal.status, deal.stageDays]),
    );
    expect(new Set(zh.map((deal) => deal.source))).toEqual(new Set(["官网", "展会", "转介绍", "电话营销", "直播"]));
    expect(new Set(en.map((deal) => deal.source))).toEqual(
      new Set(["Website", "Trade show", "Referral", "Cold call", "Live stream"]),
    );
    expect(zh.some((deal) => deal.team === "华东一组")).toBe(true);
    expect(en.some((deal) => deal.team === "East 1")).toBe(true);
    expect(en.every((deal) => /^[\x20-\x7e]+$/.test(deal.customer + deal.owner + deal.region + deal.industry))).toBe(true);
  });

  it("keeps every deal's dates whole, inside the period and non-decreasing along the stages", () => {
    const faults = deals.flatMap((deal) => dateFaults(deal, period.startDay, period.endDay));
    expect(faults).toEqual([]);
  });

  it("keeps dates in order and in the period for any seed, stage count, end day and length", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: dayFromCivil(2000, 1, 1), max: dayFromCivil(2040, 12, 31) }),
        fc.integer({ min: 1, max: 36 }),
        (seed, stageCount, endDay, months) => {
          const stages = Array.from({ length: stageCount }, (_, index) => `Stage ${index + 1}`);
          const sample = sampleDeals({ count: 200, seed, stages, endDay, months, locale: "en" });
          const { startDay } = samplePeriod(endDay, months);
          expect(sample).toHaveLength(200);
          expect(sample.every((deal) => deal.stageDays.length === stageCount)).toBe(true);
          expect(sample.flatMap((deal) => dateFaults(deal, startDay, endDay))).toEqual([]);
          expect(sample.filter((deal) => deal.status === "won").every((deal) => deal.stageDays[stageCount - 1] !== null)).toBe(
            true,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("numbers the deals in order of their lead date", () => {
    expect(deals[0].id).toBe("D-00001");
    expect(new Set(deals.map((deal) => deal.id)).size).toBe(deals.length);
    let sorted = true;
    for (let index = 1; index < deals.length; index++) {
      if (deals[index].stageDays[0]! < deals[index - 1].stageDays[0]!) sorted = false;
    }
    expect(sorted).toBe(true);
  });

  it("takes 1 to 30 days between consecutive stages", () => {
    let outside = 0;
    for (const deal of deals) {
      for (let stage = 1; stage < deal.stageDays.length; stage++) {
        const before = deal.stageDays[stage - 1];
        const after = deal.stageDays[stage];
        if (before !== null && after !== null && (after - before < 1 || after - before > 30)) outside++;
      }
    }
    expect(outside).toBe(0);
  });

  it("leaves a middle stage blank in 5–8% of the deals", () => {
    const skipped = deals.filter(hasSkippedStage);
    expect(skipped.length / deals.length).toBeGreaterThan(0.05);
    expect(skipped.length / deals.length).toBeLessThan(0.08);
    // Never the first stage and never the furthest one.
    expect(skipped.every((deal) => deal.stageDays[0] !== null)).toBe(true);
  });

  it("marks won exactly the deals that reach the last stage, and gives a reason only to lost deals", () => {
    const last = deals[0].stageDays.length - 1;
    const mismatched = deals.filter((deal) => (deal.status === "won") !== (deal.stageDays[last] !== null));
    expect(mismatched).toEqual([]);
    expect(deals.filter((deal) => (deal.status === "lost") !== (deal.lostReason !== ""))).toEqual([]);
  });

  it("has open, won and lost deals in realistic shares", () => {
    const { open, won, lost } = shares(deals);
    expect(won).toBeGreaterThan(0.1);
    expect(won).toBeLessThan(0.25);
    expect(lost).toBeGreaterThan(0.55);
    expect(lost).toBeLessThan(0.85);
    expect(open).toBeGreaterThan(0.05);
    expect(open).toBeLessThan(0.2);
  });

  it("keeps recent deals open and old ones mostly closed", () => {
    const recent = deals.filter((deal) => deal.stageDays[0]! > period.endDay - 7);
    const old = deals.filter((deal) => deal.stageDays[0]! < period.startDay + 90);
    expect(shares(recent).open).toBeGreaterThan(0.8);
    expect(shares(old).open).toBeLessThan(0.06);
  });

  it("passes each step about 55–80% of the time, Lead→Opportunity the weakest", () => {
    const stageCount = deals[0].stageDays.length;
    const reached = new Array(stageCount).fill(0);
    for (const deal of deals) for (let stage = 0; stage <= furthestStage(deal); stage++) reached[stage]++;
    const steps = reached.slice(1).map((count, stage) => count / reached[stage]);
    for (const step of steps) {
      expect(step).toBeGreaterThan(0.5);
      expect(step).toBeLessThan(0.85);
    }
    expect(Math.min(...steps)).toBe(steps[0]);
  });

  it("qualifies the pilot team's leads better once the pilot starts", () => {
    const big = sampleDeals({ count: 60_000, seed: 2, locale: "en" });
    const start = pilotStartDay(samplePeriod());
    const qualified = (team: string, after: boolean) => {
      const group = big.filter((deal) => deal.team === team && deal.stageDays[0]! >= start === after);
      // Count only deals old enough to have had their first step decided.
      const settled = group.filter((deal) => deal.stageDays[0]! < samplePeriod().endDay - 30);
      return settled.filter((deal) => deal.stageDays.slice(1).some((day) => day !== null)).length / settled.length;
    };
    expect(qualified("East 1", true) - qualified("East 1", false)).toBeGreaterThan(0.05);
    expect(Math.abs(qualified("East 2", true) - qualified("East 2", false))).toBeLessThan(0.06);
  });

  it("has 4–6 owners in 3 teams, each owner in one team", () => {
    const teamOf = new Map<string, Set<string>>();
    for (const deal of deals) teamOf.set(deal.owner, (teamOf.get(deal.owner) ?? new Set()).add(deal.team));
    expect(teamOf.size).toBeGreaterThanOrEqual(4);
    expect(teamOf.size).toBeLessThanOrEqual(6);
    expect([...teamOf.values()].every((teams) => teams.size === 1)).toBe(true);
    expect(new Set(deals.map((deal) => deal.team)).size).toBe(3);
  });

  it("sizes deals from ¥50k to ¥2M, skewed to the right", () => {
    const amounts = deals.map((deal) => deal.amount).sort((a, b) => a - b);
    expect(amounts[0]).toBeGreaterThanOrEqual(50_000);
    expect(amounts.at(-1)).toBeLessThanOrEqual(2_000_000);
    const median = amounts[amounts.length >> 1];
    const mean = amounts.reduce((sum, amount) => sum + amount, 0) / amounts.length;
    expect(median).toBeGreaterThan(100_000);
    expect(median).toBeLessThan(400_000);
    expect(mean).toBeGreaterThan(median * 1.1);
    expect(amounts.every((amount) => amount % 1000 === 0)).toBe(true);
  });

  it("makes no deals for count 0 and rejects bad options", () => {
    expect(sampleDeals({ count: 0 })).toEqual([]);
    expect(() => sampleDeals({ count: -1 })).toThrow(RangeError);
    expect(() => sampleDeals({ count: 1.5 })).toThrow(RangeError);
    expect(() => sampleDeals({ count: 10, stages: ["Only"] })).toThrow(RangeError);
    expect(() => sampleDeals({ count: 10, months: 0 })).toThrow(RangeError);
    expect(() => sampleDeals({ count: 10, endDay: 46027.5 })).toThrow(RangeError);
    expect(() => sampleDeals({ count: 10, seed: 0.5 })).toThrow(RangeError);
  });
});

/**
 * Independent, deliberately naive implementations of the contract's figures over plain deal objects, used as
 * oracles by the property tests. They share no code with core/ beyond the types of their inputs.
 */
export interface PlainDeal {
  /** Day numbers per stage, null = blank. */
  stageDays: (number | null)[];
  status: "open" | "won" | "lost";
  amount: number | null;
}

export function oracleReached(deals: readonly PlainDeal[], stage: number): number {
  return deals.filter((deal) => deal.stageDays.some((day, index) => index >= stage && day !== null)).length;
}

/** PERCENTILE.INC written from its definition: rank h = (n − 1)p, interpolate between x[⌊h⌋] and x[⌊h⌋ + 1]. */
export function oraclePercentileInc(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  return low + 1 < sorted.length ? sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
}

export function oracleMean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function oracleCycles(deals: readonly PlainDeal[]): number[] {
  const out: number[] = [];
  for (const deal of deals) {
    const last = deal.stageDays[deal.stageDays.length - 1];
    if (deal.status !== "won" || last === null) continue;
    const first = deal.stageDays.find((day) => day !== null)!;
    out.push(last - first);
  }
  return out;
}

export function oracleTimeInStage(deals: readonly PlainDeal[], stage: number): number[] {
  const out: number[] = [];
  for (const deal of deals) {
    const entered = deal.stageDays[stage];
    if (entered === null) continue;
    const later = deal.stageDays.slice(stage + 1).filter((day): day is number => day !== null);
    if (later.length > 0) out.push(Math.min(...later) - entered);
  }
  return out;
}

export function oracleFurthest(deal: PlainDeal): number {
  let furthest = -1;
  deal.stageDays.forEach((day, index) => {
    if (day !== null) furthest = index;
  });
  return furthest;
}

export function oracleWinRate(deals: readonly PlainDeal[]): number | null {
  const won = deals.filter((deal) => deal.status === "won").length;
  const lost = deals.filter((deal) => deal.status === "lost").length;
  return won + lost === 0 ? null : won / (won + lost);
}

/**
 * Lost deals per stage but the last, by the furthest stage each reached. A deal is not lost at the last stage
 * (it was won there): a lost deal dated in the last stage contradicts itself and is in no row.
 */
export function oracleLossPoints(deals: readonly PlainDeal[], stageCount: number): { lost: number[]; shares: (number | null)[] } {
  const lost = new Array<number>(stageCount - 1).fill(0);
  for (const deal of deals) {
    if (deal.status !== "lost") continue;
    const stage = oracleFurthest(deal);
    if (stage < stageCount - 1) lost[stage]++;
  }
  const counted = lost.reduce((sum, count) => sum + count, 0);
  return { lost, shares: lost.map((count) => (counted === 0 ? null : count / counted)) };
}

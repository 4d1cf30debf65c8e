/**
 * A small seeded pseudo-random generator for sample data: the same seed gives the same sequence on every
 * machine and in every host, so tests, benchmarks and demos can rebuild the exact same data.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's "small fast chaotic" generator, 128 bits of state, passes
 * PractRand), seeded through splitmix32 so that nearby seeds (1, 2, 3, …) give unrelated sequences. It is not
 * for anything secret.
 */

/** Cumulative weights made by {@link weightTable}, read by {@link SeededRandom.weighted}. */
export type WeightTable = Float64Array;

/**
 * Prepares weights for repeated weighted picks: the running totals, scaled so that the last is 1.
 *
 * @throws {RangeError} when there are no weights, a weight is negative or not finite, or all are 0.
 * @example
 * weightTable([1, 3]) //=> Float64Array [0.25, 1]
 */
export function weightTable(weights: readonly number[]): WeightTable {
  let total = 0;
  for (const weight of weights) {
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`A weight must be a number ≥ 0, got ${weight}.`);
    total += weight;
  }
  if (!(total > 0)) throw new RangeError("A weight table needs at least one weight above 0.");
  const cumulative = new Float64Array(weights.length);
  let running = 0;
  for (let index = 0; index < weights.length; index++) {
    running += weights[index];
    cumulative[index] = running / total;
  }
  cumulative[weights.length - 1] = 1;
  return cumulative;
}

/** splitmix32 step: spreads a 32-bit value over all bits (used only for seeding). */
function splitmix32(state: number): number {
  let mixed = (state + 0x9e3779b9) | 0;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x21f0aaad);
  mixed = Math.imul(mixed ^ (mixed >>> 15), 0x735a2d97);
  return (mixed ^ (mixed >>> 15)) >>> 0;
}

/**
 * A deterministic random source. Every method draws from one sequence, so the order of calls is part of the
 * result: the same seed and the same calls give the same values.
 *
 * @example
 * const random = new SeededRandom(42);
 * random.int(1, 6)                    // a die roll, the same one every time for seed 42
 * random.pick(["官网", "展会"])        // one of the two
 * random.weighted(weightTable([9, 1])) // 0 nine times in ten
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal = NaN;

  /**
   * @param seed any safe integer (default 1); negative and large seeds are fine.
   * @throws {RangeError} when `seed` is not a safe integer.
   */
  constructor(seed = 1) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`A seed must be a whole number, got ${seed}.`);
    const low = seed >>> 0;
    const high = Math.floor(seed / 4294967296) >>> 0;
    this.a = splitmix32(low);
    this.b = splitmix32(this.a ^ high);
    this.c = splitmix32(this.b ^ 0x6a09e667);
    this.d = splitmix32(this.c ^ low);
    // Warm up: the first outputs of sfc32 still show the seed.
    for (let round = 0; round < 12; round++) this.next();
  }

  /**
   * A uniform number in [0, 1), with 32 random bits.
   * @example
   * new SeededRandom(7).next() // the same number in [0, 1) on every run
   */
  next(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    const rotated = (c << 21) | (c >>> 11);
    this.c = (rotated + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /**
   * A uniform whole number from `min` to `max`, both included.
   * @example
   * new SeededRandom(1).int(1, 30) // a whole number 1…30
   */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /**
   * True with probability `probability` (clamped to [0, 1]).
   * @example
   * new SeededRandom(1).chance(0) //=> false
   */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /**
   * One item, each equally likely.
   * @example
   * new SeededRandom(1).pick(["Website", "Referral"]) // "Website" or "Referral"
   */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * An index into the weights behind `table` (see {@link weightTable}), each as likely as its weight.
   * @example
   * new SeededRandom(1).weighted(weightTable([0, 1])) //=> 1
   */
  weighted(table: WeightTable): number {
    const draw = this.next();
    const last = table.length - 1;
    if (last < 16) {
      let index = 0;
      while (index < last && draw >= table[index]) index++;
      return index;
    }
    // Long tables (a weight per day of a year): binary search for the first total above the draw.
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (draw >= table[middle]) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * A standard normal number (mean 0, standard deviation 1), by the Box–Muller transform.
   * @example
   * new SeededRandom(1).normal() // most often within ±2
   */
  normal(): number {
    if (!Number.isNaN(this.spareNormal)) {
      const spare = this.spareNormal;
      this.spareNormal = NaN;
      return spare;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
    const angle = 2 * Math.PI * this.next();
    this.spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /**
   * A log-normal number: half the draws fall below `median`; `sigma` is the spread of its logarithm
   * (0.5 ≈ most draws within ×/÷ 2.7 of the median). Skewed to the right, like deal sizes and waiting times.
   * @example
   * new SeededRandom(1).logNormal(200_000, 0.8) // a deal size, usually 50k–1M
   */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /**
   * A whole number of days from `min` to `max`: log-normal around `median`, redrawn when outside the range
   * (after a few tries, clamped), so there is no pile-up at the ends.
   * @example
   * new SeededRandom(1).dayGap(5, 1, 30) // 1…30, most often 2–10
   */
  dayGap(median: number, min: number, max: number, sigma = 0.7): number {
    for (let attempt = 0; attempt < 8; attempt++) {
      const days = Math.round(this.logNormal(median, sigma));
      if (days >= min && days <= max) return days;
    }
    return Math.min(max, Math.max(min, Math.round(median)));
  }

  /**
   * A geometric number of days ≥ 1 with the given mean: the wait until an event with a daily chance of
   * 1/mean, capped at `max`.
   * @example
   * new SeededRandom(1).geometric(3, 30) // 1, 2, 3… mostly small
   */
  geometric(mean: number, max = Infinity): number {
    if (mean <= 1) return 1;
    const days = 1 + Math.floor(Math.log(1 - this.next()) / Math.log(1 - 1 / mean));
    return Math.min(days, max);
  }
}

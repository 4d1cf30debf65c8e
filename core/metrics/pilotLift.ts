import { fisherExact } from "./fisherExact";
import { erfc } from "./normal";

/** Conversions and group sizes of a pilot and its control group. */
export interface PilotCounts {
  /** Pilot-group members who converted. */
  readonly pilotConverted: number;
  /** Pilot-group size. */
  readonly pilotTotal: number;
  /** Control-group members who converted. */
  readonly controlConverted: number;
  /** Control-group size. */
  readonly controlTotal: number;
}

/** How the p-value was computed: the pooled two-proportion z-test, or Fisher's exact test for small counts. */
export type PilotTestMethod = "z-test" | "fisher";

/** A pilot's effect. Every figure whose denominator is empty is `null`, never 0 or NaN. */
export interface PilotLift {
  /** pilotConverted / pilotTotal; null when the pilot group is empty. */
  readonly pilotRate: number | null;
  /** controlConverted / controlTotal; null when the control group is empty. */
  readonly controlRate: number | null;
  /** pilotRate − controlRate, in rate points (0.05 = five percentage points); null when either rate is. */
  readonly lift: number | null;
  /** lift / controlRate; null when either rate is null or the control rate is 0. */
  readonly relativeLift: number | null;
  /** Two-sided p-value of "the two rates are equal"; null when either group is empty. */
  readonly pValue: number | null;
  /** The test behind `pValue`; null exactly when `pValue` is. */
  readonly method: PilotTestMethod | null;
}

/** Below this expected count the normal approximation is not trusted (the usual rule of thumb). */
const MIN_EXPECTED_COUNT = 5;

/**
 * How much a pilot changed the conversion rate against a control group, and how likely a difference that
 * large is by chance alone (DEFINITIONS §4 "pilot lift").
 *
 * Formulas, with x₁/n₁ the pilot's conversions/size and x₂/n₂ the control's:
 * - lift = x₁/n₁ − x₂/n₂; relative lift = lift / (x₂/n₂).
 * - p-value, pooled two-proportion z-test: p̂ = (x₁+x₂)/(n₁+n₂), se = √(p̂(1−p̂)(1/n₁+1/n₂)), z = lift/se,
 *   p = erfc(|z|/√2) (two-sided; the same as Pearson's χ² test without continuity correction).
 * - Fisher's exact test (two-sided, {@link fisherExact}) instead when any expected count of the 2×2 table
 *   (rows pilot/control, columns converted/not converted; expected = row total × column total / grand total)
 *   is below 5. This includes the case of no conversions at all (or all converted), where p = 1.
 *
 * Edge cases: an empty group (total 0) makes its rate, the lift, the relative lift, the p-value and the method
 * null; a control rate of 0 makes only the relative lift null. A p-value below about 1e-300 rounds to 0.
 *
 * @throws {RangeError} when a count is negative, not a whole number, or converted exceeds its total (user
 *   input is validated by the function registry before it gets here, so this is a programming error).
 * @example
 * pilotLift({ pilotConverted: 60, pilotTotal: 200, controlConverted: 45, controlTotal: 200 })
 * //=> { pilotRate: 0.3, controlRate: 0.225, lift: 0.07499999999999998, relativeLift: 0.33333333333333326,
 * //     pValue: 0.0882740962753774, method: "z-test" }
 */
export function pilotLift(counts: PilotCounts): PilotLift {
  const { pilotConverted, pilotTotal, controlConverted, controlTotal } = counts;
  checkGroup("pilot", pilotConverted, pilotTotal);
  checkGroup("control", controlConverted, controlTotal);

  const pilotRate = pilotTotal === 0 ? null : pilotConverted / pilotTotal;
  const controlRate = controlTotal === 0 ? null : controlConverted / controlTotal;
  if (pilotRate === null || controlRate === null) {
    return { pilotRate, controlRate, lift: null, relativeLift: null, pValue: null, method: null };
  }
  const lift = pilotRate - controlRate;
  const relativeLift = controlRate === 0 ? null : lift / controlRate;

  const total = pilotTotal + controlTotal;
  const converted = pilotConverted + controlConverted;
  // The smallest expected count is (smaller row total × smaller column total) / total; compared without the
  // division so that an expected count of exactly 5 is never rounded below it.
  const smallestExpectedTimesTotal = Math.min(pilotTotal, controlTotal) * Math.min(converted, total - converted);
  if (smallestExpectedTimesTotal < MIN_EXPECTED_COUNT * total) {
    const pValue = fisherExact([
      [pilotConverted, pilotTotal - pilotConverted],
      [controlConverted, controlTotal - controlConverted],
    ]);
    return { pilotRate, controlRate, lift, relativeLift, pValue, method: "fisher" };
  }
  // Every expected count ≥ 5 implies 0 < p̂ < 1, so se > 0.
  const pooledRate = converted / total;
  const standardError = Math.sqrt(pooledRate * (1 - pooledRate) * (1 / pilotTotal + 1 / controlTotal));
  const z = lift / standardError;
  return { pilotRate, controlRate, lift, relativeLift, pValue: erfc(Math.abs(z) * Math.SQRT1_2), method: "z-test" };
}

function checkGroup(group: string, converted: number, total: number): void {
  for (const count of [converted, total]) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`pilotLift: ${group} counts must be whole numbers, 0 or more; got ${count}.`);
    }
  }
  if (converted > total) {
    throw new RangeError(`pilotLift: ${group} converted (${converted}) is more than its total (${total}).`);
  }
}

/**
 * Holm's step-down adjustment of p-values for testing several hypotheses at once (Holm 1979), so that the chance of
 * calling any of them significant by luck stays below the level chosen (the family-wise error rate). Used for the
 * groups of one field (core/metrics/segments.ts): each group's win rate against all other deals'.
 *
 * Formula: with the m p-values that are not `null` sorted ascending p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted p₍ᵢ₎ is
 * max over j ≤ i of min(1, (m − j + 1) · p₍ⱼ₎) — R's `p.adjust(p, "holm")`. A `null` (a group with nothing to test)
 * is left out of m and stays `null`. Results come back in the order given.
 *
 * @example
 * holmAdjust([0.01, 0.04, 0.03, 0.005]) //=> [0.03, 0.06, 0.06, 0.02]
 * holmAdjust([null, 0.01])              //=> [null, 0.01]
 */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const tested = pValues.flatMap((p, index) => (p === null ? [] : [{ p, index }])).sort((a, b) => a.p - b.p || a.index - b.index);
  const adjusted: (number | null)[] = pValues.map(() => null);
  const m = tested.length;
  let running = 0;
  tested.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}

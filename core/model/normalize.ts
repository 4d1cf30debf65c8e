/**
 * The key under which names (stages, headers, status words) are compared: Unicode NFKC (so full-width
 * `Ｌｅａｄ` and `（`…`）` fold to their half-width forms), surrounding and repeated inner spaces removed, lower
 * case. Two names match when their keys are equal.
 *
 * @example
 * nameKey("  Ｃｌｏｓｅｄ\u3000 Won ") //=> "closed won"
 * nameKey("线索")                 //=> "线索"
 */
export function nameKey(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

import type { Locale, Localized } from "./locale";
import { nameKey } from "./normalize";

/**
 * The default sales stages, in order (DEFINITIONS §1). A workbook's own list replaces them; each default stage
 * also answers to its other-language name wherever it appears in a user's list.
 */
export const DEFAULT_STAGES: readonly Localized[] = Object.freeze([
  { "zh-CN": "线索", en: "Lead" },
  { "zh-CN": "商机", en: "Opportunity" },
  { "zh-CN": "方案", en: "Proposal" },
  { "zh-CN": "报价", en: "Quote" },
  { "zh-CN": "谈判", en: "Negotiation" },
  { "zh-CN": "成交", en: "Won" },
]);

/**
 * An ordered list of stage names and the rules for recognising them.
 *
 * `names` are displayed as given (the deal log's own header spelling, or the default list in one language).
 * `indexOf` answers the 0-based position of a name after {@link nameKey} folding (case, spaces, full-width),
 * or -1.
 */
export interface StageList {
  readonly names: readonly string[];
  indexOf(name: string): number;
}

const DEFAULT_ALIASES: ReadonlyMap<string, readonly string[]> = new Map(
  DEFAULT_STAGES.flatMap((stage) => {
    const both = [stage["zh-CN"], stage.en];
    return both.map((name) => [nameKey(name), both] as const);
  }),
);

/**
 * Builds a stage list. Without `names`, the default stages in `locale`.
 * With `names`, exactly those (trimmed, blanks dropped), each default name also answering to its translation.
 *
 * @throws {RangeError} when two names fold to the same key, or the list is empty after trimming.
 * @example
 * const stages = stageList(["Lead", "Opportunity", "Won"]);
 * stages.indexOf("商机")        //=> 1
 * stages.indexOf(" opportunity ") //=> 1
 */
export function stageList(names?: readonly string[], locale: Locale = "zh-CN"): StageList {
  const display = (names ?? DEFAULT_STAGES.map((stage) => stage[locale]))
    .map((name) => String(name).trim())
    .filter((name) => name !== "");
  if (display.length === 0) throw new RangeError("A stage list needs at least one stage.");
  const lookup = new Map<string, number>();
  display.forEach((name, index) => {
    const key = nameKey(name);
    if (lookup.has(key)) throw new RangeError(`Stage "${name}" appears twice in the stage list.`);
    lookup.set(key, index);
  });
  display.forEach((name, index) => {
    for (const alias of DEFAULT_ALIASES.get(nameKey(name)) ?? []) {
      const key = nameKey(alias);
      if (!lookup.has(key)) lookup.set(key, index);
    }
  });
  return Object.freeze({
    names: Object.freeze(display),
    indexOf: (name: string) => lookup.get(nameKey(name)) ?? -1,
  });
}

/** True when `name` is one of the default stages in either language. */
export function isDefaultStageName(name: string): boolean {
  return DEFAULT_ALIASES.has(nameKey(name));
}

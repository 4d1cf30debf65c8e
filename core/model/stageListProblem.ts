import { message } from "../i18n/messages";
import type { Locale } from "./locale";
import { nameKey } from "./normalize";

/** The fewest stages a funnel can have, and the most a template offers (a 20-stage template stays within 3 Excel syncs). */
export const MIN_STAGES = 2;
export const MAX_STAGES = 20;

/** What is wrong with a stage list a manager typed; each pane says it in its own words. */
export type StageListProblem =
  | { readonly kind: "tooFew"; readonly min: number }
  | { readonly kind: "tooMany"; readonly max: number }
  /** `position`: 1-based. */
  | { readonly kind: "blank"; readonly position: number }
  /** `stage`: the second of two names that are one stage once case, spaces and full-width forms are folded. */
  | { readonly kind: "duplicate"; readonly stage: string };

/**
 * The first problem with a stage list, or `undefined` when a template can be built from it: too few or too
 * many stages, a blank name, or a name given twice (as the core matches names: case, spaces and full-width
 * forms folded).
 * @example
 * stageListProblem(["Lead", " lead "]) //=> { kind: "duplicate", stage: "lead" }
 * stageListProblem(["线索", "商机", "赢单"]) //=> undefined
 */
export function stageListProblem(names: readonly string[]): StageListProblem | undefined {
  if (names.length < MIN_STAGES) return { kind: "tooFew", min: MIN_STAGES };
  if (names.length > MAX_STAGES) return { kind: "tooMany", max: MAX_STAGES };
  const seen = new Set<string>();
  for (let index = 0; index < names.length; index++) {
    const name = names[index].trim();
    if (name === "") return { kind: "blank", position: index + 1 };
    const key = nameKey(name);
    if (seen.has(key)) return { kind: "duplicate", stage: name };
    seen.add(key);
  }
  return undefined;
}

/**
 * A stage-list problem in the user's language, as the Excel pane and the Sheets sidebar show it.
 * @example
 * stageListMessage({ kind: "duplicate", stage: "lead" }, "en") //=> "“lead” appears twice."
 */
export function stageListMessage(problem: StageListProblem, locale: Locale): string {
  const { kind, ...params } = problem;
  return message(locale, `stages.${kind}`, params);
}

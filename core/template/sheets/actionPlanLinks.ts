import type { Locale, Localized } from "../../model/locale";
import type { GoalKind } from "../../sample/goalBaselines";
import { ACTION_RESOURCES } from "./actionPlanCopy";
import { GOALS_COPY } from "./goalsCopy";

/**
 * What an action item needs beyond the seed's tool table: the method's 所需资源 (resources: "training budget, CRM
 * access", seed §3.3) and the Goals-sheet goal it serves (a goal the deal log measures, or customer satisfaction).
 * Kept apart from the items (actionPlanCopy.ts SAMPLE_ITEMS) so the two can change separately; one entry per item,
 * in the same order; the resources' words are in actionPlanCopy.ts (ACTION_RESOURCES).
 * @example
 * SAMPLE_LINKS[0].goal //=> "conversion" (the lead-scoring standard serves lead → opportunity conversion)
 */
export interface ActionLink {
  readonly resources: Localized;
  /** The Goals sheet's goal the action serves. */
  readonly goal: Exclude<GoalKind, "own">;
}

/** The seed's example row (lead scoring and CRM assignment): the seed's own resources, the conversion goal. */
export const SEED_LINK: ActionLink = {
  resources: ACTION_RESOURCES.seed,
  goal: "conversion",
};

/** Resources and goal of each sample item (actionPlanCopy.ts SAMPLE_ITEMS, same order). */
export const SAMPLE_LINKS: readonly ActionLink[] = [
  { resources: ACTION_RESOURCES.scoringStandard, goal: "conversion" },
  { resources: ACTION_RESOURCES.assignmentRules, goal: "conversion" },
  { resources: ACTION_RESOURCES.liveStreamFlow, goal: "conversion" },
  { resources: ACTION_RESOURCES.needsChecklist, goal: "conversion" },
  { resources: ACTION_RESOURCES.needsTraining, goal: "conversion" },
  { resources: ACTION_RESOURCES.opportunityReview, goal: "cycle" },
  { resources: ACTION_RESOURCES.tieredQuote, goal: "cycle" },
  { resources: ACTION_RESOURCES.contractTemplate, goal: "cycle" },
  { resources: ACTION_RESOURCES.handOverForm, goal: "satisfaction" },
];

/**
 * The name the Goals sheet shows for a goal (its metric cell, goals.ts), as text: the conversion goal names the
 * first two stages. A dropdown of the Goals sheet's names accepts it.
 * @example
 * goalName("conversion", ["Lead", "Opportunity", "Won"], "en") //=> "Lead→Opportunity conversion"
 */
export function goalName(goal: ActionLink["goal"], stageNames: readonly string[], locale: Locale): string {
  if (goal === "conversion") return `${stageNames[0]}→${stageNames[1]}${GOALS_COPY.conversion[locale]}`;
  return GOALS_COPY[goal][locale];
}

import { sampleStory, type SampleStory } from "../sample/story";
import type { TemplateContext } from "./context";
import { stageReferenceValues } from "./sheets/stages";

/**
 * The figures the sample's words state (core/sample/story.ts), for a sheet builder: the sample deals against the
 * Stages sheet's reference values for this stage list; undefined without sample data.
 * @example
 * templateStory(context)?.goal //=> { baseline: 0.56, target: 0.66 } (the zh-CN or en sample of 2,000 deals)
 */
export function templateStory({ sample, stageNames, layout }: Pick<TemplateContext, "sample" | "stageNames" | "layout">): SampleStory | undefined {
  return sample.length === 0 ? undefined : sampleStory(sample, layout.locale, stageReferenceValues(stageNames, layout.locale));
}

/**
 * The stage the story's deals spend longest in (the largest median days in stage; the first on a tie); undefined
 * when none is timed.
 * @example
 * longestStage(templateStory(context)) //=> 4 (the default stages' Negotiation: 11 days)
 */
export function longestStage(story: SampleStory | undefined): number | undefined {
  let best: number | undefined;
  story?.stageDays.forEach((days, stage) => {
    if (days !== null && (best === undefined || days > (story.stageDays[best] ?? -Infinity))) best = stage;
  });
  return best;
}

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
 * The stage that takes longest against its target in the story (median days − target days, the largest; the first
 * on a tie); undefined when no stage has both.
 * @example
 * mostOverTarget(templateStory(context)) //=> 3 (the default stages' Quote: 8 days against 5)
 */
export function mostOverTarget(story: SampleStory | undefined): number | undefined {
  let best: number | undefined;
  let bestOver = -Infinity;
  story?.stageDays.forEach((days, stage) => {
    const target = story.targetDays[stage];
    if (days === null || target === null || days - target <= bestOver) return;
    bestOver = days - target;
    best = stage;
  });
  return best;
}

import type { SampleDeal } from "../sample/sampleDeals";
import type { TemplateLayout } from "./layout";
import type { TemplateCell, TemplateOptions } from "./types";

/** What every sheet builder is given. */
export interface TemplateContext {
  readonly options: TemplateOptions;
  readonly layout: TemplateLayout;
  /** The stage names, in order, as the sheets spell them. */
  readonly stageNames: readonly string[];
  /** The sample deals (empty without sample data). */
  readonly sample: readonly SampleDeal[];
  /** The sample deals (or the manager's own, `options.ownDeals`) as Deals-sheet rows, bad rows included. */
  readonly sampleRows: readonly (readonly TemplateCell[])[];
}

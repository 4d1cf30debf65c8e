/**
 * Excel syncs the template takes, against the faithful Excel fake (test/addin/fakes; no real Excel runs here).
 * Part of `npm run bench`.
 */
import { renderWorkbook } from "../../../addin/render/renderWorkbook";
import { buildTemplate } from "../../../core/template/buildTemplate";
import type { TemplateOptions } from "../../../core/template/types";
import { figure, info, step } from "../../bench/goals";
import { BENCH_TEMPLATES } from "../../bench/templates";
import { asExcelContext, FakeRequestContext } from "../fakes/excelFake";
import { FakeWorkbookModel } from "../fakes/fakeWorkbook";

async function excelSyncs(options: TemplateOptions): Promise<number> {
  const model = new FakeWorkbookModel();
  const context = new FakeRequestContext(model);
  await renderWorkbook(asExcelContext(context), buildTemplate(options), { supports: (version) => model.supports(version) });
  return context.syncCount;
}

for (const [label, options] of BENCH_TEMPLATES) {
  step(`Excel: generating the template (${label}) against the Excel fake`);
  const syncs = await excelSyncs(options);
  // Sample deals are data, batched by request size: the goal is for the template itself.
  if (options.sampleDeals) info(`syncs, ${label}`, String(syncs));
  else figure(`syncs, ${label}`, String(syncs), "≤ 3", syncs <= 3);
}

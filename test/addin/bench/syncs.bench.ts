/**
 * Excel syncs the template takes, against the faithful Excel fake (test/addin/fakes; no real Excel runs here).
 * Part of `npm run bench`.
 */
import { renderWorkbook } from "../../../addin/render/renderWorkbook";
import { buildTemplate } from "../../../core/template/buildTemplate";
import type { TemplateOptions } from "../../../core/template/types";
import { BENCH_TEMPLATES } from "../../bench/templates";
import { asExcelContext, FakeRequestContext } from "../fakes/excelFake";
import { FakeWorkbookModel } from "../fakes/fakeWorkbook";

async function excelSyncs(options: TemplateOptions): Promise<number> {
  const model = new FakeWorkbookModel();
  const context = new FakeRequestContext(model);
  await renderWorkbook(asExcelContext(context), buildTemplate(options), { supports: (version) => model.supports(version) });
  return context.syncCount;
}

console.log("Excel: template generation against the Excel fake (goal ≤ 3 syncs without sample data)");
for (const [label, options] of BENCH_TEMPLATES) console.log(`  ${label.padEnd(32)} ${await excelSyncs(options)} syncs`);

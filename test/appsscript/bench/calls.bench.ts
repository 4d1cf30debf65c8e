/**
 * Sheets service calls the template takes, against the typed Sheets fake (test/appsscript/fakes; no Google
 * server runs here). Part of `npm run bench`: the count must not grow with stages or sample rows.
 */
import { renderWorkbook } from "../../../appsscript/render/renderWorkbook";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { BENCH_TEMPLATES } from "../../bench/templates";
import { SheetsFake } from "../fakes/sheetsFake";

console.log("Sheets: template generation against the Sheets fake (goal: flat in stages and sample rows)");
for (const [label, options] of BENCH_TEMPLATES) {
  const fake = new SheetsFake();
  renderWorkbook(buildTemplate(options), fake.spreadsheet, { app: fake.app, charts: fake.charts });
  console.log(`  ${label.padEnd(32)} ${fake.calls.total} service calls`);
}

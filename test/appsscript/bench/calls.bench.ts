/**
 * Sheets service calls the template takes, against the typed Sheets fake (test/appsscript/fakes; no Google
 * server runs here). Part of `npm run bench`: the count must not grow with stages or sample rows. Then what
 * the sidebar sends the server for the same templates (wireSheet.ts), against the spec spelled out, and the
 * server's reading time (JSON.parse and decoding) against only parsing the spec spelled out — what sending
 * the spec as it is would cost the server before a single cell is written.
 */
import { renderWorkbook } from "../../../appsscript/render/renderWorkbook";
import { decodeSheet, encodeSheet } from "../../../appsscript/shared/wireSheet";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { BENCH_TEMPLATES } from "../../bench/templates";
import { SheetsFake } from "../fakes/sheetsFake";

console.log("Sheets: template generation against the Sheets fake (goal: flat in stages and sample rows)");
for (const [label, options] of BENCH_TEMPLATES) {
  const fake = new SheetsFake();
  renderWorkbook(buildTemplate(options), fake.spreadsheet, { app: fake.app, charts: fake.charts });
  console.log(`  ${label.padEnd(32)} ${fake.calls.total} service calls`);
}

/** Median of `runs` timings of `work`, in milliseconds. */
function median(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

console.log("Sheets: what the sidebar sends, per template (11 calls; goal: the largest well under 4 MB)");
for (const [label, options] of BENCH_TEMPLATES) {
  const spec = buildTemplate(options);
  const spelled = spec.sheets.map((sheet) => JSON.stringify(sheet));
  const sent = spec.sheets.map((sheet) => JSON.stringify(encodeSheet(sheet)));
  const total = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);
  const parseSpelled = median(5, () => spelled.forEach((text) => JSON.parse(text)));
  const readSent = median(5, () => sent.forEach((text) => decodeSheet(JSON.parse(text))));
  console.log(
    `  ${label.padEnd(32)} ${(total(sent) / 1024).toFixed(0)} KB sent (largest ${(Math.max(...sent.map((text) => text.length)) / 1024).toFixed(0)} KB), ` +
      `${(total(spelled) / total(sent)).toFixed(0)}× smaller than the spec; reading it ${(readSent / parseSpelled).toFixed(2)}× the time of parsing the spec`,
  );
}

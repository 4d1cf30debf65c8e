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
import { MAX_REQUEST_CHARS } from "../../../appsscript/shared/protocol";
import { figure, info, step } from "../../bench/goals";
import { BENCH_TEMPLATES } from "../../bench/templates";
import { SheetsFake } from "../fakes/sheetsFake";

const calls: number[] = [];
for (const [label, options] of BENCH_TEMPLATES) {
  step(`Sheets: generating the template (${label}) against the Sheets fake`);
  const fake = new SheetsFake();
  renderWorkbook(buildTemplate(options), fake.spreadsheet, { app: fake.app, charts: fake.charts });
  calls.push(fake.calls.total);
  info(`service calls, ${label}`, String(fake.calls.total));
}
const flat = calls.every((count) => count === calls[0]);
figure("service calls across stages and sample rows", flat ? `${calls[0]}, flat` : calls.join(" / "), "flat", flat);

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

for (const [label, options] of BENCH_TEMPLATES) {
  step(`Sheets: what the sidebar sends for the template (${label}), one call per sheet`);
  const spec = buildTemplate(options);
  const spelled = spec.sheets.map((sheet) => JSON.stringify(sheet));
  const sent = spec.sheets.map((sheet) => JSON.stringify(encodeSheet(sheet)));
  const total = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);
  const parseSpelled = median(5, () => spelled.forEach((text) => JSON.parse(text)));
  const readSent = median(5, () => sent.forEach((text) => decodeSheet(JSON.parse(text))));
  const largest = Math.max(...sent.map((text) => text.length));
  info(
    `sent, ${label}`,
    `${(total(sent) / 1024).toFixed(0)} KB in ${sent.length} calls, ${(total(spelled) / total(sent)).toFixed(0)}× smaller than the spec; ` +
      `reading it ${(readSent / parseSpelled).toFixed(2)}× the time of parsing the spec`,
  );
  figure(`largest call, ${label}`, `${(largest / 1024).toFixed(0)} KB`, `≤ ${MAX_REQUEST_CHARS / 1e6} M characters, the sidebar's limit`, largest <= MAX_REQUEST_CHARS);
}

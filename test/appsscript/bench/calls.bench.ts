/**
 * Sheets service calls the template takes, against the typed Sheets fake (test/appsscript/fakes; no Google
 * server runs here). Part of `npm run bench`: for each shape of template (stages, language) the count must be the
 * same for 30 and 5,000 sample deals; the shapes are reported side by side. Then what
 * the sidebar sends the server for the same templates (wireSheet.ts), against the spec spelled out, and the
 * server's reading time (JSON.parse and decoding) against only parsing the spec spelled out — what sending
 * the spec as it is would cost the server before a single cell is written. Last, the sidebar's analysis of a
 * 100,000-row deal sheet, read in pages: the calls it makes, the service calls per page, the largest answer.
 */
import { renderWorkbook } from "../../../appsscript/render/renderWorkbook";
import { decodeSheet, encodeSheet } from "../../../appsscript/shared/wireSheet";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { MAX_ANSWER_CHARS, MAX_REQUEST_CHARS } from "../../../appsscript/shared/protocol";
import { pageRows, toWireValue } from "../../../appsscript/shared/wireValues";
import { analyzeSheets } from "../../../appsscript/sidebar/analyzeSheets";
import { sampleDeals } from "../../../core/sample/sampleDeals";
import { sampleGrid } from "../../../core/sample/sampleGrid";
import { pagesThrough, type WireCall } from "../support/analyzeOnFake";
import { dayOfUtcMidnight, isDate, zonedMidnight } from "../support/zonedDates";
import { figure, info, step } from "../../bench/goals";
import { BENCH_TEMPLATES } from "../../bench/templates";
import type { TemplateOptions } from "../../../core/template/types";
import { SheetsFake } from "../fakes/sheetsFake";

// The calls follow the template's shape (its sheets, their wrapped prose, hidden columns, dropdowns), which
// the stages and the language change; they must not grow with the deals. So: for each shape, 30 vs 5,000
// sample deals must be equal; the shapes are reported side by side. (An empty template is another shape: it
// lacks the Pilot's team dropdown and has the Deals sheet's paste guide as a note.)
const SHAPES: readonly (readonly [string, TemplateOptions])[] = [
  ["6 stages, zh-CN", { locale: "zh-CN" }],
  ["12 stages, zh-CN", { locale: "zh-CN", stages: ["线索", "初步沟通", "需求确认", "方案", "演示", "试用", "报价", "商务谈判", "合同审批", "签约", "回款", "成交"] }],
  ["6 stages, en", { locale: "en" }],
  ["12 stages, en", { locale: "en", stages: [...BENCH_TEMPLATES[1][1].stages!] }],
];
const byShape: string[] = [];
let flat = true;
for (const [shape, options] of SHAPES) {
  const counts = [0, 30, 5000].map((sampleDeals) => {
    step(`Sheets: generating the template (${shape}, ${sampleDeals.toLocaleString("en")} sample deals) against the Sheets fake`);
    const fake = new SheetsFake();
    renderWorkbook(buildTemplate({ ...options, sampleDeals }), fake.spreadsheet, { app: fake.app, charts: fake.charts });
    return fake.calls.total;
  });
  info(`service calls, ${shape}`, `empty ${counts[0]}; 30 sample deals ${counts[1]}, 5,000 ${counts[2]}`);
  flat &&= counts[1] === counts[2];
  byShape.push(`${shape}: ${counts[1] === counts[2] ? counts[1] : `${counts[1]} ≠ ${counts[2]}`}`);
}
figure("service calls, 30 vs 5,000 sample deals", byShape.join("; "), "equal for each shape (stages, language)", flat);

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
  // Built for Sheets, as the sidebar builds it (a file's Deals sheet has 1,000 repeated helper rows to spell out).
  const spec = buildTemplate({ ...options, host: "sheets" });
  const spelled = spec.sheets.map((sheet) => JSON.stringify(sheet));
  const sent = spec.sheets.map((sheet) => JSON.stringify(encodeSheet(sheet)));
  const total = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);
  const parseSpelled = median(5, () => spelled.forEach((text) => JSON.parse(text)));
  const readSent = median(5, () => sent.forEach((text) => decodeSheet(JSON.parse(text))));
  const largest = Math.max(...sent.map((text) => text.length));
  info(
    `sent, ${label}`,
    `${(total(sent) / 1024).toFixed(0)} KB in ${sent.length} calls, ${(total(spelled) / total(sent)).toFixed(1)}× smaller than the spec; ` +
      `reading it ${(readSent / parseSpelled).toFixed(2)}× the time of parsing the spec`,
  );
  figure(`largest call, ${label}`, `${(largest / 1024).toFixed(0)} KB`, `≤ ${MAX_REQUEST_CHARS / 1e6} M characters, the sidebar's limit`, largest <= MAX_REQUEST_CHARS);
}

// The sidebar's analysis of a large deal sheet: the sidebar reads it in pages (appsscript/sheetPages.ts) and
// analyzes it itself (sidebar/analyzeSheets.ts), so that no call passes the ceiling and Code.js carries no report.
{
  const rows = 100_000;
  step(`Sheets: the sidebar analyzing a ${rows.toLocaleString("en")}-row × 16-column deal sheet, page by page, against the Sheets fake`);
  const { grid } = sampleGrid(sampleDeals({ count: rows, seed: 5, locale: "zh-CN" }), { locale: "zh-CN", dates: "date", badRows: 100, seed: 6 });
  const fake = new SheetsFake({ locale: "zh_CN", userLocale: "zh-CN", timeZone: "Asia/Shanghai", sheets: ["交易"] });
  const zoned = grid.map((row) => row.map((cell) => (isDate(cell) ? new Date(zonedMidnight(dayOfUtcMidnight(cell), "Asia/Shanghai")) : cell)));
  for (let from = 0; from < zoned.length; from += 5_000) fake.put("交易", `A${from + 1}`, zoned.slice(from, from + 5_000));
  const whole = JSON.stringify(zoned.map((row) => row.map(toWireValue))).length;
  const log: WireCall[] = [];
  const through = pagesThrough(fake, log);
  const serviceCalls: { name: string; calls: number }[] = [];
  const counting = ((name: string, ...args: unknown[]) => {
    const before = fake.calls.total;
    const answer = (through as (name: string, ...args: unknown[]) => Promise<unknown>)(name, ...args);
    serviceCalls.push({ name, calls: fake.calls.total - before });
    return answer;
  }) as typeof through;
  const start = performance.now();
  const answer = await analyzeSheets(counting);
  const seconds = (performance.now() - start) / 1000;
  if (answer.status !== "ok" || answer.deals === 0) throw new Error(`the sidebar read no report: ${answer.status}`);
  const pages = serviceCalls.filter((call) => call.name === "sidebarSheetValues");
  const heads = serviceCalls.find((call) => call.name === "sidebarSheetHeads")!;
  const largest = Math.max(...log.map((call) => call.answered));
  info("the sheet as one answer would be", `${(whole / 1e6).toFixed(1)} M characters of JSON (${(whole / MAX_ANSWER_CHARS).toFixed(1)}× the ceiling)`);
  info(
    "google.script.run calls",
    `${log.length}: sidebarSheetHeads once (${heads.calls} service calls), then ${pages.length} pages of ${pageRows(grid[0].length).toLocaleString("en")} rows (${pages.map((page) => page.calls).join(", ")} service calls each, one getValues); ${(log.reduce((sum, call) => sum + call.answered, 0) / 1e6).toFixed(1)} M characters in all; read and analyzed in ${seconds.toFixed(1)} s here`,
  );
  const flatPages = pages.every((page) => page.calls === pages[0].calls);
  figure("service calls per page", flatPages ? `${pages[0].calls}, flat` : pages.map((page) => page.calls).join(" / "), "flat", flatPages);
  figure("largest answer", `${(largest / 1e6).toFixed(2)} M characters`, `≤ ${MAX_ANSWER_CHARS / 1e6} M characters, the sidebar's limit`, largest <= MAX_ANSWER_CHARS);
}

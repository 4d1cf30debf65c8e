/**
 * One template write, in its own process so that its peak memory is its own (templateScale.bench.ts runs it
 * through peakMemory.mjs): `tsx test/bench/writeTemplate.ts DEALS packaged|inMemory OUT.xlsx` builds the English
 * sample template of DEALS deals (seed 7) and writes it with the packaged writer (workbookToXlsx) or the
 * in-memory one it replaced (workbookToXlsxInMemory), then prints `{"buildMs","writeMs","writeCpuMs","bytes"}`.
 */
import { writeFileSync } from "node:fs";
import { workbookToXlsx, workbookToXlsxInMemory } from "../../cli/xlsx/writeWorkbook";
import { buildTemplate } from "../../core/template/buildTemplate";

const [deals, writer, out] = process.argv.slice(2);
if (!(Number(deals) >= 0) || (writer !== "packaged" && writer !== "inMemory") || out === undefined) {
  throw new Error("usage: writeTemplate.ts DEALS packaged|inMemory OUT.xlsx");
}
const built = performance.now();
const spec = buildTemplate({ locale: "en", sampleDeals: Number(deals), seed: 7 });
const started = performance.now();
const cpu = process.cpuUsage();
const bytes = await (writer === "packaged" ? workbookToXlsx : workbookToXlsxInMemory)(spec);
const writeMs = performance.now() - started;
const { user, system } = process.cpuUsage(cpu);
writeFileSync(out, bytes);
console.log(JSON.stringify({ buildMs: started - built, writeMs, writeCpuMs: (user + system) / 1000, bytes: bytes.length }));

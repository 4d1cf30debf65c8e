/**
 * The bare pass over a big .xlsx, the baseline of files.bench.ts: open the workbook (size checks, shared strings)
 * and stream its first sheet's rows to the end, touching each row once, nothing else. Run as its own process:
 *   node --import tsx test/bench/xlsxBarePass.ts FILE.xlsx
 * Prints one line of JSON: the rows read and the process's peak memory (maxRSS, kB).
 */
import { StreamedWorkbook } from "../../cli/xlsx/streamWorkbook";

const workbook = await StreamedWorkbook.open(process.argv[2]);
let rows = 0;
await workbook.streamSheetRows(0, (batch) => {
  rows += batch.length;
});
console.log(JSON.stringify({ rows, maxRssKb: process.resourceUsage().maxRSS }));

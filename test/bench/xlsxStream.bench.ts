/**
 * The streamed .xlsx reader on a real-sized deal log: 1,000,000 deals × 14 columns (test/bench/bigXlsx.ts, written
 * once and cached), read from the file to the last grid row with cli/xlsx/streamWorkbook.ts — open (the size
 * checks included), the shared strings, the sheet's rows in batches — against issue 10's goal for the whole
 * `analyze` (≤ 60 s, ≤ 1.5 GB). Peak memory is the process's own (VmHWM on Linux).
 * `tsx test/bench/xlsxStream.bench.ts [ROWS]` (default 1,000,000).
 */
import { readFileSync } from "node:fs";
import { StreamedWorkbook } from "../../cli/xlsx/streamWorkbook";
import { bigXlsxFile } from "./bigXlsx";
import { figure, info, step } from "./goals";

/** Peak resident memory of this process in MB: VmHWM on Linux (maxRSS elsewhere). */
function peakMb(): number {
  try {
    return Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"))![1]) / 1024;
  } catch {
    return process.resourceUsage().maxRSS / 1024;
  }
}

const rows = Number(process.argv[2] ?? 1_000_000);
step(`the ${rows.toLocaleString("en-US")}-deal .xlsx (written once, then cached in the temporary folder)`);
const path = await bigXlsxFile(rows);
step("streaming its sheet");
const start = performance.now();
const workbook = await StreamedWorkbook.open(path);
const opened = performance.now();
let count = 0;
let cells = 0;
let dates = 0;
const result = await workbook.streamSheetRows(0, (batch) => {
  count += batch.length;
  for (const row of batch) {
    cells += row.length;
    if (typeof row[4] === "number") dates++;
  }
});
const seconds = (performance.now() - start) / 1000;
info("open (read, size checks, workbook parts)", `${((opened - start) / 1000).toFixed(1)} s`);
info("grid rows, cells, Lead dates", `${count.toLocaleString("en-US")} rows, ${cells.toLocaleString("en-US")} cells, ${dates.toLocaleString("en-US")} dates`);
if (result.rows !== rows + 1 || count !== rows + 1) figure("rows read", String(count), String(rows + 1), false);
figure("time to stream the whole sheet", `${seconds.toFixed(1)} s (${Math.round(count / seconds).toLocaleString("en-US")} rows/s)`, "≤ 60 s for all of analyze", seconds <= 60);
const peak = peakMb();
figure("peak resident memory", `${peak.toFixed(0)} MB`, "≤ 1,536 MB for all of analyze", peak <= 1536);

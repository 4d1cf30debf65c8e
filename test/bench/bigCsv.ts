import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { sampleDeals } from "../../core/sample/sampleDeals";
import { sampleGrid } from "../../core/sample/sampleGrid";

/** Where the bench keeps the big files it makes (they are made once per machine). */
export const BENCH_DIR = join(tmpdir(), "sales-tracker-bench");

/** A CSV field as Excel writes it: quoted when it holds a delimiter, a quote or a line break. */
function csvField(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A deal log CSV of `rows` sample deals in the template's layout, English headers, dates as `YYYY-MM-DD` text
 * (16 columns: 7 fields, 6 stages, amount, status, lost reason), made once and kept in {@link BENCH_DIR}.
 * @returns the file's path and its stage names.
 */
export async function bigCsvFile(rows = 1_000_000): Promise<{ path: string; stages: string[] }> {
  const stages = ["Lead", "Opportunity", "Proposal", "Quote", "Negotiation", "Won"];
  const path = join(BENCH_DIR, `deals-${rows}.csv`);
  if (existsSync(path)) return { path, stages };
  mkdirSync(BENCH_DIR, { recursive: true });
  const partial = `${path}.part`;
  const out = createWriteStream(partial);
  const batch = 100_000;
  for (let start = 0; start < rows; start += batch) {
    // Each batch its own seed; the header is written once.
    const deals = sampleDeals({ count: Math.min(batch, rows - start), seed: 7 + start, locale: "en" });
    const { grid } = sampleGrid(deals, { locale: "en", dates: "text", stages });
    const lines = (start === 0 ? grid : grid.slice(1)).map((row) => row.map(csvField).join(","));
    if (!out.write(`${lines.join("\n")}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  out.end();
  await finished(out);
  renameSync(partial, path);
  return { path, stages };
}

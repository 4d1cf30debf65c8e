import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readCsvLog } from "../../../cli/csv/readCsvLog";
import { decodeCsv, csvDelimiter, ReadTableError } from "../../../cli/readTable";
import type { Grid } from "../../../core/model/cells";
import { currentStageHeaderRow } from "../../../core/parse/currentStageColumns";
import { parseDealLog, type DealLog } from "../../../core/parse/dealLog";
import { stageHeaderRow } from "../../../core/parse/headerRow";

/** Every CSV and Unicode-text fixture, exports included. */
function fixtures(dir = "test/fixtures"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixtures(path);
    return /\.(csv|txt)$/.test(name) ? [path] : [];
  });
}

/**
 * The independent reading: the whole file decoded (cli/readTable's decodeCsv), parsed by csv-parse, the header
 * found as readTable finds it, and the grid read by parseDealLog.
 */
function oracle(path: string): { log: DealLog | undefined; firstRow: number; encoding: string } {
  const { text, encoding } = decodeCsv(new Uint8Array(readFileSync(path)));
  const rows = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true, delimiter: csvDelimiter(text) }) as Grid;
  const wide = stageHeaderRow(rows);
  const header = Math.max(0, wide >= 0 ? wide : currentStageHeaderRow(rows));
  return { log: parseDealLog(rows.slice(header), { firstRow: header + 1 }), firstRow: header + 1, encoding };
}

function plain(log: DealLog | undefined) {
  if (log === undefined) return undefined;
  const { deals } = log;
  return {
    shape: log.shape,
    count: deals.count,
    stageDays: Array.from(deals.stageDays),
    furthest: Array.from(deals.furthest),
    status: Array.from(deals.status),
    amount: Array.from(deals.amount),
    cycleDays: deals.cycleDays === undefined ? undefined : Array.from(deals.cycleDays),
    rows: Array.from(deals.rows),
    stages: deals.stages.names,
    problems: log.problems,
    reading: log.reading,
  };
}

describe("readCsvLog", () => {
  it.each(fixtures())("reads %s as the whole file read by csv-parse and parseDealLog", async (path) => {
    let expected;
    try {
      expected = oracle(path);
    } catch (error) {
      // A current-stage export that needs its stage order given fails the same way streamed.
      await expect(readCsvLog(path, {})).rejects.toThrow((error as Error).constructor as ErrorConstructor);
      return;
    }
    const actual = await readCsvLog(path, {});
    expect(actual.encoding).toBe(expected.encoding);
    expect(actual.firstRow).toBe(expected.firstRow);
    expect(plain(actual.log)).toEqual(plain(expected.log));
  });

  it("reads a GB18030 file whose first lines are ASCII (the encoding is told late, then the file read again)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "csvlog-"));
    const path = join(dir, "late-gb.csv");
    const ascii = ["Deal ID,Lead,Won,Status", ...Array.from({ length: 3000 }, (_, i) => `D${i},2026-01-05,,Open`)];
    // The last deal's status is 赢单 (won) in GB18030: D3AE B5A5, no UTF-8.
    const gb = Buffer.concat([Buffer.from(ascii.join("\n") + "\nD3000,2026-01-06,2026-02-01,"), Buffer.from("d3aeb5a5", "hex"), Buffer.from("\n")]);
    writeFileSync(path, gb);
    const read = await readCsvLog(path, {});
    expect(read.encoding).toBe("gb18030");
    expect(read.log?.deals.count).toBe(3001);
    expect(read.log?.problems).toEqual([]);
    expect(Array.from(read.log!.deals.status.subarray(2999))).toEqual([0, 1]);
  });

  it("says on which line a quote opens that never closes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "csvlog-"));
    const path = join(dir, "quote.csv");
    writeFileSync(path, 'Deal ID,Lead,Won\nD1,2026-01-05,\nD2,"2026-01-06,\nD3,2026-01-07,\n');
    const error = await readCsvLog(path, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReadTableError);
    expect((error as ReadTableError).reason).toBe("csvQuotes");
    expect((error as ReadTableError).detail).toBe("3");
  });
});

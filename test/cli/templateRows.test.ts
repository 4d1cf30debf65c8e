import { join } from "node:path";
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { buildCli, cli, tempDir } from "./helpers";

beforeAll(async () => {
  await buildCli();
});

/** The Deals sheet's table range and the last row holding the first helper formula (column AE of 6 stages, after 14 spare columns). */
async function prepared(file: string): Promise<{ table: string; lastHelperRow: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const deals = workbook.worksheets[2];
  let lastHelperRow = 0;
  deals.getColumn("AE").eachCell((cell, row) => {
    if (typeof cell.value === "object" && cell.value !== null && "formula" in cell.value) lastHelperRow = row;
  });
  const table = Object.values((deals as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables)[0].table.tableRef;
  return { table, lastHelperRow };
}

describe("template --rows N", () => {
  it("prepares N Deals rows (formulas, table) instead of 1,000", async () => {
    const dir = tempDir();
    const out = join(dir, "t.xlsx");
    const run = await cli(["template", "--lang", "en", "--rows", "2500", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(await prepared(out)).toEqual({ table: "A1:P2501", lastHelperRow: 2501 });
  });

  it("refuses a number that is not one, or fewer rows than the deals, in the user's language; nothing written", async () => {
    const dir = tempDir();
    const out = join(dir, "t.xlsx");
    const bad = await cli(["template", "--lang", "en", "--rows", "many", "--out", out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('sales-tracker: --rows: "many" is not a number of rows: write a whole number from 1 to 1048575\n');
    const few = await cli(["template", "--lang", "zh-CN", "--sample", "--rows", "100", "--out", out]);
    expect(few.code).toBe(1);
    expect(few.stderr).toBe("sales-tracker: --rows：100 行放不下 2000 笔交易：请至少写 2000\n");
    expect(existsSync(out)).toBe(false);
  });
});

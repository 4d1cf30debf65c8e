import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readLogFile } from "../../cli/readLogFile";
import { unreadRows } from "../../cli/unreadRows";
import { readWorkbook } from "../../cli/xlsx/readWorkbook";
import { WorkbookSpecError, workbookToXlsx, workbookToXlsxInMemory } from "../../cli/xlsx/writeWorkbook";
import { reportOfLog } from "../../core/report/analyzeDeals";
import { buildTemplate } from "../../core/template/buildTemplate";
import { logDealRows } from "../../core/template/logDealRows";
import type { WorkbookSpec } from "../../core/template/types";
import { allFeaturesSpec } from "./specFixtures";

/**
 * The packaged writer (packageWorkbook.ts: exceljs for each sheet's head and the small parts, sheetBody.ts for
 * the rows below, streamed into the zip) against the in-memory one it replaces, on the same spec: a reader must
 * find the same workbook, cell by cell.
 */

/** The template `template --deals FILE` builds (cli/main.ts ownDealRows), at a fixed day. */
async function ownDealsSpec(file: string, locale: "zh-CN" | "en"): Promise<WorkbookSpec> {
  const keepText = ["id", "name", "customer", "source", "owner", "team", "region", "industry", "currency", "lostReason"] as const;
  const read = await readLogFile(file, { stages: undefined, dateOrder: undefined, locale, keepText });
  const log = read.log!;
  const report = reportOfLog(log, locale);
  const unread = await unreadRows(file, read.sheet, log, report, locale);
  return buildTemplate({ locale, stages: log.deals.stages.names, ownDeals: logDealRows(log.deals, log.problems, unread, locale), today: 46_000 });
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return workbook;
}

/** What a reader sees of a workbook: each sheet's cells (value, formula, type, look) and its sheet-wide settings. */
function readerView(workbook: ExcelJS.Workbook) {
  // A data bar's Excel 2010 extension id is a fresh GUID at every write (exceljs): it only pairs the two halves.
  const withoutGuids = (value: unknown) => JSON.parse(JSON.stringify(value ?? null).replace(/\{[0-9A-F]{8}-[0-9A-F-]{27}\}/g, "{id}"));
  return {
    names: workbook.definedNames.model,
    calc: workbook.calcProperties,
    sheets: workbook.worksheets.map((sheet) => {
      const cells: unknown[] = [];
      sheet.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.type === ExcelJS.ValueType.Null && Object.keys(cell.style).length === 0) return;
          cells.push([cell.address, cell.type, cell.value, cell.formula, cell.style]);
        }),
      );
      const internals = sheet as unknown as { dataValidations: { model: unknown }; conditionalFormattings: unknown; tables: Record<string, { table: unknown }> };
      return {
        name: sheet.name,
        properties: sheet.properties,
        dimensions: sheet.dimensions.range,
        cells,
        validations: internals.dataValidations.model,
        conditionalFormats: withoutGuids(internals.conditionalFormattings),
        tables: Object.values(internals.tables).map((table) => table.table),
        columns: (sheet.columns ?? []).map((column) => [column.width, column.hidden]),
        merges: sheet.model.merges,
        views: sheet.views,
        pageSetup: sheet.pageSetup,
        autoFilter: sheet.autoFilter,
      };
    }),
  };
}

/** The parts other than sheets, styles and strings (numbered differently), as text: charts, drawings, tables, types. */
async function otherParts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir || /^(xl\/worksheets\/sheet\d+\.xml|xl\/styles\.xml|xl\/sharedStrings\.xml|docProps\/core\.xml)$/.test(name)) continue;
    parts[name] = await zip.files[name].async("string");
  }
  return parts;
}

function xmllintAvailable(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const CASES: readonly (readonly [string, () => Promise<WorkbookSpec>])[] = [
  ["the hand-built spec with every feature", async () => allFeaturesSpec()],
  ["the sample template, zh-CN", async () => buildTemplate({ locale: "zh-CN", sampleDeals: 300, sampleBadRows: 4, seed: 3 })],
  ["the sample template, en", async () => buildTemplate({ locale: "en", sampleDeals: 300, sampleBadRows: 4, seed: 3 })],
  ["the empty template, en", async () => buildTemplate({ locale: "en" })],
  ["template --deals on a HubSpot export, en", () => ownDealsSpec("test/fixtures/exports/hubspot-crm-exports-all-deals-2026-03-02.csv", "en")],
  ["template --deals on our own layout, zh-CN", () => ownDealsSpec("test/fixtures/exports/own-layout-us-excel.csv", "zh-CN")],
];

describe("workbookToXlsx (packaged) reads back as workbookToXlsxInMemory wrote it", () => {
  it.each(CASES)("%s: every cell, look, check, format, table, name, width, pane and chart", async (_, makeSpec) => {
    const spec = await makeSpec();
    const [packaged, inMemory] = [await workbookToXlsx(spec), await workbookToXlsxInMemory(spec)];
    const [mine, theirs] = [readerView(await load(packaged)), readerView(await load(inMemory))];
    expect(mine.sheets.map((sheet) => sheet.name)).toEqual(theirs.sheets.map((sheet) => sheet.name));
    for (const [index, sheet] of mine.sheets.entries()) {
      const other = theirs.sheets[index];
      expect(sheet.cells.length, sheet.name).toBe(other.cells.length);
      expect(sheet.cells.length, sheet.name).toBeGreaterThan(0);
      expect(sheet, sheet.name).toEqual(other);
    }
    expect(mine).toEqual(theirs);
    expect(await otherParts(packaged)).toEqual(await otherParts(inMemory));
    // readWorkbook (analyze's reader) gives the same grids.
    expect(await readWorkbook(packaged)).toEqual(await readWorkbook(inMemory));
  }, 120_000);

  it("writes the body's rows below the head itself: the Deals sheet of 300 deals has rows exceljs never held", async () => {
    const spec = buildTemplate({ locale: "en", sampleDeals: 300, seed: 3 });
    const zip = await JSZip.loadAsync(await workbookToXlsx(spec), { checkCRC32: true });
    const position = spec.sheets.findIndex((sheet) => sheet.key === "deals") + 1;
    const xml = await zip.file(`xl/worksheets/sheet${position}.xml`)!.async("string");
    // The whole table's extent, its rows in order, one <sheetData>.
    expect(xml).toMatch(/<dimension ref="A1:[A-Z]+\d{4}"\/>/);
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((match) => Number(match[1]));
    expect(rows.slice(0, 3)).toEqual([1, 2, 3]);
    expect(rows.every((row, index) => index === 0 || row > rows[index - 1])).toBe(true);
    expect(xml.match(/<sheetData>/g)).toHaveLength(1);
    // Files only: no folder entries.
    expect(Object.keys(zip.files).filter((name) => name.endsWith("/"))).toEqual([]);
  });

  it.skipIf(!xmllintAvailable())("writes every part as well-formed XML, the big sheet included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sales-tracker-packaged-"));
    const zip = await JSZip.loadAsync(await workbookToXlsx(buildTemplate({ locale: "zh-CN", sampleDeals: 300, sampleBadRows: 4 })));
    const files: string[] = [];
    for (const [index, name] of Object.keys(zip.files).entries()) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const file = join(dir, `${index}.xml`);
      writeFileSync(file, await zip.files[name].async("nodebuffer"));
      files.push(file);
    }
    expect(files.length).toBeGreaterThan(11);
    await promisify(execFile)("xmllint", ["--noout", ...files]);
  });

  it("refuses a number that is not finite, as the in-memory writer does, naming the sheet and the block", async () => {
    const bad = buildTemplate({ locale: "en", sampleDeals: 5 });
    const deals = bad.sheets.find((sheet) => sheet.key === "deals")!;
    const spec: WorkbookSpec = {
      ...bad,
      sheets: bad.sheets.map((sheet) => (sheet !== deals ? sheet : { ...deals, blocks: [...deals.blocks, { at: "B40", rows: [[{ number: Number.NaN }]] }] })),
    };
    await expect(workbookToXlsxInMemory(spec)).rejects.toThrow(/^Not a finite number: NaN$/);
    await expect(workbookToXlsx(spec)).rejects.toThrow(new RegExp(`^${deals.name}!B40 \\(cells\\): Not a finite number: NaN$`));
    await expect(workbookToXlsx(spec)).rejects.toBeInstanceOf(WorkbookSpecError);
  });
});

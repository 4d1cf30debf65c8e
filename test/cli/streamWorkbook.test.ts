import ExcelJS from "exceljs";
import fc from "fast-check";
import { inflateRawSync as inflateRaw } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FileRefused } from "../../cli/fileErrors";
import { readWorkbook } from "../../cli/xlsx/readWorkbook";
import { StreamedWorkbook, streamSheetRows, workbookSheetNames, type StreamSheetOptions } from "../../cli/xlsx/streamWorkbook";
import { deflatedEntry, entriesOf, zipArchive } from "./zipBuild";

// readWorkbook is the oracle: every sheet streamed must give exactly the grid it reads.

// 2026-01-05 = serial 46027 (days since 1899-12-30).
const JAN_05 = 46027;

/** Every grid row a stream hands over, checking that the batches follow on from row 1. */
async function streamed(source: Uint8Array, sheet: string | number, options: StreamSheetOptions = {}): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  await streamSheetRows(source, sheet, (batch, first) => {
    expect(first).toBe(rows.length + 1);
    expect(batch.length).toBeGreaterThan(0);
    rows.push(...batch);
  }, options);
  return rows;
}

/** Streams every sheet and expects readWorkbook's grids, sheet by sheet, names and order included. */
async function expectSameAsReadWorkbook(bytes: Uint8Array, options: StreamSheetOptions = {}): Promise<void> {
  const oracle = await readWorkbook(bytes);
  expect(await workbookSheetNames(bytes)).toEqual(oracle.map((sheet) => sheet.name));
  for (const [index, sheet] of oracle.entries()) {
    expect(await streamed(bytes, index, options), sheet.name).toEqual(sheet.grid);
  }
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The workbook's part `name` rewritten by `edit` (a test's hand-made XML), the archive otherwise as it was. */
async function withPart(bytes: Buffer, name: string, edit: (xml: string) => string): Promise<Buffer> {
  const entries = await entriesOf(bytes);
  return zipArchive(entries.map((entry) => (entry.name === name ? deflatedEntry(name, Buffer.from(edit(zipText(entry.data)), "utf8")) : entry)));
}

function zipText(deflated: Buffer): string {
  return inflateRaw(deflated).toString("utf8");
}

/** A deal log as a user's Excel saves it, with every kind of cell, a title above the header, gaps and merges. */
async function userWorkbook(date1904 = false): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  workbook.addWorksheet("说明").addRows([["销售台账说明"], ["阶段：线索 → 商机 → 成交"]]);
  const sheet = workbook.addWorksheet("Deals");
  sheet.getCell("A1").value = "2026 Pipeline (R&D <team> \"quotes\")";
  sheet.mergeCells("A1:C1");
  sheet.addRow([]);
  sheet.getRow(3).values = ["Deal ID", "客户", "Lead", "Won", "Amount", "Status", "Link", "Check", "Flag"];
  const date = (address: string, value: ExcelJS.CellValue, format = "yyyy-mm-dd") => {
    sheet.getCell(address).value = value;
    sheet.getCell(address).numFmt = format;
  };
  sheet.getRow(4).values = ["D1", "上海永新零售", null, null, 120_000, "Won"];
  date("C4", new Date(Date.UTC(2026, 0, 5)));
  date("D4", JAN_05 + 30);
  sheet.getCell("G4").value = { text: "a link", hyperlink: "https://example.com" };
  sheet.getCell("H4").value = { formula: "E4*2", result: 240_000 };
  sheet.getCell("I4").value = true;
  // Row 5 is missing; row 6 onwards.
  sheet.getRow(6).values = ["D2", { richText: [{ text: "Rich " }, { text: "客户", font: { bold: true } }] }];
  date("C6", JAN_05 + 0.75, "yyyy-mm-dd hh:mm");
  date("D6", { formula: "C6+1", result: new Date(Date.UTC(2026, 0, 6, 18)) });
  sheet.getCell("E6").value = { error: "#N/A" };
  sheet.getCell("F6").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  sheet.getCell("G6").value = { formula: "\"=x\"", result: "=x" };
  sheet.getCell("H6").value = { sharedFormula: "H4", result: 7 };
  sheet.getCell("I6").value = false;
  date("C7", JAN_05, "mm-dd-yy"); // built-in 14
  sheet.getCell("A7").value = "  spaces kept  ";
  sheet.getCell("B7").value = "line one\nline two";
  sheet.getCell("E7").value = { formula: "SUM(1,2)" }; // no cached result
  sheet.getCell("F7").value = 0;
  sheet.getCell("G7").value = "";
  sheet.getCell("H7").value = -1.5e-7;
  sheet.mergeCells("A9:B10");
  sheet.getCell("A9").value = "merged";
  sheet.getCell("D9").numFmt = "0.00"; // formatting only
  sheet.getCell("Z25").value = "far right, past the header"; // clipped: not a row of the grid
  sheet.getCell("B14").value = 61;
  sheet.getCell("AB40").value = "far"; // past the width: the grid ends at row 14
  const hidden = workbook.addWorksheet("Stages", { state: "hidden" });
  hidden.addRows([["Stage"], ["Lead"], ["Won"]]);
  workbook.addWorksheet("Secret", { state: "veryHidden" }).getCell("B3").value = 1;
  workbook.addWorksheet("Empty");
  return bytesOf(workbook);
}

describe("streamSheetRows gives readWorkbook's grid, row for row", () => {
  it("for a user's workbook: dates, shared strings, rich text, formulas, errors, booleans, merges, gaps, Chinese", async () => {
    const bytes = await userWorkbook();
    await expectSameAsReadWorkbook(bytes);
    // And the grid is what a person reads in it (so the oracle itself is checked on the points that matter).
    const rows = await streamed(bytes, "Deals");
    expect(rows.length).toBe(14);
    expect(rows[0]).toEqual(["2026 Pipeline (R&D <team> \"quotes\")", "", "", "", "", "", "", "", ""]);
    expect(rows[3]).toEqual(["D1", "上海永新零售", JAN_05, JAN_05 + 30, 120_000, "Won", "a link", 240_000, true]);
    expect(rows[4]).toEqual(new Array(9).fill(""));
    expect(rows[5]).toEqual(["D2", "Rich 客户", JAN_05 + 0.75, JAN_05 + 1.75, "#N/A", "#DIV/0!", "=x", 7, false]);
    expect(rows[6].slice(0, 8)).toEqual(["  spaces kept  ", "line one\nline two", JAN_05, "", "", 0, "", -1.5e-7]);
    expect(rows[8].slice(0, 2)).toEqual(["merged", ""]);
    expect(rows[13][1]).toBe(61);
  });

  it("for a workbook in the 1904 date system", async () => {
    await expectSameAsReadWorkbook(await userWorkbook(true));
  });

  it("whatever the batch size", async () => {
    const bytes = await userWorkbook();
    const whole = await streamed(bytes, "Deals");
    for (const batchCells of [1, 9, 10, 50, 1e9]) expect(await streamed(bytes, "Deals", { batchCells })).toEqual(whole);
    // A batch of 18 cells holds two 9-wide rows: batches start at rows 1, 3, 5…
    const firsts: number[] = [];
    await streamSheetRows(bytes, "Deals", (rows, first) => void firsts.push(first), { batchCells: 18 });
    expect(firsts).toEqual([1, 3, 5, 7, 9, 11, 13]);
  });

  it("for a sheet whose first 20 rows are blank (the width comes from the first 20 rows holding anything)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Low");
    sheet.getCell("B25").value = "Lead";
    sheet.getCell("C26").value = 46027;
    for (let row = 30; row < 60; row++) sheet.getCell(row, 1 + (row % 7)).value = row;
    const bytes = await bytesOf(workbook);
    await expectSameAsReadWorkbook(bytes);
    expect((await streamed(bytes, 0))[0].length).toBe(7); // rows 25–44: columns up to 7 (row 34: column G)
  });

  it("for strings written inline, with entities, escapes, line ends and phonetic guides, and typed cells", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Inline").getCell("A1").value = "x";
    workbook.getWorksheet("Inline")!.getCell("B1").numFmt = "yyyy-mm-dd";
    const base = await bytesOf(workbook);
    const cells = [
      `<c r="A1" t="inlineStr"><is><t>Deal &amp; Co &#x4E2D;&#25991;</t></is></c>`,
      `<c r="B1" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><b/></rPr><t xml:space="preserve">ch_x000D_ </t></r></is></c>`,
      `<c r="C1" t="inlineStr"><is><t>a_x000D_b</t></is></c>`,
      `<c r="D1" t="str"><v>&amp;lt;kept&amp;gt;</v></c>`, // exceljs decodes a t="str" text twice
      `<c r="E1" t="b"><v>1</v></c>`,
      `<c r="F1" t="e"><v>#REF!</v></c>`,
      `<c r="G1"><v>1.25E3</v></c>`,
      `<c r="H1" t="inlineStr"><is><t>CR\r\nLF</t></is></c>`,
      `<c r="I1" s="0"><v>46027</v></c>`,
    ].join("");
    const row2 = `<row r="2"><c r="A2"><f>A1</f><v>3</v></c><c t="s"><v>0</v></c><c><v>5</v></c><c r="F2" t="str"><f>"s"</f><v>text &amp;amp; more</v></c></row>`;
    const bytes = await withPart(base, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData><row r="1">${cells}</row>${row2}</sheetData>`),
    );
    await expectSameAsReadWorkbook(bytes);
    const rows = await streamed(bytes, 0);
    expect(rows[0]).toEqual(["Deal & Co 中文", "Rich\r ", "a_x000D_b", "<kept>", true, "#REF!", 1250, "CR\nLF", 46027]);
    expect(rows[1].slice(0, 6)).toEqual([3, "x", 5, "", "", "text & more"]);
  });

  it("for values a merge hides (LibreOffice can keep them): blank, the top-left one kept", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Merged").getCell("A1").value = "x";
    const base = await bytesOf(workbook);
    const rows = [1, 2, 3, 4].map((row) => `<row r="${row}">${"ABCD".split("").map((column) => `<c r="${column}${row}"><v>${row}${column.charCodeAt(0) - 64}</v></c>`).join("")}</row>`);
    const bytes = await withPart(base, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join("")}</sheetData>`)
        .replace(/<\/sheetData>/, `</sheetData><mergeCells count="2"><mergeCell ref="B1:C2"/><mergeCell ref="D3:A3"/></mergeCells>`),
    );
    await expectSameAsReadWorkbook(bytes);
    expect(await streamed(bytes, 0)).toEqual([
      [11, 12, "", 14],
      [21, "", "", 24],
      [31, "", "", ""],
      [41, 42, 43, 44],
    ]);
  });

  it("for shared strings with rich text, phonetic guides and escapes", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Shared");
    sheet.addRow(["one", "two", "three"]);
    const base = await bytesOf(workbook);
    const bytes = await withPart(base, "xl/sharedStrings.xml", () =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">` +
        `<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>` +
        `<si><r><t>a</t></r><r><rPr><i/></rPr><t xml:space="preserve"> b_x0009_</t></r></si>` +
        `<si><t/></si></sst>`,
    );
    await expectSameAsReadWorkbook(bytes);
    expect(await streamed(bytes, 0)).toEqual([["漢字", "a b\t"]]);
  });

  it("for random small sheets (property)", async () => {
    const cellValue = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 6 }),
      fc.constantFrom("线索", "客户 A&B", "<x>", " ", "\"q\"", "'", "=1+1", "a\nb"),
      fc.boolean(),
      fc.integer({ min: 1, max: 80_000 }).map((day) => ({ date: day })),
      fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#VALUE!" }),
      fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 })).map(([a, b]) => ({ richText: [{ text: a }, { text: b, font: { italic: true } }] })),
      fc.integer({ min: 0, max: 60_000 }).map((result) => ({ formula: "ROW()", result })),
      fc.constant(null),
    );
    const cell = fc.record({ row: fc.integer({ min: 1, max: 45 }), column: fc.integer({ min: 1, max: 9 }), value: cellValue, dateFormat: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 40 }), fc.boolean(), fc.integer({ min: 1, max: 40 }), async (cells, date1904, batchCells) => {
        const workbook = new ExcelJS.Workbook();
        workbook.properties.date1904 = date1904;
        const sheet = workbook.addWorksheet("Random");
        for (const { row, column, value, dateFormat } of cells) {
          const target = sheet.getCell(row, column);
          target.value =
            value !== null && typeof value === "object" && "date" in value
              ? new Date(Date.UTC(1900, 0, value.date))
              : (value as ExcelJS.CellValue);
          if (dateFormat) target.numFmt = "yyyy-mm-dd";
        }
        await expectSameAsReadWorkbook(await bytesOf(workbook), { batchCells });
      }),
      { numRuns: 60 },
    );
  });
});

describe("the workbook's sheets", () => {
  it("are named in tab order, hidden and very hidden ones included, with their state", async () => {
    const bytes = await userWorkbook();
    expect(await workbookSheetNames(bytes)).toEqual(["说明", "Deals", "Stages", "Secret", "Empty"]);
    const workbook = await StreamedWorkbook.open(bytes);
    expect(workbook.sheets.map((sheet) => sheet.state)).toEqual(["visible", "visible", "hidden", "veryHidden", "visible"]);
    await expect(workbook.streamSheetRows("Nope", () => {})).rejects.toThrow(RangeError);
    // An empty sheet hands over nothing.
    let calls = 0;
    expect(await workbook.streamSheetRows("Empty", () => void calls++)).toEqual({ rows: 0, stopped: false });
    expect(calls).toBe(0);
  });
});

describe('"stop"', () => {
  it("ends the stream at the batch that says it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Long");
    for (let row = 1; row <= 1000; row++) sheet.addRow([`D${row}`, row]);
    const bytes = await bytesOf(workbook);
    const batches: number[] = [];
    const result = await streamSheetRows(bytes, "Long", (rows, first) => {
      batches.push(first);
      return first >= 21 ? "stop" : undefined;
    }, { batchCells: 20 });
    // 10 rows a batch: rows 1, 11, 21, then stop.
    expect(batches).toEqual([1, 11, 21]);
    expect(result).toEqual({ rows: 30, stopped: true });
  });
});

describe("limits and refusals are readWorkbook's", () => {
  /** The error readWorkbook gives, and the one the stream gives, for the same bytes. */
  async function bothErrors(bytes: Buffer): Promise<[unknown, unknown]> {
    const oracle = await readWorkbook(bytes).then(() => undefined, (error: unknown) => error);
    const stream = await streamed(bytes, 0).then(() => undefined, (error: unknown) => error);
    return [oracle, stream];
  }

  it("a damaged zip is refused with the same error", async () => {
    const bytes = await userWorkbook();
    for (const damaged of [bytes.subarray(0, bytes.length - 100), Buffer.from("not a zip at all"), corruptFirstPart(bytes)]) {
      const [oracle, stream] = await bothErrors(damaged);
      expect(oracle).toBeInstanceOf(Error);
      expect(stream).toBeInstanceOf((oracle as Error).constructor);
      expect((stream as Error).message).toBe((oracle as Error).message);
    }
  });

  it("a workbook declaring more than 2 GiB unpacked is refused as readWorkbook refuses it", async () => {
    const entries = await entriesOf(await userWorkbook());
    const lying = zipArchive(entries.map((entry, index) => (index === 0 ? { ...entry, declaredSize: 2 ** 31 + 1 } : entry)));
    const [oracle, stream] = await bothErrors(lying);
    expect(oracle).toBeInstanceOf(FileRefused);
    expect(stream).toEqual(oracle);
    expect((stream as FileRefused).reason).toBe("workbookTooLarge");
  });

  it("a sheet whose grid would pass the cell limit is refused with readWorkbook's words, before any row", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Deals");
    sheet.addRows([["Deal ID", "Lead", "Won", "Status"], ["D1", 46027, 46057, "Won"]]);
    sheet.getCell("XFD1").value = "note";
    sheet.getCell("A1048576").value = "D999";
    const [oracle, stream] = await bothErrors(await bytesOf(workbook));
    expect(oracle).toBeInstanceOf(FileRefused);
    expect(stream).toEqual(oracle);
    expect((stream as FileRefused).params).toEqual({ sheet: "Deals", rows: "1,048,576", columns: "16,384", limit: "50,000,000" });
    // A smaller limit for the stream alone: refused at the first filled row past it, nothing of it handed on.
    const rows: number[] = [];
    await expect(
      streamSheetRows(await userWorkbook(), "Deals", (batch, first) => void rows.push(first), { maxCells: 9 * 6, batchCells: 9 }),
    ).rejects.toMatchObject({ reason: "tableTooLarge", params: { rows: "7", columns: "9", limit: "54" } });
    expect(rows).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

/** The archive with the first part's deflate data spoiled in the middle. */
function corruptFirstPart(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const nameLength = copy.readUInt16LE(26);
  const extra = copy.readUInt16LE(28);
  const start = 30 + nameLength + extra;
  for (let at = start; at < start + 40; at++) copy[at] = 0xff;
  return copy;
}

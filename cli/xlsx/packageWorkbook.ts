import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { columnLetter } from "../../core/model/cells";
import type { SheetSpec, WorkbookSpec } from "../../core/template/types";
import { addChartsToZip } from "./addCharts";
import { parseA1Rect, type A1Rect } from "../../core/template/a1Rect";
import { BodyCellError, cellBlocks, headRows, SheetBody, type ExcelTables } from "./sheetBody";
import { DAY_FORMAT, excelWorkbook, WorkbookSpecError } from "./writeWorkbook";
import { ZipPackage } from "./zipPackage";

/**
 * The .xlsx writer at a manager's real size (issue 12): 20,000 deals in seconds, 50,000 in bounded memory.
 *
 * exceljs still writes everything but the bulk of the cells: each sheet's head (its first rows, every merge and
 * table header among them: {@link headRows}), the styles, shared strings, tables, validations, conditional
 * formats, names, widths, panes, page setup, the workbook and its relationships; addCharts.ts adds the charts to
 * those parts. The rows below each head are written by sheetBody.ts as sheet XML, their looks and texts numbered
 * in exceljs's own style and string tables before exceljs writes them, and streamed into the zip
 * (zipPackage.ts, Node's zlib) without the sheet's text ever held whole. A reader sees the workbook the in-memory
 * writer wrote (`workbookToXlsxInMemory`), cell by cell; test/cli/packageWorkbook.test.ts checks it.
 *
 * Uses exceljs 4.4's writer internals (`prepareModel` and the `add…` steps of `XLSX.write`), pinned in
 * package.json; the test above fails if an upgrade moves them.
 * @throws {WorkbookSpecError} as workbookToXlsx.
 * @example
 * const bytes = await packageWorkbook(buildTemplate({ locale: "en", sampleDeals: 20_000 }));
 */
export async function packageWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const bodies = spec.sheets.map((sheet) => SheetBody.of(sheet, headRows(sheet), spec.locale));
  const workbook = excelWorkbook({ ...spec, sheets: spec.sheets.map((sheet, index) => (bodies[index] === undefined ? sheet : headOf(sheet, bodies[index].head))) });
  for (const [index, sheet] of spec.sheets.entries()) if (bodies[index] !== undefined) widenTables(workbook.getWorksheet(sheet.name)!, sheet);

  const writer = workbook.xlsx as unknown as ExcelWriterSteps;
  const model = workbook.model as ExcelModel;
  const parts = new JSZip();
  const sink = { append: (data: string | Buffer, options: { name: string }) => void parts.file(options.name, data, { createFolders: false }) };
  writer.prepareModel(model, { useSharedStrings: true, useStyles: true });
  for (const [index, body] of bodies.entries()) {
    try {
      body?.register(model, DAY_FORMAT);
    } catch (error) {
      if (!(error instanceof BodyCellError)) throw error;
      throw new WorkbookSpecError(`${spec.sheets[index].name}!${error.at} (cells): ${error.message}`, { cause: error });
    }
  }
  // XLSX.write's steps, in its order, into `parts` instead of its own zip.
  await writer.addContentTypes(sink, model);
  await writer.addOfficeRels(sink, model);
  await writer.addWorkbookRels(sink, model);
  await writer.addWorksheets(sink, model);
  await writer.addSharedStrings(sink, model);
  await writer.addDrawings(sink, model);
  await writer.addTables(sink, model);
  await writer.addThemes(sink, model);
  await writer.addStyles(sink, model);
  await writer.addMedia(sink, model);
  await writer.addApp(sink, model);
  await writer.addCore(sink, model);
  await writer.addWorkbook(sink, model);
  await addChartsToZip(parts, spec);

  const bodyOfPart = new Map<string, SheetBody>();
  for (const [index, body] of bodies.entries()) {
    const id = model.worksheets.find((worksheet) => worksheet.name === spec.sheets[index].name)?.id;
    if (body !== undefined && id !== undefined) bodyOfPart.set(`xl/worksheets/sheet${id}.xml`, body);
  }
  const zip = new ZipPackage();
  for (const name of Object.keys(parts.files)) {
    const file = parts.files[name];
    parts.remove(name); // its text goes as soon as it is zipped
    if (file.dir) continue;
    const body = bodyOfPart.get(name);
    if (body === undefined) {
      zip.addText(name, await file.async("nodebuffer"));
      continue;
    }
    const [before, after] = splitAtRows(withDimension(await file.async("string"), body.extent()));
    await zip.addChunks(name, sheetChunks(before, body.rowsXml(model.sharedStrings), after));
  }
  return zip.finish();
}

/** exceljs 4.4's XLSX writer steps (lib/xlsx/xlsx.js), which its typings leave out. */
interface ExcelWriterSteps {
  prepareModel(model: ExcelModel, options: { useSharedStrings: boolean; useStyles: boolean }): void;
  addContentTypes(zip: PartSink, model: ExcelModel): Promise<void>;
  addOfficeRels(zip: PartSink, model: ExcelModel): Promise<void>;
  addWorkbookRels(zip: PartSink, model: ExcelModel): Promise<void>;
  addWorksheets(zip: PartSink, model: ExcelModel): Promise<void>;
  addSharedStrings(zip: PartSink, model: ExcelModel): Promise<void>;
  addDrawings(zip: PartSink, model: ExcelModel): Promise<void>;
  addTables(zip: PartSink, model: ExcelModel): Promise<void>;
  addThemes(zip: PartSink, model: ExcelModel): Promise<void>;
  addStyles(zip: PartSink, model: ExcelModel): Promise<void>;
  addMedia(zip: PartSink, model: ExcelModel): Promise<void>;
  addApp(zip: PartSink, model: ExcelModel): Promise<void>;
  addCore(zip: PartSink, model: ExcelModel): Promise<void>;
  addWorkbook(zip: PartSink, model: ExcelModel): Promise<void>;
}

/** What exceljs's writer steps call on its zip. */
interface PartSink {
  append(data: string | Buffer, options: { name: string }): void;
}

/** The workbook model exceljs writes from: its sheets, and the tables `prepareModel` fills in. */
type ExcelModel = ExcelJS.WorkbookModel & ExcelTables & { readonly worksheets: readonly { readonly id: number; readonly name: string }[] };

/** The sheet cut to its first `head` rows: cells, looks and tables below are the body's. */
function headOf(sheet: SheetSpec, head: number): SheetSpec {
  const clip = <T extends { readonly ref: string }>(items: readonly T[]): T[] =>
    items.flatMap((item) => {
      const area = parseA1Rect(item.ref);
      return area.top > head ? [] : [{ ...item, ref: refOf({ ...area, bottom: Math.min(area.bottom, head) }) }];
    });
  return {
    ...sheet,
    blocks: cellBlocks(sheet).flatMap((block) => {
      const { top } = parseA1Rect(block.at);
      return top > head ? [] : [{ at: block.at, rows: block.rows.slice(0, head - top + 1) }];
    }),
    styles: clip(sheet.styles),
    numberFormats: clip(sheet.numberFormats),
    wrapped: sheet.wrapped === undefined ? undefined : clip(sheet.wrapped.map((ref) => ({ ref }))).map(({ ref }) => ref),
    rightAligned: sheet.rightAligned === undefined ? undefined : clip(sheet.rightAligned.map((ref) => ({ ref }))).map(({ ref }) => ref),
    centered: sheet.centered === undefined ? undefined : clip(sheet.centered.map((ref) => ({ ref }))).map(({ ref }) => ref),
    tables: clip(sheet.tables),
  };
}

/** Each table written over the head, its reference (and its filter's) widened to the spec's. */
function widenTables(worksheet: ExcelJS.Worksheet, sheet: SheetSpec): void {
  for (const table of sheet.tables) {
    const model = (worksheet.getTable(table.name) as unknown as { table?: { tableRef: string; autoFilterRef: string } } | undefined)?.table;
    if (model === undefined) continue; // a header-only table is an autofilter, in the head
    model.tableRef = refOf(parseA1Rect(table.ref));
    model.autoFilterRef = model.tableRef;
  }
}

function refOf({ top, left, bottom, right }: A1Rect): string {
  return `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

/** The sheet's `<dimension>` grown over the body's cells. */
function withDimension(sheetXml: string, body: A1Rect | undefined): string {
  if (body === undefined) return sheetXml;
  return sheetXml.replace(/<dimension ref="([^"]*)"\/>/, (whole, ref: string) => {
    let head: A1Rect;
    try {
      head = parseA1Rect(ref);
    } catch {
      return whole;
    }
    return `<dimension ref="${refOf({ top: Math.min(head.top, body.top), left: Math.min(head.left, body.left), bottom: Math.max(head.bottom, body.bottom), right: Math.max(head.right, body.right) })}"/>`;
  });
}

/** The sheet's text in order, the body's rows produced only as the zip takes them. */
function* sheetChunks(before: string, rows: Iterable<Buffer>, after: string): Generator<string | Buffer> {
  yield before;
  yield* rows;
  yield after;
}

/** The sheet's XML cut where the body's rows go: after the head's rows, before `</sheetData>`. */
function splitAtRows(sheetXml: string): [string, string] {
  const xml = sheetXml.replace("<sheetData/>", "<sheetData></sheetData>");
  const at = xml.indexOf("</sheetData>");
  if (at < 0) throw new Error("packageWorkbook: exceljs wrote a sheet without <sheetData>");
  return [xml.slice(0, at), xml.slice(at)];
}

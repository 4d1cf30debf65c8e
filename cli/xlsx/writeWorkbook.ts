import ExcelJS from "exceljs";
import type { CellValue, DataBarRuleType, DataValidation, Worksheet } from "exceljs";
import type {
  CellBlock,
  ConditionalFormat,
  ListValidation,
  NumberValidation,
  SheetSpec,
  TableSpec,
  TemplateCell,
  Validation,
  WorkbookSpec,
} from "../../core/template/types";
import { argb, cellLook, ruleLook, xlsxRowHeights } from "./cellStyles";
import { forEachCell, parseA1Rect } from "../../core/template/a1Rect";
import { a1 } from "../../core/template/a1";
import { columnLetter } from "../../core/model/cells";
import { addCharts } from "./addCharts";
import { packageWorkbook } from "./packageWorkbook";
import { toOoxmlFormula } from "./ooxmlFormula";
import { ooxmlColumnWidth } from "../../core/template/columnWidth";
import { expandWorkbook } from "../../core/template/repeatedRows";
import { inlineListSource, SpecError } from "../../core/template/checkSpec";
import { DAY_FORMAT, finishSpec } from "../../core/template/finishSpec";

/**
 * The .xlsx renderer: template spec → exceljs → bytes, then the charts, which exceljs cannot write, added to
 * the package (addCharts.ts): everything the spec says lands in the file. At a manager's real size the rows below
 * each sheet's head are written by packageWorkbook.ts instead of exceljs (issue 12); {@link excelWorkbook} is
 * the exceljs half both writers share.
 */

/** The number format a `day` cell gets unless the spec formats it otherwise (core finishSpec). */
export { DAY_FORMAT };

/** A spec that cannot be written as an .xlsx (a bug in the spec, not in a user's data): core's {@link SpecError}. */
export const WorkbookSpecError = SpecError;
export type WorkbookSpecError = SpecError;

/**
 * Renders a template spec as an .xlsx file's bytes.
 *
 * Cells: text is always a (shared) string, never a formula, so "=1+1" typed by a user stays text; `day` cells
 * are their serial with a {@link DAY_FORMAT} number format (exact: no `Date`, no time zone); formulas are
 * written without a cached result (the prefix of post-2007 functions added by {@link toOoxmlFormula}) and the
 * workbook asks for a full recalculation on load, so Excel, LibreOffice and Sheets compute every figure when
 * the file is opened. Charts become DrawingML bar charts sorted like a funnel (addCharts.ts), which Excel,
 * WPS and LibreOffice all draw.
 *
 * @throws {WorkbookSpecError} when the spec cannot be written: a non-finite number, or what core's checkSpec
 *   refuses (an inline list over 255 characters or with a comma in a word, a malformed reference).
 * @example
 * const bytes = await workbookToXlsx(buildTemplate({ locale: "en" }));
 * await writeFile("template.xlsx", bytes, { flag: "wx" }); // "wx": never overwrite
 */
export async function workbookToXlsx(template: WorkbookSpec): Promise<Buffer> {
  // A file holds every row: repeated rows (the Deals helpers) are written out here, once (repeatedRows.ts).
  return packageWorkbook(expandWorkbook(finishSpec(template)));
}

/**
 * The first writer, kept as the reference the packaged one is checked against (test/cli/packageWorkbook.test.ts)
 * and the bench's baseline: every cell an exceljs object, the package zipped by JSZip, then reopened for the
 * charts. Same file as far as a reader is concerned; ~100 s and ~2 GB for 20,000 deals.
 */
export async function workbookToXlsxInMemory(template: WorkbookSpec): Promise<Buffer> {
  const spec = expandWorkbook(finishSpec(template));
  const workbook = excelWorkbook(spec);
  const bytes = await workbook.xlsx.writeBuffer({ useSharedStrings: true, useStyles: true });
  return addCharts(Buffer.from(bytes), spec);
}

/**
 * The exceljs workbook of a spec: every sheet and defined name, not yet written (charts are added to the
 * package afterwards).
 * @throws {WorkbookSpecError} as {@link workbookToXlsx}.
 */
export function excelWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "sales-tracker";
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of spec.sheets) renderSheet(workbook, sheet, spec.locale);
  for (const name of spec.names) {
    try {
      workbook.definedNames.add(name.ref, name.name);
    } catch (error) {
      throw new WorkbookSpecError(`Defined name ${name.name} = ${name.ref}: ${(error as Error).message}`, { cause: error });
    }
  }
  return workbook;
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec, locale: WorkbookSpec["locale"]): void {
  const where = (what: string, ref: string, render: () => void) => {
    try {
      render();
    } catch (error) {
      if (error instanceof WorkbookSpecError) throw error;
      throw new WorkbookSpecError(`${sheet.name}!${ref} (${what}): ${(error as Error).message}`, { cause: error });
    }
  };
  let worksheet!: Worksheet;
  where("sheet", "", () => {
    const tabColor = sheet.tabColor === undefined ? undefined : { argb: argb(sheet.tabColor) };
    worksheet = workbook.addWorksheet(sheet.name, { properties: tabColor === undefined ? {} : { tabColor } });
  });

  for (const block of sheet.blocks) where("cells", block.at, () => writeBlock(worksheet, block));
  for (const { ref, style } of sheet.styles) {
    where("style", ref, () => {
      const look = cellLook(style, locale);
      forEachCell(parseA1Rect(ref), (row, column) => Object.assign(worksheet.getCell(row, column), look));
    });
  }
  for (const { ref, format } of sheet.numberFormats) {
    where("number format", ref, () => forEachCell(parseA1Rect(ref), (row, column) => (worksheet.getCell(row, column).numFmt = format)));
  }
  // Wrapped text keeps the rest of the cell's alignment (a header's, say) and its other looks.
  for (const ref of sheet.wrapped ?? []) {
    where("wrapped text", ref, () =>
      forEachCell(parseA1Rect(ref), (row, column) => {
        const cell = worksheet.getCell(row, column);
        cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
      }),
    );
  }
  // Centred first, so a cell also right-aligned ends at the right.
  for (const [refs, horizontal] of [[sheet.centered, "center"], [sheet.rightAligned, "right"]] as const) {
    for (const ref of refs ?? []) {
      where(`${horizontal}-aligned cells`, ref, () =>
        forEachCell(parseA1Rect(ref), (row, column) => {
          const cell = worksheet.getCell(row, column);
          cell.alignment = { ...cell.alignment, horizontal };
        }),
      );
    }
  }
  for (const table of sheet.tables) where("table", table.ref, () => addTable(worksheet, table));
  // After styles: exceljs copies the top-left cell's style across a merge, so a merged title looks whole.
  for (const ref of sheet.merges) where("merge", ref, () => worksheet.mergeCells(ref));
  for (const validation of sheet.validations) where("list" in validation ? "dropdown" : "number check", validation.ref, () => addValidation(worksheet, validation));
  sheet.conditionalFormats.forEach((rule, index) => where("conditional format", rule.ref, () => addConditionalFormat(worksheet, rule, index + 1)));
  // sheet.charts: added to the package after exceljs has written it (addCharts.ts); exceljs 4.4 has no charts.

  sheet.columnWidths.forEach((width, index) => {
    if (width > 0) worksheet.getColumn(index + 1).width = ooxmlColumnWidth(width);
  });
  for (const note of sheet.notes ?? []) where("note", note.ref, () => (worksheet.getCell(note.ref).note = note.text));
  // Hidden columns are grouped one level deep and collapsed, so the "+" above them shows them again.
  if (sheet.hiddenColumns.length > 0) worksheet.properties.outlineLevelCol = 1;
  for (const letters of sheet.hiddenColumns) {
    const column = worksheet.getColumn(letters);
    column.hidden = true;
    column.outlineLevel = 1;
  }
  for (const [row, height] of xlsxRowHeights(sheet)) worksheet.getRow(row).height = height;
  const rows = sheet.freeze?.rows ?? 0;
  const columns = sheet.freeze?.columns ?? 0;
  if (rows > 0 || columns > 0) {
    worksheet.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: a1(columns + 1, rows + 1) }];
  }
  // fitToPage (sheetPr/pageSetUpPr) is the switch without which Excel ignores fitToWidth/fitToHeight.
  // fitToHeight 0: as many pages tall as the area needs (one page wide); printTitlesRow: _xlnm.Print_Titles.
  if (sheet.print !== undefined) {
    const { area, orientation, pagesTall = 1, titleRows } = sheet.print;
    const titles = titleRows === undefined ? {} : { printTitlesRow: titleRows.replace(/\$/g, "") };
    // exceljs puts a "$" before each corner ("$A1:$L42"), which LibreOffice reads as a plain name, not a print
    // range (it then prints the whole sheet): the rows' "$" makes it "$A$1:$L$42".
    const { top, left, bottom, right } = parseA1Rect(area);
    const printArea = `${columnLetter(left)}$${top}:${columnLetter(right)}$${bottom}`;
    worksheet.pageSetup = { ...worksheet.pageSetup, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: pagesTall, printArea, ...titles };
  }
  // A merged paragraph's height (printSetup.ts), unless the wrapped-text heights above already gave it more.
  for (const { row, points } of sheet.rowHeights ?? []) worksheet.getRow(row).height = Math.max(points, worksheet.getRow(row).height ?? 0);
}

/** Writes a block's cells; rows may be ragged, `null` leaves a cell empty. */
function writeBlock(worksheet: Worksheet, block: CellBlock): void {
  const { top, left } = parseA1Rect(block.at);
  block.rows.forEach((cells, rowOffset) => {
    cells.forEach((cell, columnOffset) => {
      if (cell === null) return;
      const target = worksheet.getCell(top + rowOffset, left + columnOffset);
      target.value = cellValue(cell); // a day's date format: spec.numberFormats (core finishSpec)
    });
  });
}

/** The exceljs value of a template cell. A string value is always written as text, never parsed as a formula. */
function cellValue(cell: Exclude<TemplateCell, null>): CellValue {
  if ("text" in cell) return cell.text;
  if ("formula" in cell) return { formula: toOoxmlFormula(cell.formula.replace(/^=/, "")) };
  const number = "number" in cell ? cell.number : cell.day;
  if (!Number.isFinite(number)) throw new WorkbookSpecError(`Not a finite number: ${number}`);
  return number;
}

/**
 * An Excel table over `ref` with the header row's words as column names. exceljs writes a table by (re)writing
 * its cells, so the rows handed over are the cells already there, formulas included. A table needs at least one
 * data row; a header-only range gets an autofilter instead.
 */
function addTable(worksheet: Worksheet, table: TableSpec): void {
  const { top, left, bottom, right } = parseA1Rect(table.ref);
  if (bottom === top) {
    worksheet.autoFilter = table.ref;
    return;
  }
  const used = new Set<string>();
  const columns = [];
  for (let column = left; column <= right; column++) {
    const header = worksheet.getCell(top, column).value;
    let name = typeof header === "string" && header.trim() !== "" ? header.trim() : `Column${column - left + 1}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${name}${n}`;
    used.add(name.toLowerCase());
    columns.push({ name, filterButton: true });
  }
  const rows: CellValue[][] = [];
  for (let row = top + 1; row <= bottom; row++) {
    const values: CellValue[] = [];
    for (let column = left; column <= right; column++) values.push(worksheet.getCell(row, column).value);
    rows.push(values);
  }
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: a1(left, top),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns,
    rows,
  });
}

/** exceljs keeps range-wide validations in `worksheet.dataValidations`, which its typings leave out. */
interface WithDataValidations {
  readonly dataValidations: { add(ref: string, validation: DataValidation): void };
}

/** A dropdown ({@link listValidation}) or a number check ({@link numberValidation}). */
function addValidation(worksheet: Worksheet, validation: Validation): void {
  const validations = (worksheet as Worksheet & WithDataValidations).dataValidations;
  validations.add(validation.ref, "list" in validation ? listValidation(validation) : numberValidation(validation));
}

/** A number of at least the bound, decimals allowed; text ("¥80,000") and negative numbers are refused. */
function numberValidation(validation: NumberValidation): DataValidation {
  if (!Number.isFinite(validation.number.atLeast)) throw new WorkbookSpecError(`Not a finite bound: ${validation.number.atLeast}`);
  return {
    type: "decimal",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [validation.number.atLeast],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: validation.title,
    error: validation.error,
  };
}

/** A dropdown: an inline list `"a,b,c"` or a reference to the cells holding the words; other values are refused. */
function listValidation(validation: ListValidation): DataValidation {
  let source: string;
  if ("range" in validation.list) {
    source = toOoxmlFormula(validation.list.range.replace(/^=/, ""));
  } else {
    source = inlineListSource(validation.list);
  }
  return {
    type: "list",
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    errorStyle: "stop",
    error: validation.error,
  };
}

/** A data bar (min to max of the range) or a formula rule with Office's Bad / Good / Neutral look. */
function addConditionalFormat(worksheet: Worksheet, rule: ConditionalFormat, priority: number): void {
  if (rule.kind === "dataBar") {
    // Solid bars: exceljs then writes the Excel 2010 extension with an id that its rule points to. With
    // `gradient: true` it writes the pointer with an empty id and no extension (a file Excel may repair; exceljs
    // issue #3015). `color` is read by exceljs's writer but missing from its typings.
    const dataBar: DataBarRuleType & { color: { argb: string } } = {
      type: "dataBar",
      priority,
      cfvo: [{ type: "min" }, { type: "max" }],
      color: { argb: argb(rule.color) },
      gradient: false,
    };
    worksheet.addConditionalFormatting({ ref: rule.ref, rules: [dataBar] });
    return;
  }
  worksheet.addConditionalFormatting({
    ref: rule.ref,
    rules: [{ type: "expression", priority, formulae: [toOoxmlFormula(rule.formula.replace(/^=/, ""))], style: ruleLook(rule.look) }],
  });
}

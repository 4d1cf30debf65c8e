import { expandRepeated } from "../../core/template/repeatedRows";
import type { CellBlock, ChartSpec, ConditionalFormat, DefinedName, ListValidation, SheetSpec, StyledRange, Validation } from "../../core/template/types";
import { columnLetter } from "../../core/model/cells";
import { columnNumber, formatA1Rect, parseA1Rect, tryParseA1Rect, rectSize, wholeColumns, type A1Rect } from "../../core/template/a1Rect";
import { blockMatrix, type MatrixCell } from "./cellMatrix";
import { jsonBytes, OPERATION_OVERHEAD_BYTES, rowBytes } from "./payload";
import { LOOKS } from "../../core/template/looks";
import { columnWidthPoints, CONDITIONAL_LOOKS } from "./styleLooks";

/** What operations are applied to: the request context, the sheets by final name, and the host's API level. */
export interface RenderHost {
  readonly context: Excel.RequestContext;
  /** The worksheet proxy of a sheet created in this run, or of an existing sheet. */
  sheet(name: string): Excel.Worksheet;
  /** Queues the creation of a sheet and remembers its proxy. */
  addSheet(name: string): Excel.Worksheet;
}

/** A 2-D array property of a range. */
export type MatrixProperty = "values" | "formulas" | "numberFormat";

/**
 * One thing to queue: a call (a few bytes) or a 2-D array write, which the packer may cut into row slices so
 * that no sync exceeds its budget.
 */
export type RenderOperation =
  | { readonly kind: "call"; readonly label: string; readonly bytes: number; readonly apply: (host: RenderHost) => void }
  | {
      readonly kind: "matrix";
      readonly label: string;
      readonly sheet: string;
      readonly rect: A1Rect;
      readonly property: MatrixProperty;
      readonly matrix: MatrixCell[][];
      readonly rowBytes: readonly number[];
    };

/** A call operation. */
export type CallOperation = Extract<RenderOperation, { kind: "call" }>;

/** API levels (ExcelApi requirement sets) the renderer checks, and what it leaves out below them. */
export const FEATURE_API: Readonly<Record<Feature, string>> = {
  tabColor: "1.7",
  conditionalFormats: "1.6",
  dataValidation: "1.8",
  freezePanes: "1.7",
  namedItems: "1.4",
  chartAxisOptions: "1.7",
  funnelChart: "1.9",
  secondaryAxis: "1.8",
  pageLayout: "1.9",
  columnGroups: "1.10",
  notes: "1.18",
};
export type Feature =
  | "tabColor"
  | "conditionalFormats"
  | "dataValidation"
  | "freezePanes"
  | "namedItems"
  | "chartAxisOptions"
  | "funnelChart"
  | "secondaryAxis"
  | "pageLayout"
  | "columnGroups"
  | "notes";

/** A call of `calls` queued commands (their envelopes) carrying `args`. */
const call = (label: string, apply: (host: RenderHost) => void, args: unknown = null, calls = 1): CallOperation => ({
  kind: "call",
  label,
  bytes: calls * OPERATION_OVERHEAD_BYTES + jsonBytes(args),
  apply,
});

const matrix = (sheet: string, rect: A1Rect, property: MatrixProperty, cells: MatrixCell[][]): RenderOperation => ({
  kind: "matrix",
  label: `${property} ${sheet}!${formatA1Rect(rect)}`,
  sheet,
  rect,
  property,
  matrix: cells,
  rowBytes: rowBytes(cells),
});

/** A rows × columns array holding one value. */
function filled<T>(rect: A1Rect, value: T): T[][] {
  const { rows, columns } = rectSize(rect);
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

/**
 * Everything one new sheet needs, in the order it is queued: the sheet (and the load of its id), its cells (whole-range writes), number
 * formats, then looks and structure (styles, wrapped text, widths, hidden columns, merges, row heights, validations,
 * conditional formats, tables, repeated rows, frozen panes). Values come before tables so that a table is laid over its
 * header row; repeated rows ({@link RepeatedRows}) come after them, so that a repeated formula written over a
 * table column's whole body makes it a calculated column.
 * Features the host lacks (by ExcelApi level) are left out and added to `missing`.
 */
export function sheetOperations(spec: SheetSpec, supports: (feature: Feature) => boolean): RenderOperation[] {
  const name = spec.name;
  // The host loads the new sheet's id with it (for a roll-back by id): two commands.
  const operations: RenderOperation[] = [
    call(`add sheet ${name}`, (host) => {
      const sheet = host.addSheet(name);
      if (spec.tabColor !== undefined && supports("tabColor")) sheet.tabColor = spec.tabColor;
    }, [name, spec.tabColor], 2),
  ];
  const formatRects = spec.numberFormats.map((format) => parseA1Rect(format.ref));
  const writeBlock = (block: CellBlock) => {
    if (block.rows.length === 0) return;
    const written = blockMatrix(block);
    // Days are numbers under a date format: core finishSpec gave every day cell one (spec.numberFormats).
    operations.push(matrix(name, written.rect, written.property, written.matrix));
  };
  spec.blocks.forEach(writeBlock);
  spec.numberFormats.forEach((format, index) => operations.push(matrix(name, formatRects[index], "numberFormat", filled<MatrixCell>(formatRects[index], format.format))));
  for (const styled of spec.styles) operations.push(styleOperation(name, styled));
  for (const ref of spec.wrapped ?? []) operations.push(wrapOperation(name, ref));
  // Centred first, so a cell also right-aligned ends at the right.
  for (const ref of spec.centered ?? []) operations.push(alignOperation(name, ref, "Center"));
  for (const ref of spec.rightAligned ?? []) operations.push(alignOperation(name, ref, "Right"));
  operations.push(...widthOperations(name, spec.columnWidths));
  // Hidden columns, adjacent ones as one run: grouped and collapsed where the host groups (ExcelApi 1.10), so
  // the "+" above them shows them again; plainly hidden below that.
  const groups = spec.hiddenColumns.length > 0 && supports("columnGroups");
  for (const [first, last] of columnRuns(spec.hiddenColumns.map(columnNumber))) {
    const columns = formatA1Rect(wholeColumns(first, last));
    operations.push(
      call(`hide ${name}!${columns}`, (host) => {
        const range = host.sheet(name).getRange(columns);
        if (groups) {
          range.group("ByColumns");
          range.hideGroupDetails("ByColumns");
        }
        range.columnHidden = true;
      }),
    );
  }
  if ((spec.notes ?? []).length > 0 && supports("notes")) {
    for (const note of spec.notes ?? []) {
      operations.push(
        call(`note ${name}!${note.ref}`, (host) => {
          const sheet = host.sheet(name);
          sheet.notes.add(sheet.getRange(note.ref), note.text);
        }),
      );
    }
  }
  for (const ref of spec.merges) operations.push(call(`merge ${name}!${ref}`, (host) => host.sheet(name).getRange(ref).merge(false)));
  for (const { row, points } of spec.rowHeights ?? []) {
    operations.push(call(`height ${name}!${row}`, (host) => (host.sheet(name).getRange(`${row}:${row}`).format.rowHeight = points)));
  }
  if (supports("dataValidation")) for (const validation of spec.validations) operations.push(validationOperation(name, validation));
  if (supports("conditionalFormats")) for (const rule of spec.conditionalFormats) operations.push(conditionalOperation(name, rule));
  for (const table of spec.tables) {
    operations.push(
      call(`table ${table.name} ${name}!${table.ref}`, (host) => {
        host.sheet(name).tables.add(table.ref, true).name = table.name;
      }),
    );
  }
  // Repeated rows after the tables: a table column whose whole body gets one formula becomes a calculated
  // column, which Excel fills into the rows typed or pasted under the table (the Deals helpers).
  for (const repeated of spec.repeated ?? []) writeBlock(expandRepeated(repeated));
  if (spec.freeze !== undefined && supports("freezePanes")) operations.push(freezeOperation(name, spec.freeze));
  if (spec.print !== undefined && supports("pageLayout")) operations.push(printOperation(name, spec.print));
  return operations;
}

/**
 * The printed page (ExcelApi 1.9): orientation, fitted to one page wide and one tall — or, `pagesTall` 0, as many
 * tall as needed: no `verticalFitToPages` (Office.js documents whole pages or null, not the file's 0 for
 * "automatic") — the print area and the title rows repeated on every page.
 */
function printOperation(sheet: string, print: NonNullable<SheetSpec["print"]>): RenderOperation {
  return call(
    `page layout ${sheet}!${print.area}`,
    (host) => {
      const layout = host.sheet(sheet).pageLayout;
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.zoom = print.pagesTall === 0 ? { horizontalFitToPages: 1 } : { horizontalFitToPages: 1, verticalFitToPages: 1 };
      layout.setPrintArea(print.area);
      if (print.titleRows !== undefined) layout.setPrintTitleRows(print.titleRows);
    },
    print,
    print.titleRows === undefined ? 3 : 4,
  );
}

function styleOperation(sheet: string, styled: StyledRange): RenderOperation {
  const look = LOOKS[styled.style];
  return call(`style ${styled.style} ${sheet}!${styled.ref}`, (host) => {
    const format = host.sheet(sheet).getRange(styled.ref).format;
    if (look.bold) format.font.bold = true;
    if (look.italic) format.font.italic = true;
    if (look.size !== undefined) format.font.size = look.size;
    if (look.font !== undefined) format.font.color = look.font;
    if (look.fill !== undefined) format.fill.color = look.fill;
    // A line under every cell: the range's bottom edge and the lines between its rows.
    for (const edge of look.bottom === undefined ? [] : (["EdgeBottom", "InsideHorizontal"] as const)) {
      const line = format.borders.getItem(edge);
      line.style = "Continuous";
      line.weight = "Thin";
      line.color = look.bottom!;
    }
  });
}

/** Text that wraps within its column, at the top of its cell; the range's other formats are left as they are. */
function wrapOperation(sheet: string, ref: string): RenderOperation {
  return call(`wrap ${sheet}!${ref}`, (host) => {
    const format = host.sheet(sheet).getRange(ref).format;
    format.wrapText = true;
    format.verticalAlignment = "Top";
  });
}

/**
 * Figures (and an empty figure's "—") at the right of their cells, or short words in the middle; the range's other
 * formats are left as they are.
 */
function alignOperation(sheet: string, ref: string, at: "Right" | "Center"): RenderOperation {
  return call(`align ${at.toLowerCase()} ${sheet}!${ref}`, (host) => {
    host.sheet(sheet).getRange(ref).format.horizontalAlignment = at;
  });
}

/** Column widths in points (styleLooks.ts), one call per run of equal widths (12 stage columns of 12 characters are one call). */
function widthOperations(sheet: string, widths: readonly number[]): RenderOperation[] {
  const operations: RenderOperation[] = [];
  let start = 0;
  for (let column = 1; column <= widths.length; column++) {
    if (column < widths.length && widths[column] === widths[start]) continue;
    const points = columnWidthPoints(widths[start]);
    const address = formatA1Rect(wholeColumns(start + 1, column));
    operations.push(call(`width ${sheet}!${address}`, (host) => (host.sheet(sheet).getRange(address).format.columnWidth = points)));
    start = column;
  }
  return operations;
}

/**
 * A dropdown ({@link listRule}) or a number of at least a bound, decimals allowed; either refuses other input
 * with a Stop alert.
 */
function validationOperation(sheet: string, validation: Validation): RenderOperation {
  const rule: Excel.DataValidationRule =
    "list" in validation
      ? listRule(validation)
      : { decimal: { formula1: validation.number.atLeast, operator: "GreaterThanOrEqualTo" } };
  const title = "title" in validation ? validation.title : "";
  const errorAlert: Excel.DataValidationErrorAlert = { showAlert: true, style: "Stop", title, message: validation.error };
  return call(`validation ${sheet}!${validation.ref}`, (host) => {
    const dataValidation = host.sheet(sheet).getRange(validation.ref).dataValidation;
    dataValidation.rule = rule;
    dataValidation.errorAlert = errorAlert;
  }, [rule, errorAlert]);
}

/**
 * A dropdown's rule. A fixed list becomes Excel's comma-separated source (core checkSpec has made sure it fits:
 * no comma in a word, at most 255 characters); a range becomes a formula source.
 */
function listRule(validation: ListValidation): Excel.DataValidationRule {
  let source: string;
  if (Array.isArray(validation.list)) {
    source = (validation.list as readonly string[]).join(",");
  } else {
    source = `=${(validation.list as { readonly range: string }).range}`;
  }
  return { list: { inCellDropDown: true, source } };
}

function conditionalOperation(sheet: string, rule: ConditionalFormat): RenderOperation {
  if (rule.kind === "dataBar") {
    return call(`data bar ${sheet}!${rule.ref}`, (host) => {
      const format = host.sheet(sheet).getRange(rule.ref).conditionalFormats.add("DataBar");
      format.dataBar.positiveFormat.fillColor = rule.color;
      format.dataBar.positiveFormat.gradientFill = false;
    });
  }
  const formula = `=${rule.formula}`;
  const look = CONDITIONAL_LOOKS[rule.look];
  return call(`rule ${rule.look} ${sheet}!${rule.ref}`, (host) => {
    const format = host.sheet(sheet).getRange(rule.ref).conditionalFormats.add("Custom");
    format.custom.rule.formula = formula;
    format.custom.format.fill.color = look.fill;
    format.custom.format.font.color = look.fontColor;
  }, formula);
}

/**
 * A chart: Excel's funnel where the host has it (ExcelApi 1.9), else a clustered bar chart with the category
 * axis reversed so that the first stage is on top, like a funnel.
 *
 * When the categories sit just left of the values (the Dashboard's stage and reached columns), Excel is given
 * both columns and takes the text column as the categories itself — no series calls, which the newer chart
 * types (funnel, waterfall) may refuse with UnsupportedOperation. A funnel also gets no title or legend calls
 * for the same reason (it has no legend, and its title is the range's header otherwise). Only a bar chart whose
 * categories are elsewhere sets them through the series (ExcelApi 1.7).
 */
export function chartOperation(sheet: string, chart: ChartSpec, supports: (feature: Feature) => boolean): CallOperation {
  if (chart.kind === "line") return lineChartOperation(sheet, chart, supports);
  const funnel = chart.kind === "funnel" && supports("funnelChart");
  const at = parseA1Rect(chart.at);
  const end = `${columnLetter(at.left + chart.columns - 1)}${at.top + chart.rows - 1}`;
  const values = parseA1Rect(chart.values);
  const categories = parseA1Rect(chart.categories);
  const adjacent = categories.left === values.left - 1 && categories.top === values.top && categories.bottom === values.bottom;
  const source = adjacent ? formatA1Rect({ ...values, left: categories.left }) : chart.values;
  return call(`chart ${funnel ? "funnel" : "bar"} ${sheet}!${source}`, (host) => {
    const worksheet = host.sheet(sheet);
    const added = worksheet.charts.add(funnel ? "Funnel" : "BarClustered", worksheet.getRange(source), "Columns");
    added.setPosition(chart.at, end);
    if (funnel) return;
    added.title.text = chart.title;
    added.legend.visible = false;
    if (supports("chartAxisOptions")) {
      if (!adjacent) added.series.getItemAt(0).setXAxisValues(worksheet.getRange(chart.categories));
      added.axes.categoryAxis.reversePlotOrder = true;
    }
  }, chart.title);
}

/**
 * A line chart: its series (`values`, then `secondValues` — side by side, so one source range of two columns, else
 * `values` alone) over the categories, named for the legend; the second on the secondary axis (ExcelApi 1.8).
 */
function lineChartOperation(sheet: string, chart: ChartSpec, supports: (feature: Feature) => boolean): CallOperation {
  const at = parseA1Rect(chart.at);
  const end = `${columnLetter(at.left + chart.columns - 1)}${at.top + chart.rows - 1}`;
  const values = parseA1Rect(chart.values);
  const second = chart.secondValues === undefined ? undefined : parseA1Rect(chart.secondValues);
  const paired = second !== undefined && second.left === values.right + 1 && second.top === values.top && second.bottom === values.bottom;
  const source = paired ? formatA1Rect({ ...values, right: second.right }) : chart.values;
  const seriesCount = paired ? 2 : 1;
  return call(`chart line ${sheet}!${source}`, (host) => {
    const worksheet = host.sheet(sheet);
    const added = worksheet.charts.add("LineMarkers", worksheet.getRange(source), "Columns");
    added.setPosition(chart.at, end);
    added.title.text = chart.title;
    for (let index = 0; index < seriesCount; index++) {
      const series = added.series.getItemAt(index);
      const name = chart.seriesNames?.[index];
      if (supports("chartAxisOptions")) {
        series.setXAxisValues(worksheet.getRange(chart.categories));
        if (name !== undefined) series.name = name;
      }
      if (index === 1 && supports("secondaryAxis")) series.axisGroup = "Secondary";
    }
    if (chart.valuesFormat !== undefined && supports("secondaryAxis")) added.axes.valueAxis.numberFormat = chart.valuesFormat;
  }, chart.title);
}

/** Frozen rows and columns: freezeAt over the top-left corner, or rows or columns alone. */
function freezeOperation(sheet: string, freeze: NonNullable<SheetSpec["freeze"]>): RenderOperation {
  return call(`freeze ${sheet} ${freeze.rows}x${freeze.columns}`, (host) => {
    const panes = host.sheet(sheet).freezePanes;
    if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(formatA1Rect({ top: 1, left: 1, bottom: freeze.rows, right: freeze.columns }));
    else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
    else if (freeze.columns > 0) panes.freezeColumns(freeze.columns);
  });
}

/**
 * A workbook name. The reference is handed over as a Range of its sheet (not as text, which some Excel builds
 * stored as a quoted string), and as a formula when it is not a plain sheet reference.
 */
export function nameOperation(defined: DefinedName): RenderOperation {
  return call(`name ${defined.name}`, (host) => {
    const rect = tryParseA1Rect(defined.ref);
    const reference = rect?.sheet === undefined ? `=${defined.ref}` : host.sheet(rect.sheet).getRange(formatA1Rect(rect, { absolute: true, sheet: false }));
    host.context.workbook.names.add(defined.name, reference);
  }, defined);
}

/**
 * Runs of adjacent column numbers, as [first, last], in order.
 * @example
 * columnRuns([17, 18, 20]) //=> [[17, 18], [20, 20]]
 */
export function columnRuns(columns: readonly number[]): [first: number, last: number][] {
  const out: [number, number][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const previous = out[out.length - 1];
    if (previous !== undefined && column <= previous[1] + 1) previous[1] = Math.max(previous[1], column);
    else out.push([column, column]);
  }
  return out;
}

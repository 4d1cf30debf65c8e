import { columnLetter } from "../../core/model/cells";
import type { ChartSpec } from "../../core/template/types";
import { parseA1Rect } from "../../core/template/a1Rect";

/**
 * The DrawingML parts of a chart in an .xlsx (ECMA-376 Part 1, §21.2 charts and §20.5 spreadsheet drawing),
 * as text. exceljs writes no charts; addCharts.ts puts these parts into the package it wrote.
 *
 * A "funnel" of the spec is written as a bar chart sorted like a funnel — the first stage on top (categories
 * in reverse order), one bar per stage, its value printed at the bar — since the real funnel chart (chartex,
 * Office 2016+) is not read by LibreOffice or WPS. A "bar" chart of the spec is drawn the same way, rows top to
 * bottom as the sheet lists them (as the Sheets renderer draws both). The value axis is left out: the labels
 * say the numbers. A "line" chart draws its `values` against the left axis and its `secondValues`, if any, against
 * a right axis of their own (a rate beside days), with a legend naming both.
 */

const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** The bars' colour: the template's dark blue (its header text and chart colour in Excel). */
const BAR_COLOR = "2F5597";

/** Text for an XML attribute value (double-quoted). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!);
}

/** Text for XML character data (a quote needs no escape there, and a chart formula reads better without). */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[char]!);
}

/**
 * A range of `sheet` as a chart formula writes it: sheet name quoted, cells absolute.
 * @example
 * chartRange("Dashboard", "A5:A10") //=> "'Dashboard'!$A$5:$A$10"
 */
export function chartRange(sheet: string, ref: string): string {
  const { top, left, bottom, right } = parseA1Rect(ref);
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetter(left)}$${top}:$${columnLetter(right)}$${bottom}`;
}

/** xl/charts/chartN.xml for a chart of `sheet`. */
export function chartXml(chart: ChartSpec, sheet: string): string {
  if (chart.kind === "line") return lineChartXml(chart, sheet);
  return chartSpace(
    chart.title,
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOR}"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeText(chartRange(sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(chartRange(sheet, chart.values))}</c:f></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="40"/><c:axId val="1001"/><c:axId val="1002"/>` +
    `</c:barChart>` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>`,
  );
}

/** One chart placed on a sheet: the spec and the id of the drawing's relationship to its chart part. */
export interface PlacedChart {
  readonly chart: ChartSpec;
  readonly relationshipId: string;
}

/**
 * xl/drawings/drawingN.xml: each chart anchored at its `at` cell, `columns` × `rows` cells large, moving with
 * the cells but not resized by them.
 */
export function drawingXml(charts: readonly PlacedChart[]): string {
  const anchors = charts.map(({ chart, relationshipId }, index) => {
    const { top, left } = parseA1Rect(chart.at);
    const marker = (column: number, row: number) =>
      `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">` +
      `<xdr:from>${marker(left - 1, top - 1)}</xdr:from><xdr:to>${marker(left - 1 + chart.columns, top - 1 + chart.rows)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" r:id="${relationshipId}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_SPREADSHEET_DRAWING}" xmlns:a="${NS_DRAWING}" xmlns:r="${NS_RELATIONSHIPS}">${anchors.join("")}</xdr:wsDr>`
  );
}

/** The second series' colour: the template's orange (the Dashboard's tab). */
const SECOND_COLOR = "ED7D31";

/** An axis's number format: its own when given, else the cells' (General, linked to the source). */
function axisFormat(format: string | undefined): string {
  return format === undefined ? `<c:numFmt formatCode="General" sourceLinked="1"/>` : `<c:numFmt formatCode="${escapeText(format)}" sourceLinked="0"/>`;
}

/**
 * A line chart: `values` on the left axis (in `valuesFormat`, else as the cells are), `secondValues` on a right axis, over the
 * categories (months: numbers shown in the cells' format). Two `lineChart` groups, one per axis pair, as Excel writes
 * a secondary axis.
 */
function lineChartXml(chart: ChartSpec, sheet: string): string {
  const series = [chart.values, ...(chart.secondValues === undefined ? [] : [chart.secondValues])];
  const group = (values: string, index: number) => {
    const [catId, valId] = [2001 + index * 2, 2002 + index * 2];
    const color = index === 0 ? BAR_COLOR : SECOND_COLOR;
    const name = chart.seriesNames?.[index];
    return (
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
      `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
      (name === undefined ? "" : `<c:tx><c:v>${escapeText(name)}</c:v></c:tx>`) +
      `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>` +
      `<c:cat><c:numRef><c:f>${escapeText(chartRange(sheet, chart.categories))}</c:f></c:numRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeText(chartRange(sheet, values))}</c:f></c:numRef></c:val>` +
      `<c:smooth val="0"/></c:ser>` +
      `<c:marker val="1"/><c:axId val="${catId}"/><c:axId val="${valId}"/></c:lineChart>`
    );
  };
  const axes = (index: number) => {
    const [catId, valId] = [2001 + index * 2, 2002 + index * 2];
    const secondary = index === 1;
    return (
      `<c:catAx><c:axId val="${catId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${secondary ? 1 : 0}"/>` +
      `<c:axPos val="b"/><c:numFmt formatCode="yyyy-mm" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
      `<c:crossAx val="${valId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      `<c:valAx><c:axId val="${valId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
      `<c:axPos val="${secondary ? "r" : "l"}"/>${secondary ? "" : "<c:majorGridlines/>"}${axisFormat(secondary ? undefined : chart.valuesFormat)}<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
      `<c:crossAx val="${catId}"/><c:crosses val="${secondary ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
    );
  };
  return chartSpace(
    chart.title,
    `<c:plotArea><c:layout/>${series.map(group).join("")}${series.map((_, index) => axes(index)).join("")}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`,
  );
}

/** A chart part around its plot area (and legend): the chart space, the title, and how blanks and hidden cells show. */
function chartSpace(title: string, body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING}" xmlns:r="${NS_RELATIONSHIPS}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeText(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    body +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `</c:chartSpace>`
  );
}

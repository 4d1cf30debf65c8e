import JSZip from "jszip";
import type { WorkbookSpec } from "../../core/template/types";
import { chartXml, drawingXml, escapeXml, type PlacedChart } from "./chartXml";

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const NS_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * Worksheet children that come after `<drawing>` (ECMA-376 CT_Worksheet order): the drawing goes before the
 * first of them the sheet has, else at the end.
 */
const AFTER_DRAWING = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

/**
 * Adds the spec's charts to an .xlsx package exceljs wrote (exceljs writes none): for each sheet with charts, a
 * drawing part anchoring them and one chart part per chart (chartXml.ts), the relationships that join sheet →
 * drawing → chart, a `<drawing>` element in the sheet at its place in the schema's order, and the content
 * types. Nothing else in the package changes. A spec without charts gets the bytes back as they were.
 * @example
 * const bytes = await addCharts(await workbook.xlsx.writeBuffer(), spec);
 */
export async function addCharts(bytes: Buffer, spec: WorkbookSpec): Promise<Buffer> {
  if (spec.sheets.every((sheet) => sheet.charts.length === 0)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  await addChartsToZip(zip, spec);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** {@link addCharts} on a package held as a JSZip (its parts changed in place, nothing compressed). */
export async function addChartsToZip(zip: JSZip, spec: WorkbookSpec): Promise<void> {
  const withCharts = spec.sheets.filter((sheet) => sheet.charts.length > 0);
  if (withCharts.length === 0) return;
  const sheetParts = await worksheetParts(zip);
  const contentTypes: string[] = [];
  // Part names not taken yet: exceljs writes xl/drawings/drawingN.xml for a sheet with an image.
  const freeName = (folder: string, stem: string) => {
    let number = 1;
    while (zip.file(`${folder}/${stem}${number}.xml`) !== null) number++;
    return `${stem}${number}.xml`;
  };
  for (const sheet of withCharts) {
    const part = sheetParts.get(sheet.name);
    if (part === undefined) throw new Error(`addCharts: the package has no sheet named ${sheet.name}`);
    const drawingName = freeName("xl/drawings", "drawing");
    put(zip, `xl/drawings/${drawingName}`, ""); // reserved until written below
    const placed: PlacedChart[] = sheet.charts.map((chart, index) => ({ chart, relationshipId: `rId${index + 1}` }));
    const chartRelationships = placed.map(({ chart, relationshipId }) => {
      const chartName = freeName("xl/charts", "chart");
      put(zip, `xl/charts/${chartName}`, chartXml(chart, sheet.name));
      contentTypes.push(`<Override PartName="/xl/charts/${chartName}" ContentType="${CHART_TYPE}"/>`);
      return { id: relationshipId, type: REL_CHART, target: `../charts/${chartName}` };
    });
    put(zip, `xl/drawings/${drawingName}`, drawingXml(placed));
    put(zip, `xl/drawings/_rels/${drawingName}.rels`, relationshipsXml(chartRelationships));
    contentTypes.push(`<Override PartName="/xl/drawings/${drawingName}" ContentType="${DRAWING_TYPE}"/>`);

    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const existing = await zip.file(relsPath)?.async("string");
    const relationships = existing === undefined ? [] : readRelationships(existing);
    const drawingId = freeRelationshipId(relationships.map((relationship) => relationship.id));
    relationships.push({ id: drawingId, type: REL_DRAWING, target: `../drawings/${drawingName}` });
    put(zip, relsPath, relationshipsXml(relationships));
    const sheetXml = await zip.file(part)!.async("string");
    put(zip, part, withDrawing(sheetXml, drawingId));
  }
  const typesXml = await zip.file("[Content_Types].xml")!.async("string");
  put(zip, "[Content_Types].xml", typesXml.replace("</Types>", `${contentTypes.join("")}</Types>`));
}

/** Writes a part; no folder entries (an .xlsx lists files only). */
function put(zip: JSZip, path: string, text: string): void {
  zip.file(path, text, { createFolders: false });
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** "External" for a link outside the package (a hyperlink), kept as it was. */
  readonly mode?: string;
}

/** Sheet name → its part ("xl/worksheets/sheet4.xml"), from the workbook and its relationships. */
async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const relationships = readRelationships(await zip.file("xl/_rels/workbook.xml.rels")!.async("string"));
  const targets = new Map(relationships.map((relationship) => [relationship.id, relationship.target]));
  const parts = new Map<string, string>();
  for (const [element] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const attributes = readAttributes(element);
    const target = targets.get(attributes["r:id"] ?? "");
    if (attributes.name === undefined || target === undefined) continue;
    parts.set(attributes.name, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

function readRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([element]) => {
    const attributes = readAttributes(element);
    const relationship: Relationship = { id: attributes.Id ?? "", type: attributes.Type ?? "", target: attributes.Target ?? "" };
    return attributes.TargetMode === undefined ? relationship : { ...relationship, mode: attributes.TargetMode };
  });
}

function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map(
    ({ id, type, target, mode }) => `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"${mode ? ` TargetMode="${escapeXml(mode)}"` : ""}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PACKAGE_RELATIONSHIPS}">${items.join("")}</Relationships>`;
}

/** An element's attributes, entity references decoded. */
function readAttributes(element: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of element.matchAll(/([\w:]+)="([^"]*)"/g)) attributes[name] = unescapeXml(value);
  return attributes;
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, decimal: string, hex: string, named: string) => {
    if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[named as "amp"];
  });
}

function freeRelationshipId(taken: readonly string[]): string {
  let number = taken.length + 1;
  while (taken.includes(`rId${number}`)) number++;
  return `rId${number}`;
}

/**
 * The sheet with `<drawing r:id="…"/>` among its top-level elements, before the first that must follow it.
 * @throws {Error} when the sheet has a drawing already (exceljs writes one only for images; the template has none).
 */
export function withDrawing(sheetXml: string, relationshipId: string): string {
  let depth = 0;
  let insertAt = -1;
  for (const match of sheetXml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (closing === "/") {
      depth--;
      if (depth === 0 && insertAt < 0) insertAt = match.index ?? -1; // </worksheet>
      continue;
    }
    if (depth === 1) {
      const local = name.replace(/^.*:/, "");
      if (local === "drawing") throw new Error("withDrawing: the sheet has a drawing already");
      if (insertAt < 0 && AFTER_DRAWING.has(local)) insertAt = match.index ?? -1;
    }
    if (selfClosing !== "/") depth++;
  }
  if (insertAt < 0) throw new Error("withDrawing: not a worksheet");
  // exceljs declares the relationships prefix on <worksheet>; declared here otherwise.
  const prefix = /<worksheet\b[^>]*\sxmlns:r="/.test(sheetXml) ? "" : ` xmlns:r="${NS_RELATIONSHIPS}"`;
  return `${sheetXml.slice(0, insertAt)}<drawing${prefix} r:id="${relationshipId}"/>${sheetXml.slice(insertAt)}`;
}

import { ooxmlUnescape, tTexts, withoutElements, xmlTags } from "./xmlText";
import { zipPartText } from "./zipPartText";
import type { ZipPart } from "./zipSizes";

/** Whether a sheet shows as a tab: "visible", or hidden (Format → Hide) or "veryHidden" (only by code). */
export type SheetState = "visible" | "hidden" | "veryHidden";

/** A worksheet of a workbook, as workbook.xml lists it and its relationships place it. */
export interface WorkbookSheet {
  readonly name: string;
  readonly state: SheetState;
  /** The sheet's part in the archive, "xl/worksheets/sheet1.xml". */
  readonly path: string;
}

/**
 * The worksheets of a workbook in tab order, hidden ones included, the ones readWorkbook reads (exceljs): those
 * whose relationship targets a part named like `xl/worksheets/sheetN.xml` that the archive holds. Chart sheets
 * and dialog sheets are not worksheets.
 * @param workbookXml xl/workbook.xml; `relsXml` xl/_rels/workbook.xml.rels.
 * @example
 * workbookSheets('<sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets>',
 *   '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>', (path) => path === "xl/worksheets/sheet1.xml")
 * //=> [{ name: "Deals", state: "visible", path: "xl/worksheets/sheet1.xml" }]
 */
export function workbookSheets(workbookXml: string, relsXml: string, exists: (path: string) => boolean): WorkbookSheet[] {
  const targets = new Map(xmlTags(relsXml, "Relationship").map((rel) => [rel.Id, rel.Target] as const));
  const sheets: WorkbookSheet[] = [];
  for (const sheet of xmlTags(workbookXml, "sheet")) {
    const target = targets.get(sheet["r:id"]);
    if (target === undefined) continue;
    // As exceljs resolves it: relative to xl/, a leading "/xl/" (or white space) dropped.
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!/xl\/worksheets\/sheet(\d+)[.]xml/.test(path) || !exists(path)) continue;
    const state = sheet.state === "hidden" || sheet.state === "veryHidden" ? sheet.state : "visible";
    sheets.push({ name: sheet.name ?? "", state, path });
  }
  return sheets;
}

/**
 * Whether the workbook counts dates from 1904 (`<workbookPr date1904="1"/>`, exactly as exceljs reads it).
 * @example
 * isDate1904('<workbookPr date1904="1"/>') //=> true
 */
export function isDate1904(workbookXml: string): boolean {
  return xmlTags(workbookXml, "workbookPr").some((properties) => properties.date1904 === "1");
}

/** The built-in number formats that are dates or times in exceljs's table (14–22, 45–47). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** exceljs's table of built-in formats it knows by id (the others, locale-dependent, it does not resolve). */
const BUILT_IN_FORMATS = new Set([0, 1, 2, 3, 4, 9, 10, 11, 12, 13, ...BUILT_IN_DATE_FORMATS, 37, 38, 39, 40, 48, 49]);

/**
 * Whether a number format shows a date or time, by exceljs's rule (utils.isDateFmt): after dropping `[…]` and
 * `"…"`, it holds one of y m d h M s b.
 * @example
 * isDateFormat("yyyy-mm-dd") //=> true
 * isDateFormat('#,##0 "dm"') //=> false
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * For each cell style index (`s` of a cell, an `xf` of cellXfs), whether exceljs turns a number in it into a
 * date. Style 0 never does (exceljs skips a cell's style 0); a custom format overrides a built-in one of its id.
 * @example
 * dateStyles('<numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
 *   '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs>')
 * //=> [false, true, true, false]
 */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const format of xmlTags(stylesXml, "numFmt")) {
    if (format.formatCode !== undefined) custom.set(parseInt(format.numFmtId, 10), format.formatCode.replace(/[\\](.)/g, "$1"));
  }
  const start = stylesXml.indexOf("<cellXfs");
  const end = stylesXml.indexOf("</cellXfs>", start);
  if (start < 0) return [];
  const xfs = xmlTags(stylesXml.slice(start, end < 0 ? undefined : end), "xf");
  return xfs.map((xf, index) => {
    const id = parseInt(xf.numFmtId, 10);
    if (index === 0 || !id) return false;
    const code = custom.get(id);
    if (code) return isDateFormat(code);
    return BUILT_IN_FORMATS.has(id) && BUILT_IN_DATE_FORMATS.has(id);
  });
}

/**
 * The shared strings table (xl/sharedStrings.xml) as plain text, streamed: each `<si>` is its text, or its rich
 * text's runs joined, `_xHHHH_` escapes decoded and phonetic guides (`<rPh>`) left out, as readWorkbook's
 * grids show them. The table is the one thing held whole while a sheet is streamed.
 */
export async function sharedStrings(archive: Buffer, part: ZipPart): Promise<string[]> {
  const strings: string[] = [];
  let carry = "";
  for await (const piece of zipPartText(archive, part)) {
    const text = carry + piece;
    const cut = text.lastIndexOf("<si");
    if (cut <= 0) {
      carry = text;
      continue;
    }
    addStrings(text.slice(0, cut), strings);
    carry = text.slice(cut);
  }
  addStrings(carry, strings);
  return strings;
}

/** Adds the text of each complete `<si>` element of `xml`. */
function addStrings(xml: string, strings: string[]): void {
  for (let at = xml.indexOf("<si"); at >= 0; ) {
    const next = xml.charCodeAt(at + 3);
    if (next !== 32 && next !== 9 && next !== 10 && next !== 13 && next !== 47 && next !== 62) {
      at = xml.indexOf("<si", at + 3);
      continue;
    }
    const open = xml.indexOf(">", at);
    if (open < 0) return;
    if (xml.charCodeAt(open - 1) === 47) {
      strings.push("");
      at = xml.indexOf("<si", open);
      continue;
    }
    const close = xml.indexOf("</si>", open);
    if (close < 0) return;
    strings.push(stringItem(xml.slice(open + 1, close)));
    at = xml.indexOf("<si", close);
  }
}

/**
 * The plain text of one shared string item's content.
 * @example
 * stringItem('<r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r>') //=> "Rich text"
 * stringItem('<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh>')      //=> "漢字"
 */
export function stringItem(content: string): string {
  const item = withoutElements(content, "rPh");
  if (/<r[\s>]/.test(item)) {
    let text = "";
    for (let at = item.search(/<r[\s>]/); at >= 0; ) {
      const close = item.indexOf("</r>", at);
      const run = item.slice(at, close < 0 ? undefined : close);
      const texts = tTexts(run);
      if (texts.length > 0) text += ooxmlUnescape(texts[texts.length - 1]);
      if (close < 0) break;
      const next = item.slice(close).search(/<r[\s>]/);
      at = next < 0 ? -1 : close + next;
    }
    return text;
  }
  const texts = tTexts(item);
  return texts.length === 0 ? "" : ooxmlUnescape(texts[texts.length - 1]);
}

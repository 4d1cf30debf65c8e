/**
 * The small pieces of XML reading the streamed workbook reader needs, each doing what the XML parser exceljs
 * uses (saxes) and exceljs itself do to the same text, so that a streamed cell equals what readWorkbook reads.
 */

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Character data as an XML parser hands it over: the five named entities and character references decoded,
 * line ends (CR LF, a lone CR) made LF. An unknown entity is left as written.
 * @example
 * xmlText("R&amp;D &#x4E2D;&#25991;\r\n") //=> "R&D 中文\n"
 */
export function xmlText(raw: string): string {
  let text = raw;
  if (text.includes("&")) {
    text = text.replace(ENTITY, (whole, name: string) => {
      if (name.charCodeAt(0) !== 35) return NAMED[name];
      const code = name.charCodeAt(1) === 120 ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  return text;
}

/**
 * exceljs's second decoding of a `t="str"` cell's text (utils.xmlDecode): the five named entities only, as
 * written after the first decoding ("&amp;lt;" in the file reads "<").
 * @example
 * xmlDecodeAgain("a &lt; b &#65;") //=> "a < b &#65;"
 */
export function xmlDecodeAgain(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([a-z]*);/g, (whole, name: string) => (Object.hasOwn(NAMED, name) ? NAMED[name] : whole));
}

/**
 * The `_xHHHH_` escapes of OOXML strings (a character XML cannot hold, say a CR as `_x000D_`), decoded as
 * exceljs decodes them in shared strings and rich-text runs: four upper-case hex digits.
 * @example
 * ooxmlUnescape("a_x000D_b") //=> "a\rb"
 */
export function ooxmlUnescape(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The attributes of one start tag (the text between `<name` and `>`), values decoded.
 * @example
 * xmlAttributes(' name="R&amp;D" state=\'hidden\' r:id="rId2"') //=> { name: "R&D", state: "hidden", "r:id": "rId2" }
 */
export function xmlAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    // Attribute-value normalization: literal line ends and tabs are spaces (a character reference is kept).
    attributes[match[1]] = xmlText((match[2] ?? match[3]).replace(/\r\n|[\t\n\r]/g, " "));
  }
  return attributes;
}

/**
 * Every start tag named `name` in `xml` (not one whose name only begins so: `<sheet` is not `<sheets`), as its
 * attributes, in document order.
 * @example
 * xmlTags('<sheets><sheet name="A"/><sheet name="B"/></sheets>', "sheet") //=> [{ name: "A" }, { name: "B" }]
 */
export function xmlTags(xml: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    const next = xml.charCodeAt(at + open.length);
    if (next !== 32 && next !== 9 && next !== 10 && next !== 13 && next !== 47 && next !== 62) continue;
    const end = xml.indexOf(">", at);
    if (end < 0) break;
    found.push(xmlAttributes(xml.slice(at + open.length, end)));
  }
  return found;
}

/**
 * The text of each `<t>` element in `xml` (its character data, decoded; `<t/>` is ""), in order.
 * @example
 * tTexts('<r><t>a</t></r><r><t xml:space="preserve"> b</t></r><t/>') //=> ["a", " b", ""]
 */
export function tTexts(xml: string): string[] {
  const texts: string[] = [];
  for (let at = xml.indexOf("<t"); at >= 0; at = xml.indexOf("<t", at + 2)) {
    const next = xml.charCodeAt(at + 2);
    if (next !== 32 && next !== 9 && next !== 10 && next !== 13 && next !== 47 && next !== 62) continue;
    const end = xml.indexOf(">", at);
    if (end < 0) break;
    if (xml.charCodeAt(end - 1) === 47) {
      texts.push("");
      continue;
    }
    const close = xml.indexOf("</t>", end);
    if (close < 0) break;
    texts.push(xmlText(xml.slice(end + 1, close)));
    at = close;
  }
  return texts;
}

/**
 * Removes every `<name …>…</name>` element (and `<name/>`) from `xml`.
 * @example
 * withoutElements("<t>漢字</t><rPh sb=\"0\"><t>かんじ</t></rPh>", "rPh") //=> "<t>漢字</t>"
 */
export function withoutElements(xml: string, name: string): string {
  if (!xml.includes(`<${name}`)) return xml;
  return xml.replace(new RegExp(`<${name}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${name}>)`, "g"), "");
}

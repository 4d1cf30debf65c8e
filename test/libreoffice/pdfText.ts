import { inflateSync } from "node:zlib";

/**
 * The text of each page of a PDF as LibreOffice writes it, without poppler (not installed in CI): objects read in
 * order ("N 0 obj … endobj", a stream skipped by its /Length), content streams inflated (FlateDecode), and each font's codes mapped to
 * Unicode through its ToUnicode CMap (bfchar and bfrange). A page's shown strings are joined without spaces, in
 * the order drawn, and grouped into lines by height — enough to ask whether a word is on a page and whether a
 * paragraph was broken into lines, not to read the layout.
 * @example
 * pdfPageTexts(readFileSync("goals.pdf"))[0].text.includes("目标") //=> true
 */
export function pdfPageTexts(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf);
  const cmaps = new Map<string, CMap>();
  const cmapOf = (fontRef: string): CMap | undefined => {
    if (!cmaps.has(fontRef)) {
      const font = objects.get(fontRef);
      const toUnicode = font === undefined ? null : /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font.dict);
      const stream = toUnicode === null ? undefined : objects.get(toUnicode[1])?.stream;
      cmaps.set(fontRef, stream === undefined ? { bytes: 1, map: new Map() } : parseCMap(stream.toString("latin1")));
    }
    return cmaps.get(fontRef);
  };
  return pageOrder(objects).map((page) => {
    const object = objects.get(page)!;
    const fonts = fontRefs(object.dict, objects);
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(object.dict)?.[1] ?? "";
    const shown: PdfPage = { text: "", lines: [] };
    for (const [, ref] of contents.matchAll(/(\d+)\s+0\s+R/g)) {
      const stream = objects.get(ref)?.stream;
      if (stream === undefined) continue;
      const part = showText(stream.toString("latin1"), (name) => cmapOf(fonts.get(name) ?? ""));
      shown.text += part.text;
      shown.lines.push(...part.lines);
    }
    return shown;
  });
}

/** A page's text: everything shown, in the order drawn, and the same grouped into lines by height. */
export interface PdfPage {
  text: string;
  readonly lines: string[];
}

interface PdfObject {
  readonly dict: string;
  readonly stream?: Buffer;
}

interface CMap {
  /** Bytes per code (1 or 2, from the codespace range). */
  readonly bytes: number;
  readonly map: Map<number, string>;
}

function readObjects(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<string, PdfObject>();
  const lengths: { ref: string; length: string; dict: string; from: number }[] = [];
  // Read in order: a stream is skipped by its /Length, so that its bytes are never taken for an object's frame.
  const header = /(\d+)\s+0\s+obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text)) !== null) {
    const body = match.index + match[0].length;
    const streamAt = text.indexOf("stream", body);
    const endAt = text.indexOf("endobj", body);
    if (endAt < 0) break;
    if (streamAt < 0 || streamAt > endAt) {
      objects.set(match[1], { dict: text.slice(body, endAt) });
      header.lastIndex = endAt;
      continue;
    }
    const dict = text.slice(body, streamAt);
    let from = streamAt + "stream".length;
    if (text[from] === "\r") from++;
    if (text[from] === "\n") from++;
    const length = /\/Length\s+(\d+)(\s+0\s+R)?/.exec(dict);
    if (length === null) throw new Error(`PDF object ${match[1]}: a stream without a length`);
    if (length[2] === undefined) {
      const to = from + Number(length[1]);
      objects.set(match[1], { dict, stream: decoded(dict, pdf.subarray(from, to)) });
      header.lastIndex = to;
    } else {
      // An indirect length: its object comes later; the stream ends at "endstream".
      lengths.push({ ref: match[1], length: length[1], dict, from });
      header.lastIndex = from;
      const to = text.indexOf("endstream", from);
      header.lastIndex = to;
    }
  }
  for (const { ref, length, dict, from } of lengths) {
    const bytes = Number(objects.get(length)?.dict.trim());
    objects.set(ref, { dict, stream: decoded(dict, pdf.subarray(from, from + bytes)) });
  }
  return objects;
}

function decoded(dict: string, raw: Buffer): Buffer {
  return /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
}

/** The page objects in reading order, from the catalog's page tree. */
function pageOrder(objects: Map<string, PdfObject>): string[] {
  const catalog = [...objects.values()].find((object) => /\/Type\s*\/Catalog/.test(object.dict));
  const root = catalog === undefined ? undefined : /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog.dict)?.[1];
  const pages: string[] = [];
  const walk = (ref: string) => {
    const dict = objects.get(ref)?.dict ?? "";
    if (/\/Type\s*\/Page(?![a-zA-Z])/.test(dict)) {
      pages.push(ref);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? "";
    for (const [, kid] of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(kid);
  };
  if (root !== undefined) walk(root);
  return pages;
}

/** A page's font names (/F1 …) and the objects they point at, through an inline or referenced resource dictionary. */
function fontRefs(pageDict: string, objects: Map<string, PdfObject>): Map<string, string> {
  const resources = /\/Resources\s*(\d+)\s+0\s+R/.exec(pageDict)?.[1];
  let dict = resources === undefined ? pageDict : (objects.get(resources)?.dict ?? "");
  const font = /\/Font\s*(\d+)\s+0\s+R/.exec(dict);
  if (font !== null) dict = objects.get(font[1])?.dict ?? "";
  else dict = /\/Font\s*<<([\s\S]*?)>>/.exec(dict)?.[1] ?? "";
  const fonts = new Map<string, string>();
  for (const [, name, ref] of dict.matchAll(/\/([A-Za-z0-9_.+-]+)\s+(\d+)\s+0\s+R/g)) fonts.set(name, ref);
  return fonts;
}

function hexCodes(hex: string): number[] {
  const clean = hex.replace(/\s+/g, "");
  const codes: number[] = [];
  for (let i = 0; i < clean.length; i += 2) codes.push(parseInt(clean.slice(i, i + 2).padEnd(2, "0"), 16));
  return codes;
}

function utf16(hex: string): string {
  const clean = hex.replace(/\s+/g, "");
  let text = "";
  for (let i = 0; i + 4 <= clean.length; i += 4) text += String.fromCharCode(parseInt(clean.slice(i, i + 4), 16));
  return text;
}

function parseCMap(text: string): CMap {
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(text);
  const bytes = space === null ? 1 : space[1].length / 2;
  const map = new Map<number, string>();
  for (const [, block] of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code, 16), utf16(value));
  }
  for (const [, block] of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, value] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = utf16(value);
      for (let code = parseInt(low, 16); code <= parseInt(high, 16); code++) {
        map.set(code, first.slice(0, -1) + String.fromCharCode(first.charCodeAt(first.length - 1) + code - parseInt(low, 16)));
      }
    }
  }
  return { bytes, map };
}

/**
 * The strings a content stream shows (Tj, TJ, ' and "), decoded through the current font's CMap: all of them in the
 * order drawn, and as lines, the text objects (BT … ET) at the same height (the y of their first Td or Tm, to a
 * tenth of a point) joined.
 */
function showText(content: string, cmapOf: (font: string) => CMap | undefined): PdfPage {
  let font: CMap | undefined;
  let text = "";
  let drawn = "";
  let y: string | undefined;
  const lines = new Map<string, string>();
  const decode = (codes: number[]) => {
    if (font === undefined) return;
    for (let i = 0; i + font.bytes <= codes.length; i += font.bytes) {
      const code = font.bytes === 2 ? codes[i] * 256 + codes[i + 1] : codes[i];
      text += font.map.get(code) ?? "";
    }
  };
  const literal = (body: string) => {
    const codes: number[] = [];
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== "\\") {
        codes.push(body.charCodeAt(i));
        continue;
      }
      const next = body[++i];
      const octal = /^[0-7]{1,3}/.exec(body.slice(i));
      if (octal !== null) {
        codes.push(parseInt(octal[0], 8));
        i += octal[0].length - 1;
      } else codes.push({ n: 10, r: 13, t: 9, b: 8, f: 12 }[next as "n"] ?? next.charCodeAt(0));
    }
    return codes;
  };
  const number = "-?[\\d.]+";
  const token = new RegExp(
    `\\/([A-Za-z0-9_.+-]+)\\s+[\\d.]+\\s+Tf|<([0-9A-Fa-f\\s]*)>|\\(((?:\\\\[\\s\\S]|[^\\\\)])*)\\)|(\\bET\\b)|${number}\\s+(${number})\\s+Td|(?:${number}\\s+){5}(${number})\\s+Tm`,
    "g",
  );
  for (const match of content.matchAll(token)) {
    if (match[4] !== undefined) {
      const at = y ?? "";
      lines.set(at, (lines.get(at) ?? "") + text);
      drawn += text;
      text = "";
      y = undefined;
    } else if (match[5] !== undefined || match[6] !== undefined) y ??= Number(match[5] ?? match[6]).toFixed(1);
    else if (match[1] !== undefined) font = cmapOf(match[1]);
    else if (match[2] !== undefined) decode(hexCodes(match[2]));
    else if (match[3] !== undefined) decode(literal(match[3]));
  }
  if (text !== "") lines.set(y ?? "", (lines.get(y ?? "") ?? "") + text);
  return { text: drawn + text, lines: [...lines.values()] };
}

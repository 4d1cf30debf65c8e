/**
 * Text as exceljs writes it in XML (its utils.xmlEncode): the five entities escaped, and the control characters
 * XML 1.0 cannot hold (and DEL) dropped.
 * @example
 * xmlEncode('IF(A1="",1)') //=> "IF(A1=&quot;&quot;,1)"
 */
export function xmlEncode(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/.test(text)
    ? // eslint-disable-next-line no-control-regex
      text.replace(/[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ENTITIES[char] ?? "")
    : text;
}

const ENTITIES: Readonly<Record<string, string>> = { '"': "&quot;", "&": "&amp;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };

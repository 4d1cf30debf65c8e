import { toOoxmlFormula } from "./ooxmlFormula";
import { xmlEncode } from "./xmlEncode";

/**
 * A spec formula as the text of a sheet's `<f>` element, as the in-memory writer stores it through exceljs: the
 * leading "=" dropped, post-2007 functions prefixed ({@link toOoxmlFormula}), XML-escaped as exceljs escapes
 * ({@link xmlEncode}).
 *
 * A big sheet repeats one formula down its rows with only the row numbers changed, so the work is done once per
 * shape: the formula with its runs of digits taken out is the key, and the digits are put back in order. Both
 * steps keep digits where they are and never look at them (a prefix holds no digit), except in a function name
 * with a digit in it (T.DIST.2T): formulas with such a call are converted whole, never from the cache.
 * @example
 * formulaXml('=IF(A2="",PERCENTILE.INC(B2:B9,0.9),"")') //=> 'IF(A2=&quot;&quot;,_xlfn.PERCENTILE.INC(B2:B9,0.9),&quot;&quot;)'
 */
export function formulaXml(formula: string): string {
  const bare = formula.charCodeAt(0) === 61 ? formula.slice(1) : formula; // "="
  if (bare.includes(HOLE)) return xmlEncode(toOoxmlFormula(bare));
  const digits = bare.match(DIGITS);
  if (digits === null) return xmlEncode(toOoxmlFormula(bare));
  const key = bare.split(DIGITS).join(HOLE);
  let shape = shapes.get(key);
  if (shape === undefined) {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shape = DIGIT_IN_FUNCTION.test(key) ? null : xmlEncode(toOoxmlFormula(key)).split(HOLE);
    shapes.set(key, shape);
  }
  if (shape === null) return xmlEncode(toOoxmlFormula(bare));
  let out = shape[0];
  for (let i = 1; i < shape.length; i++) out += digits[i - 1] + shape[i];
  return out;
}

const DIGITS = /\d+/g;
/** Stands for a run of digits: a private-use character, no name part, not escaped in XML. */
const HOLE = "\uE000";
/** A function called by a name with a digit (a hole, in a key) in it: `T.DIST.2T(`, `LOG10 (`. */
const DIGIT_IN_FUNCTION = /[A-Za-z_.\\][\w.\\\uE000]*\uE000[\w.\\\uE000]*\s*\(/;
/** Converted shapes kept (a template has a few dozen). */
const MAX_SHAPES = 4096;
/** Each key's text around its holes, or null when it must be converted whole. */
const shapes = new Map<string, string[] | null>();

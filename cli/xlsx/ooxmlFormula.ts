/**
 * Excel stores every function added after Excel 2007 under a prefix in the file (OOXML): a formula that says
 * `PERCENTILE.INC(...)` in the formula bar is `_xlfn.PERCENTILE.INC(...)` in the .xlsx. Written without it,
 * Excel shows `#NAME?` until the cell is re-entered; LibreOffice and Google Sheets read both spellings. The
 * spec writes formulas as a person types them; {@link toOoxmlFormula} adds the prefixes, in this one place.
 */
import { closingQuote } from "../../core/template/formulaText";

/** Functions Excel writes as `_xlfn.NAME` (Excel 2010, 2013, 2016, 2019 and 365 additions). */
const FUTURE_FUNCTIONS: readonly string[] = [
  // Excel 2010: the renamed statistics functions and a few new ones.
  "AGGREGATE", "BETA.DIST", "BETA.INV", "BINOM.DIST", "BINOM.INV", "CEILING.PRECISE", "CHISQ.DIST",
  "CHISQ.DIST.RT", "CHISQ.INV", "CHISQ.INV.RT", "CHISQ.TEST", "CONFIDENCE.NORM", "CONFIDENCE.T",
  "COVARIANCE.P", "COVARIANCE.S", "ERF.PRECISE", "ERFC.PRECISE", "EXPON.DIST", "F.DIST", "F.DIST.RT", "F.INV",
  "F.INV.RT", "F.TEST", "FLOOR.PRECISE", "GAMMA.DIST", "GAMMA.INV", "GAMMALN.PRECISE", "HYPGEOM.DIST",
  "LOGNORM.DIST", "LOGNORM.INV", "MODE.MULT", "MODE.SNGL", "NEGBINOM.DIST", "NETWORKDAYS.INTL", "NORM.DIST",
  "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "PERCENTILE.EXC", "PERCENTILE.INC", "PERCENTRANK.EXC",
  "PERCENTRANK.INC", "POISSON.DIST", "QUARTILE.EXC", "QUARTILE.INC", "RANK.AVG", "RANK.EQ", "STDEV.P",
  "STDEV.S", "T.DIST", "T.DIST.2T", "T.DIST.RT", "T.INV", "T.INV.2T", "T.TEST", "VAR.P", "VAR.S",
  "WEIBULL.DIST", "WORKDAY.INTL", "Z.TEST",
  // Excel 2013.
  "ACOT", "ACOTH", "ARABIC", "BASE", "BINOM.DIST.RANGE", "BITAND", "BITLSHIFT", "BITOR", "BITRSHIFT", "BITXOR",
  "CEILING.MATH", "COMBINA", "COT", "COTH", "CSC", "CSCH", "DAYS", "DECIMAL", "ENCODEURL", "FILTERXML",
  "FLOOR.MATH", "FORMULATEXT", "GAMMA", "GAUSS", "IFNA", "IMCOSH", "IMCOT", "IMCSC", "IMCSCH", "IMSEC", "IMSECH",
  "IMSINH", "IMTAN", "ISFORMULA", "ISOWEEKNUM", "MUNIT", "NUMBERVALUE", "PDURATION", "PERMUTATIONA", "PHI",
  "RRI", "SEC", "SECH", "SHEET", "SHEETS", "SKEW.P", "UNICHAR", "UNICODE", "WEBSERVICE", "XOR",
  // Excel 2016 and 2019.
  "CONCAT", "FORECAST.ETS", "FORECAST.ETS.CONFINT", "FORECAST.ETS.SEASONALITY", "FORECAST.ETS.STAT",
  "FORECAST.LINEAR", "IFS", "MAXIFS", "MINIFS", "SWITCH", "TEXTJOIN",
  // Excel 365. (Dynamic-array formulas also need array metadata this writer does not produce: avoid them.)
  "ARRAYTOTEXT", "BYCOL", "BYROW", "CHOOSECOLS", "CHOOSEROWS", "DROP", "EXPAND", "HSTACK", "ISOMITTED", "LAMBDA",
  "LET", "MAKEARRAY", "MAP", "RANDARRAY", "REDUCE", "SCAN", "SEQUENCE", "SORTBY", "TAKE", "TEXTAFTER",
  "TEXTBEFORE", "TEXTSPLIT", "TOCOL", "TOROW", "UNIQUE", "VALUETOTEXT", "VSTACK", "WRAPCOLS", "WRAPROWS",
  "XLOOKUP", "XMATCH",
];

/** Functions whose file name carries a second prefix. */
const WORKSHEET_FUNCTIONS: readonly string[] = ["FILTER", "SORT"];

const PREFIX_OF: ReadonlyMap<string, string> = new Map([
  ...FUTURE_FUNCTIONS.map((name) => [name, "_xlfn."] as const),
  ...WORKSHEET_FUNCTIONS.map((name) => [name, "_xlfn._xlws."] as const),
]);

/** The prefix Excel stores before function `name` ("" for functions Excel 2007 already had). */
export function ooxmlPrefix(name: string): string {
  return PREFIX_OF.get(name.toUpperCase()) ?? "";
}

const NAME_START = /[A-Za-z_\\]/;
const NAME_PART = /[A-Za-z0-9_.\\]/;

/**
 * A formula as Excel stores it in a file: every post-2007 function called in it gets its `_xlfn.` prefix (and
 * its name upper-cased). Text in double quotes, quoted sheet names and structured references in brackets are
 * left alone; names that already carry a prefix are not prefixed twice.
 * @example
 * toOoxmlFormula('IFERROR(PERCENTILE.INC(D2:D9,0.9),"")') //=> 'IFERROR(_xlfn.PERCENTILE.INC(D2:D9,0.9),"")'
 * toOoxmlFormula('"IFS(" & A1')                             //=> '"IFS(" & A1'
 * toOoxmlFormula("FILTER(A:A,B:B>0)")                       //=> "_xlfn._xlws.FILTER(A:A,B:B>0)"
 */
export function toOoxmlFormula(formula: string): string {
  if (!callsPrefixed(formula)) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      const end = closingQuote(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (char === "[") {
      const end = closingBracket(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (NAME_START.test(char)) {
      let end = i + 1;
      while (end < formula.length && NAME_PART.test(formula[end])) end++;
      const name = formula.slice(i, end);
      let next = end;
      while (formula[next] === " ") next++;
      const prefix = formula[next] === "(" ? ooxmlPrefix(name) : "";
      out += prefix === "" ? name : prefix + name.toUpperCase();
      i = end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/**
 * False when no function called in `formula` takes a prefix, so the formula is stored as written: a quick scan
 * for `name(` anywhere, quotes and brackets included (a match there only sends the formula the slow way).
 * Every call the tokenizer of {@link toOoxmlFormula} sees is among the matches, with the same name.
 */
function callsPrefixed(formula: string): boolean {
  for (const [, name] of formula.matchAll(CALL)) if (PREFIX_OF.has(name.toUpperCase())) return true;
  return false;
}

/** A name followed by "(", spaces allowed between (NAME_START then NAME_PART characters). */
const CALL = /([A-Za-z_\\][A-Za-z0-9_.\\]*) *\(/g;

/** Index just past the bracket that closes the one at `start`, nested brackets included ("[[#This Row],[x]]"). */
function closingBracket(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    if (formula[i] === "'" && depth > 0) {
      i++; // ' escapes the next character inside a structured reference
    } else if (formula[i] === "[") {
      depth++;
    } else if (formula[i] === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return formula.length;
}

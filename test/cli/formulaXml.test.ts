import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formulaXml } from "../../cli/xlsx/formulaXml";
import { toOoxmlFormula } from "../../cli/xlsx/ooxmlFormula";
import { xmlEncode } from "../../cli/xlsx/xmlEncode";

describe("formulaXml: a formula as a sheet's <f> text, converted once per shape", () => {
  it("prefixes, escapes and drops the leading = (hand-written)", () => {
    expect(formulaXml('=IF(A2="",PERCENTILE.INC(B2:B9,0.9),"")')).toBe("IF(A2=&quot;&quot;,_xlfn.PERCENTILE.INC(B2:B9,0.9),&quot;&quot;)");
    expect(formulaXml("'线索 1'!A1&\"<>\"")).toBe("&apos;线索 1&apos;!A1&amp;&quot;&lt;&gt;&quot;");
  });

  it("puts each row's own digits back into a shape it has seen", () => {
    expect(formulaXml('IF(C7="","",INT(C7)-INT(MIN(B7:C7)))')).toBe("IF(C7=&quot;&quot;,&quot;&quot;,INT(C7)-INT(MIN(B7:C7)))");
    expect(formulaXml('IF(C12345="","",INT(C12345)-INT(MIN(B12345:C8)))')).toBe("IF(C12345=&quot;&quot;,&quot;&quot;,INT(C12345)-INT(MIN(B12345:C8)))");
    expect(formulaXml('"a1"&STDEV.S(A1:A9)')).toBe("&quot;a1&quot;&amp;_xlfn.STDEV.S(A1:A9)");
    expect(formulaXml('"a22"&STDEV.S(A22:A9)')).toBe("&quot;a22&quot;&amp;_xlfn.STDEV.S(A22:A9)");
  });

  it("converts whole a call whose name holds a digit: T.DIST.2T is prefixed, LOG10 is not", () => {
    expect(formulaXml("T.DIST.2T(A1,2)")).toBe("_xlfn.T.DIST.2T(A1,2)");
    expect(formulaXml("T.DIST.3T(A1,2)")).toBe("T.DIST.3T(A1,2)");
    expect(formulaXml("LOG10(A5)+t.inv.2t (0.05,4)")).toBe("LOG10(A5)+_xlfn.T.INV.2T (0.05,4)");
  });

  it("equals the conversion done whole, for any formula-like text (the cache never changes a result)", () => {
    const piece = fc.constantFrom("A", "B", "1", "22", "0.5", "(", ")", ",", '"', "'", "&", "<", ":", "$", " ", ".", "_", "\\", "IFS", "T.DIST.2T", "STDEV.S", "SUM", "1E+3", "[", "]", "#", "线索", "\uE000", "=");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const formula = pieces.join("");
        expect(formulaXml(formula)).toBe(xmlEncode(toOoxmlFormula(formula.replace(/^=/, ""))));
      }),
      { numRuns: 3000 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { ooxmlPrefix, toOoxmlFormula } from "../../cli/xlsx/ooxmlFormula";

describe("toOoxmlFormula", () => {
  it("prefixes post-2007 functions and leaves Excel 2007 ones alone", () => {
    expect(toOoxmlFormula("IFERROR(PERCENTILE.INC(D2:D9,0.9),\"\")")).toBe('IFERROR(_xlfn.PERCENTILE.INC(D2:D9,0.9),"")');
    expect(toOoxmlFormula("1-NORM.S.DIST(ABS(B5),TRUE)")).toBe("1-_xlfn.NORM.S.DIST(ABS(B5),TRUE)");
    expect(toOoxmlFormula("IFS(A1>1,\"a\",TRUE,\"b\")&CONCAT(B1:B3)")).toBe('_xlfn.IFS(A1>1,"a",TRUE,"b")&_xlfn.CONCAT(B1:B3)');
    expect(toOoxmlFormula("PERCENTILE(D2:D9,0.9)+NORMSDIST(1)+COUNTIFS(A:A,1)+MEDIAN(B:B)")).toBe(
      "PERCENTILE(D2:D9,0.9)+NORMSDIST(1)+COUNTIFS(A:A,1)+MEDIAN(B:B)",
    );
  });

  it("upper-cases the prefixed name and allows a space before the parenthesis", () => {
    expect(toOoxmlFormula("stdev.s (A1:A4)")).toBe("_xlfn.STDEV.S (A1:A4)");
  });

  it("uses the worksheet prefix for FILTER and SORT", () => {
    expect(toOoxmlFormula("SORT(FILTER(A2:A9,B2:B9>0))")).toBe("_xlfn._xlws.SORT(_xlfn._xlws.FILTER(A2:A9,B2:B9>0))");
    expect(ooxmlPrefix("sortby")).toBe("_xlfn.");
    expect(ooxmlPrefix("SUM")).toBe("");
  });

  it("never prefixes twice, nor inside text, quoted sheet names or structured references", () => {
    expect(toOoxmlFormula("_xlfn.PERCENTILE.INC(A1:A3,0.5)")).toBe("_xlfn.PERCENTILE.INC(A1:A3,0.5)");
    expect(toOoxmlFormula('"IFS(" & A1 & "say ""CONCAT(x)"""')).toBe('"IFS(" & A1 & "say ""CONCAT(x)"""');
    expect(toOoxmlFormula("SUM('IFS(x)'!A1:A3)")).toBe("SUM('IFS(x)'!A1:A3)");
    expect(toOoxmlFormula("SUM(Deals[IFS(n)])+SUM(Deals[[#This Row],[CONCAT(x)]])")).toBe(
      "SUM(Deals[IFS(n)])+SUM(Deals[[#This Row],[CONCAT(x)]])",
    );
  });

  it("leaves names that are not calls alone (a defined name or sheet called like a function)", () => {
    expect(toOoxmlFormula("DAYS+SHEET!A1+IFS")).toBe("DAYS+SHEET!A1+IFS");
  });
});

import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvScanner, UnclosedQuote, unquoteField } from "../../../cli/csv/csvScanner";

const decoder = new TextDecoder();

/** Scans `text` cut into chunks at `cuts` (byte offsets), and decodes every field. */
function scanned(text: string, cuts: readonly number[] = [], delimiter = ","): string[][] {
  const bytes = new TextEncoder().encode(text);
  const rows: string[][] = [];
  const scanner = new CsvScanner(delimiter.charCodeAt(0), (record) => {
    const row: string[] = [];
    for (let i = 0; i < record.count; i++) row.push(unquoteField(decoder.decode(record.bytes.subarray(record.starts[i], record.ends[i])), record.quoted[i]));
    rows.push(row);
  });
  let from = 0;
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b)) {
    scanner.push(bytes.subarray(from, cut));
    from = cut;
  }
  scanner.push(bytes.subarray(from));
  scanner.end();
  return rows;
}

/** What csv-parse (the library the CLI used before) reads, with the options it was given. */
function oracle(text: string, delimiter = ","): string[][] {
  return parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, delimiter }) as string[][];
}

describe("CsvScanner", () => {
  it("reads quoted fields, escaped quotes, line breaks inside quotes, CRLF and a last line without a break", () => {
    const text = 'Deal ID,Customer,Note\r\nD1,"Acme, Inc.","say ""hi"""\r\nD2,Acme "Big" Co,"two\nlines"\r\nD3,,';
    expect(scanned(text)).toEqual([
      ["Deal ID", "Customer", "Note"],
      ["D1", "Acme, Inc.", 'say "hi"'],
      ["D2", 'Acme "Big" Co', "two\nlines"],
      ["D3", "", ""],
    ]);
  });

  it("gives the same records whatever the chunks, byte by byte included", () => {
    const text = '编号,客户\r\n"A,1","甲""乙"\r\nB2,丙\r\n\r\n';
    const whole = scanned(text);
    const bytes = new TextEncoder().encode(text).length;
    expect(scanned(text, Array.from({ length: bytes }, (_, i) => i))).toEqual(whole);
    expect(whole).toEqual(oracle(text));
  });

  it("names the line on which a quote opens that never closes", () => {
    expect(() => scanned('a,b\nc,"d\ne,f\n')).toThrow(UnclosedQuote);
    try {
      scanned('a,b\nc,"d\ne,f\n');
    } catch (error) {
      expect((error as UnclosedQuote).line).toBe(2);
    }
  });

  it("reads as csv-parse reads any well-formed CSV, cut into any chunks (property)", () => {
    const field = fc.oneof(
      fc.stringMatching(/^[a-z0-9 .\-/:]{0,8}$/),
      fc.constantFrom("", "线索", "2026-01-05", "03/04/2026", "Acme \"Big\" Co", "a,b", 'say "hi"', "two\nlines", "x\r\ny"),
    );
    const quote = (value: string, delimiter: string) =>
      value.includes(delimiter) || value.includes('"') || value.includes("\n") || value.includes("\r") ? `"${value.replaceAll('"', '""')}"` : value;
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(",", ";", "\t"),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.array(fc.nat(200), { maxLength: 6 }),
        (rows, delimiter, lineBreak, trailingBreak, cuts) => {
          // A record of one empty field is an empty line: csv-parse and the scanner both read it as [""].
          const text = rows.map((row) => row.map((value) => quote(value, delimiter)).join(delimiter)).join(lineBreak) + (trailingBreak ? lineBreak : "");
          expect(scanned(text, cuts, delimiter)).toEqual(oracle(text, delimiter));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * The sidebar → server wire form of a sheet (appsscript/shared/wireSheet.ts) and the server's reading of it
 * (appsscript/sidebarRequests.ts): fillDown.ts by hand-worked examples, the round trip exact for every template and
 * for random blocks, rows spelled out, text never a formula, and every sheet the sidebar can send accepted by the
 * schema the server reads it with.
 */
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { MAX_STAGES } from "../../core/model/stageListProblem";
import { buildTemplate } from "../../core/template/buildTemplate";
import type { CellBlock, SheetSpec, TemplateCell } from "../../core/template/types";
import { fillDown } from "../../core/template/fillDown";
import { MAX_REQUEST_CHARS, type DrawSheetRequest } from "../../appsscript/shared/protocol";
import { decodeSheet, encodeSheet } from "../../appsscript/shared/wireSheet";
import { expandSheet } from "../../core/template/repeatedRows";
import { asCopy } from "../../core/template/numberedCopy";
import { readDrawSheet } from "../../appsscript/sidebarRequests";

/** A value as google.script.run hands it over: a JSON copy. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("fillDown", () => {
  it.each([
    ["A1+B2", 1, "A2+B3"],
    ["$A1+A$1+$A$1", 3, "$A4+A$1+$A$1"],
    ["SUM(H2:M2)/COUNT($H$2:$H$1001)", 1, "SUM(H3:M3)/COUNT($H$2:$H$1001)"],
    [`IF(Q2=1,$H2-'Deals (2)'!$A$1,"Q2")`, 1, `IF(Q3=1,$H3-'Deals (2)'!$A$1,"Q2")`],
    [`'It''s A1'!B9&"say ""C3"""`, 2, `'It''s A1'!B11&"say ""C3"""`],
    ["Deals!H2+LOG10(A9)+ATAN2(B1,C1)", 1, "Deals!H3+LOG10(A10)+ATAN2(B2,C2)"],
    ["WinRate_2*Rate2+RATE2+A1", 1, "WinRate_2*Rate2+RATE2+A2"],
    ["SUM($H:$H)+ROW()", 5, "SUM($H:$H)+ROW()"],
    ["XFD1048575", 1, "XFD1048576"],
  ])("%s filled %i down is %s", (formula, rows, expected) => {
    expect(fillDown(formula)(rows)).toBe(expected);
  });

  it("fills down in steps as at once", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z$0-9:'"!(),+ ]{0,40}$/), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), (formula, a, b) => {
        expect(fillDown(fillDown(formula)(a))(b)).toBe(fillDown(formula)(a + b));
      }),
    );
  });
});

describe("the wire form of a sheet", () => {
  const templates = [
    buildTemplate({ locale: "zh-CN" }),
    buildTemplate({ locale: "en", sampleDeals: 300, sampleBadRows: 4 }),
    buildTemplate({ locale: "en", stages: ["Discovery", "Demo", "Trial", "Signed"], sampleDeals: 50 }),
    asCopy(buildTemplate({ locale: "zh-CN", sampleDeals: 20 }), 3),
  ];

  it("gives back exactly the sheet that was encoded, for every sheet of every template", () => {
    for (const spec of templates) {
      // Repeated rows come back as the rows they stand for (the renderer writes rows).
      for (const sheet of spec.sheets) expect(decodeSheet(overTheWire(encodeSheet(sheet))), sheet.name).toEqual(overTheWire(expandSheet(sheet)));
    }
  });

  it("gives back any block exactly, filled-down runs or not", () => {
    const reference = fc.tuple(fc.constantFrom("", "$"), fc.constantFrom("A", "H", "AB"), fc.constantFrom("", "$"), fc.integer({ min: 1, max: 30 })).map(([a, c, b, r]) => `${a}${c}${b}${r}`);
    const formula = fc.array(fc.oneof(reference, fc.constantFrom("+", "*", '"A1"', "'S 1'!", "SUM(", ")", ",")), { maxLength: 6 }).map((parts) => parts.join(""));
    const cell: fc.Arbitrary<TemplateCell> = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 5 }).map((text) => ({ text })),
      fc.integer().map((number) => ({ number })),
      fc.integer({ min: 0, max: 60_000 }).map((day) => ({ day })),
      formula.map((f) => ({ formula: f })),
    );
    // Rows that are often copies of the row before, filled down, so runs occur.
    const block = fc
      .tuple(fc.array(cell, { maxLength: 4 }), fc.array(fc.oneof(fc.constant<"copy">("copy"), fc.array(cell, { maxLength: 4 })), { maxLength: 12 }))
      .map(([first, rest]): CellBlock => {
        const rows: TemplateCell[][] = [first];
        for (const next of rest) {
          const previous = rows[rows.length - 1];
          rows.push(next === "copy" ? previous.map((c) => (c !== null && "formula" in c ? { formula: fillDown(c.formula)(1) } : c)) : next);
        }
        return { at: "B2", rows };
      });
    const sheet = (blocks: CellBlock[]): SheetSpec => ({ ...templates[0].sheets[0], blocks });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 3 }), (blocks) => {
        expect(isDeepStrictEqual(decodeSheet(overTheWire(encodeSheet(sheet(blocks)))), overTheWire(sheet(blocks)))).toBe(true);
      }),
    );
  });

  it("carries the wrapped ranges of the Guide and the Action plan across, and leaves them out where a sheet has none", () => {
    for (const spec of templates) {
      for (const key of ["guide", "actionPlan"] as const) {
        const sheet = spec.sheets.find((candidate) => candidate.key === key)!;
        expect(sheet.wrapped?.length, sheet.name).toBeGreaterThan(0);
        const wire = overTheWire(encodeSheet(sheet));
        expect(wire.wrapped).toEqual(sheet.wrapped);
        expect(decodeSheet(wire).wrapped).toEqual(sheet.wrapped);
      }
      const unwrapped = spec.sheets.find((sheet) => sheet.wrapped === undefined)!;
      expect("wrapped" in overTheWire(encodeSheet(unwrapped)), unwrapped.name).toBe(false);
    }
  });

  it("spells every row out (no fill-down counts: the Sheets template has no runs worth them), cells compact", () => {
    const sheets = buildTemplate({ locale: "en", host: "sheets" }).sheets;
    for (const key of ["reviews", "actionPlan", "segments", "pilot"] as const) {
      const sheet = sheets.find((candidate) => candidate.key === key)!;
      const wire = overTheWire(encodeSheet(sheet));
      expect(wire.blocks.map((block) => block.rows.length), key).toEqual(sheet.blocks.map((block) => block.rows.length));
      expect(wire.blocks.every((block) => block.rows.every((row) => Array.isArray(row))), key).toBe(true);
    }
    expect(encodeSheet({ ...sheets[0], blocks: [{ at: "B2", rows: [[{ text: "Lead" }, { number: 3 }, { day: 46027 }, { formula: "B2&C2" }, null]] }] }).blocks).toEqual([
      { at: "B2", rows: [["Lead", 3, { d: 46027 }, { f: "B2&C2" }, null]] },
    ]);
  });

  it("has no repeated rows to spell out in a template built for Sheets (helpers are ARRAYFORMULAs), so rows cross as they are", () => {
    for (const locale of ["zh-CN", "en"] as const) for (const sampleDeals of [0, 5000]) {
      expect(buildTemplate({ locale, sampleDeals, host: "sheets" }).sheets.flatMap((sheet) => sheet.repeated ?? [])).toEqual([]);
    }
  });

  it("never turns text into a formula: text that reads like one, or like a wire formula, arrives as that text", () => {
    const risky = ["=SUM(A1:A3)", "+1", "@A1", "=", '{"f":"A1"}', "f", "'=x"];
    const sheet: SheetSpec = { ...templates[0].sheets[0], blocks: [{ at: "A1", rows: [risky.map((text) => ({ text })), [{ formula: "A1" }]] }] };
    const read = readDrawSheet(overTheWire({ locale: "en", sheet: encodeSheet(sheet), names: [], onClash: "stop" }));
    expect(read.ok && read.value.sheet.blocks).toEqual([{ at: "A1", rows: [risky.map((text) => ({ text })), [{ formula: "A1" }]] }]);
  });

  it("keeps the largest request the sidebar can make (5,000 deals over 20 long stage names) under the ceiling", () => {
    const stages = Array.from({ length: MAX_STAGES }, (_, index) => `客户需求确认与方案评审阶段第${index + 1}步`);
    const spec = buildTemplate({ locale: "zh-CN", stages, sampleDeals: 5000, host: "sheets" });
    const largest = Math.max(
      ...spec.sheets.map((sheet) => JSON.stringify({ locale: spec.locale, sheet: encodeSheet(sheet), names: spec.names, onClash: "stop" } satisfies DrawSheetRequest).length),
    );
    expect(largest).toBeLessThan(MAX_REQUEST_CHARS / 2);
    // …and within what the server spells out of one request.
    for (const sheet of spec.sheets) {
      const read = readDrawSheet(overTheWire({ locale: spec.locale, sheet: encodeSheet(sheet), names: spec.names, onClash: "stop" }));
      expect(read.ok, `${sheet.name}: ${read.ok ? "" : read.where}`).toBe(true);
    }
  });
});

describe("the Deals sheet's number check (amounts ≥ 0) on the wire", () => {
  const deals = (spec: ReturnType<typeof buildTemplate>) => spec.sheets.find((sheet) => sheet.key === "deals")!;
  const request = (sheet: SheetSpec, locale: "zh-CN" | "en") => overTheWire({ locale, sheet: encodeSheet(sheet), names: [], onClash: "stop" });

  it.each(["zh-CN", "en"] as const)("%s: crosses to the server and is read back as it was sent", (locale) => {
    const sheet = deals(buildTemplate({ locale, sampleDeals: 40 }));
    const check = sheet.validations.find((validation) => "number" in validation);
    expect(check).toMatchObject({ number: { atLeast: 0 }, title: expect.any(String), error: expect.any(String) });
    const read = readDrawSheet(request(sheet, locale));
    expect(read.ok, read.ok ? "" : read.where).toBe(true);
    expect(read.ok && read.value.sheet.validations).toEqual(overTheWire(sheet.validations));
    expect(read.ok && read.value.sheet.validations.find((validation) => "number" in validation)).toEqual(check);
  });

  it("refuses a malformed one, saying where", () => {
    const sheet = deals(buildTemplate({ locale: "en" }));
    const index = sheet.validations.findIndex((validation) => "number" in validation);
    const good = sheet.validations[index];
    const where = (validation: unknown) => {
      const read = readDrawSheet(request({ ...sheet, validations: sheet.validations.map((entry, at) => (at === index ? validation : entry)) as SheetSpec["validations"] }, "en"));
      return read.ok ? "accepted" : read.where;
    };
    const at = `sheet.validations[${index}]`;
    expect(where(good)).toBe("accepted");
    expect(where({ ...good, number: { atLeast: "0" } })).toMatch(at);
    expect(where({ ...good, number: { atLeast: Number.POSITIVE_INFINITY } })).toMatch(at); // JSON turns it into null
    expect(where({ ...good, number: {} })).toMatch(at);
    expect(where({ ...good, number: { atLeast: 0, atMost: 9 } })).toMatch(at);
    expect(where({ ref: good.ref, number: { atLeast: 0 }, error: good.error })).toMatch(at); // no title
    expect(where({ ...good, title: 7 })).toMatch(at);
    expect(where({ ...good, ref: "'Deals'!F2:F1001" })).toMatch(at);
    expect(where({ ...good, list: ["a"] })).toMatch(at); // a list and a number at once
  });
});

describe("the server's reading of a sheet request", () => {
  it("accepts every sheet the sidebar sends, and decodes it to the spec", () => {
    const specs = [
      buildTemplate({ locale: "zh-CN", sampleDeals: 100 }),
      buildTemplate({ locale: "en", stages: Array.from({ length: MAX_STAGES }, (_, index) => `Step ${index + 1}`) }),
      asCopy(buildTemplate({ locale: "en" }), 12),
    ];
    for (const spec of specs) {
      for (const sheet of spec.sheets) {
        const read = readDrawSheet(overTheWire({ locale: spec.locale, sheet: encodeSheet(sheet), names: spec.names, onClash: "addMissing" }));
        expect(read.ok && read.value.sheet, `${sheet.name}: ${read.ok ? "" : read.where}`).toEqual(overTheWire(expandSheet(sheet)));
      }
    }
  });

  it("refuses what does not fit, saying where", () => {
    const spec = buildTemplate({ locale: "en" });
    const sheet = encodeSheet(spec.sheets[2]);
    const request = { locale: "en", sheet, names: spec.names, onClash: "stop" };
    const where = (raw: unknown) => {
      const read = readDrawSheet(raw);
      return read.ok ? "accepted" : read.where;
    };
    expect(where({ ...request, extra: 1 })).toBe("");
    expect(where({ ...request, names: [{ name: "1st", ref: "'Deals'!A1" }] })).toBe("names[0].name");
    expect(where({ ...request, sheet: { ...sheet, key: "macros" } })).toBe("sheet.key");
    expect(where({ ...request, sheet: { ...sheet, name: "x".repeat(101) } })).toBe("sheet.name");
    expect(where({ ...request, sheet: { ...sheet, merges: ["A1:2"] } })).toBe("sheet.merges[0]");
    expect(where({ ...request, sheet: { ...sheet, merges: ["A:B2"] } })).toBe("sheet.merges[0]");
    // Columns from a row down (Sheets' open-ended range, the Deals checks of issue 12) are a range of the sheet.
    expect(where({ ...request, sheet: { ...sheet, merges: ["A2:B"] } })).toBe("accepted");
    expect(where({ ...request, sheet: { ...sheet, blocks: [{ at: "A1", rows: [[{ d: 1.5 }]] }] } })).toBe("sheet.blocks[0].rows[0][0]");
    expect(where({ ...request, sheet: { ...sheet, blocks: [{ at: "A1", rows: [[{ text: "hi" }]] }] } })).toBe("sheet.blocks[0].rows[0][0]");
    // A row is its cells: a count (the old fill-down form) is refused where it stands.
    expect(where({ ...request, sheet: { ...sheet, blocks: [{ at: "A1", rows: [[null, null, null], 4_000_000] }] } })).toBe("sheet.blocks[0].rows[1]");
    // More rows than any sheet the sidebar makes.
    expect(where({ ...request, sheet: { ...sheet, blocks: [{ at: "A1", rows: Array.from({ length: 100_001 }, () => []) }] } })).toBe("sheet.blocks");
    // References: a block or chart starts at one cell; what a sheet formats, merges or tables is on itself;
    // only workbook names and dropdown lists name another sheet.
    expect(where({ ...request, sheet: { ...sheet, blocks: [{ at: "A1:B2", rows: [["x"]] }] } })).toBe("sheet.blocks[0].at");
    expect(where({ ...request, sheet: { ...sheet, blocks: [{ at: "'X'!A1", rows: [["x"]] }] } })).toBe("sheet.blocks[0].at");
    expect(where({ ...request, sheet: { ...sheet, styles: [{ ref: "A0", style: "note" }] } })).toBe("sheet.styles[0].ref");
    expect(where({ ...request, sheet: { ...sheet, tables: [{ name: "T", ref: "'X'!A1:B2" }] } })).toBe("sheet.tables[0].ref");
    expect(where({ ...request, sheet: { ...sheet, merges: ["'Sheet1'!A1:B2"] } })).toBe("sheet.merges[0]");
    expect(where({ ...request, names: [{ name: "WinRate", ref: "B2" }] })).toBe("names[0].ref");
    // Wrapped text: optional, a list of this sheet's cells and ranges.
    expect(where({ ...request, sheet: { ...sheet, wrapped: ["C5:E44", "B2"] } })).toBe("accepted");
    expect(where({ ...request, sheet: { ...sheet, wrapped: [] } })).toBe("accepted");
    expect(where({ ...request, sheet: { ...sheet, wrapped: ["'Sheet1'!C5:E44"] } })).toBe("sheet.wrapped[0]");
    expect(where({ ...request, sheet: { ...sheet, wrapped: ["B2", "C0"] } })).toBe("sheet.wrapped[1]");
    expect(where({ ...request, sheet: { ...sheet, wrapped: "C5:E44" } })).toBe("sheet.wrapped");
    expect(where({ ...request, sheet: { ...sheet, wrapped: [{ ref: "C5" }] } })).toBe("sheet.wrapped[0]");
    expect(where(request)).toBe("accepted");
  });
});

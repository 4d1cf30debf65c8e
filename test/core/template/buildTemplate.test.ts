import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../../core/functions/registry";
import type { Locale } from "../../../core/model/locale";
import { ACTION_STATUS_ALIASES, ACTION_STATUS_WORDS, DEAL_STATUS_ALIASES, DEAL_STATUS_WORDS } from "../../../core/model/words";
import { columnNumber, parseA1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { expandSheet } from "../../../core/template/repeatedRows";
import { SHEET_NAMES } from "../../../core/template/labels";
import { FISHER_HELPER_ROWS, pilotLayout } from "../../../core/template/layout";
import { SHEET_KEYS, type SheetSpec, type TemplateCell, type TemplateOptions, type WorkbookSpec } from "../../../core/template/types";
import { scanFormula, type FormulaScan } from "./formulaText";

const VARIANTS: readonly { label: string; options: TemplateOptions }[] = [
  { label: "zh-CN, empty", options: { locale: "zh-CN" } },
  { label: "zh-CN, sample", options: { locale: "zh-CN", sampleDeals: 300, dealRows: 400 } },
  { label: "en, empty", options: { locale: "en" } },
  { label: "en, sample", options: { locale: "en", sampleDeals: 300, dealRows: 400 } },
  { label: "en, three own stages, sample", options: { locale: "en", sampleDeals: 200, dealRows: 300, stages: ["Lead", "Qualified", "Won"] } },
  { label: "zh-CN, two stages", options: { locale: "zh-CN", dealRows: 50, stages: ["线索", "成交"] } },
];

const BUILT = new Map(VARIANTS.map(({ label, options }) => [label, buildTemplate(options)]));

/**
 * Functions Excel (2007+ names), Google Sheets and LibreOffice all evaluate alike — the only ones the
 * template's native formulas may call (no LET/LAMBDA/FILTER/dynamic arrays, no _xlfn. functions).
 */
const PORTABLE_FUNCTIONS = new Set([
  "ABS", "AND", "AVERAGE", "COUNT", "COUNTA", "COUNTIF", "COUNTIFS", "DATE", "HYPGEOMDIST", "IF", "IFERROR", "INDEX",
  "INT", "ISBLANK", "ISERROR", "ISNUMBER", "LARGE", "MATCH", "MAX", "MEDIAN", "MIN", "MONTH", "NA", "NORMSDIST", "NOT", "OR",
  "PERCENTILE", "ROUND", "ROW", "ROWS", "SMALL", "SQRT", "SUM", "SUMIFS", "SUMPRODUCT", "TODAY", "TRIM", "YEAR",
]);

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Every written cell of a sheet with its A1 address. */
function cells(sheet: SheetSpec): { address: string; cell: Exclude<TemplateCell, null> }[] {
  const out: { address: string; cell: Exclude<TemplateCell, null> }[] = [];
  for (const block of expandSheet(sheet).blocks) {
    const { column, row } = parseA1(block.at);
    block.rows.forEach((cellsOfRow, rowOffset) =>
      cellsOfRow.forEach((cell, columnOffset) => {
        if (cell !== null) out.push({ address: `${column + columnOffset},${row + rowOffset}`, cell });
      }),
    );
  }
  return out;
}

const SCANS = new Map<WorkbookSpec, { sheet: string; formula: string; scan: FormulaScan }[]>();

/** Every formula of the workbook (cells, conditional formats, range dropdowns), scanned once. */
function formulas(spec: WorkbookSpec): { sheet: string; formula: string; scan: FormulaScan }[] {
  let scanned = SCANS.get(spec);
  if (scanned === undefined) {
    scanned = formulaTexts(spec).map((entry) => ({ ...entry, scan: scanFormula(entry.formula) }));
    SCANS.set(spec, scanned);
  }
  return scanned;
}

function formulaTexts(spec: WorkbookSpec): { sheet: string; formula: string }[] {
  return spec.sheets.flatMap((sheet) => [
    ...cells(sheet).flatMap(({ cell }) => ("formula" in cell ? [{ sheet: sheet.name, formula: cell.formula }] : [])),
    ...sheet.conditionalFormats.flatMap((rule) => (rule.kind === "formula" ? [{ sheet: sheet.name, formula: rule.formula }] : [])),
    ...sheet.validations.flatMap((validation) => ("list" in validation && "range" in validation.list ? [{ sheet: sheet.name, formula: validation.list.range }] : [])),
  ]);
}

function checkRange(ref: string): void {
  const [start, end] = ref.split(":");
  const from = parseA1(start);
  if (end !== undefined) {
    const to = parseA1(end);
    expect(to.column >= from.column && to.row >= from.row, ref).toBe(true);
  }
}

describe.each(VARIANTS)("buildTemplate ($label)", ({ label, options }) => {
  const spec = BUILT.get(label)!;
  const locale: Locale = options.locale;

  it("has the twelve sheets in order, named in the workbook's language, each name once", () => {
    expect(spec.sheets.map((sheet) => sheet.key)).toEqual([...SHEET_KEYS]);
    expect(spec.sheets.map((sheet) => sheet.name)).toEqual(SHEET_KEYS.map((key) => SHEET_NAMES[key][locale]));
    expect(new Set(spec.sheets.map((sheet) => sheet.name.toLowerCase())).size).toBe(12);
  });

  it("writes every formula with balanced parentheses and closed quotes", () => {
    const bad = formulas(spec).filter(({ formula, scan }) => !scan.balanced || !scan.quotesClosed || formula.startsWith("="));
    expect(bad.map(({ sheet, formula }) => `${sheet}: ${formula}`)).toEqual([]);
  });

  it("refers only to existing sheets and defined names, and calls only functions every host has", () => {
    const sheetNames = new Set(spec.sheets.map((sheet) => sheet.name));
    const names = new Set(spec.names.map((name) => name.name));
    const problems = formulas(spec).flatMap(({ sheet, formula, scan }) => [
      ...scan.sheets.filter((referenced) => !sheetNames.has(referenced)).map((referenced) => `${sheet}: sheet ${referenced} in ${formula}`),
      ...scan.names.filter((name) => !names.has(name)).map((name) => `${sheet}: name ${name} in ${formula}`),
      ...scan.functions.filter((name) => !PORTABLE_FUNCTIONS.has(name)).map((name) => `${sheet}: function ${name} in ${formula}`),
    ]);
    expect(problems).toEqual([]);
    for (const name of spec.names) {
      const scan = scanFormula(name.ref);
      expect(scan.sheets.every((sheet) => sheetNames.has(sheet)), name.ref).toBe(true);
    }
  });

  it("keeps text as text: no cell is two kinds, no formula is a bare word, example formulas are text", () => {
    const problems = spec.sheets.flatMap((sheet) =>
      cells(sheet).flatMap(({ address, cell }) => {
        const where = `${sheet.name} ${address}`;
        if (Object.keys(cell).length !== 1) return [`${where}: ${JSON.stringify(cell)}`];
        if ("text" in cell) return typeof cell.text === "string" ? [] : [`${where}: text is not a string`];
        if ("number" in cell || "day" in cell) return Number.isFinite("number" in cell ? cell.number : cell.day) ? [] : [`${where}: not finite`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
    const bare = formulas(spec).filter(({ scan }) => scan.functions.length + scan.refs.length + scan.names.length + scan.sheets.length === 0);
    expect(bare.map(({ sheet, formula }) => `${sheet}: ${formula}`)).toEqual([]);
    const guide = spec.sheets[0];
    const examples = cells(guide).filter(({ cell }) => "text" in cell && cell.text.startsWith("="));
    expect(examples.map(({ cell }) => (cell as { text: string }).text)).toEqual([
      expect.stringMatching(/^=SALES\.STAGE_CONVERSION\(/),
      expect.stringMatching(/^=STAGE_CONVERSION\(/),
    ]);
  });

  it("writes each cell once per sheet", () => {
    for (const sheet of spec.sheets) {
      const seen = new Set<string>();
      const twice = cells(sheet).filter(({ address }) => seen.has(address) || !seen.add(address));
      expect(twice.map(({ address }) => `${sheet.name} ${address}`)).toEqual([]);
    }
  });

  it("gives every dropdown words (no commas, within Excel's 255 characters) or an existing range, and an error message", () => {
    const sheetNames = new Set(spec.sheets.map((sheet) => sheet.name));
    for (const sheet of spec.sheets) {
      for (const validation of sheet.validations) {
        checkRange(validation.ref);
        expect(validation.error.trim(), `${sheet.name} ${validation.ref}`).not.toBe("");
        if (!("list" in validation)) {
          // Excel caps an alert's title at 32 characters and its message at 225.
          expect(validation.title.trim(), `${sheet.name} ${validation.ref}`).not.toBe("");
          expect([validation.title.length <= 32, validation.error.length <= 225]).toEqual([true, true]);
        } else if ("range" in validation.list) {
          expect(scanFormula(validation.list.range).sheets.every((name) => sheetNames.has(name))).toBe(true);
        } else {
          expect(validation.list.length, `${sheet.name} ${validation.ref}`).toBeGreaterThan(0);
          expect(validation.list.every((word) => word.trim() !== "" && !word.includes(","))).toBe(true);
          expect(`"${validation.list.join(",")}"`.length).toBeLessThanOrEqual(255);
        }
      }
    }
  });

  it("uses well-formed ranges for styles, formats, rules, tables and hidden columns, and gives every sheet widths", () => {
    for (const sheet of spec.sheets) {
      expect(sheet.columnWidths.length, sheet.name).toBeGreaterThan(0);
      for (const { ref } of [...sheet.styles, ...sheet.numberFormats, ...sheet.conditionalFormats, ...sheet.tables]) checkRange(ref);
      for (const letters of sheet.hiddenColumns) expect(columnNumber(letters)).toBeGreaterThan(0);
    }
  });

  it("speaks the workbook's language: CJK on every zh-CN sheet; none in the en words", () => {
    // Exceptions: the registry's help quotes the seed's check-box form, and formulas recognise the status words
    // of both languages (DEFINITIONS §3) whatever the workbook's language.
    const registryHelp = FUNCTIONS.flatMap((spec) => [spec.help.en, ...spec.params.map((param) => param.help.en)]);
    const statusWords = new Set<string>(
      [DEAL_STATUS_WORDS, ACTION_STATUS_WORDS].flatMap((words) => Object.values(words).flatMap((word) => [word["zh-CN"], word.en])),
    );
    for (const aliases of [DEAL_STATUS_ALIASES, ACTION_STATUS_ALIASES]) for (const words of Object.values(aliases)) for (const word of words) statusWords.add(word);
    for (const sheet of spec.sheets) {
      const texts = cells(sheet).flatMap(({ cell }) => ("text" in cell ? [cell.text] : []));
      const literals = cells(sheet).flatMap(({ cell }) => ("formula" in cell ? scanFormula(cell.formula).strings : []));
      const validationWords = sheet.validations.flatMap((validation) =>
        "list" in validation ? [validation.error, ...("range" in validation.list ? [] : validation.list)] : [validation.title, validation.error],
      );
      const words = [...texts, ...validationWords, ...literals.filter((literal) => !statusWords.has(literal))];
      if (locale === "zh-CN") {
        expect(texts.some((word) => CJK.test(word)), sheet.name).toBe(true);
      } else {
        const foreign = words.filter((word) => CJK.test(word) && !registryHelp.some((help) => word.includes(help)));
        expect(foreign, sheet.name).toEqual([]);
      }
    }
  });

  it("keeps the Pilot's Fisher helper within its bound K and guards wider supports", () => {
    const pilot = spec.sheets.find((sheet) => sheet.key === "pilot")!;
    const layout = pilotLayout(locale);
    const helperColumn = layout.fisherHelper.probability;
    const helperCells = cells(pilot).filter(({ address, cell }) => Number(address.split(",")[0]) === helperColumn && "formula" in cell);
    expect(helperCells).toHaveLength(FISHER_HELPER_ROWS);
    expect(helperCells.every(({ cell }) => "formula" in cell && cell.formula.includes("HYPGEOMDIST("))).toBe(true);
    const fisher = cells(pilot).find(({ address }) => {
      const { column, row } = parseA1(layout.details.fisherPValue);
      return address === `${column},${row}`;
    })!.cell as { formula: string };
    expect(fisher.formula).toContain(`+1>${FISHER_HELPER_ROWS},NA()`);
  });
});

describe("the Guide", () => {
  it("lists the ten functions of the registry with their help in the workbook's language", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const guide = BUILT.get(locale === "en" ? "en, empty" : "zh-CN, empty")!.sheets[0];
      const texts = cells(guide).flatMap(({ cell }) => ("text" in cell ? [cell.text] : []));
      for (const spec of FUNCTIONS) {
        expect(texts).toContain(spec.name);
        expect(texts).toContain(spec.help[locale]);
        expect(texts.some((text) => text.startsWith(`SALES.${spec.name}(`))).toBe(true);
      }
    }
  });

  it("shows the example call on this workbook's Deals sheet", () => {
    const texts = (label: string) => cells(BUILT.get(label)!.sheets[0]).flatMap(({ cell }) => ("text" in cell ? [cell.text] : []));
    expect(texts("zh-CN, empty")).toContain('=SALES.STAGE_CONVERSION(交易!H1:M1001,"商机","成交")');
    expect(texts("en, empty")).toContain('=STAGE_CONVERSION(Deals!H1:M1001,"Opportunity","Won")');
  });
});

describe("sample data", () => {
  it("fills the example rows only when asked", () => {
    const count = (label: string, key: string) =>
      cells(BUILT.get(label)!.sheets.find((sheet) => sheet.key === key)!).filter(({ cell }) => "text" in cell || "number" in cell || "day" in cell).length;
    for (const key of ["processMap", "diagnosis", "actionPlan", "pilot", "reviews", "leadScoring"]) {
      expect(count("en, sample", key), key).toBeGreaterThan(count("en, empty", key));
    }
  });

  it("is the same for the same seed", () => {
    const again = buildTemplate({ locale: "en", sampleDeals: 300, dealRows: 400 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(BUILT.get("en, sample")));
  });
});

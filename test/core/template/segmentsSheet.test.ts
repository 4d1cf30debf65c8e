/**
 * The Segments sheet (issue 14 part 5) in HyperFormula, on a log worked by hand, for each host's form of the Deals
 * references (file: bounded; Sheets: open-ended, bounded here at a row far below the deals as HyperFormula has no
 * open-ended ranges). The LibreOffice test (test/libreoffice/segments.test.ts) holds the same cells to the core.
 */
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../../core/model/cells";
import { stageList } from "../../../core/model/stages";
import { parseDealLog } from "../../../core/parse/dealLog";
import { a1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { EMPTY_FIGURE } from "../../../core/template/emptyFigure";
import { templateLayout } from "../../../core/template/layout";
import { logDealRows } from "../../../core/template/logDealRows";
import { SEGMENT_GROUP_ROWS, type SegmentField } from "../../../core/template/segmentsLayout";
import { segmentGroups } from "../../../core/template/sheets/segments";
import type { TemplateCell, TemplateHost, WorkbookSpec } from "../../../core/template/types";
import { loadWorkbook, valueOf } from "./hyperformulaWorkbook";

const STAGES = ["Lead", "Demo", "Proposal", "Won"];
/** 2026-01-05 is day 46027. */
const day = (dayOfJanuary: number) => 46026 + dayOfJanuary;

/**
 * Six deals (stages Lead, Demo, Proposal, Won; days of 2026):
 * - D1 Web, Ann, East: 01-05 → 02-01 (day 32), won in 27 days;  D2 "web" (one group with Web), Bo, East: lost at Demo;
 * - D3 Web, Cy, South: open at Proposal;  D4 Fair, Ann, East: 01-10 → 03-01 (day 60), won in 50 days;
 * - D5 Fair, Bo, South: lost at Lead;  D6 no source, Ann, South: 01-12 → 01-20, won in 8 days.
 */
const GRID = [
  ["Deal", "Source", "Owner", "Team", ...STAGES, "Status"],
  ["D1", "Web", "Ann", "East", day(5), day(9), day(20), day(32), "Won"],
  ["D2", "web", "Bo", "East", day(6), day(12), "", "", "Lost"],
  ["D3", "Web", "Cy", "South", day(7), day(15), day(28), "", "Open"],
  ["D4", "Fair", "Ann", "East", day(10), day(19), day(33), day(60), "Won"],
  ["D5", "Fair", "Bo", "South", day(11), "", "", "", "Lost"],
  ["D6", "", "Ann", "South", day(12), day(13), day(14), day(20), "Won"],
];

interface Expected {
  readonly deals: number;
  readonly reached: readonly number[];
  readonly steps: readonly (number | null)[];
  readonly winRate: number | null;
  readonly timed: number;
  readonly median: number | null;
}

/** By hand from the list above; the blank group under `""`. */
const EXPECTED: Readonly<Record<SegmentField, Readonly<Record<string, Expected>>>> = {
  source: {
    Web: { deals: 3, reached: [3, 3, 2, 1], steps: [1, 2 / 3, 1 / 2], winRate: 1 / 2, timed: 1, median: 27 },
    Fair: { deals: 2, reached: [2, 1, 1, 1], steps: [1 / 2, 1, 1], winRate: 1 / 2, timed: 1, median: 50 },
    "": { deals: 1, reached: [1, 1, 1, 1], steps: [1, 1, 1], winRate: 1, timed: 1, median: 8 },
  },
  owner: {
    Ann: { deals: 3, reached: [3, 3, 3, 3], steps: [1, 1, 1], winRate: 1, timed: 3, median: 27 },
    Bo: { deals: 2, reached: [2, 1, 0, 0], steps: [1 / 2, 0, null], winRate: 0, timed: 0, median: null },
    Cy: { deals: 1, reached: [1, 1, 1, 0], steps: [1, 1, 0], winRate: null, timed: 0, median: null },
    "": { deals: 0, reached: [0, 0, 0, 0], steps: [null, null, null], winRate: null, timed: 0, median: null },
  },
  team: {
    East: { deals: 3, reached: [3, 3, 2, 2], steps: [1, 2 / 3, 1], winRate: 2 / 3, timed: 2, median: 38.5 },
    South: { deals: 3, reached: [3, 2, 2, 1], steps: [2 / 3, 1, 1 / 2], winRate: 1 / 2, timed: 1, median: 8 },
    "": { deals: 0, reached: [0, 0, 0, 0], steps: [null, null, null], winRate: null, timed: 0, median: null },
  },
};

function ownDeals(): TemplateCell[][] {
  const log = parseDealLog(GRID, { stages: stageList(STAGES) })!;
  expect(log.deals.count).toBe(6);
  return logDealRows(log.deals, log.problems, [], "en");
}

/** Every open-ended range (`$S$2:$S`) ended at `lastRow`. */
function bounded(spec: WorkbookSpec, lastRow: number): WorkbookSpec {
  const end = (formula: string) => formula.replace(/(\$?[A-Z]{1,3}\$?[12]:(\$?)[A-Z]{1,3})(?![$0-9A-Za-z_(!])/g, `$1$2${lastRow}`);
  const cell = (value: TemplateCell): TemplateCell => (value !== null && "formula" in value ? { formula: end(value.formula) } : value);
  return { ...spec, sheets: spec.sheets.map((sheet) => ({ ...sheet, blocks: sheet.blocks.map((block) => ({ ...block, rows: block.rows.map((row) => row.map(cell)) })) })) };
}

/**
 * Excel's table columns (`INDEX(DealsTable,0,k)`, which HyperFormula does not evaluate) as the cells they stand
 * for: column k of the Deals rows 2 … lastRow.
 */
function tableColumns(spec: WorkbookSpec, sheet: string, lastRow: number): WorkbookSpec {
  const end = (formula: string) =>
    formula.replace(/INDEX\(DealsTable,0,(\d+)\)/g, (_, k: string) => `'${sheet}'!$${columnLetter(Number(k))}$2:$${columnLetter(Number(k))}$${lastRow}`);
  const cell = (value: TemplateCell): TemplateCell => (value !== null && "formula" in value ? { formula: end(value.formula) } : value);
  return { ...spec, sheets: spec.sheets.map((sheet) => ({ ...sheet, blocks: sheet.blocks.map((block) => ({ ...block, rows: block.rows.map((row) => row.map(cell)) })) })) };
}

describe("the Segments sheet, worked by hand", () => {
  it("fills each table's names with the deals' groups, most deals first, one name for Web and web, the blank group aside", () => {
    const rows = ownDeals();
    const layout = templateLayout("en", 4, 0);
    expect(segmentGroups(rows, layout.deals.field.source, SEGMENT_GROUP_ROWS)).toEqual(["Web", "Fair"]);
    expect(segmentGroups(rows, layout.deals.field.owner, SEGMENT_GROUP_ROWS)).toEqual(["Ann", "Bo", "Cy"]);
    expect(segmentGroups(rows, layout.deals.field.owner, 2)).toEqual(["Ann", "Bo"]);
  });

  it.each<TemplateHost>(["file", "sheets", "excel"])("shows each group's deals, reached, step conversion, win rate and median cycle (%s)", (host) => {
    const built = buildTemplate({ locale: "en", stages: STAGES, ownDeals: ownDeals(), dealRows: 30, host });
    const layout = templateLayout("en", STAGES.length, 31, host);
    const segments = built.sheets.find((sheet) => sheet.key === "segments")!;
    const formulas = segments.blocks.flatMap((block) => block.rows.flat()).flatMap((cell) => (cell !== null && "formula" in cell ? [cell.formula] : []));
    // Every Deals reference is the host's form of a whole column (dealsReference.ts).
    const form = { file: /'Deals'!\$[A-Z]+\$2:\$[A-Z]+\$31/, sheets: /'Deals'!\$[A-Z]+\$2:\$[A-Z]+(?![$0-9])/, excel: /INDEX\(DealsTable,0,\d+\)/ }[host];
    expect(formulas.filter((formula) => formula.includes("SUMPRODUCT")).every((formula) => form.test(formula) && !/'Deals'!\$[A-Z]+\$?\d+(?!:)/.test(formula.replace(form, "")))).toBe(true);
    const hf = loadWorkbook(host === "sheets" ? bounded(built, 200) : host === "excel" ? tableColumns(built, layout.sheetName("deals"), 31) : built);
    const { table, sections, sheet } = layout.segments;
    const read = (column: number, row: number) => valueOf(hf, sheet, a1(column, row));
    const same = (shown: unknown, expected: number | null, where: string) => {
      if (expected === null) expect(shown, where).toBe(EMPTY_FIGURE);
      else expect(Math.abs((shown as number) - expected), `${where}: ${String(shown)} vs ${expected}`).toBeLessThan(1e-12);
    };
    for (const [field, groups] of Object.entries(EXPECTED) as [SegmentField, Record<string, Expected>][]) {
      const section = sections[field];
      for (const [group, expected] of Object.entries(groups)) {
        const row = group === "" ? section.blankRow : section.groupRows.first + Object.keys(groups).indexOf(group);
        expect(read(table.at.group, row)).toBe(group === "" ? "(blank)" : group);
        const where = `${field} ${group || "(blank)"}`;
        same(read(table.at.deals, row), expected.deals, `${where} deals`);
        expected.reached.forEach((count, i) => same(read(table.at.reached + i, row), count, `${where} reached ${STAGES[i]}`));
        expected.steps.forEach((step, i) => same(read(table.at.step + i, row), step, `${where} step to ${STAGES[i + 1]}`));
        same(read(table.at.winRate, row), expected.winRate, `${where} win rate`);
        same(read(table.at.cycleCount, row), expected.timed, `${where} timed`);
        same(read(table.at.cycleMedian, row), expected.median, `${where} median cycle`);
      }
      // The empty rows under the named groups show nothing.
      const spare = section.groupRows.first + Object.keys(groups).length - 1;
      for (let column = table.at.deals; column <= table.last; column++) expect(read(column, spare), `${field} spare row`).toBe("");
    }
  });

  it("highlights each table's lowest step conversion and win rate (when two groups have one), not the empty cells", () => {
    const spec = buildTemplate({ locale: "en", stages: STAGES });
    const layout = templateLayout("en", STAGES.length, 0);
    const { table, sections } = layout.segments;
    const rules = spec.sheets.find((sheet) => sheet.key === "segments")!.conditionalFormats;
    const step = columnLetter(table.at.step);
    expect(rules).toEqual(
      Object.values(sections).map(({ groupRows, blankRow }) => ({
        kind: "formula",
        ref: `${a1(table.at.step, groupRows.first)}:${a1(table.at.winRate, blankRow)}`,
        formula: `AND(COUNT(${step}$${groupRows.first}:${step}$${blankRow})>1,ISNUMBER(${step}${groupRows.first}),${step}${groupRows.first}=MIN(${step}$${groupRows.first}:${step}$${blankRow}))`,
        look: "bad",
      })),
    );
  });
});

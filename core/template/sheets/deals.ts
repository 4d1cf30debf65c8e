import { columnLetter } from "../../model/cells";
import { DEAL_STATUS_ALIASES, DEAL_STATUS_WORDS, type DealStatus } from "../../model/words";
import { a1, quoted, range } from "../a1";
import { drawColumns, headerCells } from "../columns";
import type { TemplateContext } from "../context";
import type { TemplateLayout } from "../layout";
import { formula, SheetBuilder } from "../sheetBuilder";
import { DEALS_TABLE } from "../dealsReference";
import { dealRowsEnd, rowsDown } from "../rowsDown";
import { statusTest } from "../statusFormula";
import { dealArrayFormulas } from "./dealArrayFormulas";
import { DEALS_COPY } from "./dealsCopy";
import type { SheetSpec, TemplateCell } from "../types";

/** The status words the template's formulas recognise (ASCII and CJK aliases; spreadsheet `=` ignores case). */
const dealStatusTest = (status: DealStatus, cell: string) =>
  statusTest(cell, [DEAL_STATUS_WORDS[status]["zh-CN"], DEAL_STATUS_WORDS[status].en, ...DEAL_STATUS_ALIASES[status]]);

/**
 * The helper formulas of one Deals row, so that the dashboard needs no add-in (DEFINITIONS §4 and §5, natively):
 * - valid: 1 when every non-blank stage cell is a date and no later stage is dated before an earlier one,
 *   0 for a bad row (left out of every figure, highlighted), blank for an empty row;
 * - furthest: the 1-based position of the last dated stage (a skipped stage counts as reached);
 * - outcome: the status normalised to the template's word (won / lost / open; unknown words count as open);
 * - cycle: won deals with a last-stage date: last-stage date − earliest stage date;
 * - stay i: days from stage i's date to the earliest later-stage date.
 *
 * Dates are whole calendar days (DEFINITIONS §3): a date typed or pasted with a time of day is compared and
 * subtracted through INT(), so 2026-01-05 14:30 → 2026-02-20 09:00 is 46 days, and a later stage dated earlier
 * in the clock on the same day is not "backwards". Text in a stage cell makes the row bad before any INT() runs
 * (INT of text would be #VALUE!, which must not reach the Dashboard's MEDIAN and AVERAGE).
 */
export function dealRowFormulas(layout: TemplateLayout, row: number): TemplateCell[] {
  const { deals, stageCount, locale } = layout;
  const first = a1(deals.stage(0), row);
  const last = a1(deals.stage(stageCount - 1), row);
  const stages = `${first}:${last}`;
  const valid = a1(deals.valid, row);
  const outcome = a1(deals.outcome, row);
  const status = a1(deals.field.status, row);
  const monotone = Array.from({ length: stageCount - 1 }, (_, i) => {
    const cell = a1(deals.stage(i + 1), row);
    return `OR(${cell}="",INT(${cell})>=INT(MAX($${columnLetter(deals.stage(0))}${row}:${a1(deals.stage(i), row)})))`;
  });
  const word = (status: DealStatus) => quoted(DEAL_STATUS_WORDS[status][locale]);
  const stays = Array.from({ length: stageCount - 1 }, (_, i) => {
    const cell = a1(deals.stage(i), row);
    const later = `${a1(deals.stage(i + 1), row)}:${last}`;
    return formula(`IF(AND(${valid}=1,${cell}<>"",COUNT(${later})>0),INT(MIN(${later}))-INT(${cell}),"")`);
  });
  return [
    formula(`IF(COUNTA(${stages})=0,"",IF(COUNT(${stages})<>COUNTA(${stages}),0,IF(AND(${monotone.join(",")}),1,0)))`),
    formula(
      `IF(${valid}=1,MAX(${Array.from({ length: stageCount }, (_, i) => `(${a1(deals.stage(i), row)}<>"")*${i + 1}`).join(",")}),"")`,
    ),
    formula(
      `IF(${valid}<>1,"",IF(${dealStatusTest("won", status)},${word("won")},IF(${dealStatusTest("lost", status)},${word("lost")},${word("open")})))`,
    ),
    formula(`IF(AND(${outcome}=${word("won")},${last}<>""),INT(${last})-INT(MIN(${stages})),"")`),
    ...stays,
  ];
}

/** The Deals sheet's header row: fields, stages, then the helper columns (as the layout declares them). */
export function dealHeader(layout: TemplateLayout, stageNames: readonly string[]): TemplateCell[] {
  return headerCells(layout.deals.table, { locale: layout.locale, stageNames });
}

/**
 * The Deals sheet: the wide deal log of DEFINITIONS §2 (one row per deal, one date column per stage), with
 * dropdowns for source and status, amounts checked as numbers ≥ 0, date and amount formats (all declared with
 * its columns, layout.ts), an orange status for a deal marked lost with a date in the last stage (lost in the
 * win rate, at no loss point), and the helper columns of {@link dealRowFormulas}: one row repeated down to
 * `layout.lastDealRow` (calculated columns of the Deals table in Excel), or in Sheets one array formula per
 * column over every row ({@link dealArrayFormulas}). `dataRows` are the sample deals (or none), already as cells.
 */
export function dealsSheet({ layout, stageNames, sampleRows: dataRows }: TemplateContext): SheetSpec {
  const { deals, locale, lastDealRow } = layout;
  const sheet = new SheetBuilder("deals", layout.sheetName("deals"), "#70AD47");
  // Looks, dropdowns and highlights: the prepared rows, or in Sheets every row of the grid (rowsDown.ts).
  const end = dealRowsEnd(layout);
  drawColumns(sheet.widths(...deals.table.placed.map(({ spec }) => spec.width)), deals.table, { header: 1, first: 2, last: end }, {
    locale,
    stageNames,
    stageRange: layout.stages.names,
  })
    .rule({ kind: "formula", ref: rowsDown(1, 2, deals.lastColumn, end), formula: `$${columnLetter(deals.valid)}2=0`, look: "bad" })
    // Lost, yet dated in the last stage: counted as lost, at no loss point (the core reports it as a problem row).
    .rule({
      kind: "formula",
      ref: rowsDown(deals.field.status, 2, deals.field.status, end),
      formula: `AND($${columnLetter(deals.outcome)}2=${quoted(DEAL_STATUS_WORDS.lost[locale])},$${columnLetter(deals.furthest)}2=${layout.stageCount})`,
      look: "warn",
    })
    // In Excel the helper columns are the table's calculated columns, so the table's growth carries them.
    .table(DEALS_TABLE, range(1, 1, layout.host === "excel" ? deals.lastColumn : deals.lastInput, lastDealRow))
    .freeze(1, 2);
  if (dataRows.length > 0) sheet.put("A2", dataRows);
  else sheet.note("A1", pasteGuide(layout));
  // One row of helpers repeated down the prepared rows; in Sheets one array formula per column instead.
  if (layout.host === "sheets") sheet.put(a1(deals.valid, 2), [dealArrayFormulas(layout)]);
  else sheet.repeat(a1(deals.valid, 2), dealRowFormulas(layout, 2), lastDealRow - 1);
  return sheet.build();
}

/**
 * The empty Deals sheet's guide, a note on A1 (never a cell value, so no formula or reader sees it): paste at A2,
 * the input columns read, the spare columns a wider export may fill, the hidden helper columns.
 * @example
 * pasteGuide(templateLayout("en", 6, 1001)) // "Paste your deals here: from A2 … Columns A–P are read … columns Q–AD are spare … from AE on are hidden on purpose …"
 */
export function pasteGuide(layout: TemplateLayout): string {
  const { deals, locale } = layout;
  const span = (first: number, last: number) => `${columnLetter(first)}–${columnLetter(last)}`;
  return DEALS_COPY.pasteGuide[locale]
    .replace("{inputs}", span(1, deals.lastInput))
    .replace("{spare}", span(deals.spare.first, deals.spare.last))
    .replace("{helpers}", columnLetter(deals.valid));
}

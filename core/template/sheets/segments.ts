import { columnLetter } from "../../model/cells";
import { nameKey } from "../../model/normalize";
import { DEAL_STATUS_WORDS } from "../../model/words";
import { a1, quoted, range } from "../a1";
import { columnWidths, drawColumns } from "../columns";
import type { TemplateContext } from "../context";
import { orDash } from "../emptyFigure";
import type { TemplateLayout } from "../layout";
import { SEGMENT_FIELDS, SEGMENT_GROUP_ROWS, type SegmentSection } from "../segmentsLayout";
import { formula, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";
import { SEGMENTS_COPY as COPY } from "./segmentsCopy";

/**
 * The distinct non-blank values of one Deals column among the rows written (sample or own deals), as the core
 * groups them (DEFINITIONS §4 "Segments": trimmed, width, case and spaces folded, named as first met), most deals
 * first, ties in order of first appearance; at most `limit`.
 * @example
 * segmentGroups([[{ text: "Web" }], [{ text: "Fair" }], [{ text: " web" }], [null]], 1, 15) //=> ["Web", "Fair"]
 */
export function segmentGroups(rows: readonly (readonly TemplateCell[])[], column: number, limit: number): string[] {
  const groups = new Map<string, { label: string; count: number; order: number }>();
  for (const row of rows) {
    const cell = row[column - 1];
    if (cell === null || cell === undefined || !("text" in cell)) continue;
    const label = cell.text.trim();
    if (label === "") continue;
    const key = nameKey(label);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { label, count: 1, order: groups.size });
    else group.count++;
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, limit)
    .map((group) => group.label);
}

/**
 * The formulas of one group's row, left to right as SEGMENT_TABLE declares them (the name cell aside): `member`
 * is the Deals group column compared to the group (`col=$A5`, or `col=""` for the blank group). Only SUMPRODUCT
 * over the Deals columns (`layout.deals.column`: bounded, table or open-ended by host), no IF over an array and
 * no per-row helper, so one form works in Excel (with or without dynamic arrays), LibreOffice, WPS and Sheets:
 * - deals: valid rows of the group; reached k: of those, furthest ≥ k; step k: reached k ÷ reached k − 1;
 * - win rate: won ÷ (won + lost) by the outcome helper;
 * - won deals timed (n) and their median cycle: each timed deal's key is 1 + its cycle days (others 0; `"0"&cycle`
 *   reads a blank helper as 0 without an error), and the median is the mean of the keys ranked ⌊(n+1)/2⌋ and
 *   ⌊n/2⌋ + 1 from the top, less 1 (LARGE inside SUMPRODUCT, which evaluates its array everywhere).
 * Where there is nothing to count the cell shows "—" ({@link orDash}).
 */
function groupFormulas(layout: TemplateLayout, member: string, row: number): string[] {
  const { deals, stageCount, locale } = layout;
  const { at } = layout.segments.table;
  const valid = deals.column(deals.valid);
  const furthest = deals.column(deals.furthest);
  const outcome = deals.column(deals.outcome);
  const cycle = deals.column(deals.cycle);
  const word = (status: "won" | "lost") => quoted(DEAL_STATUS_WORDS[status][locale]);
  const reached = (index: number) => a1(at.reached + index, row);
  const closed = `SUMPRODUCT((${member})*((${outcome}=${word("won")})+(${outcome}=${word("lost")})))`;
  const n = a1(at.cycleCount, row);
  const key = `(${member})*ISNUMBER(${cycle})*(1+("0"&${cycle}))`;
  const rank = (position: string) => `SUMPRODUCT(LARGE(${key},${position}))`;
  return [
    `SUMPRODUCT((${member})*(${valid}=1))`,
    // Every deal reached the first stage: its count is the group's deals.
    ...Array.from({ length: stageCount }, (_, index) => (index === 0 ? a1(at.deals, row) : `SUMPRODUCT((${member})*(${valid}=1)*(${furthest}>=${index + 1}))`)),
    ...Array.from({ length: stageCount - 1 }, (_, index) => orDash(`${reached(index + 1)}/${reached(index)}`, `${reached(index)}=0`)),
    orDash(`SUMPRODUCT((${member})*(${outcome}=${word("won")}))/${closed}`, `${closed}=0`),
    `SUMPRODUCT((${member})*ISNUMBER(${cycle}))`,
    orDash(`(${rank(`INT((${n}+1)/2)`)}+${rank(`INT(${n}/2)+1`)})/2-1`, `${n}=0`),
  ];
}

/** One field's table: the named groups' rows (blank while the name is) and the blank group's row. */
function sectionRows(layout: TemplateLayout, section: SegmentSection, names: readonly string[]): TemplateCell[][] {
  const { deals } = layout;
  const groupColumn = deals.column(deals.field[section.field]);
  const nameColumn = columnLetter(layout.segments.table.at.group);
  const rows: TemplateCell[][] = [];
  for (let index = 0; index < SEGMENT_GROUP_ROWS; index++) {
    const row = section.groupRows.first + index;
    const name = `$${nameColumn}${row}`;
    const label = names[index];
    rows.push([
      label === undefined ? null : text(label),
      ...groupFormulas(layout, `${groupColumn}=${name}`, row).map((figure) => formula(`IF(${name}="","",${figure})`)),
    ]);
  }
  rows.push([text(COPY.blank[layout.locale]), ...groupFormulas(layout, `${groupColumn}=""`, section.blankRow).map((figure) => formula(figure))]);
  return rows;
}

/**
 * The Segments sheet (分组对比, issue 14 part 5): the funnel compared by lead source, owner and team, natively. One
 * table per field: each group's deals, deals reaching each stage, step conversion, win rate, won deals timed and
 * median cycle — the core's group figures (core/report/segments.ts `segmentsOfDeals`; LibreOffice holds them to it),
 * except that a group is the cells equal to its name as a spreadsheet compares text (case aside; the core also folds
 * width and spaces). The group names are input cells, filled with the groups of the deals written (sample or own,
 * {@link segmentGroups}), with empty rows to spare; the blank group has its own row. Each table's lowest step
 * conversion and win rate are red (the lowest when two or more groups have one; not a test of significance).
 * A group with no deals reads 0 in its counts and "—" in its figures, all at the right of their cells.
 */
export function segmentsSheet({ layout, stageNames, sampleRows }: TemplateContext): SheetSpec {
  const { locale, segments } = layout;
  const sheet = new SheetBuilder("segments", segments.sheet, "#7030A0");
  const { table } = segments;
  const words = { locale, stageNames, stageRange: layout.stages.names };
  sheet.widths(...columnWidths([table], 3)).lines(a1(1, segments.titleRow), ["title", COPY.title[locale]], ["note", COPY.note[locale]]);
  for (const field of SEGMENT_FIELDS) {
    const section = segments.sections[field];
    const names = segmentGroups(sampleRows, layout.deals.field[field], SEGMENT_GROUP_ROWS);
    const { first } = section.groupRows;
    const last = section.blankRow;
    drawColumns(sheet, table, { header: section.headerRow, first, last }, words)
      .lines(a1(1, section.titleRow), ["subtitle", COPY.byField[field][locale]])
      .put(a1(table.first, first), sectionRows(layout, section, names))
      // The blank group's name is the sheet's, not the manager's.
      .style(a1(table.at.group, last), "computed")
      // Counts and figures at the right, the dash of a figure over no deals too: "0   —", not "0—".
      .alignRight(range(table.at.deals, first, table.last, last));
    // The weakest group of each step (and of win rate): the column's lowest figure, when two or more groups have one.
    const from = columnLetter(table.at.step);
    const top = `${from}$${first}:${from}$${last}`;
    sheet.rule({
      kind: "formula",
      ref: range(table.at.step, first, table.at.winRate, last),
      formula: `AND(COUNT(${top})>1,ISNUMBER(${from}${first}),${from}${first}=MIN(${top}))`,
      look: "bad",
    });
  }
  return sheet.build();
}
